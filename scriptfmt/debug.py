"""`--debug` for code that falls back instead of failing (the broadcast rewrite, spoken counting).

Those fallbacks keep a script going when odd copy trips a bug; with SCRIPTFMT_DEBUG set
(`scriptfmt --debug` sets it, so do the fuzz tests) the error is raised instead, so the
bug is seen rather than hidden. A leaf module.
"""

from __future__ import annotations

import os

ENV = "SCRIPTFMT_DEBUG"


def raise_in_debug() -> None:
    """Call in an `except` block that falls back: re-raises the error being handled under --debug."""
    if os.environ.get(ENV, "") not in ("", "0"):
        raise  # noqa: PLE0704 -- re-raises the exception being handled by the caller
