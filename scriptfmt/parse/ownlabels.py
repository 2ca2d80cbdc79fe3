"""Speakers named on a line of their own, with a colon, above the words of their turn: `Wartawan:`, `Claudia López:`,
`Acting Head of the Republic of Karelia Artur Parfenchikov:`, `– Nguyễn Công Danh, 45 tuổi:`.

Web pages print transcripts and interviews this way in every language, so the test is the line's form and its
place, never a list of words: a short line that ends in a colon, written as a name or a title is (capitals on
its words, or a script with no capitals), standing alone above a paragraph of speech. A page shows a dialogue
when such lines stand above two turns or more and one voice speaks twice (the same label again, or its name again
at the end of a longer label: `President of Russia Vladimir Putin:` then `Vladimir Putin:`); a story's subheads
(`Background:`) never come back."""

from __future__ import annotations

from scriptfmt.parse.labels import Label, name_alone, parse_label, words as name_words
from scriptfmt.parse.languages import every_title, every_verb
from scriptfmt.parse.names import gender_of_first
from scriptfmt.parse.surnames import surname_label

__all__ = ["alternating_voice", "asking_label", "dialogue_labels", "held_office", "own_line_label", "described_voices", "turn_label"]

_MAX_WORDS = 10  # `Acting Head of the Republic of Karelia Artur Parfenchikov`: a title and a name
_MAX_CHARS = 90
_SMALL_WORDS = 4  # `of`, `the`, `de`, `van`, `bin`: particles in small letters inside a title or a name
_LEADS = "–—-•·▪►▶■ "  # a dash or bullet before the speaker (`– Ted Osius:`)
_SPEECH_ENDS = (".", "?", "!", "…", "。", "？", "！", "»", "”", "\"", "’")
_SPEECH_WORDS = 8  # a line of speech this long needs no full stop (a turn cut by the excerpt)
_UNCASED_CHARS = 12  # the same in a script written without spaces


def own_line_label(line: str) -> Label | None:
    """The speaker of a line that is a label alone (`Wartawan:`, `– Nguyễn Công Danh, 45 tuổi:`), else None.
    The words after a comma are the speaker's title or description; the name is the words before it."""
    text = line.strip().lstrip(_LEADS).rstrip()
    if not text.endswith(":") or len(text) > _MAX_CHARS:
        return None
    if text[:-1].rstrip().endswith(")"):
        return held_office(text)
    body = text[:-1].rstrip()
    name, _, title = (part.strip() for part in body.partition(","))
    words = name.split()
    if not 1 <= len(body.split()) <= _MAX_WORDS or not words or not _written_as_name(words):
        return None
    if any(word.lower() in every_verb() for word in words[1:]):  # `He said:`, `Smith added:`: a lead-in, no label
        return None
    if any(mark in body for mark in "?!;:\"«»“”„()[]{}/|=#*_<>@") or "http" in body.lower():
        return None
    return Label(line.strip(), name, title or None, None, "")


_ASKING_WORDS = 6  # `Member of the Media`, `Question from the floor`, `Representante de los medios`: a short description
_ASKS = ("?", "？")
_UNNAMED = "audience member"  # a voice in the room the label describes and nobody names (styles/furniture.toml own_voice_roles)


def asking_label(line: str, known: set[str] | frozenset[str] = frozenset(), staffed: bool = False, again: set[str] | frozenset[str] = frozenset()) -> Label | None:
    """`Member of the Media: I wonder if …?`, `Journalist from Radio Kaya: …?`, `Representante de los medios: ¿…?`,
    `Journalist 1: …?`: a label in the outlet's own words that names no person but a kind of person (`_described`). Over
    a turn that ends on a question, on a page where no programme label asks (`staffed`: HOST, Q, Moderator), it is the
    press: read copy; so is a label that asked before (`known`, lower case: `Member of the Media: Thank you.`). Else,
    when the label opens two turns or more on the page (`again`; a heading, `Part 2:`, never comes back), it is a voice
    nobody names (`Farmer from Kenya: Money for wells.`): a bite with no super, never the turn above carried on."""
    found = _described(line)
    if found is None:
        return None
    written, key, rest = found
    if key in known or (not staffed and rest.rstrip("\"”’'»)） ").endswith(_ASKS)):
        return Label(written, written[:-1].strip(), None, "press", rest)
    return Label(written, _UNNAMED, None, _UNNAMED, rest) if key in again else None


