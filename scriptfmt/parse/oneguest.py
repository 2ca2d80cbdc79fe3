"""A sieve step for a Q&A's answers left with no super: an interview's answers are its guest's.

The answers marked by the Q&A's own word (`A:`, `R.-`, `Respuesta:`) or by a dash alone carry no name;
the guest is the one the interview names elsewhere:
  1. the one named person every other answer of the interview already has (the headline written as a
     label, `Nairobi Governor Evans Kidero: I will be back …`, then `Q:` / `A:` turns);
  2. else the person the top of the copy introduces (parse/standfirst.py `guest`; the intro may run into the first
     question's paragraph, `… Malick Mbaye, le président de … s’exprime … Qu’est-ce que vous en pensez ?`), or the name set
     alone in capitals above the questions (`JOAN SABRIÀ` / `ALCALDE DE PALAU-SATOR`), or the name of a
     headline quoting the guest (`Prete: “Pur con budget ridotti faremo bene”`); a question
     names whom it asks about, never who answers, so the questions are no part of the top;
  3. else the guest the host's opening question says the programme is with (`Avec F. Amara, ce matin, …`).
Two named voices, or none the top names, leave the answers with no super (their warnings stand)."""

from __future__ import annotations

from scriptfmt.model import Segment, Soundbite, Speaker
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.interview import quoting_head
from scriptfmt.parse.names import name_case, person_words
from scriptfmt.parse.pagelines import is_credit_line
from scriptfmt.parse.qawords import interview_words
from scriptfmt.parse.qawords import speaks_here
from scriptfmt.parse.standfirst import answering_word, ends_asking, guest
from scriptfmt.parse.supercheck import is_body
from scriptfmt.parse.superoffice import named_guest, office_guest

__all__ = ["name_answers"]

_UNNAMED = "could not be named"


def _answer(bite: Soundbite) -> bool:
    """A turn of the Q&A's answers: its label the Q&A's word for the answer, or no label at all (a dash)."""
    marks = [mark.strip().rstrip(":.-–— ").strip() for mark in (bite.marker or "").split("\n") if mark.strip()]
    return bite.why == "transcript-label" and all(answering_word(mark) for mark in marks)


def _floor_question(bite: Soundbite) -> bool:
    """`M: Hello, my name is Shreya, … ?`: a named questioner under a label that does not name them asks, never answers."""
    return ends_asking(bite.text.strip()) and bite.speaker is not None and bite.speaker.name.split()[-1].lower() not in (bite.marker or "").lower()


def _short_label(bite: Soundbite) -> str:
    """The bite's label when it is two or three capitals alone (`BM:`, `DZ:`: an office's short form, or initials),
    else ""."""
    marks = [mark.strip().rstrip(":.-–— ").strip() for mark in (bite.marker or "").split("\n") if mark.strip()]
    return marks[0] if len(marks) == 1 and 2 <= len(marks[0]) <= 3 and marks[0].isalpha() and marks[0].isupper() else ""


def _capitals_name(line: str) -> str | None:
    """`JOAN SABRIÀ` alone on a line: two to four words in capitals, none a post."""
    words = line.split()
    if not 2 <= len(words) <= 4 or not all(word.isalpha() and word.isupper() and len(word) > 1 for word in words):
        return None
    return None if any(is_post(word) for word in words) or not person_words(words) else name_case(words)


def _asks(line: str) -> bool:
    """The outlet's question (`—¿Usted invitó a … Patricia Balbuena?`): it names whom it asks about, never who answers."""
    text = line.strip()
    return ends_asking(text) or (text[:1] != "" and text[:1] in "-–—¿")  # `Pewawancara : “… DPRD ?”`: the asker's, quoted


def _before_asking(line: str) -> str:
    """The sentences a paragraph writes before its first question: the intro run into the first question (`…, Malick
    Mbaye, le président de Conscience citoyenne s’exprime … Qu’est-ce que vous en pensez ?`), else ""."""
    text = line.strip()
    asked = text.find("?")
    if asked < 0 or text[:1] in "-–—¿":
        return ""
    stop = max(text.rfind(". ", 0, asked), text.rfind("! ", 0, asked))
    return text[: stop + 1] if stop > 0 else ""


