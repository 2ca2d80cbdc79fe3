"""Who holds which role, kept as roles are given: `the minister said` is one look-up, not a walk
over everyone the story named (a story may name thousands)."""

from __future__ import annotations

from typing import Any

_FEW = 16  # holders of one role noun an office's words are matched against


class RoleIndex:
    """Role -> the people given it; the last word of a role or title -> people (`fire chief` … `the
    chief`); the people given an age under 20 (`the teenager`)."""

    def __init__(self) -> None:
        self.holders: dict[str, list[Any]] = {}
        self.by_head: dict[str, list[Any]] = {}
        self.young: list[Any] = []

    def file(self, person: Any, role: str) -> None:
        self.holders.setdefault(role, []).append(person)
        self.file_head(person, role)

    def file_head(self, person: Any, word: str) -> None:
        """File a person under the last word of a role or title they were given (repeats are dropped
        by `described_as`)."""
        if not word.strip():
            return
        self.by_head.setdefault(word.split()[-1], []).append(person)
        age = word.split("-")[0]
        if word.endswith("-year-old") and age.isdigit() and int(age) < 20:
            self.young.append(person)

    def holding(self, role: str) -> list[Any]:
        """Everyone given this role, in the order they got it."""
        return self.holders.get(role, [])

    def titled(self, role: str, office: str, gender: str | None = None) -> Any:
        """Of several holders of a role noun (a few: no walk over thousands), the one whose title carries
        the office's words (`prime minister`, not the Minister of Health), of a compatible gender; else None."""
        holders = self.holding(role)
        if " " not in office or not 1 < len(holders) <= _FEW:
            return None
        fits = [p for p in holders if p.title and office in p.title.lower() and (gender is None or p.gender in (gender, None))]
        return fits[0] if len(fits) == 1 else None

    def described_as(self, key: str, youth: bool) -> list[Any]:
        """The people whose role or title a later role noun may re-use: the noun's last word (`fire
        chief` … `the chief`), or, for a young person's noun, an age under 20 — in the order met."""
        found = {*self.by_head.get(key.split()[-1], ()), *(self.young if youth else ())}
        return sorted(found, key=lambda p: p.order)


class Roles(set):
    """A person's roles (`minister`, `fisherman`), filed in the story's RoleIndex as they are added."""

    __slots__ = ("person", "index")

    def __init__(self, roles=(), person: Any = None, index: RoleIndex | None = None) -> None:
        super().__init__()
        self.person, self.index = person, index
        self.update(roles)

    def add(self, role: str) -> None:
        if role not in self:
            super().add(role)
            if self.index is not None:
                self.index.file(self.person, role)

    def update(self, *groups) -> None:
        for group in groups:
            for role in group:
                self.add(role)
