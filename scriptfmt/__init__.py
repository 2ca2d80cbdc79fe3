"""scriptfmt: broadcast script formatter — wire copy in, timed anchor scripts and rundowns out."""

__version__ = "0.1.0"
