"""The marks of East- and South-East-Asian broadcast copy, one line at a time (data: styles/broadcastmarks.toml).

A Korean, Chinese or Japanese desk says who speaks with a marker, not with quotation marks:
  - a marker alone on its line: `◀ 앵커 ▶`, `[기자]`, `【导语】`, `<인터뷰>`, `现场声:`, `(問)`; its word says whose voice
    follows: the programme's (anchor, reporter, host: narration), a bite's, an answer's, or sound with no voice (a cue);
  - a marker with the voice's name: `◀ 권설아/충북대 … 센터장 ▶`, `同期声 刘赐贵`, `[Soundbite] Name (Title) : "…"`;
  - a marker opening read copy: `【解说】为了…`;
  - a turn label: `▶김어준 : …`, `김한정>…`, `主持人：…`, `上海市民許先生:「…」`;
  - a super alone on its line above a quotation: `香港市民` / `「…」`.
Who a name is (`voice`): `name/title`, `name (title)`, or the Chinese super's `title … name` (the name last); a voice
described, not named (`上海女市民`, `(Hotel Manager)`), names nobody."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.punctuation import SENTENCE_ENDS
from scriptfmt.parse.writing import east_asian, hangul, kana

__all__ = ["Mark", "MarkWords", "bracketed", "cjk", "defined_short", "holder", "mark", "mark_words", "quoted", "record_turn", "run_in", "split_label", "super_above", "voice"]


@dataclass(frozen=True, eq=False, repr=False)
class MarkWords:
    """styles/broadcastmarks.toml, lower case."""

    brackets: tuple[str, ...]
    roles: dict[str, str]  # marker word -> programme | bite | answer | sound
    bullets: str
    separators: tuple[str, ...]
    host_keys: frozenset[str]
    guest_keys: frozenset[str]
    described: tuple[str, ...]
    notes: tuple[str, ...]
    conference: tuple[str, ...]
    offices: tuple[str, ...]
    inline_cues: frozenset[str]
    fields: frozenset[str]
    honorifics: tuple[str, ...]
    name_stops: tuple[str, ...]
    org_ends: tuple[str, ...]
    saying: tuple[str, ...]
    pronouns: frozenset[str]
    titles: tuple[str, ...]
    defines: tuple[str, ...]
    office_keys: frozenset[str] = frozenset()  # the offices, as a marker alone in brackets writes them
    record_ends: tuple[str, ...] = ()  # how a Diet record's turn label ends (`君`, `委員長`, `国務大臣`)
    record_chairs: tuple[str, ...] = ()  # the Diet record's chair (`委員長`, `議長`): the sitting's procedure, read


@lru_cache(maxsize=1)
def mark_words() -> MarkWords:
    t = tomlfile.load_builtin("broadcastmarks.toml")
    roles = {_key(w): kind for kind in ("programme", "bite", "answer", "sound") for w in t[kind]}
    low = lambda key: frozenset(_key(w) for w in t[key])  # noqa: E731
    longest_first = lambda key: tuple(sorted(t[key], key=len, reverse=True))  # noqa: E731
    return MarkWords(
        tuple(t["brackets"]), roles, t["bullets"], tuple(t["separators"]), low("host_keys"), low("guest_keys"), longest_first("described"),
        tuple(t["notes"]), tuple(t["conference"]), longest_first("offices"), low("inline_cues"), low("fields"), tuple(t["honorifics"]),
        tuple(t["name_stops"]), tuple(t["org_ends"]), longest_first("saying"), low("pronouns"), longest_first("titles"),
        longest_first("defines"), low("offices"), tuple(t["record_ends"]), tuple(t["record_chairs"]),
    )


def _key(word: str) -> str:
    """The word as the vocabulary holds it: lower case, inner spaces collapsed, and none between two CJK characters (a
    Japanese record spaces a two-character label out to the width of three: `(記 者)`, `(大 臣)`)."""
    parts = word.lower().split()
    out = parts[:1]
    for part in parts[1:]:
        out[-1:] = [out[-1] + part] if cjk(out[-1][-1:]) and cjk(part[:1]) else [out[-1], part]
    return " ".join(out)


@dataclass
class Mark:
    """One line's mark: `kind` programme | bite | answer | sound (a marker) or label (a turn label); `written` the
    mark as written; `who` the voice it names as written (None: it names nobody); `rest` the line's words after it."""

    kind: str
    written: str
    who: str | None = None
    rest: str = ""
    whole: bool = True  # a marker standing apart (a cue); False: a turn label, kept as its turn's marker
    one: bool = False  # a bite of its own line only (`[이름/직함 : …]`)
    tail: str = ""  # read copy after the bite on the same line (`●SUPER 「…」 笑顔が…`)
    says: str = ""  # the saying verb closing an attribution label (`黃子宜說：`): the label is read, its name speaks


