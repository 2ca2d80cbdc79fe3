"""Verbs of saying (`said`, `told`, `warned` …) from styles/speech.toml, for modules outside the
parser (lint, bites) — the parser reads the same file, so every part of the program agrees
on what attributes a quote. A leaf module: it reads the TOML file only."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset[str]:
    """The one-word verbs of saying, lower case (phrases such as `pointed out` left out)."""
    verbs = tomlfile.load_builtin("speech.toml")["attribution_verbs"]
    return frozenset(v.casefold() for v in verbs if " " not in v.strip())
