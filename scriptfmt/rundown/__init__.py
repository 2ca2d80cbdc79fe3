"""Rundowns: load a show's running order from TOML, validate it, and time it.

Words follow MOS where it has one: a running order is a list of items; each item has
a slug, a talent, a format and an editorial duration (`total`). Front time counts from
the show start, backtime counts back from the hard out (start + length). Floated items
stay in the running order but are left out of every sum.

Loading collects EVERY problem (with file:line where the key can be found) and raises
one UserErrors; timing (`apply_timing`) is a pure function over the loaded items.
"""

from scriptfmt.rundown.load import load_rundown
from scriptfmt.rundown.model import Block, Item, Rundown, Show, Talent, clock, long_date, mss, over_under_text
from scriptfmt.rundown.table import block_note, footer_text, hard_start_notes, with_blocks
from scriptfmt.rundown.timing import apply_timing, infer_format
from scriptfmt.tomlkeys import key_lines

__all__ = [
    "Block", "Item", "Rundown", "Show", "Talent", "apply_timing", "block_note", "clock", "footer_text",
    "hard_start_notes", "infer_format", "key_lines", "load_rundown", "long_date", "mss", "over_under_text", "with_blocks",
]
