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
from functools import lru_cache

import regex

from scriptfmt import tomlfile
from scriptfmt.errors import UserError
from scriptfmt.model import Cue, Narration, Segment, Soundbite, Story

MODES = ("tape", "read")
_WORD = regex.compile(r"[\p{L}\p{M}'’.-]++")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_SMALL = {"the", "a", "an", "of", "for", "and", "in", "at", "on", "to", "with", "from", "reporters", "then", "later", "also"}
_SENTENCE = regex.compile(r"[.!?…][\"'”’)\]]*+(?=\s|$)")
MAX_ATTRIBUTION_WORDS = 14


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Verbs of saying from styles/speech.toml (one-word forms: `said`, `told`, `added` …)."""
    return frozenset(v.split()[0].casefold() for v in tomlfile.load_builtin("speech.toml")["attribution_verbs"])


def bites_mode(story: Story, option: str | None = None) -> str:
    """--bites wins, then the copy's BITES: header, then tape."""
    if option is not None:
        if option not in MODES:
            raise UserError(f"--bites must be 'tape' or 'read', not {option!r}")
        return option
    header = str(story.metadata.get("bites") or "tape").strip().lower()
    if header not in MODES:
        raise UserError(f"BITES: must be 'tape' or 'read', not {story.metadata.get('bites')!r}", story.source)
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
    m = _SENTENCE.search(text)
    end = m.end() if m else len(text)
    para_end = text.find("\n\n")
    if para_end != -1 and para_end < end:
        end = para_end
    return text[:end].strip(), text[end:].strip()


def _speaker_words(seg: Soundbite) -> set[str]:
    if seg.speaker is None:
        return set()
    return {w.casefold() for w in _WORD.findall(f"{seg.speaker.name} {seg.speaker.title or ''}")}


def bare_attribution(sentence: str, bite: Soundbite) -> tuple[str, str] | None:
    """(who, verb) when `sentence` only says who spoke (`said Council President Mara Quinn.`,
    `she said.`, `QUINN SAID.`); None when it says anything else (`Quinn said detours …`)."""
    words = _WORD.findall(sentence.rstrip(".,;:!? "))
    if not words or len(words) > MAX_ATTRIBUTION_WORDS:
        return None
    verbs = [n for n, w in enumerate(words) if w.casefold() in _verbs()]
    if len(verbs) != 1:
        return None
    known = _speaker_words(bite)
    others = [w for n, w in enumerate(words) if n != verbs[0]]
    for word in others:
        folded = word.casefold().rstrip(".")
        if folded in _PRONOUNS or folded in _SMALL or folded in known:
            continue
        if not (word[:1].isupper() and (not word.isupper() or len(others) <= 3)):
            return None  # a lower-case word that is not a name: the sentence says more
    if not others:
        return None
    return " ".join(others), words[verbs[0]]


def _who(bite: Soundbite, named_before: str, fallback: str) -> str:
    """Title and name on first mention, the surname after; else the attribution's own words."""
    if bite.speaker is None:
        return fallback[:1].upper() + fallback[1:] if fallback else ""
    surname = bite.speaker.name.split()[-1]
    if regex.search(rf"(?<!\p{{L}}){regex.escape(surname)}(?!\p{{L}})", named_before, regex.IGNORECASE):
        return surname
    return f"{bite.speaker.title} {bite.speaker.name}" if bite.speaker.title else bite.speaker.name


def _names(text: str, bite: Soundbite, who: str) -> bool:
    """Does the lead-in name the person? (the surname, or the attribution's own name words)"""
    names = [bite.speaker.name.split()[-1]] if bite.speaker else [w for w in who.split() if w[:1].isupper() and w.casefold() not in _PRONOUNS]
    return any(regex.search(rf"(?<!\p{{L}}){regex.escape(n)}(?!\p{{L}})", text, regex.IGNORECASE) for n in names)


def _quote_form(form: str, who: str, text: str) -> str:
    quote = " ".join(text.split()).rstrip(",;: ")
    if quote and quote[-1] not in ".!?…":
        quote += "."
    if not who:
        return f"Quote, “{quote}”"
    return form.format(who=who, quote=quote)


def apply_bites(story: Story, mode: str, form: str = "{who} said, quote, “{quote}”", rates: tuple[float, float, float] | None = None) -> Story:
    """A copy of `story` laid out for the mode (module docstring); retimed when `rates`
    (read wpm, soundbite wpm, pause seconds) is given."""
    out = copy.deepcopy(story)
    segs: list[Segment] = out.segments
    spoken = ""  # the read copy so far: who has been named
    n = 0
    while n < len(segs):
        seg = segs[n]
        if isinstance(seg, Soundbite):
            n = _one_bite(segs, n, mode, form, spoken)
        if isinstance(segs[n], Narration):
            spoken += " " + segs[n].text
        n += 1
    out.segments = [s for s in segs if not (isinstance(s, Narration) and not s.text.strip())]
    if rates is not None:
        from scriptfmt.timing import time_story

        time_story(out, *rates)
    return out


def _one_bite(segs: list[Segment], n: int, mode: str, form: str, spoken: str) -> int:
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
    who_words, verb = found or ("", "said")
    lead = _lead_in(segs, n)
    if mode == "read" and is_quote(bite):
        segs[n] = Narration(text=_quote_form(form, _who(bite, spoken, who_words), bite.text), line=bite.line)
        return n
    if found and not (lead is not None and _names(_last_paragraph(lead.text), bite, who_words)):
        said = f"{_who(bite, spoken, who_words)} {verb.lower()}:"
        if lead is not None:
            lead.text = lead.text.rstrip() + " " + (said.upper() if lead.text.isupper() else said)
        else:
            segs.insert(n, Narration(text=said, line=bite.line))
            return n + 1
    return n


def _lead_in(segs: list[Segment], n: int) -> Narration | None:
    """The read copy just before a bite (cues between do not count)."""
    for seg in reversed(segs[:n]):
        if isinstance(seg, Narration):
            return seg
        if not isinstance(seg, Cue):
            return None
    return None


def _last_paragraph(text: str) -> str:
    return text.rstrip().rsplit("\n\n", 1)[-1]


def lay_out_bites(story: Story, option: str | None, style) -> Story:
    """The layout step for one timed story: its mode (--bites, BITES:, tape) applied, retimed."""
    mode = bites_mode(story, option)
    rates = (story.read_rate_wpm or style.read_rate_wpm, style.soundbite_wpm, style.pause_seconds)
    return apply_bites(story, mode, style["bites.read_form"], rates)
