"""Built-in styles, cue vocabulary and other newsroom data; installed as the package scriptfmt.styledata
(scriptfmt.styles is the loader module, so the data package needs another name)."""
