"""Linear time on any input (issue 14): every generator runs at two sizes, four times apart, and
fails when the time grows faster than about 2.5x per doubling (2.5**2 = 6.25x for 4x the input).

This measures growth, not speed: a ratio of CPU times on one machine in one run, best of three,
with the small size grown until it takes long enough to measure. Quadratic work shows as ~16x.
Inputs are generated here; speed itself is tracked in bench/.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable

import pytest

from scriptfmt.ingest import ingest_bytes
from scriptfmt.parse import parse_copy

PER_DOUBLING = 2.5
MIN_SECONDS = 0.03  # the small size is doubled until one run takes at least this long
MAX_UNITS = 1 << 16


def _best(run: Callable[[bytes], object], data: bytes, tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        gc.collect()
        gc.disable()  # the collector's pauses grow with the heap, not with our algorithm
        try:
            start = time.process_time()
            run(data)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def growth(make: Callable[[int], bytes], run: Callable[[bytes], object], units: int = 64) -> tuple[float, int]:
    """Time of `run(make(4n))` over time of `run(make(n))`, n grown until measurable."""
    while _best(run, make(units), 1) < MIN_SECONDS and units < MAX_UNITS:
        units *= 2
    small = _best(run, make(units))
    large = _best(run, make(units * 4))
    return large / max(small, 1e-9), units


def assert_linear(make: Callable[[int], bytes], run: Callable[[bytes], object]) -> int:
    """4x the input within the linear bound; the units measured at n."""
    ratio, units = growth(make, run)
    if ratio >= PER_DOUBLING**2:  # measured once more before failing: a burst of load is not a quadratic step
        ratio, units = growth(make, run)
    assert ratio < PER_DOUBLING**2, f"4x the input ({units} -> {units * 4} units) took {ratio:.1f}x the time"
    return units


def ingest(data: bytes) -> object:
    return ingest_bytes(data, "generated")


def ingest_and_parse(data: bytes) -> object:
    return parse_copy(ingest_bytes(data, "generated"))


SENTENCE = "Port officials said the cranes would run again by Monday after a week of talks."


def ninjs(body_html: str) -> bytes:
    return json.dumps({"headline": "Port reopens", "body_html": body_html}).encode()


def nitf(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Port</title></head>'
        f"<body><body.content>{body}</body.content></body></nitf>"
    ).encode()


# ---- ingest generators -------------------------------------------------------------------------

GENERATORS = {
    # one paragraph dense with <q> (item 4: the buffer was joined for every <q>)
    "html q-dense paragraph": lambda n: ninjs("<p>" + "The mayor called it <q>a fair deal</q> and <q>overdue</q>. " * n + "</p>"),
    "nitf q- and person-dense paragraph": lambda n: nitf(
        "<p>" + "<person>Ann Lee</person>, <function>mayor</function>, called it <q>a fair deal</q>. " * n + "</p>"
    ),
    "html unclosed tables": lambda n: ninjs(f"<p>{SENTENCE}</p><table>" * n),
    "plain long line": lambda n: ((SENTENCE + " ") * n * 4 + "\n").encode(),
    "plain many paragraphs": lambda n: "\n\n".join([SENTENCE] * n * 4).encode(),
    "nitf many paragraphs": lambda n: nitf(f"<p>{SENTENCE}</p>" * n * 4),
    "ninjs many paragraphs": lambda n: ninjs(f"<p>{SENTENCE}</p>" * n * 4),
    "ninjs text body many lines": lambda n: json.dumps({"headline": "Port", "body_text": "\n".join([SENTENCE] * n * 4)}).encode(),
    "cp1252 copy": lambda n: ("“Port” ".encode("cp1252") + SENTENCE.encode() + b"\n\n") * n * 4,
    "cp1252 bytes in utf-8 copy": lambda n: ("“Port” ".encode("cp1252") + "café ".encode() + SENTENCE.encode() + b"\n\n") * n * 4,
    "long digit runs": lambda n: (("9" * 999 + " ") * n).encode(),
}


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_ingest_is_linear(name):
    assert_linear(GENERATORS[name], ingest)


# ---- TOML and rundowns -------------------------------------------------------------------------


def _huge_toml(n: int) -> bytes:
    return "".join(f'"Name{i}" = "NAYM-{i}"\n' for i in range(n * 8)).encode()


def test_huge_toml_is_linear():
    from scriptfmt import tomlfile

    assert_linear(_huge_toml, lambda data: tomlfile.loads(data.decode(), "generated.toml"))


def _rundown(n: int) -> bytes:
    head = '[show]\ntitle = "Six"\nstart = "18:00:00"\nlength = "9:00:00"\n\n[talent.ann]\nname = "Ann Lee"\n\n'
    brk = 'kind = "break"\n'
    items = "".join(f'[[item]]\nslug = "STORY {i}"\ntalent = "ann"\nduration = "0:30"\n{brk if i % 10 == 9 else ""}\n' for i in range(n))
    return (head + items).encode()


def test_big_rundown_load_is_linear(tmp_path):
    from scriptfmt.rundown import load_rundown

    def run(data: bytes) -> object:
        path = tmp_path / "show.toml"
        path.write_bytes(data)
        return load_rundown(path)

    assert_linear(_rundown, run)


# ---- parser generators (issue 14 items 1-3: merging narration, backtracking patterns, attribution) --


def test_consecutive_narration_paragraphs_parse_linearly():
    assert_linear(lambda n: ("SLUG: PORT\n\n" + "\n\n".join([SENTENCE] * n * 4) + "\n").encode(), ingest_and_parse)


def test_long_space_runs_parse_linearly():
    assert_linear(lambda n: ("PORT" + " " * (n * 64) + "x\n\n[SOT" + " " * (n * 64) + "x\n\n" + SENTENCE + "\n").encode(), ingest_and_parse)


def test_shotlist_label_with_a_long_comma_run_parses_linearly():
    # a soundbite label that does not end in SAYING: its closing-SAYING test must not rescan the run from every comma
    line = "2. SOUNDBITE (English) MAREN OSTROWSKA, PORT CHIEF{}HARBOUR OFFICE: \"The plan answers the city's needs.\"\n"
    assert_linear(lambda n: ("SHOTLIST:\n1. WIDE OF HARBOUR\n" + line.format(", " * (n * 64)) + "3. CLOSE OF FERRY\n").encode(), ingest_and_parse)


def test_page_row_with_a_long_space_run_parses_linearly():
    # a web page's meta row (`Postmedia News • Feb 04, 2022`): its separator must not rescan a space run from every space
    assert_linear(lambda n: ("The council met on Monday.\n\nPostmedia News" + " " * (n * 64) + "x • Feb 04, 2022\n\nThe vote is next week.\n").encode(), ingest_and_parse)


def test_caps_byline_with_a_long_space_run_parses_linearly():
    # a print byline in capitals after a dash (`- SAMANTHA BEATTIE AND …`): its name joins must not rescan a space run
    assert_linear(lambda n: ("The council met on Monday.\n\n- SAMANTHA" + " " * (n * 64) + "BEATTIE\n\nThe vote is next week.\n").encode(), ingest_and_parse)


def test_scare_quote_dense_paragraph_parses_linearly():
    assert_linear(lambda n: ("The so-called “deal” was a “fair” one, the “union” said. " * n + "\n").encode(), ingest_and_parse)


def test_whole_story_pipeline_is_linear(tmp_path):
    """Read, parse, time and lay out bites, as `format` does, on the bundled story repeated."""
    from pathlib import Path

    from scriptfmt.bites import lay_out_bites
    from scriptfmt.pipeline import load_story
    from scriptfmt.styles import load_style

    story = (Path(__file__).resolve().parent.parent / "examples" / "harbor-strike.txt").read_text(encoding="utf-8")
    style = load_style("tv")

    def run(data: bytes) -> object:
        path = tmp_path / "s.txt"
        path.write_bytes(data)
        return lay_out_bites(load_story(str(path), style), None, style)

    assert_linear(lambda n: (story * max(1, n // 16)).encode(), run)


def _archive(n: int) -> bytes:
    """Many distinct wire stories in one file (an archive dump): every paragraph's text differs."""
    names = ["Dana Whitfield", "Ramon Okafor", "Helen Marsh", "Tomás Ruiz", "Priya Raghunathan"]
    paras = []
    for i in range(n * 4):
        name = names[i % len(names)]
        paras.append(f"Crews cleared {i + 3} miles of road and ${i + 12} million in damage by {i % 12 + 1}:30 p.m. Tuesday.")
        paras.append(f"“We expect {i + 40} more crews by Friday,” said {name}, the county fire chief. “Story {i} is not over.”")
    return ("SLUG: ARCHIVE\n\n" + "\n\n".join(paras) + "\n").encode()