def cjk(text: str) -> bool:
    """Hangul, kana or Han in the text."""
    return any(east_asian(c) for c in text)


def _sides(key: str) -> tuple[str, str]:
    """The opening and the closing marks of the bracket pairs under `key` (styles/broadcastmarks.toml)."""
    pairs = tomlfile.load_builtin("broadcastmarks.toml")[key]
    return "".join(pair[0] for pair in pairs), "".join(pair[1] for pair in pairs)


_OPEN_PARENS, _CLOSE_PARENS = _sides("parentheses")  # `(`, `（`
_SPEAKER_OPENS, _SPEAKER_CLOSES = _sides("speaker_brackets")  # `(安住紳一郎)さて、…`
_QUOTES = dict(zip(*_sides("quotation_marks")))  # `「` -> `」`


def _short(text: str, limit: int = 40) -> bool:
    """Short enough to name a voice, and no sentence (`권설아/충북대 … 센터장`, `Cheong Seong-chang (Sejong Institute)`)."""
    return 0 < len(text) <= limit and not any(c in text for c in "。！？!?「」“”\"") and not text.endswith(SENTENCE_ENDS)


def quoted(text: str) -> bool:
    """The words are one quotation, start to end (`「真実そのものです。…」`)."""
    text = text.strip()
    if len(text) < 3 or text[0] not in _QUOTES or not text.endswith(_QUOTES[text[0]]):
        return False
    inner = text[1:-1]
    return text[0] not in inner and _QUOTES[text[0]] not in inner


def bracketed(line: str) -> tuple[str, str, str] | None:
    """(inner, rest, written) of a line opening with a bracketed marker."""
    for pair in mark_words().brackets:
        if line.startswith(pair[0]):
            end = line.find(pair[1], 1)
            if end > 0:
                return line[1:end].strip(), line[end + 1 :].strip(), line[: end + 1]
    return None


def _role(word: str) -> str | None:
    return mark_words().roles.get(_key(word.rstrip(":：" + _LABEL_ENDS)))


_LABEL_ENDS = ">＞〉"  # `인터뷰>`, `현장음>`: a heading word the desk closes with an arrow, as a label


def _named(kind: str, written: str, rest: str) -> Mark:
    """A bite marker and what follows it on the line: `Name (Title) : "…"`, a name alone, or the bite itself."""
    if kind not in ("bite", "answer") or not rest:
        return Mark(kind, written, None, rest)
    rest = rest.lstrip("-–— ") or rest  # `◀INT▶ - 김종호(전남 여수시)`: the dash before the super
    label = split_label(rest, any_script=True)
    if label is not None:
        return Mark(kind, written, label[0], label[1])
    return Mark(kind, written, rest, "") if _short(rest) and not quoted(rest) else Mark(kind, written, None, rest)


