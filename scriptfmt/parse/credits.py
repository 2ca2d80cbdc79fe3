"""Who-said-what lists: a paragraph of someone's words printed without quotation marks, credited
by the paragraph after it (`We will hand over the papers soon.` / `Khalid Abu Bakar, Inspector
General of Police, confirming …`; `Things are very serious indeed.` / `- The North's Deputy First
Minister, Mr Seamus Mallon, on the peace process`). The desk reads the paragraph as that person's
bite and the credit as narration. The sieve's `dash-next` rule names the person; its `label` rule reads a
broadcaster's label before a bite (`[Interview : Name, Title]`)."""

from __future__ import annotations


import re

from scriptfmt import tomlfile
from scriptfmt.parse.names import name_at, name_data, person_words
from scriptfmt.parse.qawords import says
from scriptfmt.parse.quotes import DASHES
from scriptfmt.parse.speakers import speech_words, tokenize
from scriptfmt.parse.punctuation import DOUBLE_QUOTES, PROSE_QUOTES
from scriptfmt.parse.resolve import resolve_mention, said_by
from scriptfmt.parse.verdicts import Ctx, Verdict
from scriptfmt.parse.view import mentions_from

_MAX_CREDIT_WORDS = 40


def credit_dash(text: str) -> str | None:
    """The dash a credit line opens with (`- Mr Trimble`, `— Dana Whitfield, a teacher`), if any."""
    text = text.lstrip()
    return next((d for d in (*DASHES, "-") if text.startswith(d + " ") or text.startswith(d) and text[len(d) : len(d) + 1].isupper()), None)


def credit_line(text: str) -> bool:
    """A short paragraph that credits words to a person: after a dash, anything (`- Mr Trimble`,
    `— Kyaw Hsan, Burmese information minister, refuses …`); without one, a name at its very start
    and then a comma and a title (`Mary Yap, Deputy Education Minister`), or a name alone that opens
    on a given name, and no full stop at its end (a sentence is narration, not a credit)."""
    text = text.strip()
    if not text or len(text.split()) > _MAX_CREDIT_WORDS:
        return False
    if (dash := credit_dash(text)) is not None:  # (a nickname may be quoted in it: `- Thomas "Slab" Murphy on …`)
        return _names_someone(tokenize(text.strip()[len(dash) :])[:10])  # not a foreign desk's dash speech (`- Der er tale om …`)
    if any(ch in text for ch in "\"“”«»„"):
        return False
    toks = tokenize(text)
    if len(toks) < 2 or text.endswith((".", "!", "?", ":", ";")):
        return False
    shape = name_at(toks, 0, speech_words(), text.isupper())
    if shape is None or not 2 <= len(shape.words) <= 6 or not person_words(shape.words):
        return False
    if shape.end == len(toks):
        return shape.words[0].lower() in name_data().first_names
    return toks[shape.end - 1].trail.startswith(",") and not shape.possessive and _title_then_doing(text[toks[shape.end - 1].start + len(toks[shape.end - 1].raw) :])


def _title_then_doing(rest: str) -> bool:
    """After `Name,`: a title (`Deputy Education Minister`, `chief executive, The Pensions Board`) and at
    most what the person was doing (`…, refusing to respond on the scam`) — not a photo caption's
    place and time (`Leo Varadkar, Taoiseach, at the launch in Dublin on Monday`)."""
    parts = [part.split() for part in rest.split(",") if part.strip()]
    if not parts or len(parts[0]) > 10:
        return False
    doing = [k for k, words in enumerate(parts) if words[0].lower().endswith("ing")]
    titles = parts[: doing[0]] if doing else parts
    return len(titles) <= 3 and all(len(words) <= 10 and words[0].lower() not in _CAPTION_WORDS for words in titles)


_CAPTION_WORDS = frozenset(tomlfile.load_builtin("speech.toml")["caption_words"])  # (styles/speech.toml)


def _names_someone(toks: list) -> bool:
    """A person's name among these words: two name words at least, or one after an honorific (`Mr Trimble`)."""
    words, honorifics = speech_words(), name_data().honorifics
    for i in range(min(len(toks), 8)):
        shape = name_at(toks, i, words, False)
        if shape is not None and person_words(shape.words) and (len(shape.words) >= 2 or i > 0 and toks[i - 1].low.rstrip(".") in honorifics):
            return True
    return False


def credited_by_next(text: str, nxt: str) -> bool:
    """`text` is the words of the person the next paragraph credits: it has no quotation marks, it is
    a sentence or more, and it speaks in the first person unless the credit opens with a dash. A paragraph that
    writes the credited name in full speaks of that person, never as them (`Bruno Marchand, Jean-François Gosselin et
    Jean Rousseau se distinguent …` over the heading `Bruno Marchand`)."""
    body = text.strip()
    if len(body.split()) < 3 or any(ch in body for ch in DOUBLE_QUOTES) or not body.endswith((".", "!", "?", "…")) or not credit_line(nxt):
        return False
    credited = nxt.strip().lstrip("".join(DASHES) + "- ").split(",")[0].strip()
    if len(credited.split()) >= 2 and credited in body:
        return False
    return bool(credit_dash(nxt.strip())) or says(body, "first_person")


