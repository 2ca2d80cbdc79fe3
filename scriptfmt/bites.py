"""Quotes without tape: `--bites tape|read`, the `BITES:` header, `bites = "read"` in a rundown.

Most wire quotes have no tape at the station. The mode decides what the anchor does:

  read  every quote (a Soundbite with `tape` None) is read copy in broadcast form, attribution
        first, in the house form of the style (`bites.read_form`):
            Council President Mara Quinn said, quote, “We expect it back by spring.”
        and the bare attribution after it (`said Quinn.`, `she said.`) is dropped.
  tape  (default) every bite plays; a bare attribution after a bite is never read after the
        tape: it is dropped when the lead-in already names the person, else it moves before
        the bite as the lead-in's last sentence (`Council President Mara Quinn said:`).

`parse` keeps input order: there `read_as_copy` only turns quotes into read copy as written.
`apply_bites` is the layout step (format, the script book) and what time/check report.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache

import regex

from scriptfmt import tomlfile
from scriptfmt.errors import UserError
from scriptfmt.model import Cue, Narration, Segment, Soundbite, Story, fold_bite_pieces
from scriptfmt.saying import saying_verbs
from scriptfmt.sentences import first_sentence_end

MODES = ("tape", "read")
_WORD = regex.compile(r"[\p{L}\p{M}\d'’.-]++")
MAX_ATTRIBUTION_WORDS = 24


@dataclass(frozen=True)
class _Words:
    filler: frozenset[str]  # what else a bare attribution may hold, styles/attribution.toml
    pronouns: frozenset[str]
    openers: tuple[str, ...]


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = tomlfile.load_builtin("attribution.toml")
    return _Words(frozenset(data["filler"]), frozenset(data["pronouns"]), tuple(data["clause_openers"]))


@dataclass(frozen=True)
class Attribution:
    """A bare attribution: who (as written), the verb, and a clause about the speaker (`who runs a shelter`)."""

    who: str
    verb: str
    filler: str = ""  # `a news conference`, `in a statement`: kept when the attribution moves
    clause: str = ""


def bites_mode(story: Story, option: str | None = None) -> str:
    """--bites wins, then the copy's BITES: header, then tape."""
    if option is not None:
        if option not in MODES:
            raise UserError(f"--bites must be 'tape' or 'read', not {option!r}")
        return option
    header = (story.header.bites or "tape").strip().lower()
    if header not in MODES:
        raise UserError(f"BITES: must be 'tape' or 'read', not {story.header.bites!r}", story.source)
    return header


def is_quote(seg: Segment) -> bool:
    """A quotation from the copy that no tape stands behind."""
    return isinstance(seg, Soundbite) and seg.tape is None


def read_as_copy(story: Story, mode: str) -> Story:
    """For `parse`: in read mode every quote becomes read copy as written, in input order."""
    if mode != "read":
        return story
    story.segments = [Narration(text=s.text, line=s.line) if is_quote(s) else s for s in story.segments]
    return story


def _first_sentence(text: str) -> tuple[str, str]:
    """(first sentence, the rest) of the first paragraph and what follows it."""
    end = first_sentence_end(text)
    para_end = text.find("\n\n")
    if para_end != -1 and para_end < end:
        end = para_end
    return text[:end].strip(), text[end:].strip()


def _speaker_words(seg: Soundbite) -> set[str]:
    if seg.speaker is None:
        return set()
    return {w.casefold() for w in _WORD.findall(f"{seg.speaker.name} {seg.speaker.title or ''}")}


def bare_attribution(sentence: str, bite: Soundbite) -> Attribution | None:
    """The attribution when `sentence` only says who spoke (`said Council President Mara Quinn.`,
    `she said.`, `QUINN SAID.`, `Wrobel told a news conference.`, `said Maria Gonzalez, who runs
    a shelter.`); None when it says anything else (`Quinn said detours will be posted.`)."""
    body = sentence.rstrip(".,;:!? ")
    head, comma, clause = body.partition(",")
    found = _who_and_verb(head if comma else body, bite)
    if found is None or (comma and not _about_speaker(clause, bite)):
        return None
    return Attribution(*found, clause=clause.strip() if comma else "")


