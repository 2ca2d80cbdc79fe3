"""Attribution in a script that writes no capitals (Arabic): the mention scanner finds names by their
capitals, so here the desk's word order tells the speaker instead. Arabic wire copy puts the verb first
and its subject right after it (`وقال كوناشينكوف: "…"`, `"…"، قال المتحدث`), drops the subject when the
same person goes on (`وأضاف: "…"`), and gives a source after the quotation (`"…"، بحسب كوناشينكوف`).

The speaker is the words between the verb (or source word) and the colon, comma or full stop: one to
four words, none a particle (languages.toml [ar] `not_names`), the first not opening with the article
(`المتحدث`, the spokesman: a role, which names no one) unless the copy writes a given name before it
(`خالد الحنيفات`: a family name with the article); the super carries the fullest form of that name
the copy writes (`إيغور كوناشينكوف` of `اللواء إيغور كوناشينكوف،`, a title with the article left out).
A verb with no subject is the last speaker's, when they spoke in this paragraph or the two before; before
any bite, the person the story last names as speaking (`قال السفير أحمد أبو زيد …` … `معقبا: "…"`).

Persian (languages.toml [fa]) writes the same script in the other order: the subject opens the clause and
the verb ends it, often in two words (`الجلالی ادامه داد: «…»`, `وی افزود: «…»`: he added); its agencies
set a name in guillemets (`«محمد غازی الجلالی»، نخستوزیر سوریه`), which is still the name's fullest form."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt.model import Speaker
from scriptfmt.parse.languages import tables
from scriptfmt.parse.names import NameShape
from scriptfmt.parse.verdicts import Ctx, Said, Verdict

_PUNCT = "،؛؟:.!,;\"“”«»()"
_CONJUNCTIONS = ("و", "ف")  # `وقال`, `فأضاف`: and / so, written onto the verb
_ARTICLE = "ال"
_QUOTES = "\"“”«»„"
_NAME_WORDS = 4
_LEAD_WORDS = 16
_COMPLEMENTIZERS = frozenset({"أن", "إن", "بأن", "انه", "أنه", "که"})  # `قال إن "…"`, `گفت که «…»`: that, before the words


def _arabic(text: str) -> bool:
    """Most of the letters are Arabic script."""
    letters = arabic = 0
    for ch in text[:400]:
        if ch.isalpha():
            letters += 1
            arabic += "\u0600" <= ch <= "\u06ff"
    return letters > 0 and arabic * 2 > letters


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    ar = tables().get("ar", {})
    return frozenset(_alef(v) for v in ar.get("verbs", ())), frozenset(ar.get("sources", ())), frozenset(ar.get("not_names", ()))


def _alef(word: str) -> str:
    """The hamza on an alef is often left out or written the other way in web copy (`وإعتبر`, `اعتبر`): one form."""
    return word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def _bare(word: str) -> str:
    return word.strip(_PUNCT)


def _verb(word: str, verbs: frozenset[str]) -> bool:
    """A verb of saying, with `و` / `ف` written onto it or not."""
    bare = _alef(_bare(word))
    return bare in verbs or bare[:1] in _CONJUNCTIONS and bare[1:] in verbs


def uncased_said(c: Ctx) -> Verdict | None:
    """`وقال كوناشينكوف: "…"` / `"…"، قال كوناشينكوف` / `وأضاف: "…"`: the speaker in an Arabic story."""
    v = c.view
    if not _arabic(v.text):
        return None
    verbs, sources, _ = _table()
    after = v.text[c.quote.end : c.quote.end + 160].split()
    if after and after[0] in ("،", ",") and len(after) > 1:
        after = after[1:]
    if after and (_verb(after[0], verbs) or _bare(after[0]) in sources) and v.text[c.quote.end : c.quote.end + 3].strip()[:1] in ("،", ","):
        return _speaker(c, after[1:])  # `"…"، قال X` / `"…"، بحسب X`
    lead = _lead_in(c)
    if lead is None:
        return _run_in(c)
    if (at := _final_verb(lead)) is not None:  # Persian: `الجلالی ادامه داد: «…»`, the subject opens the clause
        return _subject_first(c, lead[:at])
    lead = lead[-_LEAD_WORDS:]  # the verb, its subject and where or how it was said (`وأوضح المحافظ في مقطع فيديو نشرته … فيسبوك:`)
    at = max((k for k, w in enumerate(lead) if _verb(w, verbs)), default=None)
    return _speaker(c, lead[at + 1 :]) if at is not None else None


def _run_in(c: Ctx) -> Verdict | None:
    """A quotation run on from its verb with no colon, in its paragraph: `وأضاف " … "`, `وإعتبر ظريفيان أن " … "` (the
    verb, its subject and `that`), `مدیرکل آژانس … مدعی شد «…»` (Persian: the subject, then the verb)."""
    before = c.view.text[: c.quote.start].rstrip()
    if not before or len(c.inner.split()) < 3 or c.view.text[c.quote.end :].lstrip()[:1] not in ("", ".", "،", ",", "؛", "!", "؟"):
        return None  # `قال إن "السلام" ممكن`: a word or two quoted inside the reporter's sentence, no bite
    start = max(before.rfind(mark) for mark in (".", "\"", "”", "»", "؟", "!", ":", "“"))
    words = before[start + 1 :].split()
    while words and _bare(words[-1]) in _COMPLEMENTIZERS:
        words = words[:-1]  # `… أن`, `… که`: that
    if not words or words[-1] != _bare(words[-1]):
        return None  # `…، "…"`: a mark between the clause and the quotation (an appositive, a list)
    if (at := _final_verb(words)) is not None:
        return _subject_first(c, words[:at])
    verbs, _, _ = _table()
    at = next((k for k in range(len(words) - 1, max(-1, len(words) - 5), -1) if _verb(words[k], verbs)), None)
    return _speaker(c, words[at + 1 :]) if at is not None else None


def _lead_in(c: Ctx) -> list[str] | None:
    """The words of the clause that ends with a colon right before the quotation: in its paragraph
    (`وقال كوناشينكوف: "…"`), or the paragraph before, when the quotation opens this one."""
    v = c.view
    before = v.text[: c.quote.start].rstrip()
    if not before and c.hist.prev_view is not None:
        before = c.hist.prev_view.text.rstrip()
    if not before.endswith(":"):
        return None
    start = max(before.rfind(mark) for mark in (".", "\"", "”", "»", "؟", "!"))
    return before[start + 1 :].split()


def _speaker(c: Ctx, words: list[str]) -> Verdict | None:
    """The speaker the words after the verb name; none: the one who spoke last goes on."""
    name = _name_after(words)
    return _named(c, name, "verb-first") if name else _goes_on(c)


def _name_after(words: list[str]) -> list[str]:
    """The name right after an Arabic verb of saying: up to four words to a particle or a mark; a title with the
    article before a name of two words or more is left out (`قال السفير أحمد أبو زيد المتحدث …`: the ambassador)."""
    _, _, particles = _table()
    name: list[str] = []
    for word in words[:_NAME_WORDS + 2]:
        bare = _bare(word)
        if not bare or bare in particles or word[:1] in _QUOTES:
            break  # `وتابع: “كان …`: a quotation opens after the verb, its first word is no subject
        name.append(bare)
        if word != bare:
            break  # `كوناشينكوف:`, `كوناشينكوف،`: the name ends at its punctuation
    opened = next((k for k, w in enumerate(name) if not w.startswith(_ARTICLE)), len(name))
    if 0 < opened < len(name) - 1 and name[opened].startswith("ل") and name[opened + 1].startswith(_ARTICLE):
        return name[:opened]  # `المدير العام لهيئة المياه`: `li-` ties the office to its body, no name follows; the office
    if 0 < opened and len(name) - opened >= 2:  # (`السفير أحمد أبو زيد`, `الوزير الدكتور سامر الخطيب`)
        name = name[opened:]
        role = next((k for k in range(1, len(name) - 1) if name[k].startswith(_ARTICLE) and name[k + 1].startswith(_ARTICLE)), None)
        name = name[:role]  # `أحمد أبو زيد المتحدث الرسمي`: the office after the name (two words with the article)
    return name[:_NAME_WORDS]


def _named(c: Ctx, name: list[str], why: str) -> Verdict | None:
    fullest = _fullest(c, name)
    if name[0].startswith(_ARTICLE) and len(fullest) == len(name):  # `قال المتحدث باسم …`: a role, no one's name (`الحنيفات` is one when the copy writes `خالد الحنيفات`)
        return _holder(c, name, why) if why != "office-holder" else None  # (`وتابع المتحدث الرسمي …:` the one the story named so)
    person = _person(c, fullest)
    return Verdict(Said(person.speaker(), person.pid, why)) if person is not None else None


def _goes_on(c: Ctx) -> Verdict | None:
    """A verb with no subject, or a pronoun (`وأضاف: "…"`, `وی افزود: «…»`, `معقبا: "…"`): the one who spoke in this
    paragraph or the two before; before any bite, the person the story last names as speaking (`قال السفير أحمد أبو
    زيد …، إنه …` / `الجلالی … گفت که …`), in this paragraph before the quotation or the three before."""
    last = c.hist.last
    if last is not None and c.view.index - c.hist.last_bite_para <= 2:
        return Verdict(Said(last.speaker, last.pid, "dropped-subject"))
    if last is not None and c.view.index - c.hist.last_bite_para <= 3:
        return _unnamed(c)  # another's bite not long before: no telling
    texts = [c.view.text[: c.quote.start]] + [view.text for view in reversed(c.hist.recent[:-1][-3:])]
    for text in texts:
        for sentence in reversed(_sentences(text)):
            name = _sayer(sentence)
            if name:
                return _named(c, name, "dropped-subject") or _unnamed(c)
    return _unnamed(c)


def _unnamed(c: Ctx) -> Verdict:
    """A verb of saying before the quotation and no one the story lets us name: a bite with no super and a warning (the
    fail-safe: the words are spoken, the name unknown)."""
    return Verdict(Said(Speaker(""), "", "dropped-subject"), f"line {c.view.line}: a verb of saying names no one the story gave; the bite has no super")


def _sentences(text: str) -> list[list[str]]:
    sentences, words = [], []
    for word in text.split():
        words.append(word)
        if word.rstrip("»\"”)").endswith((".", "؟", "!")):
            sentences.append(words)
            words = []
    return sentences + [words] if words else sentences


def _sayer(words: list[str]) -> list[str] | None:
    """The name a sentence gives as the subject of its verb of saying: after an Arabic verb (`قال السفير أحمد أبو زيد`),
    at the head of a Persian one's clause (`الجلالی در گفت و گو با العربیه گفت که …`); [] or None: none named."""
    verbs, _, _ = _table()
    for k, word in enumerate(words):
        if _verb(word, verbs):
            return [] if word.endswith(":") else _name_after(words[k + 1 :])  # `وتابع:`: the subject dropped, the words follow
        if _final_verb(words[: k + 1]) is not None:
            return _opening_subject(words[: _final_verb(words[: k + 1])])
    return None


