"""Fallbacks that keep a script going are silent only without --debug (SCRIPTFMT_DEBUG)."""

import pytest

import scriptfmt.broadcast as broadcast
from scriptfmt.broadcast import spoken
from scriptfmt.debug import ENV


def _bug(*_args, **_kwargs):
    raise RuntimeError("a bug in the rewrite")


def test_spoken_falls_back_without_debug(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr(broadcast, "rewrite", _bug)
    assert spoken.to_spoken("Sen. Ruiz won 5 votes") == "Sen. Ruiz won 5 votes"


def test_spoken_raises_under_debug(monkeypatch):
    monkeypatch.setenv(ENV, "1")
    monkeypatch.setattr(broadcast, "rewrite", _bug)
    with pytest.raises(RuntimeError, match="a bug in the rewrite"):
        spoken.to_spoken("Sen. Ruiz won 5 votes")
