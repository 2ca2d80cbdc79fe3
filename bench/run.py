#!/usr/bin/env python
"""scriptfmt benchmark: start-up, parse + time throughput, render throughput and peak memory.

    python bench/run.py                      # full run, about 4 minutes; prints the table
    python bench/run.py --quick              # smaller inputs, fewer runs (a smoke test, ~40 s)
    python bench/run.py --json out.json      # also every raw sample as JSON
    python bench/run.py --markdown bench/RESULTS.md   # also the report as Markdown
    python bench/run.py --code HEAD          # measure a commit (git archive), not the working tree
    python bench/run.py --only startup,parse # some parts only (startup, parse, render, rundown)

Inputs are generated (bench/corpus.py, fixed seed) in a temporary folder, so two runs
measure the same bytes. Every figure is the median of several runs (the count is shown),
each in a fresh process started by bench/_spawn.py, so imports, caches and peak memory
(the child's ru_maxrss from os.wait4) are its own. The job in the child is either the
real CLI (`scriptfmt …`) or bench/_worker.py, which times the stages apart. A target that
is missed gets a profile in the report (-X importtime for start-up, cProfile otherwise).
Timings are wall clock: run it on a quiet machine (the load average is recorded).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import corpus

MB = 1 << 20
NOTES_MARK = "<!-- hand-written notes: bench/run.py --markdown keeps everything from this line on -->"
EXAMPLE = REPO / "examples" / "japan-us-summit.txt"
HELLO_TYPER = '''import typer

app = typer.Typer(add_completion=False)


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    print(f"hello {name}")


if __name__ == "__main__":
    app()
'''
PACKAGES = ("scriptfmt", "typer", "click", "reportlab", "rl_accel", "python-docx", "lxml", "regex", "pypdf", "pydantic")


# --- plumbing -------------------------------------------------------------------------


class _Spawner:
    """bench/_spawn.py, started once: every measured process is its child (see there why)."""

    proc: subprocess.Popen | None = None

    @classmethod
    def run(cls, argv: list[str], cwd: Path | None, out: str, err: str) -> dict:
        if cls.proc is None or cls.proc.poll() is not None:
            cls.proc = subprocess.Popen([sys.executable, str(HERE / "_spawn.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert cls.proc.stdin and cls.proc.stdout
        cls.proc.stdin.write(json.dumps({"argv": [str(a) for a in argv], "cwd": str(cwd) if cwd else None, "out": out, "err": err}) + "\n")
        cls.proc.stdin.flush()
        return json.loads(cls.proc.stdout.readline())

    @classmethod
    def close(cls) -> None:
        if cls.proc is not None and cls.proc.poll() is None:
            cls.proc.stdin.close()
            cls.proc.wait(timeout=10)


def run_process(argv: list[str], cwd: Path | None = None) -> tuple[float, int, str]:
    """Run argv to completion; (wall seconds, peak RSS in MiB of that child, stdout)."""
    with tempfile.TemporaryDirectory(prefix="run-") as d:
        out, err = os.path.join(d, "out"), os.path.join(d, "err")
        ans = _Spawner.run(argv, cwd, out, err)
        stdout = Path(out).read_text("utf-8", "replace")
        stderr = Path(err).read_text("utf-8", "replace")
    if ans["code"] != 0:
        shown = " ".join(map(str, argv[:3])) + (" …" if len(argv) > 3 else "")
        raise RuntimeError(f"{shown} exited {ans['code']}:\n{stderr[-2000:]}")
    return ans["wall"], ans["maxrss_kib"] // 1024, stdout


def worker(task: str, args: dict, cwd: Path | None = None) -> tuple[float, int, dict]:
    """bench/_worker.py TASK in a fresh process: (wall seconds, peak RSS MiB, its JSON answer)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(args, f)
    try:
        wall, rss, stdout = run_process([sys.executable, str(HERE / "_worker.py"), task, f.name], cwd=cwd)
    finally:
        os.unlink(f.name)
    return wall, rss, json.loads(stdout.strip().splitlines()[-1])


def med(xs: list[float]) -> float:
    return statistics.median(xs)


SNAPSHOT: dict = {}  # set by --code: the snapshot's entry script


