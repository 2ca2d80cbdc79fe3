"""The fall-back for a bite left with no super: the super a Korean desk sets alone on the line right above the bite's
tape mark (`박인비 선수` / `(인터뷰)-(자막) "…"`): the name (two to four Hangul syllables), then its title, no sentence
(`김연선 기잡니다.`, the anchor's throw to the reporter, ends as a sentence ends). A bite a rule already named keeps its
name; a line above that is not a super leaves the bite with none (its warning stands)."""

from __future__ import annotations

from scriptfmt.model import Segment, Soundbite, Speaker
from scriptfmt.parse.broadcastmarks import voice
from scriptfmt.parse.writing import hangul

__all__ = ["name_from_line_above"]

_SENTENCE_ENDS = (".", "?", "!", "다", "요", "죠", "까", "。")
_MAX_TOKENS = 4  # a name and a title of up to three words (`홍길동 제주도 관광과장`)


def _super_line(line: str) -> tuple[str, str | None] | None:
    """`박인비 선수` -> (`박인비`, `선수`); None for anything else."""
    tokens = line.split()
    if not 2 <= len(tokens) <= _MAX_TOKENS or not all(hangul(ch) for ch in tokens[0]) or not 2 <= len(tokens[0]) <= 4:
        return None
    if any(token.endswith(_SENTENCE_ENDS) for token in tokens[1:]) or any(not ch.isalnum() and ch not in "·/" for ch in line.replace(" ", "")):
        return None
    name, title = voice(line)
    return (name, title) if name == tokens[0] else None


def _line_above(lines: list[str], line: int) -> str:
    """The nearest line with words above the 1-based line `line` (one blank line between at most)."""
    for k in (line - 2, line - 3):
        if 0 <= k < len(lines) and lines[k].strip():
            return lines[k].strip()
    return ""


def name_from_line_above(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each bite with no super under a Korean super line given that name and title."""
    for seg in segments:
        if not isinstance(seg, Soundbite) or seg.speaker is not None or seg.line <= 1:
            continue
        found = _super_line(_line_above(lines, seg.line))
        if found is None:
            continue
        seg.speaker = Speaker(found[0], found[1])
        warnings[:] = [w for w in warnings if not (w.startswith(f"line {seg.line}:") and ("names nobody" in w or "no super" in w))]
    return segments
