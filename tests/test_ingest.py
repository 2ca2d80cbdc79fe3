"""Ingest: format detection by content, NITF and ninjs readers, decoding and refusals."""

from __future__ import annotations

import codecs
import json
import time

import pytest

from scriptfmt.errors import UserError
from scriptfmt.ingest import ingest_bytes
from scriptfmt.ingest.ninjs import html_to_paragraphs
from scriptfmt.parse import parse_copy


def nitf(content: str, head: str = "", body_head: str = "", ns: str = "") -> bytes:
    xmlns = f' xmlns="{ns}"' if ns else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<nitf{xmlns}><head>{head}</head><body>'
        f"<body.head>{body_head}</body.head><body.content>{content}</body.content></body></nitf>"
    ).encode()


def refused(data: bytes, source: str = "story.txt") -> UserError:
    with pytest.raises(UserError) as info:
        ingest_bytes(data, source)
    err = info.value
    assert err.source == source
    assert "\n" not in str(err)
    return err


# ---- plain text stays plain ----------------------------------------------------------


def test_plain_text_passes_through():
    copy = ingest_bytes(b"SLUG: FIRE\n\nA fire broke out.\n", "a.txt")
    assert copy.text == "SLUG: FIRE\n\nA fire broke out.\n"
    assert copy.metadata == {}


@pytest.mark.parametrize(
    "text",
    [
        "{ANCHOR: JANE} Good evening.\nThe council met tonight.",
        "<TIMECODE 00:12> The council met tonight.\nIt voted 5 to 2.",
        "[TAKE VO] The council met tonight.",
        "<b>not closed The council met tonight.",
        "[[NAT SOUND]] The council met tonight.",
        "{} The council met tonight.",
        '<image>photo.jpg alt="The mayor at the podium"</image>\nThe council met tonight.\nIt voted 5 to 2.',
    ],
)
def test_plain_copy_opening_with_a_bracket_is_not_mistaken_for_xml_or_json(text):
    assert ingest_bytes(text.encode(), "a.txt").text.strip() == text


def test_pasted_html_breaks_and_entities_are_read_as_text():
    """A script pasted from a web page or an HTML export: `<br>` ends the line, `&quot;` is the
    quotation mark, so the bite it opens is found; an ampersand without an entity stays."""
    copy = ingest_bytes(b"SOT: MAYOR JOAN ARCHER<br>&quot;We did it on budget.&quot;<br />\nAT&T and spare &parts &amp; more&nbsp;here &bogus;", "a.txt")
    assert copy.text == 'SOT: MAYOR JOAN ARCHER\n"We did it on budget."\n\nAT&T and spare &parts & more here &bogus;'
    story = parse_copy(copy)
    assert any(seg.kind == "soundbite" and seg.speaker and seg.speaker.name == "Joan Archer" and seg.text.startswith("We did it") for seg in story.segments)


def test_cp1252_curly_quotes_are_read():
    copy = ingest_bytes(b"\x93We will rebuild,\x94 the mayor said. Caf\xe9 owners agreed.", "a.txt")
    assert copy.text == "“We will rebuild,” the mayor said. Café owners agreed."


def test_utf8_copy_with_one_pasted_cp1252_quote_keeps_both():
    data = "“Hello,” said Zoë. ".encode() + b"\x93Again\x94"
    assert ingest_bytes(data, "a.txt").text == "“Hello,” said Zoë. “Again”"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_unicode_encodings_with_and_without_bom(encoding):
    text = "MOSCOW (AP) — Владимир said “да”.\nSecond paragraph."
    assert ingest_bytes(text.encode(encoding), "a.txt").text == text


# ---- refusals ---------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\n\t ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"\x00\x00"])
def test_empty_copy_is_refused(data):
    assert "empty" in refused(data).message