def scriptfmt_command() -> list[str]:
    """The installed console script next to this Python (not a pyenv/asdf shim, which adds its own start-up)."""
    if SNAPSHOT:
        return [sys.executable, SNAPSHOT["entry"]]
    beside = Path(sys.executable).parent / "scriptfmt"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("scriptfmt")
    return [found] if found else [sys.executable, "-m", "scriptfmt"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --- machine --------------------------------------------------------------------------


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / MB:.1f} GiB"
    except OSError:
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    git = {}
    try:
        git["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "scriptfmt", "styles"], cwd=REPO, capture_output=True, text=True, check=False).stdout
        git["uncommitted"] = sorted(line[3:] for line in dirty.splitlines())
    except OSError:
        pass
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory": mem,
        "python": f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        "os": platform.platform(),
        "packages": versions,
        "git": git,
        "loadavg_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def snapshot(rev: str, tmp: Path) -> dict:
    """`git archive REV` into tmp/code, importable through PYTHONPATH ahead of the installed scriptfmt.

    For a shared working tree that others are editing: measure a commit, not half-saved files.
    The entry script does what the console script does (`from scriptfmt.cli import main; main()`)."""
    code = tmp / "code"
    code.mkdir()
    commit = subprocess.run(["git", "rev-parse", rev], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    archive = subprocess.run(["git", "archive", commit, "scriptfmt", "styles"], cwd=REPO, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
    shutil.copytree(code / "styles", code / "scriptfmt" / "styledata")  # what the package-dir mapping does on install
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code)], check=True)  # as pip does on install
    entry = tmp / "scriptfmt_entry.py"
    entry.write_text("import sys\nfrom scriptfmt.cli import main\n\nif __name__ == '__main__':\n    sys.exit(main())\n")
    os.environ["PYTHONPATH"] = str(code) + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")
    check = subprocess.run([sys.executable, "-c", "import scriptfmt, scriptfmt.styles as s; print(scriptfmt.__file__); print(s.builtin_dir())"],
                           cwd=tmp, capture_output=True, text=True, check=True).stdout.split()
    if not all(line.startswith(str(code)) for line in check):
        raise RuntimeError(f"--code {rev}: the snapshot is not what gets imported: {check}")
    return {"rev": rev, "commit": commit[:7], "entry": str(entry), "path": str(code)}


# --- 1. start-up ----------------------------------------------------------------------


def bench_startup(tmp: Path, runs: int) -> dict:
    hello = tmp / "hello_typer.py"
    hello.write_text(HELLO_TYPER)
    sf = scriptfmt_command()
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "Typer hello-world": [sys.executable, str(hello)],
        "Typer hello-world --help": [sys.executable, str(hello), "--help"],
        "scriptfmt --help": [*sf, "--help"],
        "scriptfmt time example": [*sf, "time", str(EXAMPLE)],
    }
    samples: dict[str, list[float]] = {k: [] for k in cases}
    for r in range(runs + 2):  # round-robin, so drift in machine load hits every case alike; 2 warm-ups
        for name, argv in cases.items():
            wall, _, _ = run_process(argv, cwd=tmp)
            if r >= 2:
                samples[name].append(wall)
    base = med(samples["Typer hello-world"])
    rows = {name: {"median": med(s), "min": min(s), "runs": len(s), "ratio_to_typer": med(s) / base, "samples": s} for name, s in samples.items()}
    # which heavy libraries each CLI path imports
    modules = {}
    for label, argv in (("scriptfmt time example", ["time", str(EXAMPLE)]), ("scriptfmt --help", ["--help"])):
        _, _, res = worker("modules", {"argv": argv}, cwd=tmp)
        modules[label] = res
    return {"command": sf, "cases": rows, "modules": modules}


def import_profile(args: list[str], runs: int = 3) -> dict[str, float]:
    """`python -X importtime ARGS`: own import time per top-level package (per module for scriptfmt), ms, median of runs."""
    per: dict[str, list[int]] = {}
    for r in range(runs):
        # not in the repo: `-c` puts the working folder first on sys.path, and --code must not import the live tree
        proc = subprocess.run([sys.executable, "-X", "importtime", *args], cwd=tempfile.gettempdir(), capture_output=True, text=True, check=False)
        this: dict[str, int] = {}
        for line in proc.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_us, _cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            top = name if name.startswith("scriptfmt") else name.split(".")[0]
            this[top] = this.get(top, 0) + int(self_us)
        for k, v in this.items():
            per.setdefault(k, [0] * r).append(v)
        for values in per.values():
            if len(values) < r + 1:
                values.append(0)
    return {k: med(v) / 1000 for k, v in per.items()}


def startup_imports(tmp: Path, top: int) -> dict:
    """Own import time per package, side by side: Typer hello-world, `scriptfmt time example`, `scriptfmt --help`."""
    main_code = "import sys; from scriptfmt.cli import main; sys.argv = ['scriptfmt', *sys.argv[1:]]; main()"
    cols = {
        "Typer hello-world": import_profile([str(tmp / "hello_typer.py")]),
        "scriptfmt time example": import_profile(["-c", main_code, "time", str(EXAMPLE)]),
        "scriptfmt --help": import_profile(["-c", main_code, "--help"]),
    }
    names = sorted(set().union(*cols.values()), key=lambda k: -cols["scriptfmt time example"].get(k, 0))
    rows = [[k] + [round(c.get(k, 0.0), 1) for c in cols.values()] for k in names[:top]]
    ours = [round(sum(v for k, v in c.items() if k.startswith("scriptfmt")), 1) for c in cols.values()]
    rows.append(["all scriptfmt modules"] + ours)
    rows.append(["everything imported"] + [round(sum(c.values()), 1) for c in cols.values()])
    return {"columns": list(cols), "rows": rows}


# --- 2. parse + time ------------------------------------------------------------------