def _about_speaker(clause: str, bite: Soundbite) -> bool:
    """`who runs a shelter`, `a lawyer for …`, or the speaker's own title (`president of the union local`)."""
    words = [w.casefold() for w in _WORD.findall(clause)]
    if not words:
        return False
    data = _words()
    return words[0] in data.openers or all(w in _speaker_words(bite) or w in data.filler for w in words)


def _who_and_verb(text: str, bite: Soundbite) -> tuple[str, str, str] | None:
    words = _WORD.findall(text)
    if not words or len(words) > MAX_ATTRIBUTION_WORDS:
        return None
    data = _words()
    verbs = [n for n, w in enumerate(words) if w.casefold() in saying_verbs()]
    if len(verbs) != 1:
        return None
    known = _speaker_words(bite)
    who, filler = [], []
    for n, word in enumerate(words):
        folded = word.casefold().rstrip(".")
        if n == verbs[0]:
            continue
        if folded in data.filler:
            filler.append(word)
            continue
        if folded in data.pronouns or folded in known or (word[:1].isupper() and not word.isupper()):
            who.append(word)
        elif word.isupper() and len(words) <= 6:
            who.append(word)  # ALL-CAPS copy: a short sentence around one verb
        else:
            return None  # a lower-case word that is neither a name nor filler: the sentence says more
    return (" ".join(who), words[verbs[0]], " ".join(filler)) if who else None


_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*+")


def _mentions(text: str, name: str) -> bool:
    return bool(regex.search(rf"(?<!\p{{L}}){regex.escape(name)}(?!\p{{L}})", text, regex.IGNORECASE))


def identify(bite: Soundbite, named_before: str | set[str], att: Attribution | None) -> str:
    """Who, as the anchor says it before a quote: a formal title before the name on first mention
    (`Council President Mara Quinn`), a descriptive one after it (`Jane Roe, a lawyer …,`), the
    surname once the copy read so far (`named_before`: text or its case-folded words) has it; a clause from the attribution follows (`Maria Gonzalez, who runs …,`)."""
    clause = f", {att.clause}," if att and att.clause else ""
    if bite.speaker is None:
        who = att.who if att else ""
        return (who[:1].upper() + who[1:] + clause) if who else ""
    name, title = bite.speaker.name, bite.speaker.title or ""
    words = _name_words(named_before) if isinstance(named_before, str) else named_before  # the copy read so far
    if name.split()[-1].casefold() in words:
        return name.split()[-1] + clause
    if not title or clause:
        return name + clause
    if all(w[:1].isupper() for w in title.split()):
        return f"{title} {name}"
    return f"{name}, {title[:1].lower() + title[1:]},"


def _names(text: str, bite: Soundbite, att: Attribution) -> bool:
    """Does the lead-in name the person? (the surname, or the attribution's own name words)"""
    pronouns = _words().pronouns
    names = [bite.speaker.name.split()[-1]] if bite.speaker else [w for w in att.who.split() if w[:1].isupper() and w.casefold() not in pronouns]
    return any(_mentions(text, n) for n in names)


def _quote_text(text: str) -> str:
    """The quotation as a sentence: the wire's trailing comma becomes a full stop."""
    quote = " ".join(text.split()).rstrip(",;: ")
    return quote + "." if quote and quote[-1] not in ".!?…" else quote


def _quote_form(form: str, who: str, text: str) -> str:
    """The quote in the house form; without a speaker, `Quote, “…”`."""
    return form.format(who=who, quote=_quote_text(text)) if who else f"Quote, “{_quote_text(text)}”"


