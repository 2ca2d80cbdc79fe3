"""Speakers: who says a soundbite, resolved to the fullest mention in the story.

The registry is built once per story from every mention of a person:
  - a title before a name: `Japanese Prime Minister Fumio Kishida`, `MAYOR DENISE HOLLIS`;
  - an appositive after a name: `Denise Hollis, the city's mayor,` / `Mark Ellery, D-Ohio`;
  - an organisation after a name: `Gregory Polling of the Center for Strategic and International Studies`;
  - any run of two to four capitalised words that is not an organisation.
A later short mention (`Kishida`, `HOLLIS`, `the mayor`) resolves by surname or title.
Everything works on a token list in one pass; words come from styles/speech.toml.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from scriptfmt import tomlfile
from scriptfmt.model import Speaker

_WORD = re.compile(r"\S+")
_LEAD = "\"“‘'(["
_TRAIL = "\"”’'),.;:!?]"
_PARTICLES = {"de", "da", "van", "von", "der", "den", "del", "la", "le", "bin", "al", "ibn", "dos", "du", "di"}
_NATIONAL = regex.compile(r"\p{Lu}\p{L}*(?:an|ese|ish|ian|ic|i|ch)|U\.S\.|US|UK|U\.K\.|EU|U\.N\.|UN|Former|Acting|Interim|Deputy")
_INITIAL = regex.compile(r"\p{Lu}\.")
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "with", "by", "for", "from", "as", "than", "but", "who", "which", "that", "said", "says"}
# Two or more capitalised words in a row (particles allowed between): where names can be.
_CAP_RUN = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ]+(?:(?:de|da|van|von|der|den|del|la|le|bin|al|ibn|dos|du|di)[ ]+)*\p{Lu}[\p{L}\p{M}'’.-]*)+"
)
_CAP_WORD = regex.compile(r"(?<=^|[^\p{L}])\p{Lu}[\p{L}\p{M}'’-]*")
_PARTY = regex.compile(r"[DRI]-[\p{Lu}][\p{L}.]*")


@dataclass(frozen=True, eq=False, repr=False)
class SpeechWords:
    verbs: frozenset[str]  # single words, lower case
    verb_phrases: tuple[tuple[str, ...], ...]  # multi-word verbs ("pointed out")
    titles: dict[tuple[str, ...], str]  # lower-cased tokens -> display title
    title_len: int
    not_names: frozenset[str]
    org_words: frozenset[str]
    pronouns: frozenset[str]
    lead_ins: tuple[tuple[str, ...], ...]
    lead_in_firsts: frozenset[str]
    title_first: frozenset[str]  # first word of every title, to skip most words at once
    title_re: re.Pattern  # any title, case-insensitive, as whole words


@lru_cache(maxsize=4)
def speech_words() -> SpeechWords:
    tables = [tomlfile.load_builtin("speech.toml")]
    verbs, phrases, titles, not_names, orgs, pronouns, lead_ins = set(), set(), {}, set(), set(), set(), set()
    for t in tables:
        for v in t.get("attribution_verbs", []):
            (phrases.add(tuple(v.lower().split())) if " " in v else verbs.add(v.lower()))
        for k, v in t.get("titles", {}).items():
            titles[tuple(k.lower().split())] = v
        names = t.get("names", {})
        not_names.update(w.lower() for w in names.get("not_names", []))
        orgs.update(w.lower() for w in names.get("organisation_words", []))
        pronouns.update(w.lower() for w in names.get("pronouns", []))
        lead_ins.update(tuple(p.lower().split()) for p in t.get("lead_in_phrases", []))
    return SpeechWords(
        frozenset(verbs), tuple(sorted(phrases, key=len, reverse=True)), titles,
        max((len(k) for k in titles), default=1), frozenset(not_names), frozenset(orgs),
        frozenset(pronouns), tuple(sorted(lead_ins, key=len, reverse=True)), frozenset(p[0] for p in lead_ins),
        frozenset(k[0] for k in titles),
        # stdlib re: compiles this large pattern about three times faster than `regex` (start-up)
        re.compile(r"(?<![^\W_])(?:" + trie_pattern([" ".join(k) for k in titles]) + r")(?![^\W_])", re.IGNORECASE),
    )


def trie_pattern(words: list[str]) -> str:
    """One regex for many words, as a trie: `pr(?:ime\\s+minister|esident)`. A flat
    alternation of a hundred titles is tried word by word at every position; the trie
    fails on the first letter, which makes the scan about three times faster."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@dataclass(slots=True, eq=False, repr=False)