@pytest.mark.parametrize(
    "data, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00somefile.txt", "ZIP"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "Word"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, ".doc"),
        (b"{\\rtf1\\ansi Hello}", "RTF"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"some text\x00\x01\x02\x00\xff\x00binary", "binary"),
    ],
)
def test_binary_files_are_refused_with_what_they_are(data, what):
    err = refused(data, "copy.txt")
    assert what in err.message
    assert "plain text" in err.message


@pytest.mark.parametrize(
    "data",
    [
        "こんにちは、世界。ニュースです。".encode("shift_jis") * 5,
        "Москва сегодня объявила о новых мерах.".encode("cp1251") * 3,
        bytes(range(128, 256)) * 4,
        b"Plain start.\nSecond line \x9d here.\n",
    ],
)
def test_text_neither_utf8_nor_plausible_cp1252_is_refused_with_line(data):
    err = refused(data)
    assert "not UTF-8" in err.message and "save the file as UTF-8" in err.message
    assert err.line and err.line >= 1


def test_undefined_cp1252_byte_names_its_line():
    err = refused(b"Line one.\nLine two.\nLine \x81three.\n")
    assert err.line == 3 and "0x81" in err.message


# ---- NITF --------------------------------------------------------------------------------


def test_nitf_headline_byline_dateline_and_paragraphs():
    data = nitf(
        "<p>The council met\n   tonight.</p><p>It voted <num>5</num> to 2.</p>",
        head='<title>T</title><docdata><du-key key="COUNCIL"/><ed-msg info="Embargoed until 6 p.m."/></docdata>',
        body_head="<hedline><hl1>Council votes</hl1><hl2>Second deck</hl2></hedline>"
        "<byline>By <person>Ann Lee</person><byttl>Associated Press</byttl></byline>"
        "<dateline><location>SPRINGFIELD, Ill.</location> (AP) --</dateline>",
    )
    copy = ingest_bytes(data, "s.xml")
    assert copy.text == (
        "SLUG: COUNCIL\nBy Ann Lee, Associated Press\n\n"
        "SPRINGFIELD, Ill. (AP) — The council met tonight.\n\nIt voted 5 to 2.\n"
    )
    assert copy.metadata["headline"] == "Council votes"
    assert copy.metadata["subheadline"] == "Second deck"
    assert copy.metadata["editor_notes"] == ["Embargoed until 6 p.m."]
    assert copy.metadata["source_format"] == "nitf"
    assert "slug" not in copy.metadata  # it is in the text; the parser reads it from there
    assert copy.speaker_hints == {}  # a byline's person is not a speaker


def test_nitf_dateline_already_in_first_paragraph_is_not_doubled():
    data = nitf("<p>SPRINGFIELD, Ill. (AP) — The council met.</p>", body_head="<dateline>SPRINGFIELD, Ill. (AP)</dateline>")
    assert ingest_bytes(data, "s.xml").text == "SPRINGFIELD, Ill. (AP) — The council met.\n"


def test_nitf_q_becomes_typographic_quotes_and_person_function_become_hints():
    data = nitf(
        "<p><q>We will rebuild,</q> said <person>Jane Roe</person>, <function>mayor of Springfield</function>.</p>"
        "<p><function>Fire Chief</function> <person>Sam <pronounce guide=\"NGUH-yen\">Nguyen</pronounce></person> said: "
        "<q>He told me <q>run</q> and I ran.</q></p>"
        "<p>Officials said it was <q>\u201calready quoted\u201d</q> and <person>Ed Poe</person> agreed.</p>"
        "<p><person>Ola Berg<function>council clerk</function></person> declined to comment.</p>"
    )
    copy = ingest_bytes(data, "s.xml")
    paras = copy.text.strip().split("\n\n")
    assert paras[0] == "“We will rebuild,” said Jane Roe, mayor of Springfield."
    assert paras[1] == "Fire Chief Sam Nguyen said: “He told me ‘run’ and I ran.”"
    assert paras[2] == "Officials said it was “already quoted” and Ed Poe agreed."
    assert paras[3] == "Ola Bergcouncil clerk declined to comment."  # words kept exactly as the feed has them
    assert copy.speaker_hints == {
        "Jane Roe": "Mayor of Springfield",
        "Sam Nguyen": "Fire Chief",
        "Ed Poe": None,
        "Ola Berg": "Council clerk",
    }
    assert copy.pronouncers == {"Nguyen": "NGUH-yen"}