@lru_cache(maxsize=1)
def _final_table() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str], frozenset[str]]:
    fa = tables().get("fa", {})
    verbs = tuple(sorted({tuple(v.split()) for v in fa.get("verbs", ())}, key=len, reverse=True))
    return verbs, frozenset(fa.get("subject_pronouns", ())), frozenset(fa.get("not_names", ())), frozenset(fa.get("roles", ()))


def _final_verb(words: list[str]) -> int | None:
    """Where a Persian verb of saying that ends these words starts (`الجلالی ادامه داد`, `وی افزود`), else None."""
    bare = [_bare(w) for w in words[-3:]]
    for verb in _final_table()[0]:
        if len(bare) >= len(verb) and tuple(bare[len(bare) - len(verb) :]) == verb:
            return len(words) - len(verb)
    return None


def _opening_subject(words: list[str]) -> list[str] | None:
    """The subject that opens a Persian clause (`الجلالی ادامه داد`, `«محمد غازی الجلالی»، نخستوزیر سوریه … گفت`): up to
    three words to a particle or a mark, past an opening phrase up to its comma (`به گزارش ایلنا، …`); [] for a pronoun
    (`وی افزود`: the person last named goes on), None for an office (`سخنگوی وزارت خارجه گفت`: no one's name)."""
    _, pronouns, particles, roles = _final_table()
    comma = next((k + 1 for k, w in enumerate(words[:-1]) if w.endswith(("،", ","))), None)
    for start in (0, comma) if comma else (0,):
        name: list[str] = []
        for word in words[start : start + 3]:
            bare = _bare(word)
            if not bare or bare in particles:
                break
            if not name and bare in pronouns:
                return []
            if not name and bare in roles:
                return None
            name.append(bare)
            if word.rstrip(_PUNCT) != word:
                break  # `الجلالی»،`: the name ends at its mark
        if name:
            return name
    return None