def test_one_big_story_parses_and_times_linearly():
    """Parse + time of one big file grows with its size (bench: one 8 MB file against one 1 MB file).
    The spoken-word cache is emptied before each run, so every size counts every text; GC is off."""

    from scriptfmt.broadcast.spoken import _count_cached
    from scriptfmt.styles import load_style
    from scriptfmt.timing import time_story

    style = load_style("tv")

    def run(data: bytes) -> object:
        _count_cached.cache_clear()
        gc.disable()
        try:
            return time_story(parse_copy(ingest_bytes(data, "archive.txt")), style.read_rate_wpm)
        finally:
            gc.enable()

    assert_linear(_archive, run)


def test_guest_turn_with_unclosed_quotation_marks_parses_linearly():
    # a guest's line of German quotes (`„ja“`: `“` closes) or of marks nothing closes: the test for words outside
    # quotation marks (parse/standfirst.py `reported`) must not rescan the rest of the line from every mark
    head = (
        "JOHN REED, HOST: Good evening.\n\nANN MENSAH, PORT CHIEF: Thank you for having me.\n\n"
        "JOHN REED, HOST: What happened?\n\nANN MENSAH, PORT CHIEF: Well, the cranes stopped.\n\n"
    )
    assert_linear(lambda n: (head + "Sie sagte „ja“ und “nein " * (n * 16) + "\n").encode(), ingest_and_parse)


