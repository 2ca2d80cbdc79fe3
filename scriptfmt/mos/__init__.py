"""MOS (Media Object Server protocol 2.8.5): the running order and its scripts out to MOS
devices (prompters, playout, automation), and newsroom-system stories in.

MOS names things running order -> story -> item; `model` holds those, `build` fills them
from a loaded rundown, `messages` writes them as `<mos>` XML, `read` reads device replies
and `roStorySend` stories, `framing` and `client` carry messages over TCP.
"""
