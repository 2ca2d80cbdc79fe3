"""Same input, same DOCX bytes: fixed zip entry timestamps and fixed core properties.

Shared by the story DOCX and the rundown DOCX (a leaf module; python-docx is not imported here).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def fixed_zip(data: bytes) -> bytes:
    """Same bytes on every run: rewrite the zip with fixed entry timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            zout.writestr(fixed, zin.read(info.filename))
    return out.getvalue()


def date_or_fixed(raw: str | None) -> dt.datetime:
    """The ISO date at the start of `raw` (a show's or story's date), else a fixed one."""
    try:
        return dt.datetime.fromisoformat((raw or "")[:10]).replace(tzinfo=dt.UTC)
    except ValueError:
        return FIXED_DATE


def fix_core_properties(doc, when: dt.datetime, title: str) -> None:
    """Dates, revision and authors that do not change from run to run."""
    props = doc.core_properties
    props.created = props.modified = props.last_printed = when
    props.revision, props.author, props.last_modified_by = 1, "scriptfmt", "scriptfmt"
    props.title = title


FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class _FixedTimeZip:
    """What python-docx writes a package through (write(pack_uri, blob), close()), with the
    fixed entry timestamps of fixed_zip: the same bytes, compressed once instead of twice."""

    def __init__(self, buffer: io.BytesIO):
        self.zip = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)

    def write(self, pack_uri, blob: bytes) -> None:
        entry = zipfile.ZipInfo(pack_uri.membername, date_time=FIXED_ZIP_TIME)
        entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16  # as ZipFile.writestr(name) sets it
        self.zip.writestr(entry, blob)

    def close(self) -> None:
        self.zip.close()


def docx_bytes(doc) -> bytes:
    """The document saved in memory, with fixed zip timestamps.

    Does what python-docx's Document.save does (OpcPackage.save: before_marshal, then
    PackageWriter's three steps) into a zip with fixed timestamps; should a python-docx
    release rename those steps, it saves normally and rewrites the zip (fixed_zip)."""
    from docx.opc.pkgwriter import PackageWriter

    steps = ("_write_content_types_stream", "_write_pkg_rels", "_write_parts")
    buffer = io.BytesIO()
    package = doc.part.package
    if not all(hasattr(PackageWriter, step) for step in steps):
        doc.save(buffer)
        return fixed_zip(buffer.getvalue())
    for part in package.parts:
        part.before_marshal()
    parts = list(package.parts)
    writer = _FixedTimeZip(buffer)
    PackageWriter._write_content_types_stream(writer, parts)
    PackageWriter._write_pkg_rels(writer, package.rels)
    PackageWriter._write_parts(writer, parts)
    writer.close()
    return buffer.getvalue()
