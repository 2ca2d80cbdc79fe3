"""A translated news programme's voices, numbered (Link TV's Mosaic style): each voice's line stands alone above
its words, by role, sex and running number (`Presenter, Male #1`, `Reporter, Female #2`), with who they are in
brackets when the programme says (`Guest, Male #3 (Russian President Dmitry Medvedev)`). The programme's roles
are its own voice (narration); the bracket names a guest; a guest with no bracket is a voice by sex, named nobody."""

from __future__ import annotations

import re

from scriptfmt.parse.labels import Label, title_before_name, words

__all__ = ["numbered_voice"]

# `Reporter, Female #2 (Name)`: a role, a sex word, a running number, an identity in brackets
_NUMBERED_VOICE = re.compile(r"([^\W\d_][^\W\d_-]*(?:[ -][^\W\d_]+)?), ([^\W\d_]+) #\d{1,3}(?: \(([^()]{2,80})\))?")


def numbered_voice(line: str) -> Label | None:
    """A numbered voice's line (`Reporter, Female #2`): the programme's own by role (narration), the person the
    brackets name (`(Russian President Dmitry Medvedev)`, the office their title), or an unnamed voice (`Guest,
    Male #4`: its sex, which names nobody)."""
    found = _NUMBERED_VOICE.fullmatch(line.strip())
    role = found.group(1).lower() if found else ""
    if not found or found.group(2).lower() not in words().unnamed_roles or role not in words().staff_roles | words().guest_roles:
        return None
    if found.group(3):
        name, title = title_before_name(found.group(3).strip(), None, adjective=True)
        return Label(line, name, title, None, "")
    return Label(line, found.group(1), None, role, "") if role in words().staff_roles else Label(line, found.group(2), None, None, "")
