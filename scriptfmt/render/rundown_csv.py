"""Rundown CSV for spreadsheets and rundown tools: one row per item, in running order.

Columns: Page, Slug, Talent, Format, Read, Media, Total, Front, Clock, Back, Float, Hard start,
Target, Over. Durations are m:ss (`0:45`, `27:25`), clock times HH:MM:SS, Over is signed
against the target (`+0:36`, `-0:05`). UTF-8 with a BOM, so Excel reads accented names right;
the header row is always written.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from scriptfmt.output import write_bytes_atomic
from scriptfmt.rundown.model import Item, Rundown, Show, clock, mss

CSV_COLUMNS = ("Page", "Slug", "Talent", "Format", "Read", "Media", "Total", "Front", "Clock", "Back", "Float", "Hard start", "Target", "Over")


def _signed(seconds: float) -> str:
    whole = round(seconds)
    return ("+" if whole > 0 else "-" if whole < 0 else "") + mss(abs(whole))


def csv_row(item: Item, show: Show) -> list[str]:
    timed = item.front is not None
    return [
        item.page, item.slug, item.talent or "", item.format,
        mss(item.read), mss(item.media), mss(item.total),
        mss(item.front) if timed else "",
        clock(show.start + item.front) if timed else "",
        clock(show.start + item.back) if item.back is not None else "",
        "yes" if item.floated else "",
        clock(show.start + item.hard_start) if item.hard_start is not None else "",
        mss(item.target) if item.target is not None else "",
        _signed(item.total - item.target) if item.target is not None else "",
    ]


def rundown_csv(rundown: Rundown) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_row(item, rundown.show) for item in rundown.items)
    return buffer.getvalue()


def write_rundown_csv(rundown: Rundown, out: Path) -> None:
    write_bytes_atomic(Path(out), rundown_csv(rundown).encode("utf-8-sig"))
