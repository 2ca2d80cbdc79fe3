"""A briefing's one voice: the transcript of a spokesperson's daily briefing, a minister's statement
or a UN noon briefing names its speaker once, in the header (`Department Press Briefing — Tammy
Bruce, Spokesperson`, `… transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the
Secretary-General`, `State Department Spokesperson Tammy Bruce Holds Press Briefing`), and labels no
turn of theirs. The body is then that person's bite; the press's `Question:` turns are narration.

`header_voice(lines)`: the one person a header line of a briefing names with a title, or by `by`.
The name is a run of two to four capitalised words next to a title (`Spokesperson NAME`, `NAME,
Spokesperson`, `NAME (Minister)`) or after `by`; a header line is one of the first lines, short, above
any label or time stamp. Two different people named so: no voice (no guess on air)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scriptfmt.parse.broadcastmarks import holder, mark_words
from scriptfmt.parse.remarklines import headline_sentence
from scriptfmt.parse.namerun import NAME_WORD
from scriptfmt.parse.pagekind import own_voice
from scriptfmt.parse.names import portfolio
from scriptfmt.parse.headnames import credited_title, remark_words
from scriptfmt.parse.speakers import speech_words, tokenize
from scriptfmt.parse.labels import glued_stamp, parse_label, stamp_line, strip_timestamp, words
from scriptfmt.parse.supers import display_name
from scriptfmt.parse.writing import hangul, kana

__all__ = ["Voice", "held_voice", "briefing_header", "wrapped_header", "name_word", "names_with_offices", "header_voice", "only_questions"]

# Words that make a header line a briefing's own (what it is a transcript of), case-insensitive.
_BRIEFING = re.compile(
    r"(?i)\b(?:briefings?|press conference|news conference|media availability|doorstop|remarks|statement|transcript|"
    r"point de presse|conférence de presse|rueda de prensa|conferencia de prensa|pressekonferenz|pressebriefing)\b"
)
_HEADER_NAMES = re.compile(rf"{NAME_WORD}(?:[ ]{NAME_WORD})*")  # a run of capitalised words in a header line (`Tammy Bruce`, `Kevin DeSantis`)
# Capitalised words of a headline that end a name run (`Tammy Bruce Holds Press Briefing`).
_STOP = frozenset(
    "holds hold gives give delivers briefs brief speaks addresses answers takes meets says on at in for to of and the "
    "press news daily department office briefing briefings conference remarks statement transcript doorstop interview "
    "regular weekly noon morning afternoon evening with after before during via "
    "by par por conferencia rueda prensa conjunta conjunto joint conférence presse commune gemeinsame visita visit oficial official".split()
)
# The role labels of a briefing's answers: the briefer's, whom the header names.
_ANSWERS = frozenset(("a", "answer"))
# Header lines to look at: a page's furniture and the briefing's title sit in its first lines.
_HEADER_LINES = 8


@dataclass(frozen=True, eq=False, repr=False)
class Voice:
    name: str  # as the header writes it (`Stéphane Dujarric`)
    title: str | None  # `Spokesman for the Secretary-General`
    line: int  # the index of the header line that names them
    announced: bool  # that line (or one above it) says the copy is a transcript


def header_voice(lines: list[str]) -> Voice | None:
    """The one person the briefing's header names with a title or by `by`; None when none or two."""
    found: dict[str, Voice] = {}
    transcript = briefed = False
    for n, line in _header(lines):
        transcript = transcript or "transcript" in line.lower()
        # `Press Briefing` above `Spokesperson … Noh Kyu-duk`: the lines under the briefing's title are its header too
        # under the briefing's title, a title line (no sentence): only a name its title leads
        titled_only = briefed and not _BRIEFING.search(line)
        if headline_sentence(line):
            continue  # `Remarks by President NAME leave allies cold`: a headline's sentence, no briefing's header
        briefed = briefed or bool(_BRIEFING.search(line))
        if not briefed or (titled_only and _sentence(line)):
            continue
        for name, title in _named(line, titled_only):
            if titled_only and not line.rstrip(" .").endswith(name):
                continue  # `Minister for Health NAME leaving the studios …`: a photo's caption, no header line
            found.setdefault(name, Voice(name, title, n, transcript))
    # `Press Secretary Jen Psaki White House Press Conference` above `… Press Secretary Jen Psaki.`: the shorter is the name
    names = {name for name in found if not any(other != name and name.startswith(other + " ") for other in found)}
    if len(names) != 1:
        return None
    voice = found[next(iter(names))]
    return Voice(voice.name, voice.title, _dated_until(lines, voice.line), voice.announced)


