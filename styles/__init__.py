"""Built-in styles, cue vocabulary and other newsroom data, shipped as package data (scriptfmt.styles)."""