def split_label(line: str, any_script: bool = False) -> tuple[str, str] | None:
    """(label, words) of a turn label: `▶김어준 : 자, …`, `김한정>안녕하세요`, `(N. Korean Central Television): We …`."""
    body = line.lstrip(mark_words().bullets + " ")
    cut = min((i for sep in mark_words().separators if (i := body.find(sep)) > 0 and not _closes_title(body, i)), default=-1)
    if cut < 0 or cut > 40:
        return None
    label, words = body[:cut].strip(), body[cut + 1 :].strip()
    if not _short(label) or label.isdigit() or not (cjk(label) or any_script) or ("://" in body[cut : cut + 4]):
        return None
    if label[-1:].isdigit() and words[:1].isdigit() or _field(_key(label)):
        return None  # `…(火)15:29~16:07`: a time; `本文来源: 蓝网`, `發布時間:`: the page's field, no voice
    if not cjk(label) and len(label.split()) > 6:
        return None
    return label, words


def _closes_title(body: str, at: int) -> bool:
    """`… 시사프로그램 <현장르포 줌인>과 …`: the arrow at `at` closes a title the copy opened in angle brackets, no label's end."""
    opening = {">": "<", "＞": "＜", "〉": "〈"}.get(body[at], "")
    return bool(opening) and opening in body[:at]


def _field(key: str) -> bool:
    """`来源`, `發布時間` (a field word of two letters or more closing the label): the page's field, no voice."""
    return key in mark_words().fields or any(key.endswith(word) for word in mark_words().fields if len(word) >= 2 and cjk(word))


def defined_short(who: str) -> str | None:
    """`張峰教授(以下簡稱張)` -> `張`: the short label the page's first label gives its speaker for the turns after it."""
    opening = min((i for c in _OPEN_PARENS if (i := who.find(c)) > 0), default=-1)
    inner = who[opening + 1 : -1].strip() if opening > 0 and who[-1:] in _CLOSE_PARENS else ""
    word = next((w for w in mark_words().defines if inner.startswith(w)), None)
    short = inner[len(word) :].strip(" :：「」“”\"'") if word else ""
    return short if 0 < len(short) < opening else None


def mark(line: str) -> Mark | None:
    """The line's mark, or None (a line of copy)."""
    found = bracketed(line)
    if found is not None:
        inner, rest, written = found
        kind = _role(inner)
        if kind is not None:
            return _named(kind, written, rest)
        if not rest and cjk(inner) and _key(inner) in mark_words().office_keys:
            return Mark("answer", written)  # `(大 臣)`, `（長官）` alone on a line: the office holder's answer, as `(答)` is
        if not rest and _short(inner) and ("/" in inner or line[0] in "◀◁") and cjk(inner):
            return Mark("bite", written, inner)  # `◀ 권설아/충북대 국가위기관리연구소 재난안전혁신센터장 ▶`
        if rest and _voice_name(inner) and line[0] in _SPEAKER_OPENS:  # `(安住紳一郎)さて、…`: a Japanese transcript's speaker in brackets
            return Mark("label", written, inner, rest, whole=False)
        said = split_label(inner, any_script=True) if not rest else None
        if said is not None and said[1] and (heading := _role(said[0])) is not None:
            return _named(heading, written, said[1])  # `[SYNC: 이현수 기자]`: the tape heading, the super it names
        if line[0] == "{" and (braced := _braced_bite(inner)) is not None:
            return Mark("bite", line[: line.find(braced[1])].rstrip(), braced[0], braced[1], one=True)  # `{권해효/영화배우/ "…"}`
        said = said if said is not None and cjk(said[0]) else None
        if said is not None and _key(said[0]) in mark_words().host_keys | mark_words().guest_keys:
            return None  # `<출연 : 이낙연 더불어민주당 의원>`: the header's cast in brackets, no bite
        if said is not None and said[1]:  # `[김하늘/서울 마포구 : 이렇게 더운 건 처음이에요.]`: the bite in the brackets
            return Mark("bite", line[: line.find(said[1])].rstrip(), said[0], said[1], one=True)
        return None
    cut = min((i for i in (line.find(" "), line.find(":"), line.find("：")) if i > 0), default=len(line))
    head, tail = line[:cut], line[cut:]
    kind, tail = _role(head), tail.strip(" :：")
    if kind is not None and cjk(head) and kind != "programme" and (line[cut : cut + 1] in ":：" or not tail or _short(tail, 30)):
        return _named(kind, head, tail)  # `现场声:`, `同期声 刘赐贵`, `同期声:海南… 小记者 杨艺涵`; never `인터뷰 자료의 저작권은 …`
    label = split_label(line) or record_turn(line)
    if label is not None:
        verb = next((v for v in mark_words().saying if label[0].endswith(v) and len(label[0]) > len(v)), "")
        who = label[0][: len(label[0]) - len(verb)] if verb else label[0]
        return Mark("label", line[: len(line) - len(label[1])].rstrip() if label[1] else line, who, label[1], whole=False, says=verb)
    if line[:1] in mark_words().bullets and (quote := _super_quote(line[1:])) is not None:
        return Mark("bite", line[: quote[0] + 1].rstrip(), quote[1], quote[2], one=True, tail=quote[3])
    return None