def test_briefing_header_names_in_a_long_capitals_line_are_linear():
    # `CONFERENCIA DE PRENSA DEL PRESIDENTE … JOSÉ MARÍA AZNAR, …`: the two words before each word are the line's
    # tokens, split once (parse/briefing.py `names_with_offices` split the line again for every word)
    from scriptfmt.parse.briefing import names_with_offices

    assert_linear(lambda n: ("RUEDA DE PRENSA DEL PRESIDENTE " + "JOSE MARIA AZNAR LOPEZ, " * (n * 4)).encode(), lambda data: names_with_offices(data.decode()))


def test_script_or_transcript_test_with_many_distinct_labels_is_linear():
    # a role label (`HOST:`) and many guests' labels, each name once: whether a name comes twice is one set, not a
    # count of every name over every label (parse/evidence.py `outranks_script`)
    from scriptfmt.parse.evidence import outranks_script

    def labels(n: int) -> bytes:
        names = ("JOHN SMITH" + "".join(chr(65 + (i // 26**k) % 26) for k in range(4)) for i in range(n * 16))
        return "\n".join(["HOST: Hello.", "(SOUNDBITE OF MUSIC)", *(f"{name}: Yes." for name in names)]).encode()

    assert_linear(labels, lambda data: outranks_script(data.decode().split("\n"), {}))


def test_header_names_in_a_long_run_of_capitalised_words_are_linear():
    # `Prime Minister John Mary Peter …`: each later word of a name just found starts only the name's tail; names_in
    # (parse/headnames.py) must not run the name out again from every word of it
    from scriptfmt.parse.headnames import names_in

    assert_linear(lambda n: ("President " + "John Mary Peter Paul " * (n * 4)).encode(), lambda data: names_in(data.decode()))


def test_counting_a_persons_mentions_is_linear():
    # `the minister said` asks how often each person near was named (parse/resolve.py `_the_one_about`): a count kept as
    # the story names them, not a walk of the whole timeline per question
    from scriptfmt.parse.people import Person, Tracker

    def run(data: bytes) -> object:
        tracker, people = Tracker(), [Person("", ["Ann", f"Lee{i}"], f"lee{i}", "ann") for i in range(len(data))]
        for k, person in enumerate(people):
            tracker.seen(person, k, k)
        return [tracker.mentions_of(person) for person in people]

    assert_linear(lambda n: b"x" * (n * 16), run)


def test_a_name_mentioned_many_times_on_one_line_is_checked_linearly():
    # `the Ana Ruiz government … the Ana Ruiz government …`: each mention's few characters around it, not two copies of
    # the rest of the line per mention (parse/standfirst.py `_modifier`)
    from scriptfmt.parse import standfirst

    assert_linear(lambda n: ("The Ana Ruiz government and " * (n * 4)).encode(), lambda data: standfirst._modifier("Ana Ruiz", [data.decode()]))  # noqa: SLF001


def test_a_super_longer_than_any_persons_name_is_not_completed_from_the_copy():
    # `Ana Ana Ana …` as a super: a run of more words than a person's name has is no name to complete; looking it up at
    # every mention of its first word compared the whole run there each time (parse/shotnames.py `FullNames.written`)
    from scriptfmt.parse.shotnames import FullNames

    assert_linear(lambda n: ("Ana " * (n * 4)).encode(), lambda data: FullNames(data.decode()).written(data.decode()))


def _surname(i: int) -> str:
    letters = ""
    while True:
        letters, i = letters + "abcdefghijklmnopqrstuvwxyz"[i % 26], i // 26
        if not i:
            return "Smith" + letters


def _role_story(n: int) -> bytes:
    paragraphs = [f'Mary {_surname(i)}, a minister, said the plan works. "It works," the minister said.' for i in range(n)]
    return ("\n\n".join(paragraphs) + "\n").encode()


def test_a_long_story_of_role_noun_attributions_parses_linearly():
    # n people, each `Mary Smithxx, a minister,` then `the minister said`: a guard on the whole parse (at the sizes this
    # test can afford, the per-person scans below are a small share of it; the next test isolates them)
    assert_linear(_role_story, ingest_and_parse)


def test_role_noun_and_name_lookups_are_indexed():
    # each name is looked up by its given name and surname and each `the minister said` by role (parse/people.py
    # `person_for`, `by_role`): indexes kept as people are added, not a walk over everyone named so far
    from scriptfmt.parse.people import Tracker

    def run(data: bytes) -> object:
        tracker, found = Tracker(), []
        for i in range(len(data)):
            tracker.add_hint(f"Mary {_surname(i)}", "minister")
            tracker.seen(tracker.people[-1], i, i)
            found.append(tracker.by_role("minister", None)[0])
        return found

    assert_linear(lambda n: b"x" * (n * 4), run)


def _grows_linearly_at_each_step(make: Callable[[int], bytes], run: Callable[[bytes], object]) -> None:
    """n, 4n and 16n: each step of four times the input within the linear bound (a quadratic walk
    hidden behind a constant at n shows at 16n)."""
    units = assert_linear(make, run)
    large = _best(run, make(units * 16))
    step = large / max(_best(run, make(units * 4)), 1e-9)
    if step >= PER_DOUBLING**2:  # measured once more before failing: a burst of load is not a quadratic step
        step = _best(run, make(units * 16)) / max(_best(run, make(units * 4)), 1e-9)
    assert step < PER_DOUBLING**2, f"{units * 4} -> {units * 16} units took {step:.1f}x the time"


def test_role_nouns_nobody_holds_and_people_near_them_are_looked_up_not_walked():
    # a story naming thousands of people, each followed by `the official said` (a role no one holds: parse/people.py
    # `by_role` walked everyone named before it looked anything up) and weighing the people of the last sentences
    # (parse/resolve.py `_the_one_about`: Tracker.seen_since, from the recency heap, not a walk over everyone)
    from scriptfmt.parse.people import Tracker

    def run(data: bytes) -> object:
        tracker, found = Tracker(), []
        for i in range(len(data)):
            tracker.add_hint(f"Mary {_surname(i)}", "minister" if i % 2 else None)
            tracker.seen(tracker.people[-1], i, i)
            found.append((tracker.by_role("official", None), tracker.seen_since(i - 4)))
        return found

    _grows_linearly_at_each_step(lambda n: b"x" * (n * 4), run)