def bench_parse(tmp: Path, sizes: list[int], runs: int, one_story_sizes: list[int]) -> dict:
    """MB/s of load_story over 1 … 10 MB of story files, and over one file holding it all.

    Runs are interleaved across sizes (1, 2, 4 …, 1, 2, 4 …), each in a fresh process, so
    that a change in machine load hits every size alike and the linearity ratio stays honest.
    Small corpora get two extra runs: they are cheap and the most sensitive to noise."""
    texts = corpus.corpus(max(sizes) * MB)
    paths = corpus.write_stories(texts, tmp / "corpus", "wire")
    sizes_bytes = [p.stat().st_size for p in paths]

    def prefix(mb: int) -> tuple[int, int]:  # the 1 MB corpus is the first stories of the 10 MB one
        n, total = 0, 0
        while total < mb * MB:
            total += sizes_bytes[n]
            n += 1
        return n, total

    jobs = []  # (kind, mb, files, bytes, stories, runs)
    for mb in sizes:
        n, total = prefix(mb)
        jobs.append(("per_file", mb, [str(p) for p in paths[:n]], total, n, runs + 2 if mb <= 4 else runs))
    for mb in one_story_sizes:
        n, _ = prefix(mb)
        big = tmp / f"one-story-{mb}mb.txt"
        big.write_text("\n".join(texts[:n]), encoding="utf-8")
        jobs.append(("one_story", mb, [str(big)], big.stat().st_size, 1, runs))
    samples: dict = {(kind, mb): [] for kind, mb, *_ in jobs}
    extra: dict = {}
    log(f"  parse+time: {', '.join(f'{mb} MB' for mb in sizes)} of story files; {', '.join(f'{mb} MB' for mb in one_story_sizes)} as one file; interleaved …")
    for r in range(max(j[5] for j in jobs)):
        for kind, mb, files, _total, _n, k in jobs:
            if r >= k:
                continue
            _, rss, res = worker("parse", {"files": files, "repeats": 1, "phases": r == 0 and kind == "per_file" and mb == 1})
            samples[(kind, mb)].append(res["seconds"][0])
            extra.setdefault((kind, mb), {"segments": res["segments"], "rss": 0})["rss"] = max(rss, extra.get((kind, mb), {}).get("rss", 0))
            if res.get("phases"):
                extra["phases_1mb"] = res["phases"]
    dense = corpus.write_stories(corpus.corpus(MB, corpus.SEED + 3, dense=True), tmp / "dense", "dense")
    dense_bytes = sum(p.stat().st_size for p in dense)
    log("  parse+time: 1 MB of quote-dense story files …")
    dense_runs = [worker("parse", {"files": [str(p) for p in dense], "repeats": 1})[2]["seconds"][0] for _ in range(runs + 2)]
    out: dict = {"per_file": {}, "one_story": {}, "dense": {"bytes": dense_bytes, "stories": len(dense), "median": med(dense_runs),
                                                            "mb_per_s": dense_bytes / MB / med(dense_runs), "samples": dense_runs}}
    for kind, mb, _files, total, n, _k in jobs:
        xs = samples[(kind, mb)]
        t = med(xs)
        out[kind][mb] = {"bytes": total, "stories": n, "segments": extra[(kind, mb)]["segments"], "median": t, "min": min(xs), "runs": len(xs),
                         "mb_per_s": total / MB / t, "peak_rss_mib": extra[(kind, mb)]["rss"], "samples": xs}
    if "phases_1mb" in extra:
        out["phases_1mb"] = extra["phases_1mb"]
    return out


# --- 3. render ------------------------------------------------------------------------


def count_pdf_pages(path: Path) -> int | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(str(path)).pages)


def format_available(sf: list[str]) -> bool:
    proc = subprocess.run([*sf, "format", "--help"], capture_output=True, text=True, check=False)
    return proc.returncode == 0