def test_nitf_with_namespace_subheads_tables_and_html_entities():
    data = nitf(
        "<hl2>Damage</hl2><p>One&nbsp;house burned &amp; two were saved.</p>"
        "<table><tr><td>Score 3-1</td></tr></table><block><p>Inside a block.</p></block>"
        "<ul><li>A list item.</li></ul>",
        ns="http://iptc.org/std/NITF/2006-10-18/",
    )
    copy = ingest_bytes(data, "s.xml")
    assert copy.text == "One house burned & two were saved.\n\nInside a block.\n\nA list item.\n"
    assert copy.metadata["subheads"] == ["Damage"]
    assert copy.metadata["skipped"] == ["table"]


def test_nitf_tagline_is_kept_as_a_trailer_line():
    data = nitf("<p>Story text.</p>").replace(
        b"</body></nitf>", b"<body.end><tagline>Reporter X contributed.</tagline></body.end></body></nitf>"
    )
    assert ingest_bytes(data, "s.xml").text == "Story text.\n\nReporter X contributed.\n"


def test_newsml_g2_wrapping_nitf_is_unwrapped():
    data = (
        b'<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x">'
        b"<contentMeta><headline>G2 head</headline><slugline>G2-SLUG</slugline></contentMeta>"
        b'<contentSet><inlineXML contenttype="application/nitf+xml">'
        b'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content><p>From G2.</p>'
        b"</body.content></body></nitf></inlineXML></contentSet></newsItem>"
    )
    copy = ingest_bytes(data, "g2.xml")
    assert copy.text == "SLUG: G2-SLUG\n\nFrom G2.\n"
    assert copy.metadata["headline"] == "G2 head"
    assert copy.metadata["source_format"] == "newsml-g2"