def held_voice(lines: list[str]) -> Voice | None:
    """A record in Japanese, Korean or Chinese names its principal by office in its title (`防衛大臣記者会見`, `市長所信表明`)
    and by name and office on a header line or in the outlet's intro (`河野防衛大臣閣議後会見`, `その初日に竹内市長は、…所信を表明
    しました。`); its first paragraph that names no holder speaks in the principal's own voice (polite endings;
    parse/pagekind.py): the holder's remarks, from that paragraph on. Two holders named: None."""
    texts = [(n, raw.strip()) for n, raw in enumerate(lines) if raw.strip()][:_RECORD_LINES]
    sentences = [k for k, (_, text) in enumerate(texts) if len(text) >= _CJK_SENTENCE and any(stop in text for stop in "。、，！：")]
    body = next((k for k in sentences if holder(texts[k][1], True) is None or holder(texts[k][1], True)[0] is None), None)
    kinds = (*mark_words().conference, *remark_words().infixes)  # a press conference's or a speech's record
    opening = [texts[k][1] for k in sentences if body is not None and k >= body][:2]  # `各位来宾，…：` may greet before the first `我们`
    if not body or not any(own_voice(text) for text in opening) or not any(word in text for _, text in texts[:body] for word in kinds):
        return None
    name_first = any(kana(c) or hangul(c) for c in texts[body][1])  # a Japanese or Korean page writes the name before the office
    held = {found[0]: found[1] for _, text in texts[:body] if (found := holder(text, name_first)) is not None and found[0]}
    if len(held) != 1:
        return None
    name, office = next(iter(held.items()))
    name = name[next((k for k, c in enumerate(name) if not kana(c)), len(name)) :]  # `その初日に竹内市長は`: the particle before is no name
    return Voice(name, office, texts[body - 1][0], True) if name else None


_RECORD_LINES = 40  # a city's page may set its menus above the record's title
_CJK_SENTENCE = 12  # characters of a paragraph's sentence in a script written without spaces


def _dated_until(lines: list[str], at: int) -> int:
    """The last of the date and time lines right under the header line `at` (`March 3, 2021  15:00 KST`):
    the header's too, never the briefer's words."""
    for n in range(at + 1, min(len(lines), at + 4)):
        line = lines[n].strip()
        if line and (_sentence(line) or len(line.split()) > 8 or not any(c.isdigit() for c in line)):
            break
        at = n if line else at
    return at


def briefing_header(lines: list[str]) -> str:
    """The header line that says the copy is a briefing (`CONFERENCIA DE PRENSA DEL JEFE DE GABINETE …`), "" if none."""
    return next((line for _, line in _header(lines) if _BRIEFING.search(line)), "")


def wrapped_header(lines: list[str]) -> str:
    """The briefing's header line in capitals with the capital lines it is wrapped onto
    (`CONFERENCIA DE PRENSA CONJUNTA DEL PRESIDENTE` / `DEL GOBIERNO, JOSÉ MARÍA AZNAR, Y DEL PRIMER` / …)."""
    header = list(_header(lines))
    start = next((k for k, (_, line) in enumerate(header) if _BRIEFING.search(line)), None)
    if start is None or not header[start][1].isupper():
        return ""
    run = [header[start][1]]
    for n, line in header[start + 1 :]:
        if not line.isupper() or n != header[start][0] + len(run):
            break
        run.append(line)
    return " ".join(run)


