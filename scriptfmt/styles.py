"""Styles are data: TOML files in styles/ (shipped as scriptfmt.styles), validated into a Style.

A style file may `extends = "tv"` (a built-in name or a path) and override a few keys.
Every key is declared in SCHEMA with its type; an unknown key or a bad value is a
one-line error naming the file and the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from scriptfmt import tomlfile
from scriptfmt.errors import UserError
from scriptfmt.talents import MAX_WPM, MIN_WPM, is_read_rate

# Dotted key -> (accepted types, optional check returning an error text or None).
_Check = Any


def _rate(v: Any) -> str | None:
    return None if is_read_rate(v) else f"must be a read rate between {MIN_WPM} and {MAX_WPM} words per minute"


def _one_of(*choices: str):
    def check(v: Any) -> str | None:
        return None if v in choices else "must be one of " + ", ".join(repr(c) for c in choices)

    return check


def _between(low: float, high: float, unit: str = ""):
    def check(v: Any) -> str | None:
        return None if low <= v <= high else f"must be between {low:g} and {high:g}{unit}"

    return check


def _list_of(*choices: str):
    def check(v: Any) -> str | None:
        bad = [x for x in v if x not in choices]
        return None if not bad else f"has unknown entries {bad!r}; choose from " + ", ".join(choices)

    return check


HEADER_FIELDS = ("label", "slug", "talent", "show", "date", "page", "total", "read", "media")
END_MARKS = ("###", "#", "END", "-30-", "none")

SCHEMA: dict[str, tuple[tuple[type, ...], _Check]] = {
    "name": ((str,), None),
    "description": ((str,), None),
    "medium": ((str,), _one_of("tv", "radio")),
    "layout": ((str,), _one_of("split", "single", "prompter")),
    # timing
    "timing.read_rate_wpm": ((int, float), _rate),
    "timing.soundbite_wpm": ((int, float), _rate),
    "timing.pause_seconds": ((int, float), lambda v: None if 0 <= v <= 10 else "must be between 0 and 10 seconds"),
    # page geometry (inches); lines per page are derived, never fixed
    "page.size": ((str,), _one_of("letter", "a4")),
    "page.margin_top": ((int, float), _between(0.25, 3, " inches")),
    "page.margin_bottom": ((int, float), _between(0.25, 3, " inches")),
    "page.margin_left": ((int, float), _between(0.25, 3, " inches")),
    "page.margin_right": ((int, float), _between(0.25, 3, " inches")),
    # fonts: the PDF embeds the bundled Liberation Sans; the DOCX names a font Word and LibreOffice have
    "font.docx": ((str,), lambda v: None if v.strip() else "must name a font"),
    "font.size": ((int, float), _between(6, 48, " pt")),
    "font.cue_size": ((int, float), _between(6, 48, " pt")),
    "font.header_size": ((int, float), _between(6, 48, " pt")),
    # read copy
    "text.line_spacing": ((int, float), _between(1, 3)),
    "text.read_case": ((str,), _one_of("upper", "mixed")),
    "text.transcript": ((str,), _one_of("as-written", "omit")),  # a transcript keeps the speaker's case
    "text.super_case": ((str,), _one_of("upper", "as-written")),  # both super lines, one case
    # split page: left column share of the text width, gap between columns (inches)
    "columns.left_width": ((int, float), _between(0.15, 0.6)),
    "columns.gap": ((int, float), _between(0, 2, " inches")),
    # page marks
    "marks.end": ((str,), _one_of(*END_MARKS)),
    "marks.more": ((str,), None),
    "header.fields": ((list,), _list_of(*HEADER_FIELDS)),
    # quotes without tape read by the anchor (--bites read): the house form, {who} and {quote}
    "bites.read_form": ((str,), lambda v: None if "{who}" in v and "{quote}" in v and v.count("{") == 2 else "must hold {who} and {quote} and nothing else in braces"),
    # prompter text
    "prompter.soundbite_marks": ((bool,), None),
    "prompter.slug_lines": ((bool,), None),
    "prompter.wrap": ((int,), _between(0, 200, " characters (0 = no wrapping)")),
}

REQUIRED = tuple(k for k in SCHEMA if k not in ("name", "description"))


@dataclass(frozen=True)
class Style:
    """A validated style: flat dotted keys, e.g. style["timing.read_rate_wpm"]."""

    name: str
    values: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    @property
    def read_rate_wpm(self) -> float:
        return float(self.values["timing.read_rate_wpm"])

    @property
    def soundbite_wpm(self) -> float:
        return float(self.values["timing.soundbite_wpm"])

    @property
    def pause_seconds(self) -> float:
        return float(self.values["timing.pause_seconds"])


def builtin_dir() -> Path:
    """Folder of the built-in style files: package data `scriptfmt.styledata` (styles/ in the repo)."""
    try:
        folder = Path(str(resources.files("scriptfmt.styledata")))
        if (folder / "tv.toml").is_file():
            return folder
    except (TypeError, ModuleNotFoundError):
        pass
    folder = Path(__file__).resolve().parent.parent / "styles"  # a source checkout that is not installed
    if (folder / "tv.toml").is_file():
        return folder
    raise UserError("built-in styles not found: the scriptfmt installation is incomplete")


def builtin_names() -> list[str]:
    root = builtin_dir()
    skip = {"cues", "speech", "pronouncers", "abbreviations", "attribution", "names"}
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml") and p.name[:-5] not in skip)


def _is_path(name_or_path: str) -> bool:
    return name_or_path.endswith(".toml") or "/" in name_or_path or "\\" in name_or_path


def _identity(name_or_path: str) -> str:
    """What a style is, for loop detection: the resolved file, or the built-in name."""
    return str(Path(name_or_path).resolve()) if _is_path(name_or_path) else name_or_path


def _read_toml(name_or_path: str) -> tuple[dict[str, Any], str]:
    """Read a built-in style by name, or a user style by path."""
    if _is_path(name_or_path):
        return tomlfile.load(name_or_path, "style"), name_or_path
    if name_or_path not in builtin_names():
        raise UserError(f"unknown style {name_or_path!r}; built-in styles: {', '.join(builtin_names())} (or give a .toml path)")
    text = (builtin_dir() / (name_or_path + ".toml")).read_text(encoding="utf-8")
    return tomllib.loads(text), f"styles/{name_or_path}.toml"


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def _validate(flat: dict[str, Any], source: str) -> None:
    for key, value in flat.items():
        if key == "extends":
            continue
        if key not in SCHEMA:
            raise UserError(f"unknown style key {key!r}", source)
        types, check = SCHEMA[key]
        if isinstance(value, bool) and bool not in types or not isinstance(value, types):
            names = " or ".join(t.__name__ for t in types)
            raise UserError(f"style key {key!r} must be {names}, not {value!r}", source)
        if check is not None:
            problem = check(value)
            if problem:
                raise UserError(f"style key {key!r} {problem} (got {value!r})", source)


def load_style(name_or_path: str = "tv", _seen: tuple[str, ...] = ()) -> Style:
    """Load a built-in style by name ("tv", "radio", "prompter") or a user file that may extend one."""
    data, source = _read_toml(name_or_path)
    flat = _flatten(data)
    _validate(flat, source)
    parent = flat.pop("extends", None)
    if parent is not None:
        if not isinstance(parent, str):
            raise UserError("style key 'extends' must be a style name or path", source)
        if not _is_path(parent) and parent not in builtin_names():
            raise UserError(f"style key 'extends' names unknown style {parent!r}", source)
        if _is_path(parent):  # relative to the file that names it; resolved, so `../` cannot grow a loop
            parent = str((Path(source).parent / parent).resolve())
        if parent in _seen or parent == _identity(name_or_path):
            raise UserError(f"style 'extends' loops back to {parent!r}", source)
        base = load_style(parent, _seen + (_identity(name_or_path),))
        merged = dict(base.values)
        merged.update(flat)
        flat = merged
    missing = [k for k in REQUIRED if k not in flat]
    if missing:
        raise UserError(f"style is missing {', '.join(missing)} (add `extends = \"tv\"` to inherit them)", source)
    return Style(name=flat.get("name", Path(name_or_path).stem), values=flat, source=source)