def _subject_first(c: Ctx, words: list[str]) -> Verdict | None:
    name = _opening_subject(words)
    if name is None:
        return _holder(c, words)
    return _named(c, name, "subject-first") if name else _goes_on(c)


@lru_cache(maxsize=4)
def _word_index(texts: tuple[str, ...]) -> dict[str, list[tuple[list[str], int]]]:
    """Each bare word of the story -> (its paragraph's words, its place): built once a story, so a name is looked
    up, never searched for in every paragraph again for every quotation."""
    index: dict[str, list[tuple[list[str], int]]] = {}
    for text in texts:
        words = text.split()
        for k, word in enumerate(words):
            index.setdefault(_bare(word), []).append((words, k))
    return index


def _fullest(c: Ctx, name: list[str]) -> list[str]:
    """The name with the given names the copy writes before it (`اللواء إيغور كوناشينكوف`: the title, with
    the article, left out), up to two words, in any paragraph."""
    verbs, _, particles = _table()
    best = name
    for words, k in _word_index(tuple(c.hist.texts)).get(name[0], ()):
        if k:
            j = k
            while j > 0 and k - j < 2 and _bare(words[j - 1]) == words[j - 1] and not words[j - 1].startswith(_ARTICLE) and words[j - 1] not in particles and not _verb(words[j - 1], verbs):
                j -= 1
            if j > 0 and k - j < 2 and words[j - 1][:1] == "«" and _bare(words[j - 1]) == words[j - 1][1:]:
                j -= 1  # `«محمد غازی الجلالی»`: a Persian agency sets the name in guillemets
                opens = True
            else:
                opens = j > 0 and (words[j - 1].endswith(("،", ",")) or words[j - 1].startswith(_ARTICLE) and (j > 1 and words[j - 2].endswith(("،", ",")) or k - j == 1 and name[0].startswith(_ARTICLE)))  # an appositive (`، اللواء إيغور كوناشينكوف،`), or a family name with the article after one given name after a title (`وزير الصحة الأردني سامر الخطيب`)
            if opens and k - j + len(name) > len(best):
                best = [_bare(w) for w in words[j:k]] + name
    return best


