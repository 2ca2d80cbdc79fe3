"""PDF scripts read back with pypdf: content, columns, headers, page breaks, fonts, determinism."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.render.pdf import write_pdf
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story

NAMES = "Danish envoy Lars Jørgensen met officials from Łódź and São Paulo, and Volodymyr Зеленський sent a message."


def story(paragraphs: int = 2, slug: str = "SUMMIT") -> Story:
    segs = [
        Cue(text="TAKE VO", cue_type="VO", original="[TAKE VO]"),
        Narration(text=f"President Biden met Prime Minister Kishida at the White House. {NAMES}"),
        Soundbite(
            text="While we are focused on Taiwan, a conflict remains more likely in the South China Sea. It is uncomfortably possible.",
            speaker=Speaker("Gregory Polling", "Center for Strategic and International Studies"),
        ),
        Cue(text="pause", cue_type="PAUSE", original="(pause)"),
    ]
    for p in range(paragraphs):
        text = " ".join(f"Sentence {p}-{n} says the talks went on for hours in Washington." for n in range(6))
        segs.append(Narration(text=text))
    segs.append(Soundbite(text="Ukraine today can be East Asia tomorrow.", speaker=Speaker("Fumio Kishida", "Prime Minister"), duration=12))
    segs.append(Narration(text="China said any cooperation should promote regional peace."))
    meta = {"slug": slug, "talent": "Maria", "date": "2024-04-10"}
    return time_story(Story(segments=segs, metadata=meta, source=f"{slug.lower()}.txt"), 160, 150, 0.5)


def render(tmp_path, stories, style="tv", **kw) -> tuple[bytes, PdfReader]:
    out = tmp_path / "out.pdf"
    write_pdf(stories, load_style(style), out, **kw)
    data = out.read_bytes()
    return data, PdfReader(io.BytesIO(data))


def runs(page) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run on a page."""
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((tm[4], tm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def read_column(page, div: float) -> list[str]:
    """Right-column runs top to bottom, without the header line and the (MORE) mark."""
    found = runs(page)
    top = max(y for _, y, _ in found)
    return [t for x, y, t in sorted(found, key=lambda r: -r[1]) if x >= div - 1 and y < top and t != "(MORE)"]


def divider_x(reader: PdfReader) -> float:
    """x where read copy starts (the leftmost run of a read-copy line)."""
    return min(x for x, _, t in runs(reader.pages[0]) if t.startswith("PRESIDENT BIDEN"))


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text.upper())


def test_read_copy_complete_and_in_order(tmp_path):
    st = story(paragraphs=6)
    _, reader = render(tmp_path, [st])
    div = divider_x(reader)
    right = []
    for page in reader.pages:
        right += read_column(page, div)
    got = words(" ".join(right))
    for seg in st.segments:
        if isinstance(seg, Narration):
            want = words(seg.text)
            start = next(i for i in range(len(got)) if got[i : i + len(want)] == want)
            got = got[start + len(want) :]  # the next paragraph must come after this one


def test_cues_and_supers_in_left_column(tmp_path):
    _, reader = render(tmp_path, [story()])
    div = divider_x(reader)
    page_runs = [r for page in reader.pages for r in runs(page)]
    for needle in ("TAKE VO", "TAKE SOT", "SUPER: GREGORY POLLING", "CENTER FOR STRATEGIC AND", "RUNS :12"):
        xs = [x for x, _, t in page_runs if t.startswith(needle)]
        assert xs and all(x < div for x in xs), needle
    assert any(t.startswith("RUNS") and t.endswith("EST") for _, _, t in page_runs)  # estimated bite
    ins = [x for x, _, t in page_runs if t.startswith("IN: “WHILE WE ARE…”")]
    assert ins and ins[0] >= div - 1
    transcript = [t for _, _, t in page_runs if t.startswith("((While we are focused on Taiwan")]
    assert transcript, "soundbite transcript shown in the speaker's case in (( ))"


def test_header_on_every_page_more_and_end_mark(tmp_path):
    _, reader = render(tmp_path, [story(paragraphs=8)], page_labels=["A3"])
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) >= 3
    for n, text in enumerate(pages, 1):
        assert "A3" in text and "SUMMIT" in text and "MARIA" in text and "2024-04-10" in text
        assert f"PAGE {n} OF {len(pages)}" in text and "TOTAL" in text
        assert ("(MORE)" in text) == (n < len(pages))
    assert pages[-1].rstrip().endswith("###") or "###" in pages[-1]
    assert all("###" not in t for t in pages[:-1])