class Token:
    raw: str
    core: str  # without surrounding quotes/brackets/punctuation ("Sen." keeps its period)
    trail: str  # punctuation stripped from the end
    start: int
    low: str  # core in lower case, for the word lists


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in _WORD.finditer(text):
        raw = m.group()
        if raw.isalnum():  # most words: nothing to strip
            tokens.append(Token(raw, raw, "", m.start(), raw.lower()))
            continue
        core = raw.lstrip(_LEAD)
        stripped = core.rstrip(_TRAIL)
        trail = core[len(stripped):]
        # keep an abbreviation's period: "Sen.", "J.", "U.S." (not a sentence end after a long word)
        if trail.startswith(".") and (len(stripped) <= 3 or "." in stripped) and stripped[:1].isalpha():
            stripped, trail = stripped + ".", trail[1:]
        tokens.append(Token(raw, stripped, trail, m.start(), stripped.lower()))
    return tokens


def tok_is_word(tok: Token) -> bool:
    return tok.core[:1].isalpha() and tok.low not in _STOP


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(w for key in speech_words().titles for w in key)


_SMALL = {"of", "for", "and", "the", "on", "in", "at", "to"}


def title_case(text: str) -> str:
    """`FIRE CHIEF` -> `Fire Chief`, keeping `CEO`, `U.S.` and `of` as they should be."""
    out = []
    for k, word in enumerate(text.split()):
        low = word.lower()
        if k and low in _SMALL:
            out.append(low)
        elif "." in word or (len(word) <= 5 and low not in _title_words()):
            out.append(word)  # CEO, CSIS, NATO, U.S. stay as written
        else:
            out.append(word.title())
    return " ".join(out)


def _display(words: list[str]) -> str:
    text = " ".join(words)
    return text.title() if text.isupper() else text


@dataclass(eq=False, repr=False)
class Person:
    tokens: list[str]
    title: str | None = None

    @property
    def name(self) -> str:
        return _display(self.tokens)

    @property
    def key(self) -> str:
        return self.tokens[-1].lower().rstrip(".")


