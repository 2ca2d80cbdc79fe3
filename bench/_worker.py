"""One measured job in a fresh process, for bench/run.py (not meant to be run by hand).

    python bench/_worker.py TASK ARGS.json

prints one line of JSON on stdout. Tasks:
  parse    load_story() on every file of a list (what `scriptfmt time F1 F2 …` does, minus the
           printing), `repeats` times in this process; seconds of each repetition
  render   load_story() on every file, then write_pdf / write_docx of them all as one book;
           seconds of the imports, the loading and the render
  rundown  load_rundown() then write_rundown_pdf(); seconds of each
  plan     how many stories of the seeded stream fill `pages` TV split pages
  canvas   the baseline: a bare reportlab canvas drawing the same lines on the same pages (lines
           given as JSON: pages of [x, y, font, size, text]) with the same embedded font
  modules  run the CLI's main(argv) and list the heavy third-party packages it imported
Any task takes "profile": N to add the top N entries of a cProfile of the timed part.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

T_START = time.perf_counter()

HEAVY = ("reportlab", "docx", "lxml", "PIL", "pypdf", "rich", "pydantic", "shellingham", "requests")


def _profiled(fn, top: int, sort: str = "tottime", only: str | None = None):
    """Run fn under cProfile; return (result, text of the top entries by `sort`, own time per module)."""
    import cProfile
    import io
    import pstats

    prof = cProfile.Profile()
    result = prof.runcall(fn)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats(sort).print_stats(*([only] if only else []), top)
    lines = buf.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    table = "\n".join(_shorten(line.rstrip()) for line in lines[start:] if line.strip())
    per_file: dict[str, float] = {}
    total = 0.0
    for (filename, _line, _name), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():
        key = _short(filename)
        per_file[key] = per_file.get(key, 0.0) + tt
        total += tt
    modules = sorted(per_file.items(), key=lambda kv: -kv[1])[:top]
    return result, {"sort": sort, "functions": table, "modules": [[k, round(v, 4), round(v / total, 4) if total else 0] for k, v in modules], "total": round(total, 4)}


def _shorten(line: str) -> str:
    """Paths in a pstats line relative to site-packages / the folder holding scriptfmt / the stdlib."""
    import os
    import sysconfig

    import scriptfmt

    prefixes = [os.path.dirname(os.path.dirname(scriptfmt.__file__)) + "/", sysconfig.get_paths()["purelib"] + "/", sysconfig.get_paths()["stdlib"] + "/"]
    for prefix in prefixes:
        line = line.replace(prefix, "")
    return line


def _short(filename: str) -> str:
    """site-packages/reportlab/pdfgen/canvas.py -> reportlab/pdfgen/canvas.py; ~ for built-ins."""
    for marker in ("site-packages/", "/scriptfmt/", "/lib/python3"):
        k = filename.find(marker)
        if k >= 0:
            tail = filename[k + len(marker):]
            if marker == "/scriptfmt/":
                return "scriptfmt/" + tail
            if marker == "/lib/python3":
                return "stdlib/" + tail.split("/", 1)[-1]
            return tail
    return "(built-ins: regex, str, list … methods)" if filename == "~" else filename


def _style():
    from scriptfmt.styles import load_style

    return load_style("tv")


def task_parse(args: dict) -> dict:
    from scriptfmt.pipeline import load_story

    style = _style()
    files = args["files"]
    load_story(files[0], style)  # warm the caches the CLI fills once per process (vocabulary, style)
    _forget_counts()  # not the per-text word counts: a timed pass over the same file (one big story) must count again
    times = []

    def once():
        t = time.perf_counter()
        segments = 0
        for name in files:
            segments += len(load_story(name, style).segments)
        times.append(time.perf_counter() - t)
        return segments

    out: dict = {}
    segments = 0
    for _ in range(args.get("repeats", 1)):
        segments = once()
    if args.get("phases"):
        out["phases"] = _phases(files, style)
    if args.get("profile"):
        segments, out["profile"] = _profiled(once, args["profile"])
        times.pop()
    out.update(seconds=times, segments=segments)
    return out


def _forget_counts() -> None:
    try:
        from scriptfmt.broadcast.spoken import _count_cached

        _count_cached.cache_clear()
    except ImportError:
        pass


def _phases(files: list[str], style) -> dict | None:
    """One more pass, load_story's three stages timed apart: ingest (read + decode), parse, time."""
    try:
        from scriptfmt.ingest import read_copy
        from scriptfmt.parse import parse_copy
        from scriptfmt.pipeline import story_rate
        from scriptfmt.timing import time_story
    except ImportError:
        return None
    _forget_counts()  # the first pass filled the spoken-word cache: this pass must count again
    spent = {"ingest": 0.0, "parse": 0.0, "time": 0.0}
    kinds: dict[str, int] = {}
    for name in files:
        t0 = time.perf_counter()
        copy = read_copy(name)
        t1 = time.perf_counter()
        story = parse_copy(copy)
        t2 = time.perf_counter()
        time_story(story, story_rate(story, style), style.soundbite_wpm, style.pause_seconds)
        t3 = time.perf_counter()
        spent["ingest"] += t1 - t0
        spent["parse"] += t2 - t1
        spent["time"] += t3 - t2
        for seg in story.segments:
            kind = type(seg).__name__.lower()
            kinds[kind] = kinds.get(kind, 0) + 1
    return {**spent, "kinds": kinds}


