"""The programme's own voices as the copy's labels and its first voice tell them: a label typed once
without its colon (`colon_lost`), and a voice the first one says it presents with (`presents_with`)."""

from __future__ import annotations

from scriptfmt.parse.labels import parse_label, words


def colon_lost(line: str, colon_names: set[str]):
    """`SPRECHER` alone above a turn: a label the copy writes with its colon elsewhere (`SPRECHER:`)."""
    return parse_label(line + ":") if line.isupper() and line.lower() in colon_names else None


_WITH_SPAN = 6  # words from the presenting word to the link (`présenter ce soir avec`)


def presents_with(lines: list[str], names: list[str]) -> set[str]:
    """Label names (lower case) the programme's first voice says it presents with (`… de présenter ce soir avec
    Mehdi Meddeb`): a co-host, whose turns are the programme's, not a guest's."""
    first = next((label for raw in lines if (label := parse_label(raw.strip())) is not None and not label.role), None)
    if first is None:
        return set()
    stems, links = words().co_presenting
    said = " ".join(first.rest.lower().replace("’", "'").split())
    tokens = said.split()
    found = set()
    for k, tok in enumerate(tokens):
        if tok.startswith(stems):
            tail = " " + " ".join(tokens[k + 1 : k + 1 + _WITH_SPAN + 3]) + " "
            found |= {n.lower() for n in names if n.lower() != first.name.lower() and any(f" {link} {n.lower()}" in tail for link in links)}
    return found