def record_turn(line: str) -> tuple[str, str] | None:
    """`○稲田国務大臣　けさ…`, `○記者　…`, `○山田太郎君　…`, `○国務大臣(森山欽司君) …`: the Diet's record (and a ministry's)
    opens each turn with a circle, the speaker's name and office (the chamber writes `君` after a member's name), then a
    space (a full-width one as a rule) and the speech: (who, words), who as `NAME/OFFICE` when the office comes first.
    An agenda's bullet (`○予算提出時期に関する件`) names no speaker's office and is no turn."""
    if line[:1] not in "○〇◯":
        return None
    cut = min((i for i in (line.find("\u3000"), line.find(" ")) if i > 1), default=-1)
    head, rest = line[1:cut].strip(), line[cut:].strip()
    if cut < 0 or not rest or not cjk(head) or not _short(head, 20) or any(c in head for c in "、，,「"):
        return None
    office, _, inner = head.partition("(") if "(" in head else head.partition("（")
    if inner[:-1].endswith("君") and inner[-1:] in ")）":  # `国務大臣(森山欽司君)`: the office, the member in brackets
        return f"{inner[:-2]}/{office}", rest
    return (head.removesuffix("君"), rest) if head.endswith(tuple(mark_words().record_ends)) else None  # `森山欽司君` is 森山欽司


def _braced_bite(inner: str) -> tuple[str, str] | None:
    """`권해효/영화배우/ "다양한 …"` in braces: (the super, name and title, the quotation) of a bite a desk writes whole in braces."""
    opening = min((i for c in "\"“「『" if (i := inner.find(c)) > 0), default=-1)
    name = inner[:opening].strip(" /") if opening > 0 else ""
    return (name, inner[opening:]) if "/" in inner[:opening] and _short(name, 40) and cjk(name) else None


def _super_quote(text: str) -> tuple[int, str, str, str] | None:
    """`葛西りまさんの父親・剛(ごう)さん 「…」 笑顔が…` after a bullet: (where the quotation opens, the super, the quotation, the
    copy after it)."""
    opening = text.find("「")
    closing = text.find("」", opening + 1)
    name = text[:opening].strip()
    if opening < 2 or closing < 0 or not _short(name, 30) or not cjk(name):
        return None
    return opening, name, text[opening : closing + 1], text[closing + 1 :].strip()


def run_in(line: str) -> list[str]:
    """The turns of a line whose labels run on after the turn before (`…안녕하세요.▶김재섭 : 안녕하세요.▷김태현 : …`,
    `…嗎? 張:哈哈…`: a page pasted without its line breaks)."""
    pieces, start, ended = [], 0, False
    for i in range(1, len(line)):
        # a sentence's end, and the spaces after it (an HTML space the page kept as text, `nbsp;`, is one)
        ended = line[i - 1] in _TURN_ENDS or line.endswith("nbsp;", 0, i) or ended and line[i - 1] == " "
        bullet = line[i] in mark_words().bullets and line[i - 1] in _RUN_IN_AFTER
        after_bracket = line[i - 1] in _SPEAKER_CLOSES and i - start > 1 and cjk(line[i])  # `(新唐人熱點互動採訪報導)安娜:那我們…`
        said = line[i - 1] in "。！？" and cjk(line[i]) and _says(line[i : i + 60])  # `…不停道謝。她表示：「…」`
        turn = ended and line[i] != " " and cjk(line[i]) and _run_in_label(line[i : i + 60])  # `…印象嗎? 張峰教授(以下簡稱張):溫州…`
        labelled = (bullet or after_bracket) and split_label(line[i : i + 60]) is not None
        if labelled or said or turn or bullet and _super_quote(line[i + 1 : i + 200]) is not None or _marker_run_in(line, i, start):
            pieces.append(line[start:i])
            start = i
    return pieces + [line[start:]]


