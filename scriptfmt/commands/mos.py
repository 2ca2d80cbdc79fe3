"""`scriptfmt mos export|send`: the running order and its scripts out to MOS devices.

`export` writes each message as a file (roCreate.xml, roStorySend-NN.xml); `send` acts as
the newsroom system and pushes them over TCP to a MOS device. Reading a newsroom system's
roStorySend is not here: `scriptfmt parse|time|format STORY.xml` detect it by content.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated

import typer

from scriptfmt.app import app
from scriptfmt.errors import UserError

mos_app = typer.Typer(
    name="mos", help="MOS 2.8.5: send the running order and its scripts to prompters, playout and automation.",
    no_args_is_help=True, rich_markup_mode=None,
)
app.add_typer(mos_app, name="mos")

SHOW_HELP = "Rundown file (.toml): [show], [talent.ID], [[item]] tables."
DEFAULT_NCS_ID = "scriptfmt"


def _messages(file: str, mos_id: str, replace: bool = False):
    """The show loaded and built: (running order, [(name, body)])."""
    from scriptfmt.mos.build import running_order
    from scriptfmt.mos.messages import show_messages
    from scriptfmt.rundown import load_rundown

    ro = running_order(load_rundown(file), mos_id)
    return ro, show_messages(ro, replace)


def _prepare_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UserError("-o names a file; give a folder for the MOS messages", str(out))
    if not out.exists():
        if not out.parent.is_dir():
            raise UserError("the folder's parent does not exist", str(out.parent))
        try:
            out.mkdir()
        except OSError as exc:
            raise UserError(f"cannot create the folder ({exc.strerror or exc})", str(out)) from None


@mos_app.command("export")
def export(
    file: Annotated[str, typer.Argument(help=SHOW_HELP, show_default=False)],
    out: Annotated[Path, typer.Option("--output", "-o", help="Folder for roCreate.xml and roStorySend-NN.xml (made if missing).", show_default=False)],
    mos_id: Annotated[str, typer.Option("--mos-id", help="The MOS device's ID, written in every message.")] = "mosdevice",
    ncs_id: Annotated[str, typer.Option("--ncs-id", help="Our ID as the newsroom system.")] = DEFAULT_NCS_ID,
) -> None:
    """Write the running order (roCreate.xml) and one roStorySend-NN.xml per item with a script
    (NN = the item's place in the running order), each one complete <mos> message in UTF-8."""
    from scriptfmt.mos.messages import envelope, file_text
    from scriptfmt.output import atomic_path

    ro, sent = _messages(file, mos_id)
    names = ["roCreate.xml"] + [f"roStorySend-{n:02d}.xml" for n, story in enumerate(ro.stories, 1) if story.has_copy]
    files = {name: file_text(envelope(body, mos_id, ncs_id, n)) for n, (name, (_, body)) in enumerate(zip(names, sent), 1)}
    _prepare_folder(out)
    with contextlib.ExitStack() as stack:  # every file complete, or none replaced
        for name, data in files.items():
            stack.enter_context(atomic_path(out / name)).write_bytes(data)
    for stale in out.glob("roStorySend-*.xml"):
        if stale.name not in files:
            stale.unlink()  # a story no longer in the show: its old message would mislead
    print(f"{out}: roCreate.xml and {len(files) - 1} roStorySend files for {ro.slug!r} ({len(ro.stories)} stories)")


@mos_app.command("send")
def send(
    file: Annotated[str, typer.Argument(help=SHOW_HELP, show_default=False)],
    host: Annotated[str, typer.Option("--host", help="The MOS device's host name or address.", show_default=False)],
    mos_id: Annotated[str, typer.Option("--mos-id", help="The MOS device's ID (as configured on the device).", show_default=False)],
    lower_port: Annotated[int, typer.Option("--lower-port", help="The device's lower port (profile 0: heartbeats).", min=1, max=65535)] = 10540,
    upper_port: Annotated[int, typer.Option("--upper-port", help="The device's upper port (running orders and stories).", min=1, max=65535)] = 10541,
    ncs_id: Annotated[str, typer.Option("--ncs-id", help="Our ID as the newsroom system.")] = DEFAULT_NCS_ID,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for a connection or a reply.", min=0.1)] = 10.0,
    replace: Annotated[bool, typer.Option("--replace", help="Send roReplace: the device already has this running order.")] = False,
) -> None:
    """Act as the newsroom system: send roCreate (or roReplace) and every roStorySend over TCP,
    waiting for each roAck. Exit 0: all acknowledged; 1: the device refused a message;
    2: no device, or it went silent."""
    from scriptfmt.mos.client import SendError, push

    ro, sent = _messages(file, mos_id, replace)

    def report(name: str, message_id: int) -> None:
        print(f"acknowledged: {name} (messageID {message_id})", flush=True)

    try:
        push(sent, host, (lower_port, upper_port), mos_id, ncs_id, timeout, report)
    except SendError as exc:
        print(f"scriptfmt: {exc}", file=sys.stderr)
        raise typer.Exit(exc.code) from None
    print(f"{ro.slug}: {len(sent)} messages acknowledged by {mos_id} at {host}")