def described_voices(lines: list[str]) -> tuple[bool, frozenset[str], frozenset[str]]:
    """Whether a label of the programme's own people or the press asks on the page (`HOST:`, `Q:`, `Moderator:`: a
    label in the outlet's own words is then someone the programme talks to), the described labels (lower case) that
    open two lines or more with different words after them (the same whole line twice is the page printing its
    headline again, `NAME à l'Élysée : …` in its header and above the story, no voice speaking twice), and those that
    ask somewhere on the page (the press: `Member of the Media: … Thank you.`)."""
    found = [described for raw in lines if (described := _described(raw)) is not None]
    staffed = any((label := parse_label(raw.strip())) is not None and label.role in name_words().staff_roles for raw in lines)
    said: dict[str, set[str]] = {}
    for _, head, rest in found:
        said.setdefault(head, set()).add(" ".join(rest.split()))
    asked = frozenset(head for head, rest in ((h, r) for _, h, r in found) if not staffed and rest.rstrip("\"”’'»)） ").endswith(_ASKS))
    return staffed, frozenset(head for head, turns in said.items() if len(turns) >= 2), asked


def _described(line: str) -> tuple[str, str, str] | None:
    """(the label as written, its words in lower case, the words after it) for a label that describes a kind of person (a
    noun and what it belongs to after a particle, or a number: `Member of the Media:`, `Journalist 1:`); None for a name
    (`Ana Ruiz: …?`, parse/labels.py), an office (`Minister of Finance:`) or a sentence (`Here's the thing: who pays?`)."""
    head, colon, rest = line.strip().lstrip(_LEADS).partition(":")
    rest = rest.strip()
    if not colon or not rest or not (rest[:1].isupper() or rest[:1] in "¿¡\"“«") or "|" in rest:  # `Link to this: Individually | …`: a page's row
        return None
    words = head.split()
    if not 2 <= len(words) <= _ASKING_WORDS or not words[0][:1].isupper() or len(head) > _MAX_CHARS:
        return None
    if any(mark in head for mark in "?!;,.\"«»“”„()[]{}/|=#*_<>@—–") or any(mark in words[0] for mark in "'’") or any(w.lower() in every_verb() for w in words):
        return None
    if words[0].lower() in name_words().name_titles or words[0].lower() in every_title():
        return None  # `Minister of Finance:`, `Leader of the Opposition:`: an office, whoever holds it (parse/labels.py)
    joint = next((k for k, w in enumerate(words[1:], 1) if (w.islower() and len(w) <= _SMALL_WORDS) or w.isdigit()), 0)
    if not joint or any(w.islower() for w in words[1:joint]):  # `Member of …`, `Journalist 1`; never `The real question`
        return None
    if any(gender_of_first(w) for w in words[joint + 1 :]):
        return None  # `Intervención de Alejandro Ruiz:`: the label names a person after all
    return line.strip()[: line.strip().find(":") + 1], " ".join(head.lower().split()), rest


def held_office(line: str) -> Label | None:
    """`President of the Republic of Indonesia (Joko Widodo)`, `The Prime Minister (Boris Johnson):`: an office alone
    on its line and its holder's name in brackets, how governments and parliaments label the principal's turns."""
    text = line.strip().rstrip(":").rstrip()
    if not text.endswith(")") or text.count("(") != 1 or text.count(")") != 1:
        return None
    office, _, holder = (part.strip() for part in text[:-1].partition("("))
    if not office or len(office.split()) > _MAX_WORDS or not _written_as_name(office.split()) or not name_alone(holder, mixed=True):
        return None
    return Label(line.strip(), holder, office, None, "")


