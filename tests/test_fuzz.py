"""Fuzzing (hypothesis): ingest -> parse -> time -> render never crashes and never loses words.

Bounded for CI (small max_examples, no deadline). `python tests/fuzz_long.py` runs
the same properties for a few thousand cases.

"No lost words": every word (a run of letters/digits) of the copy the parser received
is somewhere in the parsed story (segment text, cue as written, metadata such as slug,
byline or credits), and every word of read copy reaches the prompter text.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from scriptfmt.debug import ENV as DEBUG_ENV
from scriptfmt.errors import UserError
from scriptfmt.ingest import ingest_bytes
from scriptfmt.ingest.plain import clean
from scriptfmt.model import Cue, Narration, Soundbite, Story
from scriptfmt.parse import parse_copy
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "copy").glob("*.txt"))
SAMPLE_TEXT = [p.read_text(encoding="utf-8") for p in SAMPLES]
_WORD = regex.compile(r"[\p{L}\p{N}]+")
STYLES = {name: load_style(name) for name in ("tv", "radio", "prompter")}


@pytest.fixture(autouse=True, scope="module")
def _debug_fallbacks():
    """A bug the rewrite's fallbacks would hide fails the fuzz run instead."""
    before = os.environ.get(DEBUG_ENV)
    os.environ[DEBUG_ENV] = "1"
    yield
    if before is None:
        del os.environ[DEBUG_ENV]
    else:
        os.environ[DEBUG_ENV] = before

# ---- generated copy ------------------------------------------------------------------------

WORDS = [
    "the", "mayor", "said", "council", "voted", "tonight", "Zoë", "Müller", "Ñandú", "Владимир", "東京", "İstanbul",
    "Dr.", "U.S.", "F-B-I", "NATO", "$5", "90%", "3:15", "1,234", "2nd", "e-mail", "O'Brien", "rock’n’roll", "👍",
    "SOT", "VO", "TAKE", "CG", "IN:", "OUT:", "RUNS", ":15", "###", "-30-", "(MORE)", "SLUG:", "TALENT:", "By",
    "(AP)", "—", "–", "...", "…", "//", "pause", "ON CAM", "said:", "says", "according to",
]
MARKS = list("\"“”'‘’«»„[](){}<>*:;,.!?-—/\\|#") + ["((", "))", "[[", "]]", "(**", "**)", "<<", ">>"]
ODD = ["\t", "\x00", "\x07", "\x1b", "\x85", "\u200b", "\u00a0", "\u2028", "\ufeff", "\ufffd", "e\u0301", "\U0001f600", "\r", "\r\n"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(ODD),
    st.text(min_size=1, max_size=8),
    st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?", fullmatch=True),
)
line = st.lists(token, min_size=0, max_size=30).map(lambda toks: " ".join(toks))
copy_text = st.lists(
    st.one_of(
        line,
        line.map(lambda s: f"“{s}” said Jane Roe, a spokeswoman."),
        line.map(lambda s: f"Mayor Ann Lee said: “{s}”"),
        line.map(lambda s: f"[{s}]"),
        line.map(lambda s: f"({s})"),
        line.map(lambda s: f"SLUG: {s}"),
        line.map(lambda s: f"SPRINGFIELD (AP) — {s}"),
        st.just(""),
    ),
    min_size=1,
    max_size=12,
).map("\n".join)


# ---- mutated real samples ------------------------------------------------------------------


def mutate(text: str, ops: list[tuple[int, float, float, str]]) -> str:
    """Apply edit operations (kind, where, how far, inserted text) to a sample."""
    for kind, where, span, insert in ops:
        if not text:
            text = insert
            continue
        i = int(where * len(text))
        j = min(len(text), i + 1 + int(span * 80))
        if kind == 0:  # delete a span
            text = text[:i] + text[j:]
        elif kind == 1:  # duplicate a span
            text = text[:j] + text[i:j] + text[j:]
        elif kind == 2:  # insert marks / odd characters
            text = text[:i] + insert + text[i:]
        elif kind == 3:  # swap two lines
            lines = text.split("\n")
            a, b = int(where * len(lines)) % len(lines), int(span * len(lines)) % len(lines)
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
        elif kind == 4:  # case flip of a span
            text = text[:i] + text[i:j].swapcase() + text[j:]
        else:  # join or split paragraphs
            text = text[:i] + ("\n\n" if text[i:i + 1] != "\n" else "") + text[i:].lstrip("\n")
    return text