def test_nitf_in_latin1_with_encoding_declaration():
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><nitf><body><body.content><p>Café niño.</p></body.content></body></nitf>'
    assert ingest_bytes(data.encode("latin-1"), "s.xml").text == "Café niño.\n"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>"""


def test_entity_expansion_bomb_is_refused_fast():
    start = time.perf_counter()
    err = refused(BILLION_LAUGHS, "bomb.xml")
    assert time.perf_counter() - start < 1
    assert "entity" in err.message


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE nitf [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>',
    ],
)
def test_external_entities_are_refused(doctype):
    data = f'<?xml version="1.0"?>{doctype}<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>'
    err = refused(data.encode(), "xxe.xml")
    assert "external entity" in err.message
    assert "root:" not in err.message


def test_doctype_with_public_dtd_is_accepted_without_fetching():
    data = (
        '<?xml version="1.0"?><!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "http://example.invalid/nitf.dtd">'
        "<nitf><body><body.content><p>Fine.</p></body.content></body></nitf>"
    )
    assert ingest_bytes(data.encode(), "s.xml").text == "Fine.\n"


def test_malformed_xml_names_the_line():
    err = refused(b'<?xml version="1.0"?>\n<nitf>\n<body>\n<p>open</body>\n</nitf>', "bad.xml")
    assert err.line == 4 and "not well-formed XML" in err.message


def test_xml_that_is_not_nitf_is_refused():
    err = refused(b'<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>', "feed.xml")
    assert "not NITF" in err.message and "<rss>" in err.message


def test_nitf_without_paragraphs_is_refused():
    assert "no story text" in refused(nitf(""), "s.xml").message


def test_deeply_nested_xml_is_refused_not_crashed():
    data = b"<nitf><body><body.content><p>" + b"<q>" * 50000 + b"x" + b"</q>" * 50000 + b"</p></body.content></body></nitf>"
    assert "nested too deeply" in refused(data, "deep.xml").message


# ---- ninjs -------------------------------------------------------------------------------


def test_ninjs_1_body_text():
    item = {"uri": "u", "headline": "H", "slugline": "FIRE", "byline": "Ann Lee", "located": "Springfield", "body_text": "First para.\n\nSecond para.\nThird."}
    copy = ingest_bytes(json.dumps(item).encode(), "s.json")
    assert copy.text == "SLUG: FIRE\nBy Ann Lee\n\nFirst para.\n\nSecond para.\n\nThird.\n"
    assert copy.metadata["headline"] == "H" and copy.metadata["located"] == "Springfield"
    assert copy.metadata["source_format"] == "ninjs-1"


def test_ninjs_1_prefers_html_body_and_reduces_it_to_paragraphs():
    item = {
        "headline": "H",
        "body_text": "ignored",
        "body_html": "<div><h2>Sub</h2><p>One <b>bold</b> &amp; <q>quoted</q>.</p><p>Two<br>Three</p>"
        "<figure><img src=x><figcaption>Caption not read</figcaption></figure><script>x()</script></div>",
    }
    copy = ingest_bytes(json.dumps(item).encode(), "s.json")
    assert copy.text == "One bold & “quoted”.\n\nTwo\n\nThree\n"
    assert copy.metadata["subheads"] == ["Sub"]
    assert copy.metadata["skipped"] == ["figure"]


def test_ninjs_3_headlines_bodies_by():
    item = {
        "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json",
        "headlines": [{"role": "short", "value": "S"}, {"role": "main", "value": "Main head"}],
        "bodies": [
            {"role": "teaser", "contentType": "text/plain", "value": "Teaser."},
            {"role": "main", "contentType": "text/html", "value": "<p>Body one.</p><p>Body two.</p>"},
        ],
        "by": "Ann Lee",
    }
    copy = ingest_bytes(json.dumps(item).encode(), "s.json")
    assert copy.text == "By Ann Lee\n\nBody one.\n\nBody two.\n"
    assert copy.metadata["headline"] == "Main head"
    assert copy.metadata["source_format"] == "ninjs-3"


def test_ninjs_with_bom_and_utf16():
    item = {"headline": "H", "body_text": "Zoë said “hi”."}
    for data in (codecs.BOM_UTF8 + json.dumps(item, ensure_ascii=False).encode(), json.dumps(item, ensure_ascii=False).encode("utf-16")):
        assert ingest_bytes(data, "s.json").text == "Zoë said “hi”.\n"


@pytest.mark.parametrize(
    "data, words",
    [
        (b'{"headline": "H", "body_text": "x",\n"oops"}', "not valid JSON"),
        (b'{"name": "not news", "value": 3}', "not a ninjs news item"),
        (b'[{"headline": "a", "body_text": "x"}, {"headline": "b", "body_text": "y"}]', "one ninjs story per file"),
        (b'{"headline": "H"}', "no story text"),
        (b'{"type": "picture", "uri": "u", "headline": "Photo"}', "type 'picture'"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
    ],
)
def test_bad_json_is_refused_in_one_line(data, words):
    err = refused(data, "s.json")
    assert words in err.message


def test_invalid_json_names_the_line():
    assert refused(b'{\n"headline": "H",\n"body_text": "x"\n"uri": 1}', "s.json").line == 4


def test_html_file_is_reduced_to_paragraphs():
    data = b"<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body><p>One.</p><p>Two.</p></body></html>"
    copy = ingest_bytes(data, "s.html")
    assert copy.text == "One.\n\nTwo.\n"


def test_html_reducer_keeps_every_word_of_badly_nested_markup():
    paragraphs, _ = html_to_paragraphs("<p>one <b>two <i>three</b> four</i><p>five</div> six")
    assert " ".join(paragraphs).split() == ["one", "two", "three", "four", "five", "six"]
