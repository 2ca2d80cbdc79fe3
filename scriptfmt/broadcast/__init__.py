"""Broadcast style: copy rewritten for the ear (numbers, symbols, abbreviations, initialisms,
pronouncers). `rewrite` works on a text, `style.apply_broadcast_style` on a story's narration;
`broadcast.spoken` counts the spoken words with it."""

from scriptfmt.broadcast.rewrite import Change, apply_changes, rewrite

__all__ = ["Change", "apply_changes", "rewrite"]