def task_render(args: dict) -> dict:
    t0 = time.perf_counter()
    from scriptfmt.pipeline import load_story

    if args["fmt"] == "pdf":
        from scriptfmt.render.pdf import write_pdf as writer
    else:
        from scriptfmt.render.docx import write_docx as writer
    style = _style()
    t1 = time.perf_counter()
    stories = [load_story(name, style) for name in args["files"]]
    t2 = time.perf_counter()
    out: dict = {}
    if args.get("profile"):
        result, out["profile"] = _profiled(lambda: writer(stories, style, Path(args["out"])), args["profile"])
    else:
        result = writer(stories, style, Path(args["out"]))
    t3 = time.perf_counter()
    out.update(startup=t0 - T_START, imports=t1 - t0, load=t2 - t1, render=t3 - t2, result=result, stories=len(stories))
    return out


def task_rundown(args: dict) -> dict:
    t0 = time.perf_counter()
    from scriptfmt.render.rundown_pdf import write_rundown_pdf
    from scriptfmt.rundown import load_rundown

    t1 = time.perf_counter()
    out: dict = {}

    def both():
        rundown = load_rundown(args["toml"])
        t = time.perf_counter()
        write_rundown_pdf(rundown, Path(args["out"]))
        return t, len(rundown.items)

    if args.get("profile"):
        (tm, items), out["profile"] = _profiled(both, args["profile"])
    else:
        tm, items = both()
    t3 = time.perf_counter()
    out.update(imports=t1 - t0, load=tm - t1, render=t3 - tm, items=items)
    return out