def _marker_run_in(line: str, i: int, start: int) -> bool:
    """`…进行了一次实验。【解说】为了…`: a desk's marker in lenticular brackets run on after copy (a script pasted
    without its line breaks) opens the next turn, as it would at the start of a line."""
    if line[i] != "【" or i - start < 2 or not (cjk(line[i - 1]) or line[i - 1] in "。！？，,.!?」”"):
        return False
    found = mark(line[i : i + 60])
    return found is not None and found.whole and found.kind in ("programme", "bite", "sound")


_TURN_ENDS = "。！？!?"  # SENTENCE_ENDS without `.` and `…`: a CJK label runs in after a question or a full-width stop, never an abbreviation
_RUN_IN_LABEL = 16  # characters: a name, a role, a name with its title or its short form in brackets


def _run_in_label(text: str) -> bool:
    """A turn's label run in after the turn before: a short name or role, no comma or space in it, words after it."""
    label = split_label(text)
    return label is not None and len(label[0]) <= _RUN_IN_LABEL and not any(c in label[0] for c in " ,，、") and bool(label[1])


def _says(text: str) -> bool:
    """`她表示：「…」`: an attribution label ending in a saying verb, a quotation after it."""
    label = split_label(text)
    return label is not None and label[1][:1] in "「『“" and label[0].endswith(mark_words().saying)


_RUN_IN_AFTER = ".?!。！？」』”\") "


def _voice_name(inner: str) -> bool:
    """A name alone in brackets (`安住紳一郎`, `中澤有美子`): short, one word, no number, no cue (`웃음`), no wire's `서울=연합뉴스`."""
    return cjk(inner) and 2 <= len(inner) <= 10 and " " not in inner and not any(c.isdigit() or c in "=＝/、,，。" for c in inner) and (
        _key(inner) not in mark_words().inline_cues)


def super_above(line: str, below: str) -> bool:
    """A super alone on its line, the quotation it names on the next (`香港市民` / `「…」`)."""
    said = below[:1] in "「『" or any(c in below[1:-1] for c in "。！？.!?")  # not a quoted headline (`"물길 관리 기준부터 다시 봐야"`)
    return _short(line, 25) and cjk(line) and quoted(below) and said and bracketed(line) is None