def apply_bites(story: Story, mode: str, form: str = "{who} said, quote, “{quote}”", rates: tuple[float, float, float] | None = None) -> Story:
    """A copy of `story` laid out for the mode (module docstring); retimed when `rates`
    (read wpm, soundbite wpm, pause seconds) is given."""
    out = copy.deepcopy(story)
    out.segments = fold_bite_pieces(out.segments)  # each tape block whole, as laid out
    segs: list[Segment] = out.segments
    named: set[str] = set()  # words of the read copy so far, case-folded: who has been named
    n = 0
    while n < len(segs):
        if isinstance(segs[n], Soundbite):
            n = _one_bite(segs, n, mode, form, named)
        if isinstance(segs[n], Narration):
            named.update(_name_words(segs[n].text))
        n += 1
    out.segments = [s for s in segs if not (isinstance(s, Narration) and not s.text.strip())]
    if rates is not None:
        from scriptfmt.timing import time_story

        time_story(out, *rates)
    return out


def _name_words(text: str) -> set[str]:
    return {w.casefold() for w in _NAME_WORD.findall(text)}


def _one_bite(segs: list[Segment], n: int, mode: str, form: str, named: set[str]) -> int:
    """Lay out the bite at `n`; returns the index of what now stands there."""
    bite = segs[n]
    assert isinstance(bite, Soundbite)
    after = segs[n + 1] if n + 1 < len(segs) and isinstance(segs[n + 1], Narration) else None
    found = None
    if after is not None:
        sentence, rest = _first_sentence(after.text)
        found = bare_attribution(sentence, bite)
        if found:
            after.text = rest
    lead = _lead_in(segs, n)
    if mode == "read" and is_quote(bite):
        if lead is not None and lead is segs[n - 1] and _ends_in_attribution(lead.text):
            lead.text = lead.text.rstrip() + " " + _continuation(form).format(quote=_quote_text(bite.text))
            segs[n] = Narration(text="", line=bite.line)
        else:
            segs[n] = Narration(text=_quote_form(form, identify(bite, named, found), bite.text), line=bite.line)
        return n
    named_already = lead is not None and _names(_last_paragraph(lead.text), bite, found) if found else True
    if not named_already and not _same_speaker_before(segs, n, bite):
        said = " ".join(x for x in (identify(bite, named, found), found.verb.lower(), found.filler) if x) + ":"
        named.update(_name_words(said))
        if lead is not None:
            lead.text = lead.text.rstrip() + " " + (said.upper() if lead.text.isupper() else said)
        else:
            segs.insert(n, Narration(text=said, line=bite.line))
            return n + 1
    return n


def _ends_in_attribution(text: str) -> bool:
    """Does the copy end by naming who speaks next (`Smith said,` / `Marsh told reporters:`)?"""
    tail = text.rstrip()
    if not tail.endswith((",", ":")):
        return False
    return any(w.casefold() in saying_verbs() for w in _WORD.findall(tail)[-4:])


def _continuation(form: str) -> str:
    """The house form after its attribution: `{who} said, quote, “{quote}”` -> `quote, “{quote}”`."""
    rest = form.partition("{who}")[2].partition(", ")[2]
    return rest if "{quote}" in rest else "“{quote}”"


def _lead_in(segs: list[Segment], n: int) -> Narration | None:
    """The read copy just before a bite (cues, and copy emptied by a moved attribution, do not count)."""
    for seg in reversed(segs[:n]):
        if isinstance(seg, Narration) and seg.text.strip():
            return seg
        if not isinstance(seg, (Cue, Narration)):
            return None
    return None


def _same_speaker_before(segs: list[Segment], n: int, bite: Soundbite) -> bool:
    """Does this bite follow another bite of the same person (nothing read between)? Then the
    first one's lead-in named them: `"…," said Owen Park. "…," he said.`"""
    for seg in reversed(segs[:n]):
        if isinstance(seg, Soundbite):
            return bite.speaker is not None and seg.speaker == bite.speaker
        if not isinstance(seg, Cue) and seg.text.strip():
            return False
    return False


def _last_paragraph(text: str) -> str:
    return text.rstrip().rsplit("\n\n", 1)[-1]


def lay_out_bites(story: Story, option: str | None, style) -> Story:
    """The layout step for one timed story: its mode (--bites, BITES:, tape) applied, retimed."""
    mode = bites_mode(story, option)
    rates = (story.read_rate_wpm or style.read_rate_wpm, style.soundbite_wpm, style.pause_seconds)
    return apply_bites(story, mode, style["bites.read_form"], rates)