def task_canvas(args: dict) -> dict:
    t0 = time.perf_counter()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    import scriptfmt.fonts

    folder = Path(scriptfmt.fonts.__file__).parent
    for name, file in (("Body", "LiberationSans-Regular.ttf"), ("Bold", "LiberationSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pages = json.loads(Path(args["lines"]).read_text(encoding="utf-8"))
    t1 = time.perf_counter()
    c = canvas.Canvas(args["out"], pagesize=(612, 792), invariant=1, initialFontName="Body")
    for page in pages:
        for x, y, bold, size, text in page:
            c.setFont("Bold" if bold else "Body", size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    t2 = time.perf_counter()
    return {"imports": t1 - t0, "render": t2 - t1, "pages": len(pages), "lines": sum(map(len, pages))}


def task_plan(args: dict) -> dict:
    """Stories of the seeded stream, parsed and timed as the CLI would, until they fill `pages` pages."""
    sys.path.insert(0, args["bench"])
    import corpus

    from scriptfmt.parse import parse_text
    from scriptfmt.pipeline import story_rate
    from scriptfmt.timing import time_story

    style = _style()
    try:
        from scriptfmt.render._layout import build_script
        from scriptfmt.render.pdf import Layout, register_fonts

        register_fonts()
        layout = Layout(style)

        def pages_of(story) -> int:
            return len(layout.paginate(build_script(story, style)))
    except (ImportError, AttributeError, TypeError):  # renderer internals changed: render a sample instead
        pages_of = None
    texts, total, counts = [], 0, []
    for text in corpus.story_texts(args["seed"], tuple(args["paragraphs"])):
        if pages_of is None:
            texts.append(text)
            if len(texts) == 40:
                break
            continue
        story = parse_text(text, f"plan-{len(texts)}")
        time_story(story, story_rate(story, style), style.soundbite_wpm, style.pause_seconds)
        texts.append(text)
        counts.append(pages_of(story))
        total += counts[-1]
        if total >= args["pages"]:
            return {"stories": len(texts), "pages": total, "method": "Layout.paginate"}
    # fallback: render 40 stories, scale
    import tempfile

    from scriptfmt.render.pdf import write_pdf

    stories = []
    for i, text in enumerate(texts):
        story = parse_text(text, f"plan-{i}")
        stories.append(time_story(story, story_rate(story, style), style.soundbite_wpm, style.pause_seconds))
    with tempfile.TemporaryDirectory() as tmp:
        pages = write_pdf(stories, style, Path(tmp) / "sample.pdf")
    n = -(-args["pages"] * len(stories) // pages)
    return {"stories": n, "pages": round(n * pages / len(stories)), "method": "sample of 40 stories, scaled"}


def task_modules(args: dict) -> dict:
    import contextlib
    import io

    compiles = {"regex": [0, 0.0], "re": [0, 0.0]}
    if args.get("compiles"):  # count and time every pattern compile (imports `regex` early: timing runs leave this off)
        import re

        import regex._main as regex_main

        def timed(lib: str, real):
            def compile_(*a, **k):
                t = time.perf_counter()
                try:
                    return real(*a, **k)
                finally:
                    compiles[lib][0] += 1
                    compiles[lib][1] += time.perf_counter() - t

            return compile_

        regex_main._compile = timed("regex", regex_main._compile)
        re._compile = timed("re", re._compile)
    sys.argv = ["scriptfmt", *args["argv"]]
    t0 = time.perf_counter()
    from scriptfmt.cli import main

    t1 = time.perf_counter()

    def run() -> int:
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                main(args["argv"])
            except SystemExit as exc:
                return exc.code if isinstance(exc.code, int) else 0
        return 0

    out: dict = {}
    if args.get("profile"):
        # cumulative, and only the lines that say where the time goes: the command, the parser's
        # stages, regex compiles, Typer's parameter coercion (which imports pydantic)
        only = r"scriptfmt/(commands|pipeline|parse/(story|builder)|timing|spoken|ingest/__init__|styles)|process_value|regex/_main.py.*(compile|_compile)|_adapters|broadcast"
        code, out["profile"] = _profiled(run, args["profile"], "cumulative", only)
    else:
        code = run()
    t2 = time.perf_counter()
    first_compiles = {k: [v[0], v[1]] for k, v in compiles.items()}
    run()  # the same command again in this process: imports done, patterns compiled, caches full
    t3 = time.perf_counter()
    loaded = sorted({m.split(".")[0] for m in sys.modules})
    out.update(exit=code, heavy=[m for m in HEAVY if m in loaded], count=len(sys.modules), import_cli=t1 - t0, run=t2 - t1, run_again=t3 - t2)
    if args.get("compiles"):
        out["compiles"] = first_compiles  # lib -> [calls, seconds], import and first run (cached calls included)
    return out


if __name__ == "__main__":
    task, args_file = sys.argv[1], sys.argv[2]  # a file: a list of 4,000 paths is too long for one argument
    result = globals()[f"task_{task}"](json.loads(Path(args_file).read_text(encoding="utf-8")))
    sys.stdout.flush()
    print("\n" + json.dumps(result))