def names_with_offices(line: str) -> list[tuple[str, str | None]]:
    """`CONFERENCIA DE PRENSA DEL JEFE DE GABINETE JORGE M. CAPITANICH EN LA CASA …` -> [(`Jorge M. Capitanich`, `jefe`)]:
    in a header in capitals, the runs of two to four words that are no title, no briefing's word and no small word,
    each with the office word written before it (`PRESIDENTE DEL GOBIERNO, JOSÉ MARÍA AZNAR`), or set off by a comma
    after it (`THE HON WALTER KINGSLEY MP, PRIME MINISTER`), if any; a comma ends a run."""
    if not line.isupper():
        return []
    runs: list[list] = [[[], None]]  # each run's words and office
    office: str | None = None
    named = None  # the name just closed by a comma: the office right after it is its own
    tokens = line.split()
    for k, raw in enumerate(tokens):
        token = raw.strip(",;:")
        low = token.lower()
        before = [t.strip(",;:").lower() for t in tokens[max(0, k - 2) : k]]
        own = len(before) == 2 and before[0] in words().name_titles and before[1] in _SMALL  # `JEFE DE GABINETE`: the office's own
        styled = low in words().styles  # `THE HON WALTER KINGSLEY MP`: the style is no part of the name
        ends = own or styled or low in words().name_titles or low in words().offices or low in _STOP or low in _SMALL or _BRIEFING.fullmatch(low) or not name_word(token.strip("."))
        if not ends:
            runs[-1][0].append(token)
        if ends or raw.endswith((",", ";")):
            office = None if len(runs[-1][0]) >= 2 else office  # an office word names the first name after it only
            two = f"{before[-1]} {low}" if before else ""  # `PRIME MINISTER`: the office of two words, not `MINISTER`
            office = (two if two in words().offices else low) if ends and low in words().offices else office
            if office and named is not None and named[1] is None:
                named[1], office = office, None  # `…, PRIME MINISTER`: the name's office, not the next name's
            closed = runs[-1] if 2 <= len(runs[-1][0]) <= 4 and raw.endswith(",") else None
            named = closed or (named if styled or low in words().name_titles else None)
            runs.append([[], office])
    return [(display_name(" ".join(run)), office) for run, office in runs if 2 <= len(run) <= 4]


def name_word(token: str) -> bool:
    """A word of a name: letters, joined by a hyphen or an apostrophe (`OYELARAN-BRIGGS`, `O'NEILL`)."""
    return all(part.isalpha() for part in token.replace("’", "-").replace("'", "-").split("-"))


# Small words of a header's languages that never stand inside a name (`DEL`, `EN LA`, `DE`).
_SMALL = frozenset("de del la las los el en y con por para da do das dos du des le les et au aux di della il".split())


def only_questions(lines: list[str]) -> bool:
    """No label in the copy but the press's questions (`Question:`, `Q:`, `QUESTION:`) and the answers
    (`A:`, `Answer:`): nobody's turn is marked by name."""
    roles = words().staff_roles | _ANSWERS
    for raw in lines:
        label = parse_label(strip_timestamp(raw.strip())) if not credited_title(raw) else None  # `NAME: '…', Address to …`: a title
        label = None if label is not None and label.name.lower() in remark_words().furniture else label  # `Full Text : NAME's Address`: the page's
        if label is not None and not (label.role and label.role in roles and label.name.lower() == label.role):
            return False
    return True


def _sentence(line: str) -> bool:
    """`Vice Minister NAME met the envoys this morning.`: the body's prose, no header line."""
    return line.rstrip().endswith((".", "!", "?")) or ". " in line


