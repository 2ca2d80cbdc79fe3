"""Attribution in Chinese and Japanese running copy, which writes no capitals and no spaces: the mention scanner finds
no names there, so the desk's word order tells the speaker. A Chinese desk writes the speaker, a saying verb and a
colon before the quotation (`台北市長蔣萬安今天出席活動時表示：「…」`, `他說：「…」`); a Japanese one the speaker with
は or が before it and と and a verb after it (`小池百合子知事は記者会見で「…」と述べた`). Only those forms make a
bite: corner brackets alone set off terms and titles (`「新潟県伝統工芸品」の指定`), never speech.

The super is the name a title stands next to in the subject: after a Chinese title (`市長蔣萬安`: two or three
characters, up to a time word or a verb), before a Japanese one (`小池百合子知事`); a pronoun (`他`, `彼女`) is whoever
spoke last. No name the desk can read: a bite with no super and a warning (the fail-safe, never a guess)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Speaker
from scriptfmt.parse.broadcastmarks import mark_words
from scriptfmt.parse.names import NameShape
from scriptfmt.parse.personname import han_place
from scriptfmt.parse.verdicts import Ctx, Said, Verdict
from scriptfmt.parse.writing import hangul, kana

__all__ = ["cjk_said"]

_HAN = ("\u4e00", "\u9fff")
_SENTENCE_ENDS = "。！？!?」』”\n"
_COLONS = ("：", ":")
_COMMAS = ("，", ",")
_NAME_LEN = (2, 5)  # a Chinese or Japanese name: two to five characters (`蔣萬安`, `小池百合子`)


@lru_cache(maxsize=1)
def _words() -> dict:
    """styles/broadcastmarks.toml [running]: Japanese verbs after と, time words that end a Chinese name."""
    return tomlfile.load_builtin("broadcastmarks.toml").get("running", {})


def _han(ch: str) -> bool:
    return _HAN[0] <= ch <= _HAN[1]


def _written_in_han(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(_han(ch) or kana(ch) for ch in letters) * 2 > len(letters)


def cjk_said(c: Ctx) -> Verdict | None:
    v = c.view
    before = v.text[: c.quote.start]
    if _written_in_hangul(before[-40:] + c.inner[:20]):
        return _korean(c, before)
    if not _written_in_han(before[-40:] + c.inner[:20]):
        return None
    clause = before[max(before.rfind(mark) for mark in _SENTENCE_ENDS) + 1 :].strip()
    if clause.endswith(_COLONS + _COMMAS):  # (`王毅说，“…”`: a Chinese desk's comma before the quotation, as its colon)
        verb = next((w for w in mark_words().saying if clause[:-1].endswith(w)), None)
        return _named_after(c, clause[: -1 - len(verb)].strip()) if verb else None  # `…表示：「…」`, `王毅说，“…”`
    after = v.text[c.quote.end : c.quote.end + 12]
    if (subject := _zh_said_after(v.text[c.quote.end : c.quote.end + 24])) is not None:
        return _named_after(c, subject)  # `“…”陳寶生興奮地說。`
    if after.startswith("と") and any(after[1:].startswith(w) for w in _words().get("ja_verbs", ())):
        topic = max(clause.rfind("は"), clause.rfind("が"))
        return _speaker(c, clause[:topic]) if topic > 0 else _unnamed(c)  # `小池知事は…「…」と述べた`
    return None


_ZH_CLAUSE_ENDS = "。，,！!？?；;：:\n「“"
_ZH_ADVERB = "地"  # `興奮地說`: an adverb of manner before the verb (`excitedly said`)
_ZH_LINKS = ("也", "則", "则", "還", "还", "又", "再", "更", "接著", "接着", "隨後", "随后")


def _zh_said_after(after: str) -> str | None:
    """`”陳寶生興奮地說。`, `”他說。`, `”市長蔣萬安表示，`: a Chinese desk's attribution after the closing mark, its
    clause ending on a saying verb; the subject before the verb (an adverb of manner and a linking word dropped), else None."""
    cut = min([k for k in (after.find(ch) for ch in _ZH_CLAUSE_ENDS) if k >= 0] + [len(after)])
    clause = after[:cut].strip()
    if cut == len(after) or not clause or not all(_han(ch) for ch in clause):
        return None
    verb = max((w for w in mark_words().saying if clause.endswith(w)), key=len, default=None)
    if verb is None:
        return None
    subject = clause[: -len(verb)]
    again = max((w for w in mark_words().saying if subject.endswith(w) and len(subject) > len(w)), key=len, default="")
    subject = subject[: len(subject) - len(again)]  # (`強調說`: stressed, saying)
    if subject.endswith(_ZH_ADVERB) and len(subject) >= 5:
        subject = subject[:-3]  # (the adverb: two characters and 地)
    for link in _ZH_LINKS:
        subject = subject[: -len(link)] if subject.endswith(link) and len(subject) > len(link) else subject
    return subject or None


def _named_after(c: Ctx, subject: str) -> Verdict:
    """The speaker a Chinese attribution names: a bare name of two or three characters that the story writes right
    after a title elsewhere (`陳寶生`, named with his office in the lead; `王毅说，“…”`); else as `_speaker` reads a
    subject (a pronoun, a title and a name, an office just quoted; no super and a warning)."""
    words = mark_words()
    bare = subject not in words.pronouns and subject not in words.offices + words.titles and _titled_name(subject) is None
    if bare and _NAME_LEN[0] <= len(subject) <= 3 and all(_han(ch) for ch in subject) and _titled_elsewhere(subject, c.hist.texts) and not han_place(subject):
        return _person_verdict(c, subject, "")
    return _speaker(c, subject)


def _titled_elsewhere(subject: str, texts: list[str]) -> bool:
    """The story writes the bare name right after a title somewhere (`教育部部長陳寶生`): a person's name, never a body's
    that the story repeats (`外交部說`, `國民黨表示`, `台積電說`: an institution's words are no bite)."""
    titles = (*mark_words().titles, *mark_words().offices)
    return any(title + subject in text for text in texts for title in titles)


def _written_in_hangul(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(hangul(ch) for ch in letters) * 2 > len(letters)


def _korean(c: Ctx, before: str) -> Verdict | None:
    """`김영수 장관은 이날 … "…"고 말했다`: a quotation closed by 고 / 라고 and a saying verb is a bite; the speaker is the
    topic before it (a name of two to four syllables, then its title, then 은/는 or 이/가); `김 장관은` (the surname and the
    title) is the one the story named so; no topic with a name: no super and a warning."""
    after = c.view.text[c.quote.end : c.quote.end + 12].split()
    if not after or after[0].rstrip(".,") not in ("고", "라고", "이라고") or len(after) < 2 or not after[1].startswith(tuple(_words().get("ko_verbs", ()))):
        return None
    tokens = before[max(before.rfind(mark) for mark in ".?!\"”\n") + 1 :].split()
    for k, token in enumerate(tokens):
        if k and token.endswith(("은", "는", "이", "가")) and token[:-1] in (*mark_words().titles, *_words().get("ko_titles", ())):
            name, title = tokens[k - 1], token[:-1]
            if 2 <= len(name) <= 4 and all(hangul(ch) for ch in name):
                return _person_verdict(c, name, title)
            if len(name) == 1 and (last := c.hist.last) is not None and last.speaker.name.startswith(name):
                return Verdict(Said(last.speaker, last.pid, "cjk-role"))  # `김 장관은`: Minister Kim, just quoted
    return _unnamed(c)


def _person_verdict(c: Ctx, name: str, title: str) -> Verdict:
    person = c.tracker.person_for(NameShape([name], 0, 1, name, None), attested=True)
    if person is None:
        return _unnamed(c)
    c.tracker.seen(person, c.view.first_sentence, c.view.base)
    speaker = person.speaker()
    return Verdict(Said(Speaker(speaker.name, speaker.title or title), person.pid, "cjk-said"))


def _speaker(c: Ctx, subject: str) -> Verdict:
    """The speaker the subject names: a pronoun is whoever spoke last; a name by its title; else no super."""
    subject = subject.strip()
    if subject in mark_words().pronouns or len(subject) <= 2 and subject[-1:] in mark_words().pronouns:
        last = c.hist.last
        return Verdict(Said(last.speaker, last.pid, "cjk-pronoun")) if last is not None else _unnamed(c)
    last = c.hist.last
    if last is not None and subject and subject in mark_words().offices + mark_words().titles and subject in (last.speaker.title or ""):
        return Verdict(Said(last.speaker, last.pid, "cjk-role"))  # `知事はまた、「…」と強調した`: the governor who just spoke
    named = _titled_name(subject)
    if named is None or not _a_person(named[0], named[1], subject, c):
        return _unnamed(c)
    return _person_verdict(c, *named)


_FULL_NAME = 4  # `山野之義市長`: a family and a given name; a city's name before its office is rarely this long


def _a_person(name: str, title: str, subject: str, c: Ctx) -> bool:
    """A name written before its title (`小池百合子知事`) is a person's only in Japanese copy (kana in it); a prefecture
    (`大阪府知事`) goes on to be the office alone; in Chinese copy that order is the office's place (`台北市長`), a
    person only where the copy names them again, and so in Japanese before a city's office (`金沢市長`). A Chinese name
    after its title (`市長蔣萬安`) is one."""
    if not subject.endswith(title):
        return True
    if han_place(name):
        return True  # `大阪府` / `知事`: the last passes make the super the office alone (parse/supercheck.py)
    places = tuple(_words().get("zh_place_endings", ()))
    if name.endswith(places):
        return False
    if title.startswith(places) and len(name) < _FULL_NAME:  # `金沢市長`: a city or a surname before the city's office
        return c.view.text.count(name) > 1
    return any(kana(ch) for ch in c.view.text) or c.view.text.count(name) > 1


def _titled_name(subject: str) -> tuple[str, str] | None:
    """(name, title): `台北市長蔣萬安今天出席活動時` -> (`蔣萬安`, `台北市長`); `東京都の小池百合子知事` -> (`小池百合子`, `知事`)."""
    titles = sorted(set(mark_words().titles) | set(mark_words().offices), key=len, reverse=True)
    ends = tuple(_words().get("zh_after_name", ()))
    for title in titles:
        at = subject.rfind(title)
        if at < 0:
            continue
        if at + len(title) == len(subject) and at >= _NAME_LEN[0]:  # Japanese: the name, then the title
            name = _han_tail(subject[:at])
            return (name, title) if name else None
        rest = subject[at + len(title) :]
        cut = min([k for k in (rest.find(e) for e in ends) if k >= 0] + [len(rest)])
        name = rest[:cut]  # nothing before a time word or a verb (`市長今天出席…`): no name after this title
        if _NAME_LEN[0] <= len(name) <= 3 and all(_han(ch) for ch in name):  # Chinese: the title, then the name
            head = subject[:at + len(title)]
            return name, head[max(head.rfind("，"), head.rfind("、"), head.rfind("的")) + 1 :]
    return None


def _han_tail(text: str) -> str:
    """The Han characters closing the text, two to five, after a particle (`東京都の小池百合子` -> `小池百合子`)."""
    k = len(text)
    while k > 0 and _han(text[k - 1]) and len(text) - k < _NAME_LEN[1] + 1:
        k -= 1
    name = text[k:]
    return name if _NAME_LEN[0] <= len(name) <= _NAME_LEN[1] and (k == 0 or not _han(text[k - 1])) else ""


def _unnamed(c: Ctx) -> Verdict:
    return Verdict(Said(Speaker(""), "", "cjk-said"), f"line {c.view.line}: the quotation's speaker could not be named; the bite has no super")