@dataclass(eq=False, repr=False)
class Registry:
    """Every person the story mentions, by surname; the fullest mention wins.

    Paragraphs are scanned lazily: asking for a surname scans only the paragraphs that
    contain that word (an index of capitalised words finds them), so a long story costs
    little more than the paragraphs its speakers are named in."""

    words: SpeechWords
    people: dict[str, Person] = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)
    _index: dict[str, list[int]] | None = None
    _scanned: set[int] = field(default_factory=set)

    def person(self, key: str) -> Person | None:
        """The person known by this surname (lower case), scanning where it is mentioned."""
        if self._index is None:
            self._index = {}
            for n, text in enumerate(self.paragraphs):
                for word in set(_CAP_WORD.findall(text)):
                    self._index.setdefault(word.lower(), []).append(n)
        for n in self._index.pop(key, ()):
            if n not in self._scanned:
                self._scanned.add(n)
                self.scan(self.paragraphs[n])
        return self.people.get(key)

    def scan_all(self) -> None:
        for n, text in enumerate(self.paragraphs):
            if n not in self._scanned:
                self._scanned.add(n)
                self.scan(text)

    def add(self, tokens: list[str], title: str | None) -> None:
        if not tokens:
            return
        if title and title.isupper():
            title = title_case(title)
        person = Person(tokens, title)
        known = self.people.get(person.key)
        if known is None:
            self.people[person.key] = person
            return
        if len(tokens) > len(known.tokens) or (len(tokens) == len(known.tokens) and known.name.isupper()):
            known.tokens = tokens
        if title and not known.title:
            known.title = title

    def by_title(self, title_words: str) -> Person | None:
        self.scan_all()
        for person in reversed(list(self.people.values())):
            if person.title and title_words.lower() in person.title.lower():
                return person
        return None

    # --- scanning -----------------------------------------------------------------
    def _title_at(self, toks: list[Token], i: int) -> tuple[str, int] | None:
        if toks[i].low not in self.words.title_first:
            return None
        for n in range(min(self.words.title_len, len(toks) - i), 0, -1):
            key = tuple(t.low for t in toks[i : i + n])
            if key in self.words.titles and all(not t.trail or t.trail == "." for t in toks[i : i + n - 1]):
                return self.words.titles[key], n
        return None

    def _is_name_word(self, tok: Token, caps_text: bool) -> bool:
        core = tok.core
        if not core or not core[0].isupper() or tok.low in self.words.not_names or tok.low in self.words.org_words:
            return False
        if tok.low in self.words.verbs or (tok.low,) in self.words.titles:
            return False
        return caps_text or not core.isupper() or len(core) <= 2 or _INITIAL.fullmatch(core) is not None

    def name_run(self, toks: list[Token], i: int, caps_text: bool) -> list[Token]:
        """Up to four name words from toks[i]; stops after a word with trailing punctuation."""
        run: list[Token] = []
        j = i
        while j < len(toks) and len(run) < 4:
            tok = toks[j]
            if tok.low in _PARTICLES and run and j + 1 < len(toks) and toks[j + 1].core[:1].isupper():
                run.append(tok)
                j += 1
                continue
            if not self._is_name_word(tok, caps_text) or (run and self._title_at(toks, j)):
                break  # `Japanese Prime Minister Fumio Kishida`: a title starts a new mention
            run.append(tok)
            j += 1
            if tok.trail or toks[j - 1].raw.endswith(("”", '"')):
                break
        if run and run[-1].low in _PARTICLES:
            run.pop()
        return run

    def scan(self, text: str) -> None:
        """Add every person mentioned in one paragraph. Regexes find the few places worth a
        look (a title; two capitalised words in a row); the paragraph is tokenised once."""
        caps_text = text.isupper()
        title_hits = list(self.words.title_re.finditer(text))
        cap_hits = [] if caps_text else list(_CAP_RUN.finditer(text))
        if not title_hits and not cap_hits:
            return
        toks = tokenize(text)
        starts = [t.start for t in toks]
        for m in title_hits:
            i = bisect.bisect_left(starts, m.start())
            title = self._title_at(toks, i) if i < len(toks) else None
            if not title:
                continue
            label, n = title
            run = self.name_run(toks, i + n, caps_text) if not toks[i + n - 1].trail.strip(".") else []
            if run:
                self.add([t.core for t in run], self._with_modifiers(toks, i, n, label) + self._party(toks, i + n + len(run)))
        for m in cap_hits:
            k, end = bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end())
            while k < end:
                run = self.name_run(toks, k, False)
                if len(run) >= 2:
                    self.add([t.core for t in run], self._after_name(toks, k + len(run), run[-1]))
                    k += len(run)
                else:
                    k += 1

    def _with_modifiers(self, toks: list[Token], i: int, n: int, label: str) -> str:
        """The title as the copy words it: `Japanese Prime Minister`, `union leader`,
        `port authority spokeswoman` — up to three describing words before the title word.
        An abbreviation (`Sen.`) shows as the table says (`Senator`)."""
        written = [t.core for t in toks[i : i + n]]
        title = label if written[-1].endswith(".") else " ".join(written)
        mods: list[str] = []
        j = i - 1
        while j >= 0 and len(mods) < 3 and not toks[j].trail and not toks[j].raw[-1:] in "\"“”" and (
            self._describes(toks[j]) or (j == 0 or "." in toks[j - 1].trail) and tok_is_word(toks[j]) and toks[j].low not in self.words.not_names
        ):  # the first word of a sentence is capitalised whatever it is
            mods.insert(0, toks[j].core)
            j -= 1
        text = " ".join(mods + [title])
        return text[:1].upper() + text[1:]

    def _describes(self, tok: Token) -> bool:
        low = tok.low
        if low in self.words.not_names or low in self.words.verbs or low in _STOP or not tok.core[:1].isalpha():
            return False
        return tok.core[:1].islower() or _NATIONAL.fullmatch(tok.core) is not None or low in self.words.org_words

    def _party(self, toks: list[Token], i: int) -> str:
        if i < len(toks) and _PARTY.fullmatch(toks[i].core):
            return f" ({toks[i].core})"
        return ""

    def _after_name(self, toks: list[Token], i: int, last: Token) -> str | None:
        """Title from what follows a name: an appositive or `of the ORGANISATION`."""
        if i >= len(toks):
            return None
        if last.trail.startswith(",") and _PARTY.fullmatch(toks[i].core):
            return toks[i].core
        if last.trail.startswith(","):
            words: list[str] = []
            for tok in toks[i : i + 12]:
                words.append(tok.core)
                if tok.trail:
                    break
            if not words or words[0].lower() in {"who", "which", "that", "said", "says", "and", "but"}:
                return None
            if words[0].lower() in self.words.verbs or toks[i].raw[:1] in "\"“":
                return None
            if words[0].lower() in {"the", "a", "an"}:
                words = words[1:]
                if words and words[0].endswith(("'s", "’s")) and words[0][:1].islower():
                    words = words[1:]
            if not words or words[0][:1].isupper() and words[0].lower() not in {w[0] for w in self.words.titles}:
                return None
            return (words[0][:1].upper() + " ".join(words)[1:]) if words else None
        if not last.trail and toks[i].low == "of":
            j = i + 1
            if j < len(toks) and toks[j].low == "the":
                j += 1
            org: list[str] = []
            while j < len(toks) and len(org) < 10:
                tok = toks[j]
                if tok.core[:1].isupper() or (org and tok.low in {"for", "and", "of", "on", "the", "de"}):
                    org.append(tok.core)
                    j += 1
                    if tok.trail:
                        break
                else:
                    break
            while org and org[-1].lower() in {"for", "and", "of", "on", "the", "de"}:
                org.pop()
            if len(org) >= 2 or any(w.lower() in self.words.org_words for w in org):
                return " ".join(org)
        return None

    # --- resolving ----------------------------------------------------------------
    def resolve(self, words: list[str]) -> Speaker:
        """A short mention (`Kishida`, `HOLLIS`, `Sen. Mark Ellery`) -> the fullest person."""
        person = self.person(words[-1].lower().rstrip("."))
        if person is not None:
            return Speaker(person.name, person.title)
        return Speaker(_display(words), None)

    def speaker_in(self, clause: str, prefer: str = "last") -> Speaker | str | None:
        """The speaker a clause names: a Speaker, "PRONOUN" for he/she/they, or None.

        `prefer="first"` takes the first name (attribution after a quote: `Aagaard told`,
        `said Sen. Mark Ellery`); "last" the one nearest a colon lead-in's end, unless a
        lead-in phrase (`according to`) points at the one after it."""
        toks = tokenize(clause)
        caps_text = clause.isupper()
        start = 0
        firsts = self.words.lead_in_firsts
        for k in range(len(toks)):
            if toks[k].low not in firsts:
                continue
            for phrase in self.words.lead_ins:
                if tuple(t.low for t in toks[k : k + len(phrase)]) == phrase and k + len(phrase) < len(toks):
                    start, prefer = k + len(phrase), "first"
                    break
        candidates: list[list[str]] = []
        pronoun_at = None
        i = start
        while i < len(toks):
            tok = toks[i]
            if tok.low in self.words.pronouns and pronoun_at is None:
                pronoun_at = len(candidates)
            title = self._title_at(toks, i)
            if title:
                run = self.name_run(toks, i + title[1], caps_text)
                if run:
                    candidates.append([t.core for t in run])
                    i += title[1] + len(run)
                    continue
                if i == start or toks[i - 1].low in {"the", "a", "an"}:
                    person = self.by_title(title[0])
                    if person:
                        candidates.append(person.tokens)
                i += title[1]
                continue
            if caps_text:
                if self.person(tok.low.rstrip(".")):
                    candidates.append([tok.core])
            else:
                run = self.name_run(toks, i, False)
                if run and not (len(run) == 1 and i == 0 and not self.person(run[0].low)):
                    if not any(t.low in self.words.org_words for t in toks[i + len(run) : i + len(run) + 1]):
                        candidates.append([t.core for t in run])
                        i += len(run)
                        continue
            i += 1
        if pronoun_at is not None and (not candidates or pronoun_at == 0 and prefer == "first"):
            return "PRONOUN"
        if not candidates:
            return None
        return self.resolve(candidates[0] if prefer == "first" else candidates[-1])


def build_registry(paragraphs: list[str], hints: dict[str, str | None] | None = None, words: SpeechWords | None = None) -> Registry:
    registry = Registry(words or speech_words(), paragraphs=list(paragraphs))
    for name, title in (hints or {}).items():
        registry.add(name.split(), title)
    return registry
