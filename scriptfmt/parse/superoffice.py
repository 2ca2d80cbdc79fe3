"""Who answers an interview whose top names the guest by office: `The Sunday Mail's editor and ZBC's reporter interview
the President to mark this special day`, a sentence above that writes `… led by President Mnangagwa …`. The top says
whom the outlet interviews (styles/names.toml `interviewing_words`: `interview the`, `entrevistó al`, `a interrogé le`)
and the office it names (an office a label may carry, `President`, `Premier ministre`); the guest is the one person the
top writes right after that office, in any form (`President Mnangagwa`, `President Emmerson Mnangagwa`: the fullest).
Two people under the office, or none: no guest. And where the top writes the guest's name right after the verb
(`Fergus Hanson, a journalist with The Interpreter, interviewed Fiji's Foreign Minister Inoke Kubuabola via email`,
`RadVoice Indonesia telah mewawancarai Shindu tentang …`; styles/names.toml `interviewing_verbs`), the object is the guest,
whatever the page's header or a site's name says (`Fiji Coupfourpointfive: …`): posts and a country's possessive before
the name left out; the subject asks."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.castlabels import office_label
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.names import person_words

__all__ = ["named_guest", "office_guest"]


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, ...], ...]:
    words = tomlfile.load_builtin("names.toml").get("interviewing_words", ())
    return tuple(sorted({tuple(w.casefold().split()) for w in words}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _verbs() -> tuple[tuple[str, ...], ...]:
    words = tomlfile.load_builtin("names.toml").get("interviewing_verbs", ())
    return tuple(sorted({tuple(w.casefold().split()) for w in words}, key=len, reverse=True))


_SKIP = 4  # posts and a possessive between the verb and the name (`Fiji's Foreign Minister`)


def _object(tokens: list[str]) -> str:
    """The name right after an interviewing verb, past a country's possessive and posts (`Fiji's Foreign Minister Inoke
    Kubuabola`); "" when a lower-case word or the sentence's end comes first."""
    k = 0
    while k < min(len(tokens), _SKIP) and (is_post(tokens[k].rstrip(",")) or tokens[k].endswith(("'s", "’s")) and tokens[k][:1].isupper()):
        k += 1
    run = []
    for token in tokens[k : k + 4]:
        word = token.rstrip(",.;:!?")
        if not word[:1].isupper() or not word.replace("-", "").replace("'", "").replace("’", "").isalpha() or is_post(word):
            break
        run.append(word)
        if token != word:
            break
    return " ".join(run) if run and person_words(run) else ""


def named_guest(lines: list[str]) -> str | None:
    """The one person the top names right after an interviewing verb (`interviewed Fiji's Foreign Minister Inoke
    Kubuabola`), else None (no one, or two people)."""
    found = set()
    for line in lines:
        tokens = line.split()
        low = [t.casefold() for t in tokens]
        for k in range(len(tokens)):
            n = next((len(v) for v in _verbs() if tuple(low[k : k + len(v)]) == v), 0)
            name = _object(tokens[k + n :]) if n else ""
            if name:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _office_after(low: list[str], k: int) -> list[str]:
    """The office's words at `low[k:]` (two words or one, `prime minister`, `president`), else []."""
    for n in (3, 2, 1):
        words = [w.strip(",.;:!?") for w in low[k : k + n]]
        if len(words) == n and office_label(" ".join(words)) is not None:
            return words
    return []


def _offices(lines: list[str]) -> set[tuple[str, ...]]:
    """The offices the top says the outlet interviews (`interview the President` -> (`president`,))."""
    found = set()
    for line in lines:
        low = line.casefold().split()
        for k in range(len(low)):
            n = next((len(p) for p in _phrases() if tuple(low[k : k + len(p)]) == p), 0)
            office = _office_after(low, k + n) if n else []
            if office:
                found.add(tuple(office))
    return found


def _holders(office: tuple[str, ...], lines: list[str]) -> dict[str, str]:
    """The names the lines write right after the office in capitals (`President Mnangagwa`), by last word: the fullest."""
    people: dict[str, str] = {}
    for line in lines:
        tokens = line.split()
        for k in range(len(tokens) - len(office)):
            if tuple(t.casefold() for t in tokens[k : k + len(office)]) != office or tokens[k + len(office) - 1][-1:] in ",.;:":
                continue
            run = []
            for token in tokens[k + len(office) : k + len(office) + 4]:
                word = token.rstrip(",.;:!?")
                word = word[:-2] if word.endswith(("’s", "'s")) else word
                if not token[:1].isupper() or is_post(word) or not word.isalpha():
                    break
                run.append(token.rstrip(",.;:!?"))
                if token[-1:] in ",.;:!?":
                    break
            run = [w[:-2] if w.endswith(("’s", "'s")) else w for w in run]
            if run and person_words(run):
                last = run[-1].casefold()
                people[last] = max(people.get(last, ""), " ".join(run), key=len)
    return people


def office_guest(lines: list[str]) -> str | None:
    """The one person the top names under the office it says the outlet interviews, else None."""
    offices = _offices(lines)
    if len(offices) != 1:
        return None
    people = _holders(offices.pop(), lines)
    return next(iter(people.values())) if len(people) == 1 else None