def credits_next(line: str, nxt: str) -> bool:
    """`Fran Rooney, president and chief executive, Baltimore Technologies` over a paragraph that
    opens with a quotation mark: the line names whose words follow (a reaction round-up)."""
    body = nxt.strip()  # only the quotation, no attribution of its own (a lede opening on a quotation under a byline has one)
    return body[:1] in "\"“«„" and body.rstrip(".")[-1:] in "\"”»“" and credit_line(line) and credit_dash(line.strip()) is None


def credit_above(c: Ctx) -> bool:
    """A credit line over this quotation (`Ann Maher, chief executive` / `"…"`) that no quotation above took: a page
    credits its quotations all above or all below, so a line that credited the quotation over it is not this one's."""
    prev, h = c.hist.prev_view, c.hist
    used = h.last is not None and h.last.why.startswith("dash-next") and c.view.index - h.last_bite_para == 2
    return prev is not None and not used and credits_next(prev.text, c.view.text)


def kept(texts: list[str], j: int) -> bool:
    """A line the page's furniture rules would drop that credits the words beside it (the story's)."""
    before = j > 0 and credited_by_next(texts[j - 1], texts[j])
    return before or j + 1 < len(texts) and credits_next(texts[j], texts[j + 1])


# --- the sieve's rules that read a credit or a label (parse/attribution.py) ---------------------------


_LABEL = re.compile(r"(?i:interview|sot|sound ?bite|actuality|voice)[ ]*:[ ]*([^,\]]{3,60})(?:,[ ]*([^\]]{2,80}))?")


def labelled(c: Ctx) -> Verdict | None:
    """`[Interview : Yu Woo-ik, Minister of Unification] "…"`: a broadcaster's web copy labels
    the bite just before it with the speaker's name and title."""
    v = c.view
    if c.first <= c.floor or not v.toks[c.first - 1].raw.endswith("]"):
        return None
    k = c.first - 1
    while k > max(c.floor, c.first - 14) and not v.toks[k].raw.startswith("["):
        k -= 1
    if not v.toks[k].raw.startswith("["):
        return None
    m = _LABEL.fullmatch(v.text[v.starts[k] + 1 : v.starts[c.first - 1] + len(v.toks[c.first - 1].raw) - 1].strip())
    person = c.tracker.identify(m.group(1).split()) if m else None
    if person is None:
        return None
    c.tracker.describe(person, m.group(2))
    c.tracker.seen(person, v.first_sentence, v.base + k)
    return said_by(person, "label")


def dash_next(c: Ctx) -> Verdict | None:
    """A quotation alone in its paragraph, then a paragraph that opens with a dash and a name
    (`-- Rafael Nadal on reaching a 14th semi-final`) or is a name and its title (`Mary Yap,
    Deputy Education Minister`): who-said-what lists and pull quotes. Words printed without marks
    and credited so (parse/credits.py) are no one's when the credit names no one."""
    v, text = c.view, c.next_text.lstrip()
    dash = next((d for d in (*DASHES, "-") if text.startswith(d)), None)
    if dash is None and (c.quote.open_len == 0 or not credit_above(c)) and credit_line(text):  # `Mary Yap, Deputy Education Minister` under her words
        dash = ""  # (under a quotation in marks credited from above, such a line credits the next one: `colon_lead_in`)
    bullets = c.first < 3 and all(len(v.toks[k].raw) <= 3 and not any(ch.isalnum() for ch in v.toks[k].raw) for k in range(c.first))  # `■ "…"`
    if not bullets or c.after < len(v.toks) or not c.quote.closed or dash is None or text.rstrip("\"”’') ").endswith("?"):
        return None  # a credit never asks: `– Belediye Başkanlığına … başladınız. … var mıydı.?` is the next turn of a dialogue
    unmarked = Verdict(None) if c.quote.open_len == 0 else None
    toks = tokenize(text[len(dash) :])[:14]
    # `– Institute for Fiscal Studies deputy director Carl Emmerson suggests …`: an organisation and
    # a title may stand before the name (`– The Minister for Foreign Affairs, Mr Cowen,`); a verb or a clause may not
    stop = next((j for j, t in enumerate(toks) if t.trail.strip(PROSE_QUOTES) not in ("", ",") or t.low in c.words.verbs), len(toks))
    found = mentions_from(v.scanner, toks, 0, min(stop, 9), text.isupper())
    people = [m for m in found if m.kind in ("name", "role") and m.start <= 7 and m.end <= stop + 1]  # `Council leader …`: `Council` alone is a thing
    names = [m for m in people if m.kind == "name"]  # the name, not the title before it
    first = min(names or people, key=lambda m: (m.start, -m.end)) if people else None
    return resolve_mention(c, v, first, "dash-next") if first is not None else unmarked