def test_no_sentence_split_across_pages(tmp_path):
    _, reader = render(tmp_path, [story(paragraphs=8)])
    div = divider_x(reader)
    pages = [" ".join(read_column(page, div)) for page in reader.pages]
    assert len(pages) >= 3
    for p in range(8):
        for n in range(6):
            sentence = f"SENTENCE {p}-{n} SAYS THE TALKS WENT ON FOR HOURS IN WASHINGTON."
            assert sum(" ".join(text.split()).count(sentence) for text in pages) == 1, sentence


def test_soundbite_block_kept_together(tmp_path):
    # shift the bites down the page in small steps; IN and OUT must always share a page
    for extra in range(6):
        st = story(paragraphs=1)
        st.segments.insert(0, Narration(text=" ".join(f"Filler {i} keeps going here." for i in range(extra * 3 + 1))))
        _, reader = render(tmp_path, [st])
        for page in reader.pages:
            text = page.extract_text()
            assert text.count("IN: “") == text.count("OUT: “")


def test_cue_never_alone_at_page_bottom(tmp_path):
    for extra in range(8):
        segs = [Narration(text=" ".join(f"Filler {i} keeps going here." for i in range(extra * 2 + 10)))]
        segs += [Cue(text="TAKE VO", cue_type="VO"), Narration(text="Video of the summit rolls now. " * 8)]
        st = time_story(Story(segments=segs, metadata={"slug": "CUES"}), 180)
        _, reader = render(tmp_path, [st], style="radio")
        for page in reader.pages:
            lines = [t for _, y, t in sorted(runs(page), key=lambda r: -r[1]) if t not in ("-MORE-", "###")]
            assert lines[-1] != "[TAKE VO]"


def test_unicode_names_embedded_font(tmp_path):
    data, reader = render(tmp_path, [story()])
    text = reader.pages[0].extract_text()
    for name in ("JØRGENSEN", "ŁÓDŹ", "SÃO PAULO", "ЗЕЛЕНСЬКИЙ"):
        assert name in text
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert all("/FontFile2" in f["/DescendantFonts"][0].get_object()["/FontDescriptor"] for f in fonts if "/DescendantFonts" in f)
    assert b"/FontFile2" in data


def test_identical_bytes(tmp_path):
    first, _ = render(tmp_path, [story(), story(slug="SECOND")], page_labels=["A1", "A2"])
    second, _ = render(tmp_path, [story(), story(slug="SECOND")], page_labels=["A1", "A2"])
    assert first == second


def test_each_story_starts_new_page_with_own_page_count(tmp_path):
    _, reader = render(tmp_path, [story(slug="FIRST"), story(paragraphs=0, slug="SECOND")])
    texts = [p.extract_text() for p in reader.pages]
    second = [t for t in texts if "SECOND" in t]
    assert second and "PAGE 1 OF 1" in second[0]
    assert "FIRST" not in second[0]


@pytest.mark.parametrize("style", ["radio", "prompter"])
def test_other_styles(tmp_path, style):
    _, reader = render(tmp_path, [story()], style=style)
    text = " ".join(p.extract_text() for p in reader.pages)
    if style == "radio":
        assert "[TAKE VO]" in text and "[ACT: GREGORY POLLING" in text and "Jørgensen" in text
    else:
        assert "TAKE SOT" not in text and "(PAUSE)" in text and "JØRGENSEN" in text


def test_a4_and_mixed_case_user_style(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text('extends = "tv"\n[page]\nsize = "a4"\n[text]\nread_case = "mixed"\n', encoding="utf-8")
    out = tmp_path / "a4.pdf"
    write_pdf([story()], load_style(str(user)), out)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842
    assert "President Biden" in reader.pages[0].extract_text()


def test_long_word_or_url_breaks_inside_the_column(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    url = "https://www.example-county-portal.gov/public-works/bridges/elm-street/closure-schedule-and-detours-2026.pdf"
    s = time_story(Story(segments=[Narration(f"Details are at {url} and on the radio.")], metadata={"slug": "LINKS"}), 160)
    _, reader = render(tmp_path, [s])
    page = reader.pages[0]
    right_edge = float(page.mediabox.width) - 0.5 * 72  # no margin is narrower than half an inch
    drawn = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            drawn.append((tm[4], text.strip(), size))

    page.extract_text(visitor_text=visit)
    pieces = [t for _, t, _ in drawn if "/" in t or "." in t]
    assert len(pieces) >= 2 and "".join(pieces).replace(" ", "").lower().count("elm-street") == 1
    for x, text, size in drawn:
        assert x + stringWidth(text, "Helvetica", size) * 0.98 <= right_edge, text