def libreoffice_pages(docx: Path, tmp: Path) -> int | None:
    """Pages of a DOCX as LibreOffice lays it out (converted to PDF once, not timed); None without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    outdir = tmp / "libreoffice"
    try:
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(docx)], capture_output=True, timeout=300, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    converted = outdir / (docx.stem + ".pdf")
    return count_pdf_pages(converted) if converted.exists() else None


def bench_render(tmp: Path, pages_target: int, runs: int, libreoffice: bool = True) -> dict:
    sf = scriptfmt_command()
    _, _, plan = worker("plan", {"bench": str(HERE), "seed": corpus.SEED + 7, "paragraphs": [6, 14], "pages": pages_target})
    stream = corpus.story_texts(corpus.SEED + 7)
    texts = [next(stream) for _ in range(plan["stories"])]
    book = tmp / "book"
    paths = [str(p) for p in corpus.write_stories(texts, book, "book")]
    out: dict = {"plan": plan, "stories": len(paths), "bytes": sum(Path(p).stat().st_size for p in paths)}
    has_format = format_available(sf)
    out["cli_format"] = has_format
    for fmt in ("pdf", "docx"):
        target = tmp / f"book.{fmt}"
        entry: dict = {}
        log(f"  {fmt.upper()} script book, {len(paths)} stories …")
        # (a) render job in a fresh process: imports, load_story of every file, write_pdf/write_docx
        walls, rsss, phases, canvas = [], [], [], []
        for r in range(runs):
            wall, rss, res = worker("render", {"fmt": fmt, "files": paths, "out": str(target)})
            walls.append(wall)
            rsss.append(rss)
            phases.append(res)
            if fmt == "pdf":  # the baseline right after each render: a change in machine load hits both alike
                canvas.append(bench_canvas(target, tmp, first=r == 0))
        entry["job"] = {
            "median": med(walls), "runs": runs, "peak_rss_mib": max(rsss), "samples": walls,
            "imports": med([p["imports"] for p in phases]), "load": med([p["load"] for p in phases]),
            "render": med([p["render"] for p in phases]), "render_samples": [p["render"] for p in phases],
        }
        pages = count_pdf_pages(target) if fmt == "pdf" else None
        entry["pages"] = pages if pages is not None else plan["pages"]
        entry["pages_per_s"] = entry["pages"] / entry["job"]["render"]
        if fmt == "pdf" and pages:
            entry["canvas"] = canvas_summary(canvas)
        entry["pages_counted"] = pages is not None
        if fmt == "docx" and libreoffice:
            entry["libreoffice_pages"] = libreoffice_pages(target, tmp)
        entry["bytes"] = target.stat().st_size
        # (b) the real command: scriptfmt format … --combine -o book.pdf
        if has_format:
            walls, rsss = [], []
            try:
                for _ in range(runs):
                    wall, rss, _ = run_process([*sf, "format", *paths, "--combine", "-o", str(target)], cwd=tmp)
                    walls.append(wall)
                    rsss.append(rss)
            except RuntimeError as exc:
                log(f"  scriptfmt format FAILED: {exc}")
                entry["cli_error"] = str(exc)
            else:
                entry["cli"] = {"median": med(walls), "runs": runs, "peak_rss_mib": max(rsss), "samples": walls}
                if fmt == "pdf":
                    entry["cli_pages"] = count_pdf_pages(target)
        out[fmt] = entry
    return out


def page_lines(pdf: Path) -> list[list[list]]:
    """Every text line drawn on each page of a PDF: [x, y, bold, size, text] (for the canvas baseline)."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(str(pdf)).pages:
        lines: list[list] = []

        def visit(text, cm, tm, font, size, lines=lines):
            if text.strip():
                bold = "Bold" in str((font or {}).get("/BaseFont", ""))
                lines.append([round(tm[4] * cm[0] + cm[4], 2), round(tm[5] * cm[3] + cm[5], 2), bold, round(size * (tm[0] or 1), 2), text.strip("\n")])

        page.extract_text(visitor_text=visit)
        pages.append(lines)
    return pages


def bench_canvas(pdf: Path, tmp: Path, first: bool) -> dict:
    """One run of the same lines on the same pages drawn by a bare reportlab canvas: the floor
    for our renderer. The lines are read from the PDF once (first=True)."""
    lines = tmp / "canvas-lines.json"
    if first:
        pages = page_lines(pdf)
        lines.write_text(json.dumps(pages), encoding="utf-8")
        log(f"  bare-canvas baseline, {len(pages)} pages, {sum(map(len, pages))} lines, after each PDF run …")
    return worker("canvas", {"lines": str(lines), "out": str(tmp / "canvas.pdf")})[2]


def canvas_summary(runs: list[dict]) -> dict:
    render = med([r["render"] for r in runs])
    pages = runs[0]["pages"]
    return {"pages": pages, "lines": runs[0].get("lines"), "render": render, "pages_per_s": pages / render,
            "samples": [r["render"] for r in runs]}


def bench_rundown(tmp: Path, items: int, runs: int) -> dict:
    sf = scriptfmt_command()
    show = tmp / f"show-{items}"
    stream = corpus.story_texts(corpus.SEED + 11, (3, 7))  # rundown stories are short: 20 s to 2 min
    texts = [next(stream) for _ in range(items)]  # more than the items that take one
    paths = corpus.write_stories(texts, show, "item")
    toml = show / "rundown.toml"
    text = corpus.rundown_toml(paths, items)
    toml.write_text(text, encoding="utf-8")
    with_story = sum(line.startswith("story = ") for line in text.splitlines())
    out_pdf = tmp / f"rundown-{items}.pdf"
    log(f"  rundown PDF, {items} items …")
    # (a) the job in a fresh process: imports, load_rundown (reads, parses and times the stories), write_rundown_pdf
    jobs = [worker("rundown", {"toml": str(toml), "out": str(out_pdf)}) for _ in range(runs)]
    out = {
        "items": items, "with_story": with_story, "toml": str(toml), "pages": count_pdf_pages(out_pdf),
        "job": {"median": med([w for w, _, _ in jobs]), "runs": runs, "peak_rss_mib": max(r for _, r, _ in jobs), "samples": [w for w, _, _ in jobs]},
        "imports": med([p["imports"] for _, _, p in jobs]), "load": med([p["load"] for _, _, p in jobs]), "render": med([p["render"] for _, _, p in jobs]),
    }
    # (b) the real command
    walls, rsss = [], []
    try:
        for _ in range(runs):
            wall, rss, _ = run_process([*sf, "rundown", str(toml), "-o", str(out_pdf)], cwd=tmp)
            walls.append(wall)
            rsss.append(rss)
    except RuntimeError as exc:
        log(f"  scriptfmt rundown FAILED: {exc}")
        out["cli_error"] = str(exc)
    else:
        out["cli"] = {"median": med(walls), "runs": runs, "peak_rss_mib": max(rsss), "samples": walls}
    return out


# --- targets, profiles, report --------------------------------------------------------