def _top_guest(lines: list[str], first: int) -> str | None:
    top = [line for line in lines[: max(first - 1, 0)] if line.strip() and not _asks(line) and not is_credit_line(line.strip())]  # never the photographer (`Crédit photo : …`)
    opening = next((line for line in lines[:first] if line.strip()), "")
    run_in = not top and _asks(opening) and bool(intro := _before_asking(opening))
    top += [intro] if run_in else []
    named = named_guest(top) or guest(top, lines)  # `… interviewed Fiji's Foreign Minister Inoke Kubuabola`: the object
    named = None if run_in and named and not speaks_here(intro, named) else named  # the run-in intro must say they speak here
    named = named or office_guest(top)  # `… interview the President …` under `led by President Mnangagwa`
    if named:
        return named
    found = {name for line in top if (name := _capitals_name(line.strip()))}
    found = found or {line.strip().partition(":")[0].strip() for line in top if quoting_head(line)}  # `Prete: “…”`
    if len(found) == 1 and person_words(next(iter(found)).split()):
        return found.pop()
    opener = next((line for line in lines[: max(first - 1, 0)] if _asks(line)), "")
    return _with_guest(opener)


def _with_guest(line: str) -> str | None:
    """The host's opening turn says whom the programme is with (`Avec F. Amara, ce matin, nous allons parler …`,
    `… with Ana Ruiz, who …`): a given name or its initial, then a capitalised name, before a comma."""
    tokens = line.split()
    for k, token in enumerate(tokens[:-1]):
        if token.lower() not in interview_words()["with_words"]:
            continue
        run = []
        for word in tokens[k + 1 : k + 5]:
            run.append(word.rstrip(","))
            if word.endswith(",") or not word[:1].isupper():
                break
        shaped = len(run) >= 2 and tokens[k + len(run)].endswith(",") and all(word[:1].isupper() for word in run)
        if shaped and not is_post(run[0]) and person_words(run):
            return " ".join(run)
    return None


def _unnamed_remarks(warnings: list[str]) -> bool:
    """A speech's remarks whose header named no one (parse/remarks.py: `Speech by the Mayor at …`): the person the top of the
    page names is the story's (a driver quoted above, `… installé par NAME`), not whose the remarks are: no super."""
    return any(_REMARKS_UNNAMED in warning for warning in warnings)


_REMARKS_UNNAMED = "the speaker of the remarks could not be named"  # parse/castintro.py's warning


def name_answers(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, an interview's unnamed answers given to its one guest."""
    bites = [seg for seg in segments if isinstance(seg, Soundbite) and seg.why == "transcript-label"]
    short = [bite for bite in bites if bite.speaker is None and not _answer(bite) and _short_label(bite)]
    unnamed = [bite for bite in bites if bite.speaker is None and _answer(bite)]
    if short:  # `BM:` / `DZ:`: one party under its short form, or the initials of the guest the top names
        top = _top_guest(lines, min(bite.line for bite in short))
        initials = "".join(word[:1] for word in (top or "").split()).upper()
        if top and len({_short_label(bite) for bite in short} - {initials}) <= 1 and not [bite for bite in bites if bite.speaker is None and bite not in short and not _answer(bite)]:
            unnamed += short
    if not unnamed:
        return segments
    named = {bite.speaker.name: bite.speaker for bite in bites if bite.speaker is not None and not _floor_question(bite)}
    if len(named) > 1:
        return segments
    speaker = next(iter(named.values()), None)
    if speaker is None:
        first = min(bite.line for bite in unnamed)
        name = None if _unnamed_remarks(warnings) else _top_guest(lines, first)
        speaker = Speaker(name) if name and not is_body(name) else None
    if speaker is None:
        return segments
    for bite in unnamed:
        bite.speaker = Speaker(speaker.name, speaker.title)
    named_at = tuple(f"line {bite.line}:" for bite in unnamed)  # only the warnings of the bites just named; a transcript's unnamed label keeps its own
    warnings[:] = [w for w in warnings if _UNNAMED not in w or not w.startswith(named_at)]
    warnings.append(f"the interview's unnamed answers are given to {speaker.name}, the one guest it names")
    return segments