def _header(lines: list[str]):
    """(index, line) of the copy's first non-empty lines, above the first label or time stamp."""
    seen = 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if seen >= _HEADER_LINES or parse_label(line) or stamp_line(line) or glued_stamp(line):
            return
        seen += 1
        if len(line.split()) <= 30:
            yield n, line


def _named(line: str, titled_only: bool = False) -> list[tuple[str, str | None]]:
    """Names in one header line with a title next to them, or after `by` (`titled_only`: with a title before them)."""
    titles = words().name_titles
    out = _portfolio_names(line)
    for m in _HEADER_NAMES.finditer(line):
        tokens = m.group().split()
        start = m.start()
        found = None
        for lead in [k + 1 for k, token in enumerate(tokens) if token.lower() in titles] or [0]:
            lead, run = _name_after(tokens, lead)
            if run:  # `State Department Spokesperson Tammy Bruce Holds`: the name after the title, not `Department`
                found = lead, run
                break
        if found is None:
            continue
        lead, run = found
        name = " ".join(run)
        name_start = start + m.group().index(name)
        before = line[:name_start].rstrip().lower()
        after = line[name_start + len(name) :]
        title = _title_after(after)
        if lead and tokens[lead - 1].lower() in titles:
            out.append((name, title or " ".join(tokens[:lead])))
        elif titled_only:
            continue
        elif title or before.endswith(" by") or before == "by":
            out.append((name, title))
    return out


def _portfolio_names(line: str) -> list[tuple[str, str | None]]:
    """`Deputy Minister for Public Relations Noh Kyu-duk`: a title, its department, then the name
    (names.portfolio finds where the department ends)."""
    toks, said = tokenize(line), speech_words()
    out = []
    for j in range(1, len(toks) - 2):
        if toks[j - 1].low.rstrip(".") in words().name_titles and (found := portfolio(toks, j, said, False)) is not None:
            department, shape = found
            name = " ".join(shape.words)
            if len(shape.words) < 2 or any(word.lower() in words().name_titles for word in shape.words):
                continue  # `… and Minister for Law,`: a department's last word is no name
            out.append((name.removesuffix("’s").removesuffix("'s"), f"{toks[j - 1].core} {department}"))
    return out


def _name_after(tokens: list[str], lead: int) -> tuple[int, list[str]]:
    """Where the name starts after `lead` (title words skipped), and its two to four words (a headline's
    words or a title end them); no words when none."""
    titles = words().name_titles
    while lead < len(tokens) and tokens[lead].lower() in titles | {"the", "hon", "rt"}:
        lead += 1
    run: list[str] = []
    for token in tokens[lead:]:
        if token.lower() in _STOP or token.lower() in titles:
            break
        if token.endswith(("'s", "’s")):  # `Minister Dr Vivian Balakrishnan’s Interview`: the possessive ends the name
            run.append(token[:-2])
            return lead, run if 2 <= len(run) <= 4 else []
        run.append(token)
    ended = tokens[lead + len(run)].lower() if lead + len(run) < len(tokens) else ""
    return lead, run if 2 <= len(run) <= 4 and ended not in titles else []  # `Chief Legal Counsel Secretary …`: a title's words


def _title_after(after: str) -> str | None:
    """`, Spokesman for the Secretary-General.` / ` (Minister of Health)` -> the title; None when no title follows."""
    text = after.lstrip()
    if text[:1] == "(":
        inner = text[1:].partition(")")[0]
    elif after[:1] == ",":
        inner = re.split(r"[.;(]| – | — | - ", text[1:].strip())[0]
    else:
        return None
    inner = inner.strip(" ,")
    first = inner.split()[0].lower() if inner else ""
    first = inner.split()[1].lower() if first in ("associate", "deputy", "acting", "official", "chief") and len(inner.split()) > 1 else first
    return inner if first in words().name_titles and len(inner.split()) <= 10 else None