def targets(res: dict) -> list[dict]:
    """Each target of the speed issue: what, measured, limit, met."""
    rows = []

    def add(key: str, what: str, value, limit: str, met: bool | None, shown: str) -> None:
        rows.append({"key": key, "what": what, "value": value, "target": limit, "met": met, "shown": shown})

    st = res.get("startup")
    if st:
        for key, name in (("startup_time", "scriptfmt time example"), ("startup_help", "scriptfmt --help")):
            r = st["cases"][name]["ratio_to_typer"]
            add(key, f"`{name}` / Typer hello-world", r, "≤ 1.15×", r <= 1.15, f"{r:.2f}× ({st['cases'][name]['median'] * 1000:.0f} ms)")
        heavy = st["modules"]["scriptfmt time example"]["heavy"]
        render_libs = [m for m in heavy if m in ("reportlab", "docx", "lxml", "PIL")]
        add("time_imports", "`scriptfmt time` imports no renderer", render_libs, "none of reportlab, docx", not render_libs,
            "none" if not render_libs else ", ".join(render_libs))
    pa = res.get("parse")
    if pa:
        _parse_targets(pa, add)
    rd = res.get("render")
    if rd:
        _render_targets(rd, add)
    ru = res.get("rundown")
    if ru:
        whole = ru.get("cli") or ru["job"]
        how = "`scriptfmt rundown`" if "cli" in ru else "rundown job (imports + load + render)"
        add("rundown_pdf", f"{ru['items']}-item rundown PDF, whole process, {how}", whole["median"], "< 2 s", whole["median"] < 2, f"{whole['median']:.2f} s")
    small, big = res.get("rundown"), res.get("rundown_big")
    if small and big:
        per = [(r["load"] + r["render"]) / r["items"] for r in (small, big)]
        ratio = per[1] / per[0]
        add("rundown_linear", f"rundown load + render per item, {big['items']} items / {small['items']} items", ratio, "≤ 1.25×",
            ratio <= 1.25, f"{ratio:.2f}× ({per[0] * 1000:.2f} → {per[1] * 1000:.2f} ms per item)")
    return rows


def _parse_targets(pa: dict, add) -> None:
    sizes = sorted(pa["per_file"], key=float)
    big = pa["per_file"][sizes[-1]]
    add("parse_throughput", f"parse + time, {sizes[-1]} MB of story files", big["mb_per_s"], "≥ 5 MB/s", big["mb_per_s"] >= 5,
        f"{big['mb_per_s']:.2f} MB/s ({big['median']:.1f} s)")
    if "dense" in pa:
        d = pa["dense"]
        add("parse_dense", "parse + time, 1 MB of quote-dense story files", d["mb_per_s"], "≥ 5 MB/s", d["mb_per_s"] >= 5,
            f"{d['mb_per_s']:.2f} MB/s ({d['median']:.2f} s)")
    one = pa.get("one_story", {})
    if 1 in one and 8 in one:
        r = one[8]["median"] / one[1]["median"]
        add("parse_linear", "parse + time, one 8 MB file / one 1 MB file (medians)", r, "≤ 9×", r <= 9, f"{r:.2f}×")


def _render_targets(rd: dict, add) -> None:
    pdf, docx = rd["pdf"], rd["docx"]
    add("pdf_pages_per_s", f"{pdf['pages']:,}-page TV PDF book, render pages per second", pdf["pages_per_s"], "≥ 400 pages/s",
        pdf["pages_per_s"] >= 400, f"{pdf['pages_per_s']:.0f} pages/s ({pdf['job']['render']:.2f} s)")
    canvas = pdf.get("canvas")
    if canvas:
        r = pdf["pages_per_s"] / canvas["pages_per_s"]
        add("pdf_vs_canvas", "PDF book render / bare reportlab canvas drawing the same lines", r, "≥ 0.7×", r >= 0.7,
            f"{r:.2f}× (canvas {canvas['pages_per_s']:.0f} pages/s)")
    whole = docx.get("cli") or docx["job"]
    add("docx_book", f"{docx['pages']:,}-page DOCX book, whole process", whole["median"], "< 2 s", whole["median"] < 2, f"{whole['median']:.2f} s")
    for fmt, e in (("pdf", pdf), ("docx", docx)):
        whole = e.get("cli") or e["job"]
        peak = max(whole["peak_rss_mib"], e["job"]["peak_rss_mib"])
        add(f"{fmt}_memory", f"{fmt.upper()} book peak memory (max RSS)", peak, "< 200 MB", peak < 200, f"{peak} MiB")


def profiles(res: dict, tmp: Path, missed: set[str], top: int) -> dict:
    out = {}
    if missed & {"startup_time", "startup_help"}:
        log("  profiling start-up imports …")
        out["startup"] = startup_imports(tmp, top)
        out["startup_compiles"] = worker("modules", {"argv": ["time", str(EXAMPLE)], "compiles": True}, cwd=tmp)[2].get("compiles")
        out["startup_run"] = worker("modules", {"argv": ["time", str(EXAMPLE)], "profile": 30}, cwd=tmp)[2]["profile"]
    if missed & {"parse_throughput", "parse_linear"}:
        log("  profiling parse + time (1 MB) …")
        listing = sorted(str(p) for p in (tmp / "corpus").glob("wire-*.txt"))
        n, total = 0, 0
        while total < MB:
            total += Path(listing[n]).stat().st_size
            n += 1
        out["parse"] = worker("parse", {"files": listing[:n], "repeats": 0, "profile": top})[2]["profile"]
    for fmt in ("pdf", "docx"):
        if missed & {f"{fmt}_book", f"{fmt}_memory"}:
            log(f"  profiling the {fmt.upper()} render …")
            paths = sorted(str(p) for p in (tmp / "book").glob("book-*.txt"))
            out[fmt] = worker("render", {"fmt": fmt, "files": paths, "out": str(tmp / f"profile.{fmt}"), "profile": top})[2]["profile"]
    if "rundown_pdf" in missed:
        log("  profiling the rundown …")
        out["rundown"] = worker("rundown", {"toml": res["rundown"]["toml"], "out": str(tmp / "profile-rundown.pdf"), "profile": top})[2]["profile"]
    return out