def _written_as_name(words: list[str]) -> bool:
    """A name or a title as a page writes one: its first word opens with a capital (or is in a script with no capitals),
    and every other word does too but particles (`of the`, `de la`) and one small last word (`Wartawan asing`)."""
    first = words[0].lstrip("'‘’")
    if not first or not (first[0].isupper() or _uncased(first[0])):
        return False
    small = [w for w in words[1:] if not (w[0].isupper() or _uncased(w[0]) or w[0].isdigit())]
    particles = [w for w in small if len(w) <= _SMALL_WORDS]
    return len(small) - len(particles) <= (1 if len(words) == 2 else 0) and all("." not in w[:-1] for w in words)


def _uncased(char: str) -> bool:
    """A letter of a script with no capitals (Arabic, Thai, Chinese, Japanese, Korean …)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def spoken_below(line: str) -> bool:
    """The line under a label is speech: a sentence, or a long enough run of words, and no label itself."""
    text = line.strip()
    if not text or own_line_label(text) is not None:
        return False
    uncased = sum(1 for ch in text if _uncased(ch)) >= _UNCASED_CHARS
    return text.endswith(_SPEECH_ENDS) or len(text.split()) >= _SPEECH_WORDS or uncased


def dialogue_labels(lines: list[str]) -> set[str]:
    """The lines that are own-line labels of a dialogue: two voices or more, each above speech, one speaking twice."""
    found: list[tuple[str, Label]] = []
    texts = [raw.strip() for raw in lines if raw.strip()]
    for line, below in zip(texts, texts[1:]):
        label = own_line_label(line)
        if label is not None and spoken_below(below):
            found.append((line, label))
    names = [" ".join(label.name.lower().split()) for _, label in found]
    tails = {" ".join(name.split()[k:]) for name in set(names) for k in range(1, len(name.split()))}  # `vladimir putin` of a longer label
    again = len(names) > len(set(names)) or any(name in tails for name in names)
    named = any(_names_someone(label) for _, label in found)  # `Update:` / `Analysis:` / `Update:`: a live blog's subheads
    return {line for line, _ in found} if len(set(names)) >= 2 and again and named else set()


def _names_someone(label: Label) -> bool:
    """A label that names a person or an office: in capitals, a holder in brackets, or two words or more each opening on
    a capital (particles aside) — never one ordinary word (`Update`, `Background`) nor a phrase (`Key points`)."""
    words = label.name.split()
    capitals = all(w[0].isupper() or _uncased(w[0]) or (w.islower() and len(w) <= _SMALL_WORDS) for w in words)
    return label.name.isupper() or label.title is not None and "(" in label.written or (len(words) >= 2 and capitals)


def turn_label(line: str, surnames: dict, alone: set[str]) -> Label | None:
    """The label a transcript's line carries: written as a label, a surname the copy gives (parse/surnames.py), or,
    among the copy's speakers alone on a line, a label alone with its colon; or the press's in its own words (`asking_label`)."""
    return parse_label(line) or surname_label(line, surnames) or (own_line_label(line) if line in alone else None) or asking_label(line)


_VOICE_WORDS = 4  # `Journaliste`, `Member of the Media`: the other voice's line, a word or a few


def alternating_voice(lines: list[str], known: set[str], turn_below) -> set[str]:
    """The other voice of a dialogue whose one voice is known alone on its line (`Premier ministre (Jean-Marc Dufour)`):
    a short line written as a name or a title is, alone above a turn twice or more, each time after one of the known
    voice's turns (`Journaliste`, `Wartawan`): turn and turn about, whatever the word."""
    if not known:
        return set()
    texts = [raw.strip() for raw in lines if raw.strip()]
    counts: dict[str, int] = {}
    last = ""
    for n, line in enumerate(texts[:-1]):
        if line in known:
            last = line
            continue
        words = line.rstrip(":").split()
        short = 1 <= len(words) <= _VOICE_WORDS and not line.rstrip(":").endswith((".", "?", "!", ",", ";")) and _written_as_name(words)
        if short and last and turn_below(texts[n + 1]):
            counts[line], last = counts.get(line, 0) + 1, ""
    return {line for line, count in counts.items() if count >= 2}
