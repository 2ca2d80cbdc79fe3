"""The programme's own voices as the copy's labels and its first voice tell them: a label typed once
without its colon (`colon_lost`), and a voice the first one says it presents with (`presents_with`)."""

from __future__ import annotations

from scriptfmt.parse.labels import parse_label, words
from scriptfmt.parse.qawords import interview_words


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


def greeted_by_opener(lines: list[str], label_of) -> set[str]:
    """`Moreno: Ciao …, questa volta ho qui con me Giulia.` / `Giulia: Ciao a tutti. Grazie per l'invito.`: a one-word
    label in ordinary case (lower case here) that the first voice names in its opening turn before it speaks, and whose
    first turn thanks (styles/interview.toml thanks_openers): the guest the host brings on by first name. A co-host
    named so (`eu sou a Alexia e to aqui com … o Foster`) answers with no thanks: the programme's own, as before; a
    colleague is handed to by a surname in capitals (`ACOSTA:`). `label_of(line)`: the label a line carries."""
    first, said, firsts, closed = "", [], {}, False
    for raw in lines:
        line = raw.strip()
        label = label_of(line) if line else None
        if label is None:
            said += [line] if first and not closed else []
            continue
        low = label.name.lower()
        closed = bool(first)  # the opening turn ends at the next label
        if not first:
            first, said = low, [label.rest]
        elif low != first and " " not in low and not label.name.isupper() and not label.role:
            firsts.setdefault(low, label.rest)
    opening = {word.strip(".,;:!?¡¿\"'“”«»").lower() for text in said for word in text.split()}
    return {name for name, rest in firsts.items() if name in opening and _thanks(rest)}


_THANKS_SENTENCES = 2  # the guest's thanks comes with its first greeting


def _thanks(turn: str) -> bool:
    sentences = [part.strip().lower() for part in turn.replace("!", ".").replace("?", ".").split(".") if part.strip()][:_THANKS_SENTENCES]
    return any(sentence.startswith(interview_words()["thanks_openers"]) for sentence in sentences)