def _table(rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        head, *body = rows
        return "\n".join(["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"] + ["| " + " | ".join(r) + " |" for r in body])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(res: dict, markdown: bool = False) -> str:
    m = res["machine"]
    md = markdown
    out = []
    h = (lambda t: f"\n## {t}\n") if md else (lambda t: f"\n{t}\n{'=' * len(t)}")
    pk = ", ".join(f"{k} {v}" for k, v in m["packages"].items() if v)
    git = m.get("git", {})
    dirty = git.get("uncommitted") or []
    out.append(("# scriptfmt benchmark\n\n" if md else "scriptfmt benchmark\n") + (
        f"{'- ' if md else ''}date: {m['date']}{' (quick run: smaller inputs, fewer runs)' if res['quick'] else ''}\n"
        f"{'- ' if md else ''}machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['memory']} RAM; {m['os']}\n"
        f"{'- ' if md else ''}python: {m['python']}\n"
        f"{'- ' if md else ''}packages: {pk}\n"
        f"{'- ' if md else ''}code: commit {git.get('commit', '?')}"
        + (f" ({git['snapshot']}, measured from a `git archive` snapshot: uncommitted edits excluded)" if git.get("snapshot") else "")
        + (f" plus uncommitted changes in {', '.join(dirty)}" if dirty else "") + "\n"
        f"{'- ' if md else ''}load average (1/5/15 min) at start {_load(m.get('loadavg_start'))}, at end {_load(m.get('loadavg_end'))}\n"
        f"{'- ' if md else ''}command: `{res['argv']}`; figures are medians of the runs shown; MB = 2^20 bytes, memory is peak RSS in MiB"
    ))
    if res.get("errors"):
        out.append(h("Errors (these parts were not measured)"))
        for name, err in res["errors"].items():
            out.append(f"{'- ' if md else ''}{name}: {err.splitlines()[0]}")
    if (res.get("rundown") or {}).get("cli_error"):
        err = res["rundown"]["cli_error"]
        out.append(f"{'- ' if md else ''}`scriptfmt rundown show.toml -o rundown.pdf` failed (CLI failure, not a bench failure), the rundown job stands in: "
                   f"{' / '.join(x for x in err.splitlines() if x.strip())[:400]}")
    for fmt in ("pdf", "docx"):
        err = (res.get("render") or {}).get(fmt, {}).get("cli_error")
        if err:
            out.append(f"{'- ' if md else ''}`scriptfmt format --combine -o book.{fmt}` failed (CLI failure, not a bench failure), the render job stands in: "
                       f"{' / '.join(x for x in err.splitlines() if x.strip())[:400]}")
    yes = {True: "yes", False: "**NO**" if md else "NO", None: "?"}
    out.append(h("Targets"))
    out.append(_table([["figure", "measured", "target", "met"]] + [[t["what"], t["shown"], t["target"], yes[t["met"]]] for t in res["targets"]], md))
    st = res.get("startup")
    if st:
        out.append(h("Start-up (whole process, wall clock)"))
        rows = [["command", "median", "min", "runs", "× Typer hello"]]
        for name, c in st["cases"].items():
            rows.append([name, f"{c['median'] * 1000:.0f} ms", f"{c['min'] * 1000:.0f} ms", str(c["runs"]), f"{c['ratio_to_typer']:.2f}"])
        out.append(_table(rows, md))
        out.append(f"\nscriptfmt = `{' '.join(st['command'])}`; example = examples/japan-us-summit.txt")
        for label, mod in st["modules"].items():
            out.append(f"{'- ' if md else ''}`{label}` (in one process, one run): import scriptfmt.cli {mod['import_cli'] * 1000:.0f} ms, "
                       f"run the command {mod['run'] * 1000:.0f} ms (the same command again in that process: {mod.get('run_again', 0) * 1000:.0f} ms); "
                       f"{mod['count']} modules in sys.modules; "
                       f"heavy packages loaded: {', '.join(mod['heavy']) or 'none'}")
    pa = res.get("parse")
    if pa:
        out.append(h("Parse + time (load_story per file: read, decode, parse, time — what `scriptfmt time F…` does)"))
        rows = [["corpus", "stories", "segments", "median", "runs", "MB/s", "× 1 MB time", "peak RSS"]]
        one = pa["per_file"].get(1, {}).get("median")
        for mb, e in sorted(pa["per_file"].items(), key=lambda kv: float(kv[0])):
            rows.append([f"{mb} MB", f"{e['stories']:,}", f"{e['segments']:,}", f"{e['median']:.2f} s", str(e["runs"]), f"{e['mb_per_s']:.2f}",
                         f"{e['median'] / one:.2f}" if one else "", f"{e['peak_rss_mib']} MiB"])
        one_big = pa["one_story"].get(1, {}).get("median")
        for mb, e in sorted(pa["one_story"].items(), key=lambda kv: float(kv[0])):
            rows.append([f"{mb} MB as ONE file (`scriptfmt time big.txt`)", "1", f"{e['segments']:,}", f"{e['median']:.2f} s", str(e["runs"]), f"{e['mb_per_s']:.2f}",
                         f"{e['median'] / one_big:.2f}" if one_big else "", f"{e['peak_rss_mib']} MiB"])
        d = pa.get("dense")
        if d:
            rows.append(["1 MB quote-dense (nearly every paragraph a quotation)", f"{d['stories']:,}", "", f"{d['median']:.2f} s", str(len(d["samples"])),
                         f"{d['mb_per_s']:.2f}", "", ""])
        out.append(_table(rows, md))
        ph = dict(pa.get("phases_1mb") or {})
        kinds = ph.pop("kinds", None)
        if ph:
            total = sum(ph.values())
            out.append("\n1 MB, load_story's stages timed apart (one more pass): " + ", ".join(
                f"{k} {v:.2f} s ({v / total * 100:.0f} %)" for k, v in ph.items()) + " — ingest = read_copy, parse = parse_copy, time = time_story")
        if kinds:
            out.append("\nWhat the 1 MB corpus parses into: " + ", ".join(f"{v:,} {k}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])) + " segments")
    rd = res.get("render")
    if rd:
        out.append(h(f"Render: TV split-page script book, {rd['stories']} stories ({rd['bytes'] / MB:.1f} MB of copy)"))
        rows = [["format", "pages", "whole process", "runs", "of which imports / load / render", "pages/s (render)", "pages/s (whole)", "peak RSS", "file"]]
        for fmt in ("pdf", "docx"):
            e = rd[fmt]
            j = e["job"]
            pages = f"{e['pages']:,}" + ("" if e["pages_counted"] else " (PDF layout)")
            if e.get("libreoffice_pages"):
                pages += f"; {e['libreoffice_pages']:,} in LibreOffice"
            rows.append([f"{fmt.upper()} render job", pages, f"{j['median']:.2f} s", str(j["runs"]), f"{j['imports']:.2f} / {j['load']:.2f} / {j['render']:.2f} s",
                         f"{e['pages'] / j['render']:.0f}", f"{e['pages'] / j['median']:.0f}", f"{j['peak_rss_mib']} MiB", f"{e['bytes'] / MB:.1f} MB"])
            if "cli" in e:
                c = e["cli"]
                rows.append([f"`scriptfmt format --combine -o book.{fmt}`", f"{e.get('cli_pages') or e['pages']:,}", f"{c['median']:.2f} s", str(c["runs"]), "",
                             "", f"{e['pages'] / c['median']:.0f}", f"{c['peak_rss_mib']} MiB", ""])
            cv = e.get("canvas")
            if cv:
                rows.append(["bare reportlab canvas, the same lines (baseline)", f"{cv['pages']:,}", "", str(len(cv["samples"])), f"render {cv['render']:.2f} s",
                             f"{cv['pages_per_s']:.0f}", "", "", ""])
        out.append(_table(rows, md))
        out.append(f"\nPDF pages counted with pypdf. A DOCX has no pages until a word processor lays it out: the first figure is the PDF layout's count for the same stories, the second (full runs, if `soffice` is installed) LibreOffice's, converted once and not timed; Word may differ again. "
                   f"{'`scriptfmt format` is not in this checkout: the render job is the whole-process figure.' if not rd['cli_format'] else ''}")
    for ru in (res.get("rundown"), res.get("rundown_big")):
        if not ru:
            continue
        out.append(h(f"Rundown PDF, {ru['items']} items ({ru.get('with_story', '?')} with a story file, read and timed on load)"))
        rows = [["job", "whole process", "runs", "of which imports / load_rundown / write_rundown_pdf", "pages", "peak RSS"]]
        j = ru["job"]
        rows.append(["rundown job (fresh process)", f"{j['median']:.2f} s", str(j["runs"]), f"{ru['imports']:.2f} / {ru['load']:.2f} / {ru['render']:.2f} s",
                     str(ru["pages"]), f"{j['peak_rss_mib']} MiB"])
        if "cli" in ru:
            c = ru["cli"]
            rows.append(["`scriptfmt rundown show.toml -o rundown.pdf`", f"{c['median']:.2f} s", str(c["runs"]), "", str(ru["pages"]), f"{c['peak_rss_mib']} MiB"])
        out.append(_table(rows, md))
    pr = res.get("profiles") or {}
    if pr:
        out.append(h("Profiles of the missed targets"))
        if "startup" in pr:
            t = pr["startup"]
            out.append("\nOwn import time (ms) per top-level package, per module for scriptfmt (`python -X importtime`, median of 3 runs):\n")
            out.append(_table([["package"] + t["columns"]] + [[r[0]] + [f"{x:.1f}" for x in r[1:]] for r in t["rows"]], md))
            c = pr.get("startup_compiles")
            if c:
                out.append(f"\nPattern compiles in `scriptfmt time example` (imports and first run, one process): `regex` {c['regex'][0]} calls, "
                           f"{c['regex'][1] * 1000:.0f} ms; `re` {c['re'][0]} calls, {c['re'][1] * 1000:.0f} ms (calls answered from the libraries' caches included).")
        for key, title in (("startup_run", "`scriptfmt time example` after `import scriptfmt.cli` (lazy imports included)"), ("parse", "parse + time of 1 MB"), ("pdf", "write_pdf of the book"), ("docx", "write_docx of the book"), ("rundown", "load_rundown + write_rundown_pdf")):
            if key in pr:
                p = pr[key]
                if key == "startup_run":  # own time per file says little here: mostly import machinery
                    out.append(f"\ncProfile, {title} (profiled total {p['total']:.2f} s; the profiler inflates it)")
                else:
                    out.append(f"\ncProfile, {title} (profiled total {p['total']:.2f} s): own time per file\n")
                    out.append(_table([["file", "own s", "share"]] + [[f, f"{s:.3f}", f"{share * 100:.0f} %"] for f, s, share in p["modules"][:10]], md))
                out.append(f"\ntop functions by {'own' if p.get('sort', 'tottime') == 'tottime' else 'cumulative'} time:\n\n{'```' if md else ''}\n{p['functions']}\n{'```' if md else ''}")
    return "\n".join(out) + "\n"


def _load(avg) -> str:
    return " / ".join(f"{x:.2f}" for x in avg) if avg else "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs and fewer runs: a smoke test, not for RESULTS.md")
    ap.add_argument("--json", type=Path, help="write every figure and raw sample here")
    ap.add_argument("--markdown", type=Path, help="write the report as Markdown here (e.g. bench/RESULTS.md)")
    ap.add_argument("--only", default="startup,parse,render,rundown", help="comma-separated parts to run (default: all)")
    ap.add_argument("--runs", type=int, help="runs per figure (default 5, start-up 15; --quick 1 and 5)")
    ap.add_argument("--no-profile", action="store_true", help="skip profiling the missed targets")
    ap.add_argument("--keep", type=Path, help="generate the inputs in this folder and keep them")
    ap.add_argument("--code", metavar="REV", help="measure git revision REV (e.g. HEAD) from a snapshot, not the installed scriptfmt "
                    "(which, installed with -e, is the working tree as it is while the run lasts)")
    a = ap.parse_args()
    only = set(a.only.split(","))
    runs = a.runs or (1 if a.quick else 5)
    start_runs = a.runs or (5 if a.quick else 15)
    res: dict = {"quick": a.quick, "argv": " ".join(["python bench/run.py", *sys.argv[1:]]), "machine": machine()}
    tmp_ctx = tempfile.TemporaryDirectory(prefix="scriptfmt-bench-") if a.keep is None else None
    tmp = Path(tmp_ctx.name) if tmp_ctx else a.keep
    tmp.mkdir(parents=True, exist_ok=True)
    res["errors"] = {}
    if a.code:
        SNAPSHOT.update(snapshot(a.code, tmp))
        res["machine"]["git"] = {"commit": SNAPSHOT["commit"], "snapshot": a.code}
        log(f"measuring {a.code} = {SNAPSHOT['commit']} from a snapshot in {SNAPSHOT['path']}")

    def part(name: str, fn) -> None:
        """One part of the benchmark; a failure (someone's half-landed code) is reported, not fatal."""
        try:
            res[name] = fn()
        except Exception as exc:  # noqa: BLE001
            log(f"  {name} FAILED: {exc}")
            res["errors"][name] = f"{type(exc).__name__}: {exc}"

    try:
        if "startup" in only:
            log(f"start-up, {start_runs} runs of each command …")
            part("startup", lambda: bench_startup(tmp, start_runs))
        if "parse" in only:
            sizes = [1, 2] if a.quick else [1, 2, 4, 8, 10]
            part("parse", lambda: bench_parse(tmp, sizes, max(1, min(runs, 3)), [1] if a.quick else [1, 8]))
        if "render" in only:
            part("render", lambda: bench_render(tmp, 100 if a.quick else 1000, runs, libreoffice=not a.quick))
        if "rundown" in only:
            part("rundown", lambda: bench_rundown(tmp, 60 if a.quick else 500, max(runs, 3 if a.quick else 5)))
            if not a.quick:
                part("rundown_big", lambda: bench_rundown(tmp, 5000, 1))
        res["targets"] = targets(res)
        missed = {t["key"] for t in res["targets"] if t["met"] is False}
        if missed and not a.no_profile:
            part("profiles", lambda: profiles(res, tmp, missed, 15))
        res["machine"]["loadavg_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    finally:
        _Spawner.close()
        if tmp_ctx:
            tmp_ctx.cleanup()
    print(report(res))
    if a.markdown:
        text = report(res, markdown=True)
        old = a.markdown.read_text(encoding="utf-8") if a.markdown.exists() else ""
        if NOTES_MARK in old:  # hand-written notes below the mark survive a refresh: check them against the new numbers
            text += "\n" + old[old.index(NOTES_MARK):]
        a.markdown.write_text(text, encoding="utf-8")
    if a.json:
        a.json.write_text(json.dumps(res, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
