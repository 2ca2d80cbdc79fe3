"""Golden files for the rundown outputs: the PDF's text line by line, the DOCX table's cells,
the CSV and the text table of tests/golden/rundown/show.toml, compared whole.

A change to any of them shows as a diff here; when it is meant, rewrite the files with
UPDATE_GOLDEN=1 python -m pytest tests/test_rundown_golden.py and read the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scriptfmt.cli import main

GOLDEN = Path(__file__).resolve().parent / "golden" / "rundown"
SHOW = GOLDEN / "show.toml"


def run(capsys, *args) -> str:
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert exc.value.code in (0, 1), err
    return out


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    pages = []
    for n, page in enumerate(PdfReader(str(path)).pages, 1):
        lines = [" ".join(l.split()) for l in page.extract_text(extraction_mode="layout").splitlines() if l.strip()]
        pages.append(f"--- page {n}\n" + "\n".join(lines))
    return "\n".join(pages) + "\n"


def docx_cells(path: Path) -> str:
    import docx

    table = docx.Document(str(path)).tables[0]
    rows = []
    for row in table.rows:
        cells = list(dict.fromkeys(c._tc for c in row.cells))  # a merged band is one cell
        rows.append(" | ".join(c.xpath("string(.)") for c in cells))
    return "\n".join(rows) + "\n"


def compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)"


def test_pdf_text_golden(tmp_path, capsys):
    run(capsys, "rundown", SHOW, "-o", tmp_path / "r.pdf")
    compare("rundown.pdf.txt", pdf_text(tmp_path / "r.pdf"))


def test_docx_table_golden(tmp_path, capsys):
    run(capsys, "rundown", SHOW, "-o", tmp_path / "r.docx")
    compare("rundown.docx.txt", docx_cells(tmp_path / "r.docx"))


def test_csv_golden(tmp_path, capsys):
    run(capsys, "rundown", SHOW, "-o", tmp_path / "r.csv")
    compare("rundown.csv", (tmp_path / "r.csv").read_text(encoding="utf-8-sig").replace("\r\n", "\n"))


def test_time_and_check_golden(capsys):
    compare("time.txt", run(capsys, "time", SHOW))
    compare("check.txt", run(capsys, "check", SHOW).replace(str(SHOW), "show.toml"))
