"""Plain-text tables for the terminal: columns padded to their widest cell, times right-aligned.

One place for `scriptfmt time`'s story table and the rundown table (a leaf module).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def align_rows(rows: Sequence[Sequence[str]], right: Iterable[int] = ()) -> list[str]:
    """Each row as one line: cells two spaces apart, columns in `right` right-aligned, no trailing spaces."""
    if not rows:
        return []
    right = set(right)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip() for r in rows]
