"""Parse: copy text to a Story (metadata + ordered narration / soundbite / cue segments).

Knows nothing of pages, fonts or seconds.
"""

from scriptfmt.parse.story import parse_copy, parse_text

__all__ = ["parse_copy", "parse_text"]