mutation = st.tuples(
    st.integers(0, 5),
    st.floats(0, 1, allow_nan=False),
    st.floats(0, 1, allow_nan=False),
    st.one_of(st.sampled_from(MARKS + ODD), st.text(max_size=6)),
)
mutated_sample = st.builds(mutate, st.sampled_from(SAMPLE_TEXT), st.lists(mutation, min_size=1, max_size=8))


# ---- the properties --------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Words, case-folded (header keys come back lower-case, prompter copy upper-case)."""
    return [w.casefold() for w in _WORD.findall(text)]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)] + [s for k in value for s in _strings(k)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def story_words(story: Story) -> set[str]:
    found: list[str] = []
    for seg in story.segments:
        found += words(seg.text)
        if isinstance(seg, Cue):
            found += words(seg.original)
        if isinstance(seg, (Soundbite, Narration)):  # a transcript turn's label travels as its segment's marker
            found += words(seg.marker or "")
        if isinstance(seg, Soundbite):
            if seg.speaker:
                found += words(seg.speaker.name) + words(seg.speaker.title or "")
    for s in _strings(story.metadata):
        found += words(s)
    return set(found)


def pipeline(data: bytes, renders: tuple[str, ...] = ("txt",), tmp: Path | None = None, style: str = "tv") -> Story | None:
    """Ingest -> parse -> time -> render; returns the story, or None when the input was refused."""
    try:
        copy = ingest_bytes(data, "fuzz.txt")
    except UserError as exc:
        assert "\n" not in str(exc)
        return None
    story = parse_copy(copy)
    lost = [w for w in words(copy.text) if w not in story_words(story)]
    assert not lost, f"words lost by the parser: {lost[:10]}"
    loaded = STYLES[style]
    story = time_story(story, loaded.read_rate_wpm, loaded.soundbite_wpm, loaded.pause_seconds)
    assert story.total_seconds >= 0
    json.dumps(story.to_json(), ensure_ascii=False)
    for seg in story.segments:
        assert seg.seconds >= 0 and seg.words >= 0
    if "txt" in renders:
        from scriptfmt.render.prompter import prompter_text

        text = prompter_text([story], loaded)
        prompted = set(words(text)) | set(words(text.lower()))
        read = [w for s in story.segments if isinstance(s, Narration) for w in words(s.text.upper())]
        missing = [w for w in read if w not in prompted]
        assert not missing, f"read copy missing from the prompter text: {missing[:10]}"
    if "pdf" in renders:
        from scriptfmt.render.pdf import write_pdf

        out = (tmp or Path(".")) / "fuzz.pdf"
        assert write_pdf([story], loaded, out) >= 1
        assert out.read_bytes().startswith(b"%PDF")
    if "docx" in renders:
        from scriptfmt.render.docx import write_docx

        out = (tmp or Path(".")) / "fuzz.docx"
        write_docx([story], loaded, out)
        assert out.stat().st_size > 0
    return story


# Examples per property: small in CI; tests/fuzz_long.py raises it through the environment.
EXAMPLES = int(os.environ.get("SCRIPTFMT_FUZZ_EXAMPLES", "60"))
_HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much]
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=_HEALTH)
SLOW = settings(max_examples=max(8, EXAMPLES // 10), deadline=None, suppress_health_check=_HEALTH)  # PDF + DOCX


@FAST
@given(copy_text, st.sampled_from(["tv", "radio", "prompter"]))
@example("SPRINGFIELD (AP) — tonight\nSLUG: Vlad\nSPRINGFIELD — 3:15:\n0:15 3:15", "tv")  # a Q&A's bare paragraph lost its time stamp
@example("?\n\n” the the the\n\nTALENT:\n", "tv")  # an interview's last label with no words after it was lost
def test_generated_copy_parses_times_and_prompts_without_loss(text, style):
    pipeline(text.encode("utf-8"), ("txt",), style=style)


@FAST
@given(mutated_sample)
def test_mutated_samples_parse_times_and_prompt_without_loss(text):
    pipeline(text.encode("utf-8"), ("txt",))


@SLOW
@given(st.one_of(copy_text, mutated_sample), st.sampled_from(["tv", "radio"]))
def test_generated_copy_renders_pdf_and_docx(tmp_path, text, style):
    pipeline(text.encode("utf-8"), ("txt", "pdf", "docx"), tmp_path, style)


@FAST
@given(st.one_of(st.binary(max_size=400), copy_text.map(lambda s: s.encode("cp1252", errors="ignore")), copy_text.map(lambda s: s.encode("utf-16"))))
def test_arbitrary_bytes_are_read_or_refused_in_one_line(data):
    pipeline(data, ())


def nitf_of(paragraphs: list[str], rng: random.Random) -> bytes:
    """Wrap paragraphs in NITF, some words in <q>, <person>, <pronounce>, <org>."""
    from xml.sax.saxutils import escape

    def enrich(p: str) -> str:
        out = []
        for w in p.split(" "):
            w = escape(w)
            roll = rng.random()
            if roll < 0.05:
                w = f"<q>{w}</q>"
            elif roll < 0.1:
                w = f"<person>{w}</person>"
            elif roll < 0.13:
                w = f'<pronounce guide="X">{w}</pronounce>'
            elif roll < 0.16:
                w = f"<org>{w}</org>"
            out.append(w)
        return " ".join(out)

    body = "".join(f"<p>{enrich(p)}</p>" for p in paragraphs)
    return f'<?xml version="1.0" encoding="UTF-8"?><nitf><body><body.content>{body}</body.content></body></nitf>'.encode()


_XML_OK = regex.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@FAST
@given(st.lists(line, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_generated_nitf_keeps_every_word(paragraphs, rng):
    paragraphs = ["".join(_XML_OK.findall(p)) for p in paragraphs]
    assume(any(words(p) for p in paragraphs))
    story = pipeline(nitf_of(paragraphs, rng), ("txt",))
    assert story is not None
    assert {w for p in paragraphs for w in words(clean(p))} <= story_words(story)  # control characters dropped


@FAST
@given(st.lists(line, min_size=1, max_size=6), st.booleans())
def test_generated_ninjs_keeps_every_word(paragraphs, html):
    from html import escape

    assume(any(words(p) for p in paragraphs))
    if html:
        item = {"headline": "H", "body_html": "".join(f"<p>{escape(p)}</p>" for p in paragraphs)}
    else:
        item = {"headlines": [{"value": "H"}], "bodies": [{"contentType": "text/plain", "value": "\n\n".join(paragraphs)}]}
    story = pipeline(json.dumps(item).encode(), ("txt",))
    assert story is not None
    assert {w for p in paragraphs for w in words(clean(p))} <= story_words(story)  # control characters dropped


_UNCLOSABLE = ["table", "svg", "script", "style", "figure", "nav", "aside", "math"]


@FAST
@given(st.lists(line, min_size=2, max_size=6), st.lists(st.sampled_from(_UNCLOSABLE), min_size=1, max_size=3), st.integers(0, 5))
def test_unclosed_skipped_html_element_never_hides_the_story(paragraphs, tags, where):
    """An element whose text is skipped (table, svg, script …) but never closed keeps the story after it."""
    from html import escape

    paragraphs = [p for p in paragraphs if words(clean(p))]
    assume(len(paragraphs) >= 2)
    where = min(where, len(paragraphs) - 1)
    after = paragraphs[where:]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:where]) + "".join(f"<{t}>" for t in tags)
    body += "".join(f"<p>{escape(p)}</p>" for p in after)
    story = pipeline(json.dumps({"headline": "H", "body_html": body}).encode(), ("txt",))
    assert story is not None
    assert {w for p in after for w in words(clean(p))} <= story_words(story)
    assert any("is never closed" in w for w in story.warnings)


def _cli(args: list[str]) -> int:
    """Run the real CLI in-process; return its exit code (stdout/stderr discarded)."""
    import contextlib
    import io

    from scriptfmt.cli import main

    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:
            code = 0
    assert code in (0, 2), f"exit {code}: {err.getvalue()}"
    if code == 2:  # one line per problem (--strict lists every guess), each naming the file
        lines = err.getvalue().splitlines()
        assert lines and all(line.startswith("scriptfmt: ") for line in lines), err.getvalue()
        assert len(lines) == 1 or all("(--strict)" in line for line in lines), err.getvalue()
    return code


@settings(max_examples=max(10, EXAMPLES // 5), deadline=None, suppress_health_check=_HEALTH)
@given(st.one_of(copy_text, mutated_sample), st.sampled_from(["txt", "pdf", "docx"]), st.booleans(), st.booleans())
@example("(\r 0()\nSLUG: the the the\nSLUG: the the the", "txt", False, False)  # a bracket opening inside a token ended a doubled line's test
def test_format_command_on_generated_copy_never_crashes(text, ext, as_written, strict):
    """The whole `scriptfmt format` path, broadcast-style rewrite included."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "copy.txt"
        src.write_text(text, encoding="utf-8", errors="surrogatepass")
        out = Path(folder) / f"script.{ext}"
        code = _cli(["format", str(src), "-o", str(out), *(["--as-written"] if as_written else []), *(["--strict"] if strict else [])])
        if code == 0:
            assert out.stat().st_size > 0
        assert sorted(p.name for p in Path(folder).iterdir()) == sorted(["copy.txt"] + ([out.name] if code == 0 else []))
