"""Deterministic, seeded inputs for bench/run.py: wire copy and a rundown.

Every story is plain-text wire copy of the kind a desk pastes in: a SLUG header, a
byline, a dateline lead (``OAKLAND, Calif. (AP) —``), narration full of numbers and
money, quotes attributed inline (before and after), colon lead-ins followed by a
quotation paragraph, bracket cues (``[TAKE VO]``, ``[SOT: NAME, TITLE :12]``, ``[ON CAM]``),
parenthetical directions, scare quotes, names with accents, and an AP contributor line.

Same seed, same bytes: ``story_texts(seed)`` is an endless generator; ``corpus(n_bytes)``
takes stories from it until the total UTF-8 size reaches ``n_bytes``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

SEED = 20261128

CITIES = [
    ("OAKLAND", "Calif."), ("AUSTIN", "Texas"), ("DENVER", ""), ("ALBANY", "N.Y."), ("TUCSON", "Ariz."),
    ("BOISE", "Idaho"), ("RALEIGH", "N.C."), ("TOKYO", ""), ("BRUSSELS", ""), ("KYIV", "Ukraine"),
    ("SÃO PAULO", ""), ("MÜNCHEN", ""), ("NAIROBI", "Kenya"), ("PORTLAND", "Ore."), ("MIAMI", ""),
]
FIRST = ["Dana", "Ramon", "Helen", "Lise", "Tomás", "Zoë", "Marco", "Anna", "Kwame", "Søren", "Priya", "Jürgen",
         "María", "Chen", "Olga", "Ibrahim", "Niamh", "François", "Yuki", "Gregory"]
LAST = ["Whitfield", "Okafor", "Marsh", "Bergström", "Ruiz", "Okonkwo-Müller", "Rossi", "Lee", "Mensah", "Kjær",
        "Raghunathan", "Schäfer", "Delgado", "Wei", "Petrova", "Haddad", "O'Brien", "Lefèvre", "Tanaka", "Polling"]
TITLES = ["the mayor", "a union spokeswoman", "the county fire chief", "a senior economist at the central bank",
          "the port director", "a state senator", "the school superintendent", "a hospital administrator"]
CAPS_TITLES = ["MAYOR", "UNION SPOKESWOMAN", "FIRE CHIEF", "ECONOMIST", "PORT DIRECTOR", "STATE SENATOR", "RESIDENT"]
ORGS = ["the Center for Strategic and International Studies", "the National Weather Service",
        "the Federal Reserve", "the longshore union", "the state Department of Transportation", "City Hall"]
NOUNS = ["dockworkers", "residents", "commuters", "nurses", "teachers", "shippers", "farmers", "voters",
         "families", "drivers", "students", "officials", "inspectors", "engineers", "tenants"]
PLACES = ["the harbor", "the river towns", "the downtown core", "the county line", "the terminal gates",
          "the industrial park", "the state capitol", "the airport", "the eastern suburbs"]
VERBS = ["walked off the job", "lined up outside", "called for an inquiry", "voted to extend the deal",
         "pushed back against the plan", "asked for more time", "warned of further delays", "signed the agreement"]
ADJ = ["heaviest", "longest", "costliest", "busiest", "largest", "sharpest", "first"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
QUOTE_BITS = [
    "We are not against new cranes, we are against losing every job that runs them",
    "Every hour the gates stay closed, ships back up in the bay",
    "The water came up through the floor in about twenty minutes",
    "Nobody here has seen anything like this in forty years",
    "We will keep the schools open as long as it is safe to do so",
    "This is about restoring stability in the region",
    "The numbers simply do not add up for working families",
    "We expect the river to crest tomorrow morning",
    "I have asked the council to act before the end of the month",
    "It is not directed at any nation or any threat",
]
CUES = ["[TAKE VO]", "[ON CAM]", "[GFX: MAP]", "[NATS UP]", "(PAUSE)", "[CG: {CAPS}]", "(TAKE SUPER: {name})", "[ROLL PKG]"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _number_phrase(rng: random.Random) -> str:
    return rng.choice([
        f"about {rng.randint(2, 90) * 100:,} {rng.choice(NOUNS)}",
        f"as much as ${rng.randint(2, 950)} million a day",
        f"{rng.randint(1, 9)}.{rng.randint(0, 9)} percent",
        f"${rng.randint(1, 99)},{rng.randint(100, 999)}",
        f"{rng.randint(2, 60)} miles from {rng.choice(PLACES)}",
        f"at {rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])} p.m. {rng.choice(WEEKDAYS)}",
        f"in {rng.randint(1950, 2025)}",
        f"No. {rng.randint(1, 20)}",
        f"{rng.randint(2, 40)}% of {rng.choice(NOUNS)}",
        f"the {rng.randint(2, 31)}th straight day",
    ])


def _sentence(rng: random.Random) -> str:
    s = rng.choice([
        "{N} {V} near {P} on {D}, the {A} such action in {Y} years, with {X} affected.",
        "Officials said {X}, and {N} {V} before dawn.",
        "The plan would cost {X} over the next {Y} years, according to {O}.",
        "By {D} evening {N} had {V}, and traffic near {P} was backed up {X}.",
        "{O} said the {A} delays in {Y} years could last until {D}, {X} later than planned.",
        "Crews pulled {X} from {P} overnight, and two shelters opened.",
    ])
    text = s.format(
        N=rng.choice(NOUNS), V=rng.choice(VERBS), P=rng.choice(PLACES), D=rng.choice(WEEKDAYS), A=rng.choice(ADJ),
        Y=rng.randint(2, 40), X=_number_phrase(rng), O=rng.choice(ORGS),
    )
    return text[0].upper() + text[1:]


def _narration(rng: random.Random, sentences: tuple[int, int] = (2, 4)) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(*sentences)))


def _quote(rng: random.Random) -> str:
    return ". ".join(rng.sample(QUOTE_BITS, rng.randint(1, 3)))


def _paragraph(rng: random.Random, cast: list[str]) -> str:
    kind = rng.random()
    name = rng.choice(cast)
    if kind < 0.40:
        return _narration(rng)
    if kind < 0.52:  # quote, attribution after
        return f"“{_quote(rng)},” said {name}, {rng.choice(TITLES)}."
    if kind < 0.60:  # attribution before
        return f"{name} said, “{_quote(rng)}.”"
    if kind < 0.70:  # colon lead-in, quotation in the next paragraph
        lead = rng.choice([f"{name}, {rng.choice(TITLES)}, said:", f"According to {name} of {rng.choice(ORGS)}:"])
        return f"{lead}\n“{_quote(rng)}.”"
    if kind < 0.78:  # explicit soundbite marker with cue lines and transcript
        secs = rng.randint(8, 25)
        return f"[SOT: {name.upper()}, {rng.choice(CAPS_TITLES)} :{secs:02d}]\n“{_quote(rng)}.”"
    if kind < 0.90:  # a bracket cue line, then narration
        cue = rng.choice(CUES).format(CAPS=f"{name.upper()} / {rng.choice(CAPS_TITLES)}", name=name)
        return f"{cue}\n{_narration(rng, (1, 3))}"
    if kind < 0.95:  # scare quote and partial quote: stay narration
        return f"The so-called “quiet success” of the plan was, {name} said, “dead on arrival” in {rng.choice(PLACES)}. {_sentence(rng)}"
    return f"{_sentence(rng)} (pause if necessary, cut to TV) {_sentence(rng)}"


def _quote_paragraph(rng: random.Random, cast: list[str]) -> str:
    """Quote-dense wire copy: nearly every paragraph a quotation, attributed every way wire copy does."""
    name, kind = rng.choice(cast), rng.random()
    if kind < 0.30:
        return f"“{_quote(rng)},” {name.split()[-1]} said. “{_quote(rng)}.”"
    if kind < 0.50:
        return f"“{_quote(rng)},” said {name}, {rng.choice(TITLES)}."
    if kind < 0.65:
        return f"{name} told reporters, “{_quote(rng)}.”"
    if kind < 0.75:
        return f"“{_quote(rng)},” she said, “and {_quote(rng).lower()}.”"
    if kind < 0.85:
        return f"The plan, {name} said, was “dead on arrival” and “a {rng.choice(NOUNS)} problem.” {_sentence(rng)}"
    return f"“{_quote(rng)}.”"


def story_text(rng: random.Random, n: int, paragraphs: tuple[int, int] = (6, 14), dense: bool = False) -> str:
    """One wire story; `n` numbers the slug so every story is distinct."""
    city, state = rng.choice(CITIES)
    where = f"{city}, {state}" if state else city
    slug = f"{rng.choice(NOUNS).upper()}-{rng.choice(PLACES).split()[-1].upper()} {n}"
    lines = [f"SLUG: {slug}"]
    if rng.random() < 0.3:
        lines.append(f"TARGET: {rng.randint(0, 2)}:{rng.randint(0, 59):02d}")
    lines += [f"By {_name(rng)}, Associated Press", ""]
    lines.append(f"{where} (AP) — {_narration(rng, (1, 2))}")
    # the people quoted in this story: distinct surnames, as in real copy
    cast = [f"{first} {last}" for first, last in zip(rng.sample(FIRST, 4), rng.sample(LAST, 4))]
    for _ in range(rng.randint(*paragraphs)):
        lines += ["", _quote_paragraph(rng, cast) if dense else _paragraph(rng, cast)]
    if rng.random() < 0.5:
        lines += ["", f"Associated Press writer {_name(rng)} in {rng.choice(CITIES)[0].title()} contributed to this report."]
    return "\n".join(lines) + "\n"


def story_texts(seed: int = SEED, paragraphs: tuple[int, int] = (6, 14), dense: bool = False) -> Iterator[str]:
    rng = random.Random(seed)
    n = 0
    while True:
        n += 1
        yield story_text(rng, n, paragraphs, dense)


def corpus(n_bytes: int, seed: int = SEED, dense: bool = False) -> list[str]:
    """Stories (same seed -> same list) whose UTF-8 sizes add up to at least n_bytes.
    `dense`: quote-dense wire copy (nearly every paragraph a quotation)."""
    out, total = [], 0
    for text in story_texts(seed, dense=dense):
        out.append(text)
        total += len(text.encode("utf-8"))
        if total >= n_bytes:
            return out
    raise AssertionError("unreachable")


def write_stories(texts: list[str], folder: Path, prefix: str = "story") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts, 1):
        p = folder / f"{prefix}-{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def rundown_toml(story_paths: list[Path], n_items: int = 60, seed: int = SEED) -> str:
    """A show of n_items: opens, teases, breaks, fixed-time items and stories (paths relative to the file)."""
    rng = random.Random(seed + 1)
    out = [
        "[show]", 'title = "Bench News"', "date = 2026-11-27", 'start = "18:00:00"', 'length = "59:00"', 'talent = "AL"', "",
        "[talent.AL]", 'name = "Anna Lee"', "read_rate = 165", "",
        "[talent.MR]", 'name = "Marco Rossi"', "read_rate = 185", "",
        "[talent.ZO]", 'name = "Zoë Okonkwo-Müller"', "",
    ]
    stories = iter(story_paths)
    for n in range(n_items):
        out.append("[[item]]")
        if n == 0:
            out += ['slug = "OPEN / HEADLINES"', 'format = "OPEN"', 'duration = ":25"']
        elif n == n_items - 1:
            out += ['slug = "GOODNIGHT"', 'format = "CLOSE"', 'duration = ":15"']
        elif n % 12 == 11:
            out += [f'slug = "BREAK {n // 12 + 1}"', 'kind = "break"', 'duration = "2:00"']
        elif n % 12 == 10:
            out += [f'slug = "TEASE {n // 12 + 1}"', 'format = "TEASE"', 'talent = "MR"', 'duration = ":20"']
        elif n % 9 == 4:
            out += [f'slug = "WEATHER {n}"', 'talent = "ZO"', 'format = "LIVE"', f'duration = "{rng.randint(1, 3)}:{rng.randint(0, 59):02d}"']
        else:
            path = next(stories)
            out += [f'slug = "STORY {n}"', f'story = "{path.name}"', f'target = "{rng.randint(0, 2)}:{rng.randint(0, 59):02d}"']
            if rng.random() < 0.3:
                out.append('talent = "MR"')
            if rng.random() < 0.05:
                out.append("float = true")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":  # a quick look: python bench/corpus.py | less
    print(next(story_texts()))