def _person(c: Ctx, name: list[str]):
    """The story's person of that name (the same last word), else a new one."""
    for person in c.tracker.people:
        if person.words and person.words[-1] == name[-1]:
            return person
    shape = NameShape(name, 0, len(name), name[-1], name[0] if len(name) > 1 else None)
    person = c.tracker.person_for(shape, attested=True)
    if person is not None:
        c.tracker.seen(person, c.view.first_sentence, c.view.base)
    return person


def _holder(c: Ctx, words: list[str], why: str = "") -> Verdict | None:
    """An office as the subject (`مدیرکل آژانس بینالمللی انرژی اتمی مدعی شد «…»`, Arabic `وتابع المتحدث الرسمي …:`):
    the one person the story names with that office as an appositive (`رافائل گروسی، مدیرکل آژانس …`, `سامح الخشن،
    المتحدث الرسمي …`: the name, its comma, the office's first two words); no one, or two people: no name."""
    office = [_bare(w) for w in words[:2]]
    if len(office) == 1 and office[0].startswith(_ARTICLE) and why:
        return _office_first(c, office[0][len(_ARTICLE) :])  # `وأوضح المحافظ`: the governor the story introduced
    if len(office) < 2 or office[0] not in _final_table()[3] and not (why and office[0].startswith(_ARTICLE)):
        return None
    found = set()
    for text in c.hist.texts:
        tokens = text.split()
        for k in range(len(tokens) - 2):
            if tokens[k].endswith(("،", ",")) and [_bare(t) for t in tokens[k + 1 : k + 3]] == office:
                name = [_bare(tokens[k])]
                while len(name) < 3 and k - len(name) >= 0 and tokens[k - len(name)] == _bare(tokens[k - len(name)]):
                    name.insert(0, tokens[k - len(name)])
                found.add(tuple(w for n, w in enumerate(name) if n or len(name) < 2 or not w.startswith(_ARTICLE)))  # (`المستشار سامح الخشن،`: the title left out)
    return _named(c, list(found.pop()), "office-holder") if len(found) == 1 else None


_APPOSITIVES = 4  # the most comma-set phrases between an office and its holder's name (`محافظ العاصمة السورية، دمشق، …، NAME،`)


def _office_first(c: Ctx, office: str) -> Verdict | None:
    """`وأوضح المحافظ` (the governor, with the article) after `عقّب محافظ العاصمة السورية، دمشق، في القيادة الجديدة، ماهر محمد
    مروان،`: the office without the article, then the holder's name set off by commas, two to four words with no article
    and no particle, the first such phrase after it; one such person in the story, else no name."""
    _, _, particles = _table()
    found = set()
    for text in c.hist.texts:
        tokens = text.split()
        for k, token in enumerate(tokens):
            if _bare(token) != office and not (_bare(token)[:1] in _CONJUNCTIONS and _bare(token)[1:] == office):
                continue
            phrase, phrases = [], 0
            for word in tokens[k + 1 : k + 30]:
                phrase.append(_bare(word))
                if word == _bare(word) or not word.endswith(("،", ",")):
                    continue
                phrases += 1
                if 2 <= len(phrase) <= _NAME_WORDS and not any(w.startswith(_ARTICLE) or w in particles for w in phrase) and phrases > 1:
                    found.add(tuple(phrase))
                    break
                if phrases > _APPOSITIVES:
                    break
                phrase = []
    return _named(c, list(found.pop()), "office-holder") if len(found) == 1 else None
