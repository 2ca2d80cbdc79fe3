"""NITF and ninjs twins in examples/ give the same script as their plain-text original.

Each twin goes through the real CLI: `parse` (segments JSON) and `format` (prompter
text and PDF text). Only metadata the structured feed adds (headline, source format,
ids) may differ.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scriptfmt.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TWINS = {
    "harbor-strike.txt": ["harbor-strike.xml", "harbor-strike.ninjs1.json", "harbor-strike.ninjs3.json"],
}
PAIRS = [(plain, twin) for plain, twins in TWINS.items() for twin in twins]


def run(capsys, *args: str) -> str:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    assert info.value.code == 0, err
    return out


def parsed(capsys, name: str) -> dict:
    return json.loads(run(capsys, "parse", str(EXAMPLES / name)))


@pytest.mark.parametrize("plain, twin", PAIRS)
def test_twin_parses_to_the_same_segments(capsys, plain, twin):
    a, b = parsed(capsys, plain), parsed(capsys, twin)
    assert b["segments"] == a["segments"]
    assert (b["slug"], b["read_seconds"], b["media_seconds"], b["total_seconds"]) == (a["slug"], a["read_seconds"], a["media_seconds"], a["total_seconds"])
    for key in ("byline", "dateline", "credits"):
        assert b["metadata"].get(key) == a["metadata"].get(key), key
    assert b["metadata"]["headline"] == "Oakland dockworkers strike as automation talks collapse"


def test_twins_carry_soundbites_with_speakers(capsys):
    """Guard against twins agreeing because both lost the quotes."""
    story = parsed(capsys, "harbor-strike.xml")
    bites = [s for s in story["segments"] if s["kind"] == "soundbite"]
    assert [b["speaker"]["name"] for b in bites] == ["Ramon Okafor", "Helen Marsh"]
    assert bites[0]["speaker"]["title"].lower() == "president of the union local"


def test_nitf_twin_carries_pronouncers_and_speaker_titles():
    from scriptfmt.ingest import read_copy

    copy = read_copy(str(EXAMPLES / "harbor-strike.xml"))
    assert copy.pronouncers == {"Okafor": "oh-KAH-for", "Bergström": "BEHRG-strurm"}
    assert copy.speaker_hints["Ramon Okafor"] == "President of the union local"
    assert copy.speaker_hints["Helen Marsh"] == "Port director"
    assert copy.text == (EXAMPLES / "harbor-strike.txt").read_text(encoding="utf-8")


# The NITF twin carries pronouncers (<pronounce>); the plain copy gets the same from a file.
PRONOUNCERS = {"harbor-strike.xml": EXAMPLES / "harbor-strike.pronouncers.toml"}
# What a structured twin legitimately adds: the feed's date in the PDF page header.
FEED_DATE = "2026-05-12"


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("plain, twin", PAIRS)
@pytest.mark.parametrize("as_written", [False, True])
def test_twin_formats_to_the_same_prompter_text_and_pdf(capsys, tmp_path, plain, twin, as_written):
    pypdf = pytest.importorskip("pypdf")
    outputs = {}
    for name in (plain, twin):
        extra = ["--as-written"] if as_written else []
        if name == plain and twin in PRONOUNCERS and not as_written:
            extra += ["--pronouncers", str(PRONOUNCERS[twin])]
        for ext in ("txt", "pdf"):
            out = tmp_path / f"{name}.{ext}"
            run(capsys, "format", str(EXAMPLES / name), "-o", str(out), *extra)
            outputs[name, ext] = out

    def pdf_text(path: Path) -> str:
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)

    plain_txt, twin_txt = (outputs[n, "txt"].read_text(encoding="utf-8") for n in (plain, twin))
    assert twin_txt == plain_txt
    assert "HARBOR STRIKE" in plain_txt and "OKAFOR" in plain_txt
    if twin in PRONOUNCERS:
        assert ("OKAFOR (oh-KAH-for)" in twin_txt) is not as_written

    plain_pdf, twin_pdf = (pdf_text(outputs[n, "pdf"]) for n in (plain, twin))
    assert FEED_DATE in twin_pdf and FEED_DATE not in plain_pdf
    assert _flat(twin_pdf.replace(f" {FEED_DATE}", "")) == _flat(plain_pdf)


@pytest.mark.parametrize("ext", ["txt", "pdf", "docx"])
def test_structured_input_formats_deterministically(capsys, tmp_path, ext):
    """The same NITF / ninjs file formatted twice gives byte-identical output."""
    for name in ("harbor-strike.xml", "harbor-strike.ninjs3.json"):
        first, second = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
        run(capsys, "format", str(EXAMPLES / name), "-o", str(first))
        run(capsys, "format", str(EXAMPLES / name), "-o", str(second))
        assert first.read_bytes() == second.read_bytes(), name
