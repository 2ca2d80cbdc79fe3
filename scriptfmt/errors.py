"""User-facing errors: the CLI prints each as one line (`FILE: problem`) and exits 2."""

from __future__ import annotations


class UserError(Exception):
    """Something wrong with what the user gave us (file, option, data), not a bug."""

    def __init__(self, message: str, source: str | None = None, line: int | None = None):
        self.message = message
        self.source = source
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class UserErrors(UserError):
    """Several problems found at once (a bad rundown): printed one per line."""

    def __init__(self, errors: list[UserError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
