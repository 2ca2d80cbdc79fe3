"""Speech the copy marks as spoken but names no one for: a dialogue dash closed by a verb of saying with no subject
the story lets us tell (`— O arroz vai aumentar? — perguntou.` before any speaker; `— … — respondeu o militar.`, a
description no one was given). The dash and the verb say someone spoke on tape: a bite with no super and a warning
(the fail-safe: never read as the anchor's copy, never a guessed name). The attribution sieve's last rule
(parse/attribution.py), after every rule that could name the speaker."""

from __future__ import annotations

from scriptfmt.model import Speaker
from scriptfmt.parse.clauses import find_verb
from scriptfmt.parse.quotes import DASHES
from scriptfmt.parse.verdicts import Ctx, Said, Verdict

WHY = "unnamed-speech"
_REACH = 3  # the verb stands within this many tokens after the closing dash (`— respondeu o militar.`)


def unnamed_speech(c: Ctx) -> Verdict | None:
    v, a = c.view, c.after
    if not getattr(c.quote, "dash_led", False) or not c.quote.closed or a >= len(v.toks):
        return None
    raw = v.toks[a].raw
    if not (raw in DASHES or raw.startswith(DASHES)) or find_verb(v.toks, a, min(len(v.toks), a + _REACH), c.words) is None:
        return None
    return Verdict(Said(Speaker(""), "", WHY), f"line {v.line}: a dialogue dash and a verb of saying name no one the story gave; the bite has no super")