def voice(who: str | None) -> tuple[str | None, str | None]:
    """(name, title) of a marker's or label's voice; (None, title) when it names nobody."""
    who = (who or "").strip(" :：")
    if not who or _several(who):
        return None, None
    if "/" in who:
        name, _, title = who.partition("/")
        return _person(name.strip()), title.strip() or None
    opening = min((i for c in _OPEN_PARENS if (i := who.find(c)) >= 0), default=-1)
    if opening > 0 and defined_short(who):
        return voice(who[:opening])  # `張峰教授(以下簡稱張)`: the bracket defines a short label, no title
    if opening >= 0 and who[-1] in _CLOSE_PARENS:
        return _person(who[:opening].strip()), who[opening + 1 : -1].strip() or None
    tokens = who.split()
    if len(tokens) > 1 and cjk(who) and _person(tokens[-1]) is None:
        return None, who  # `부산 해운대구청 관계자`, `香港市民 王さん夫妻`: a voice described
    if len(tokens) > 1 and _hangul(tokens[0]):  # `윤석열 대통령`: the Korean super's name, then the title
        own = 2 <= len(tokens[0]) <= 4 and not tokens[0].endswith(mark_words().org_ends) and _key(tokens[0]) not in mark_words().described
        return (tokens[0], " ".join(tokens[1:])) if own else (None, who)
    if len(tokens) > 1 and cjk(who):  # `海南省广播电视总台 … 小记者 杨艺涵`: the Chinese super's title, then the name
        return _person(tokens[-1]), " ".join(tokens[:-1])
    if not cjk(who) and (len(tokens) > 4 or any(t[:1].islower() for t in tokens)):
        return None, who  # `Korean War Veteran of U.S. Air Force`: a description, no name
    held = holder(who)
    if held is not None and held[0] is not None and len(held[0]) + len(held[1]) == len(who):
        return held  # `上川大臣`: the name, then the office
    if "・" in who:  # `青果店の店主・沢渡勇さん`: the relation or title, a middle dot, the name
        title, _, name = who.rpartition("・")
        return _person(name), title or None
    return _titled(who)


def _several(who: str) -> bool:
    """`정영민, 박영신(광주광역시)`: a super listing more than one voice names no one of them."""
    opening = min((i for c in _OPEN_PARENS + "/" if (i := who.find(c)) >= 0), default=len(who))
    return cjk(who) and any(c in who[:opening] for c in ",，、")


def _titled(who: str) -> tuple[str | None, str | None]:
    """`志工團團長馮志豪`: the name after the last title written before it (the title the words up to it); else the name alone."""
    for title in mark_words().titles:
        at = who.rfind(title)
        name = _han_run(who[at + len(title) :], mark_words().name_stops) if at >= 0 else ""  # `發言人林佳琪在記者會上`: the name ends at `在`
        if at >= 0 and 2 <= len(name) <= 4:
            return _person(name), who[: at + len(title)]
    for title in mark_words().titles:  # `張峰教授`, `李明主任`: the name, then the title (as one addresses a person)
        if who.endswith(title) and 2 <= len(who) - len(title) <= 3 and cjk(who[0]):
            return _person(who[: -len(title)]), title
    return _person(who), None


def _hangul(text: str) -> bool:
    return bool(text) and all(hangul(c) for c in text)


def holder(text: str, name_first: bool = False) -> tuple[str | None, str] | None:
    """(name, office) of an office holder a line names: the Chinese office then name (`发言人毛宁主持…`), or the Japanese
    and Korean name then office (`秋葉復興大臣記者会見録`); (None, office) when no name stands next to the office.
    `name_first`: the page is Japanese or Korean though the line has no kana (`河野防衛大臣閣議後会見`)."""
    words = mark_words()
    for office in words.offices:
        at = text.find(office)
        if at < 0:
            continue
        after = _han_run(text[at + len(office) :], words.name_stops)
        if 2 <= len(after) <= 4 and not name_first and not any(kana(c) for c in text):
            return after, office
        before = _han_run(text[:at][::-1], ())[::-1]
        return (before if 1 <= len(before) <= 4 else None), office
    return None


def _han_run(text: str, stops: tuple[str, ...]) -> str:
    """The CJK letters opening the text, up to a stop word, a digit, a space or a mark."""
    end = 0
    while end < len(text) and cjk(text[end]) and not text.startswith(stops, end) and text[end] not in "のノ・、。年月日":
        end += 1
    return text[:end]


def _person(name: str) -> str | None:
    """The name, past a description before it (`上海市民許先生` -> `許先生`); None when the words describe a voice."""
    if _key(name) in mark_words().pronouns:
        return None  # `他表示：`: a pronoun names nobody
    for word in mark_words().described:
        at = name.rfind(word)
        if at >= 0:
            tail = name[at + len(word) :].strip()
            return tail if len(tail) >= 2 and _person(tail) == tail else None
    bare = next((name[: -len(h)] for h in mark_words().honorifics if name.endswith(h) and len(name) - len(h) >= 2), name)
    return bare or None
