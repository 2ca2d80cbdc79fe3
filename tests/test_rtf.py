"""Prompter RTF: the prompter copy, read back by a small RTF reader and by LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.render.prompter import prompter_text
from scriptfmt.render.rtf import prompter_rtf, rtf_escape, write_rtf
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story

# Destinations whose text is not document text
_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer"}
_TOKEN = re.compile(r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.I)


@dataclass
class RtfPara:
    style: int
    text: str
    italic: bool = False
    bold: bool = False
    new_page: bool = False


@dataclass
class _State:
    skip: bool = False
    uc: int = 1
    italic: bool = False
    bold: bool = False


@dataclass
class _Reader:
    paras: list[RtfPara] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    style: int = 0
    new_page: bool = False
    pending_units: list[int] = field(default_factory=list)
    skip_fallback: int = 0


def read_rtf(data: str) -> list[RtfPara]:
    """A small RTF reader: paragraphs with their style number, text (\\uN decoded) and page breaks."""
    assert data.startswith("{\\rtf1"), data[:20]
    reader, stack, state = _Reader(), [], _State()

    def flush_units() -> None:
        if reader.pending_units:
            raw = b"".join(u.to_bytes(2, "big") for u in reader.pending_units)
            reader.text.append(raw.decode("utf-16-be"))
            reader.pending_units.clear()

    for m in _TOKEN.finditer(data):
        word, arg, hexa, symbol, brace, plain = m.groups()
        if reader.skip_fallback and (plain or hexa):
            if plain:
                plain = plain[reader.skip_fallback :]
                reader.skip_fallback = 0
                if not plain:
                    continue
            else:
                reader.skip_fallback -= 1
                continue
        if brace == "{":
            stack.append(_State(**vars(state)))
        elif brace == "}":
            state = stack.pop() if stack else state
        elif word:
            if word != "u":
                flush_units()
            if word in _SKIP:
                state.skip = True
            elif state.skip:
                continue
            elif word == "u":
                unit = int(arg)
                reader.pending_units.append(unit + 65536 if unit < 0 else unit)
                reader.skip_fallback = state.uc
            elif word == "uc":
                state.uc = int(arg)
            elif word == "pard":
                reader.style, reader.new_page = 0, False
            elif word == "plain":
                state.italic = state.bold = False
            elif word == "s":
                reader.style = int(arg)
            elif word in ("i", "b"):
                setattr(state, {"i": "italic", "b": "bold"}[word], arg != "0")
            elif word in ("pagebb", "page"):
                reader.new_page = True
            elif word == "par":
                reader.paras.append(RtfPara(reader.style, "".join(reader.text), state.italic, state.bold, reader.new_page))
                reader.text.clear()
            elif word == "tab":
                reader.text.append("\t")
        elif symbol == "*":
            state.skip = True  # {\*\destination …}: readers that do not know it skip it
        elif not state.skip and (plain or hexa or symbol):
            flush_units()
            reader.text.append(plain or (bytes([int(hexa, 16)]).decode("cp1252") if hexa else symbol))
    return reader.paras


def story(slug="SUMMIT") -> Story:
    segs = [
        Cue(text="TAKE VO", cue_type="VO"),
        Narration(text="Biden met Kishida in Łódź {not a brace}.\n\nЗеленський sent 𝐀 note \\ back."),
        Soundbite(text="It is uncomfortably possible.", speaker=Speaker("Gregory Polling", "CSIS"), duration=12),
        Cue(text="pause", cue_type="PAUSE"),
        Narration(text="Prices rose 5€ — 中文 too."),
        Cue(text="CG: MAP", cue_type="CG"),
    ]
    return time_story(Story(segments=segs, metadata={"slug": slug}), 160)


def test_escape_unicode_signed_and_surrogates():
    assert rtf_escape("a{b}\\c") == "a\\{b\\}\\\\c"
    assert rtf_escape("é") == "\\u233?"
    assert rtf_escape("\uffe0") == "\\u-32?"  # above 32767: negative
    assert rtf_escape("𝐀") == "\\u-10187?\\u-9216?"  # U+1D400 as a surrogate pair
    assert rtf_escape("Łódź 中文 𝐀").isascii()


def test_same_copy_as_prompter_text_with_styles():
    style = load_style("prompter")
    paras = read_rtf(prompter_rtf([story()], style, ["A3"]))
    text_blocks = prompter_text([story()], style, ["A3"]).strip().split("\n\n")
    assert [p.text for p in paras] == text_blocks
    assert paras[0].text == "[A3 SUMMIT]" and paras[0].bold and paras[0].style == 3
    read = [p for p in paras if p.style == 1]
    marks = [p for p in paras if p.style == 2]
    assert [p.text for p in read][0] == "BIDEN MET KISHIDA IN ŁÓDŹ {NOT A BRACE}."
    assert "ЗЕЛЕНСЬКИЙ SENT 𝐀 NOTE \\ BACK." in [p.text for p in read]
    assert [p.text for p in marks] == ["(SOT :12 · OUT: “…IS UNCOMFORTABLY POSSIBLE”)", "(PAUSE)"]
    assert all(p.italic for p in marks) and not any(p.italic for p in read)


def test_size_and_case_follow_the_style(tmp_path):
    user = tmp_path / "big.toml"
    user.write_text('extends = "tv"\n[font]\nsize = 30\n[text]\nread_case = "mixed"\n', encoding="utf-8")
    data = prompter_rtf([story()], load_style(str(user)))
    assert "\\s1\\f0\\fs60" in data  # 30 pt in half-points
    assert "Biden met Kishida" in data and data.isascii()
    assert read_rtf(data)[-1].text == "###"  # the tv style's end mark


def test_page_break_between_stories(tmp_path):
    out = tmp_path / "book.rtf"
    assert write_rtf([story("ONE"), story("TWO")], load_style("prompter"), out) == 2
    paras = read_rtf(out.read_text(encoding="ascii"))
    starts = [p.text for p in paras if p.new_page]
    assert starts == ["[TWO]"]
    assert not list(tmp_path.glob(".*tmp"))


def test_cli_rtf_and_to_option(tmp_path):
    src = tmp_path / "fire.txt"
    src.write_text("SLUG: FIRE\n\nA fire broke out downtown.\n\n[SOT: CHIEF ANA ROSS :08]\n\nCrews are still there.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "scriptfmt", "format", str(src), "-o", str(tmp_path), "--to", "rtf"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    paras = read_rtf((tmp_path / "fire.rtf").read_text(encoding="ascii"))
    assert [p.text for p in paras] == ["[FIRE]", "A FIRE BROKE OUT DOWNTOWN.", "(SOT :08)", "CREWS ARE STILL THERE.", "###"]
    bad = subprocess.run([sys.executable, "-m", "scriptfmt", "format", str(src), "-o", str(tmp_path), "--to", "odt"], capture_output=True, text=True)
    assert bad.returncode == 2 and "--to 'odt'" in bad.stderr and "Traceback" not in bad.stderr
    clash = subprocess.run([sys.executable, "-m", "scriptfmt", "format", str(src), "-o", str(tmp_path / "x.pdf"), "--to", "rtf"], capture_output=True, text=True)
    assert clash.returncode == 2 and "name different formats" in clash.stderr and not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
def test_libreoffice_opens_it(tmp_path):
    out = tmp_path / "script.rtf"
    write_rtf([story("ONE"), story("TWO")], load_style("prompter"), out)
    profile = tmp_path / "lo-profile"
    run = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "txt:Text (encoded):UTF8", str(out), "--outdir", str(tmp_path)],
        capture_output=True, text=True, timeout=180,
    )
    text = (tmp_path / "script.txt").read_text(encoding="utf-8-sig")
    assert run.returncode == 0, run.stderr
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[:3] == ["[ONE]", "BIDEN MET KISHIDA IN ŁÓDŹ {NOT A BRACE}.", "ЗЕЛЕНСЬКИЙ SENT 𝐀 NOTE \\ BACK."]
    assert "(SOT :12 · OUT: “…IS UNCOMFORTABLY POSSIBLE”)" in lines and "PRICES ROSE 5€ — 中文 TOO." in lines
    assert lines.count("[TWO]") == 1 and "TAKE VO" not in text and "CG: MAP" not in text
