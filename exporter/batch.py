"""Many inputs in one run: expand the INPUTs, export each in a worker process, report, index.

``expand_inputs`` turns the command line's INPUTs into filings: a file is itself, a folder is
the files in it (sorted, not hidden), a pattern with ``*``, ``?`` or ``[`` is its matches, and
``@LIST`` is the file ``LIST`` with one input per line (blank lines and ``#`` comments left out;
relative paths are relative to the list). ``run`` exports them with ``jobs`` worker processes
(one in-process when ``jobs`` is 1 or there is one input; the largest files go first, and where
workers fork, what they share read-only is loaded once before); an input that fails gives an error
outcome and never stops the others. Each outcome is the lines the CLI prints for it plus one row
of ``index.csv`` (:data:`INDEX_COLUMNS`), written into the output folder for a batch.
"""

from __future__ import annotations

import contextlib
import csv
import glob
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exporter.errors import ExporterError

INDEX_NAME = "index.csv"
INDEX_COLUMNS = ("input", "status", "instance", "facts", "statements", "extension_concepts",
                 "validation_errors", "check_errors", "check_warnings", "message")
_PATTERN_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Options:
    """What every export of a batch shares (picklable: it goes to the worker processes)."""

    outdir: Path
    cik: str | None = None
    prefix: str | None = None
    taxonomy_dir: Path | None = None
    validate: bool = True
    strict: bool = False
    overrides: Path | None = None
    formats: str = "xml,ixbrl"
    efm: Path | None = None
    memory: Path | None = None
    viewer: bool = False
    debug: bool = False


@dataclass
class Outcome:
    """One input's result: its index row and the lines to print (stream, text)."""

    input: str
    status: str  # "ok" or "error"
    lines: list[tuple[str, str]] = field(default_factory=list)
    row: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def expand_inputs(items: Iterable[str | Path]) -> list[Path]:
    """The filings named by INPUTs (files, folders, patterns, @list files), in order, each once.
    A name that is none of these is kept as it is: its export then says it is missing."""
    seen: set[Path] = set()
    found: list[Path] = []
    for item in items:
        for path in _expand_one(str(item)):
            if path not in seen:
                seen.add(path)
                found.append(path)
    return found


def _expand_one(item: str) -> Iterator[Path]:
    if item.startswith("@") and len(item) > 1:
        listing = Path(item[1:])
        try:
            text = listing.read_text(encoding="utf-8")
        except OSError:
            yield Path(item)  # reported as a missing input
            return
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                entry = Path(line)
                yield from _expand_one(str(entry if entry.is_absolute() else listing.parent / entry))
        return
    path = Path(item)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        yield from files or [path]  # a folder with no files: its export says so
    elif not path.exists() and _PATTERN_CHARS & set(item):
        yield from (Path(p) for p in sorted(glob.glob(item, recursive=True)) if Path(p).is_file())
    else:
        yield path


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def export_one(path: Path, options: Options) -> Outcome:
    """Export one input; any failure becomes an error outcome (with --debug a bug is raised)."""
    from exporter.pipeline import export

    outcome = Outcome(str(path), "ok")
    row = dict.fromkeys(INDEX_COLUMNS, "")
    row["input"] = str(path)
    try:
        result = export(path, options.outdir, cik=options.cik, prefix=options.prefix,
                        taxonomy_dir=options.taxonomy_dir, validate=options.validate,
                        strict=options.strict, overrides=options.overrides, formats=options.formats,
                        efm=options.efm, memory=options.memory)
    except ExporterError as exc:
        outcome.status = "error"
        outcome.lines.append(("err", f"error: {exc}"))
        row["message"] = str(exc)
    except Exception as exc:  # a bug, not bad input: say so in one line unless --debug
        if options.debug:
            raise
        outcome.status = "error"
        text = f"{path}: internal error ({type(exc).__name__}: {exc})"
        outcome.lines.append(("err", f"error: {text}; rerun with --debug and report it"))
        row["message"] = text
    else:
        _describe(result, path, options, outcome, row)
    row["status"] = outcome.status
    outcome.row = row
    return outcome


def _describe(result: Any, path: Path, options: Options, outcome: Outcome, row: dict[str, str]) -> None:
    def out(text: str) -> None:
        outcome.lines.append(("out", text))

    def err(text: str) -> None:
        outcome.lines.append(("err", text))

    for w in result.warnings:
        err(f"warning: {path}: {w}")
    ext = sum(1 for st in result.model.statements for ln in [*st.lines, *st.ratio_lines] if not ln.prefix)
    out(f"{path}: wrote {result.instance} ({len(result.model.facts)} facts, "
        f"{len(result.model.statements)} statements, {ext} extension concepts)")
    row.update(instance=result.instance.name, facts=str(len(result.model.facts)),
               statements=str(len(result.model.statements)), extension_concepts=str(ext))
    if result.validation is not None:
        errs = result.validation.errors
        known = len(result.validation.known_missing)
        out(f"  validation: {len(errs)} errors" + (f" ({known} known missing offline files ignored)" if known else ""))
        for m in errs[:10]:
            err(f"  {m}")
        row["validation_errors"] = str(len(errs))
    errors = sum(f.severity == "error" for f in result.findings)
    warns = sum(f.severity == "warning" for f in result.findings)
    out(f"  checks: {errors} errors, {warns} warnings")
    row.update(check_errors=str(errors), check_warnings=str(warns))
    for f in result.findings:
        if f.severity == "error":
            err(f"  error [{f.code}] {f.concept} {f.source}: {f.message}")
    for key, what in (("inline", "Inline XBRL"), ("json", "xBRL-JSON"), ("csv", "xBRL-CSV")):
        if key in result.files and result.files[key] != result.instance:
            out(f"  {what}: {result.files[key]}")
    out(f"  report: {result.files['report']}")
    if options.viewer and "inline" in result.files:
        from exporter.write.viewer import write_viewer

        try:
            page = write_viewer(result.files["inline"], options.outdir / f"{result.model.base}_viewer",
                                options.taxonomy_dir)
            out(f"  viewer: {page}")
        except ExporterError as exc:
            err(f"error: {exc}")
            outcome.status = "error"
            row["message"] = str(exc)


def _taxonomies(options: Options) -> Path | None:
    """The folder the batch validates with, None when it does not validate (or has none)."""
    if not options.validate:
        return None
    from exporter.check.taxonomies import find_taxonomies

    try:
        return find_taxonomies(options.taxonomy_dir)
    except ExporterError:
        return None  # each export then reports the bad folder itself


def _validation_session(options: Options) -> contextlib.AbstractContextManager[object]:
    """One Arelle session for all the exports of this process (:mod:`exporter.check.shared_dts`)."""
    folder = _taxonomies(options)
    if folder is None:
        return contextlib.nullcontext()
    from exporter.check.shared_dts import reuse_or_open

    return reuse_or_open(folder)


def start_worker(options: Options) -> None:
    """A worker process starts: open its validation session, kept until the process ends."""
    folder = _taxonomies(options)
    if folder is not None:
        from exporter.check.shared_dts import open_for_process

        open_for_process(folder)


def share_before_fork() -> None:
    """Load once, in the parent, what every export only reads: the pipeline's modules (the HTML
    reader and Inline XBRL writer, imported at a first export) and the concept index. Worker
    processes that fork start with them (their pages shared until written) instead of each loading
    its own; where workers are spawned this is not called, as each would load them again anyway."""
    import exporter.pipeline  # noqa: F401
    import exporter.read.html_tables  # noqa: F401
    import exporter.write.ixbrl_html  # noqa: F401
    from exporter.map.mapping import index

    index()


def largest_first(inputs: list[Path]) -> list[int]:
    """The inputs' positions, the largest file first (longest processing time first): the last
    exports of a batch are small ones, so no worker is left alone with a big filing at the end.
    A name that is not a readable file counts as empty (its export fails at once)."""
    def size(i: int) -> int:
        try:
            return inputs[i].stat().st_size
        except OSError:
            return 0

    return sorted(range(len(inputs)), key=lambda i: (-size(i), i))


def run(inputs: list[Path], options: Options, jobs: int = 1,
        on_outcome: Callable[[Outcome], None] | None = None, scheduler: Any = None) -> list[Outcome]:
    """Export every input (``jobs`` worker processes); outcomes in input order.
    ``on_outcome`` is called with each outcome as it arrives (completion order). ``scheduler``
    (a Dask scheduler address or cluster): one task per input on that cluster instead
    (:mod:`exporter.cluster`), ``jobs`` unused."""
    if scheduler is not None:
        from exporter import cluster

        return cluster.run(inputs, options, scheduler, on_outcome)
    report = on_outcome or (lambda _o: None)
    if jobs <= 1 or len(inputs) <= 1:
        outcomes = []
        with _validation_session(options):
            for path in inputs:
                outcomes.append(export_one(path, options))
                report(outcomes[-1])
        return outcomes
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed  # only here: a single process needs no pool

    if multiprocessing.get_start_method() == "fork":
        share_before_fork()
    done: dict[int, Outcome] = {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(inputs)), initializer=start_worker,
                             initargs=(options,)) as pool:
        futures = {pool.submit(export_one, inputs[i], options): i for i in largest_first(inputs)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:  # the worker itself died (e.g. out of memory)
                if options.debug:
                    raise
                outcome = worker_failed(inputs[i], exc)
            done[i] = outcome
            report(outcome)
    return [done[i] for i in range(len(inputs))]


def worker_failed(path: Path, exc: BaseException) -> Outcome:
    """The error outcome of an input whose worker (process or cluster task) failed."""
    text = f"{path}: worker failed ({type(exc).__name__}: {exc})"
    return Outcome(str(path), "error", [("err", f"error: {text}")],
                   {**dict.fromkeys(INDEX_COLUMNS, ""), "input": str(path), "status": "error", "message": text})


def write_index(outcomes: list[Outcome], outdir: Path) -> Path:
    """``index.csv`` in ``outdir``: one row per input (:data:`INDEX_COLUMNS`), in input order."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=INDEX_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for outcome in outcomes:
        writer.writerow({k: outcome.row.get(k, "") for k in INDEX_COLUMNS})
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / INDEX_NAME
    target.write_text(buffer.getvalue(), encoding="utf-8")
    return target


def summary(outcomes: list[Outcome], seconds: float) -> str:
    """One line: how many exported, how many failed, in what time."""
    ok = sum(o.ok for o in outcomes)
    rate = f", {len(outcomes) / seconds * 60:.0f} filings/min" if seconds > 0 else ""
    return (f"batch: {ok} of {len(outcomes)} exported, {len(outcomes) - ok} failed "
            f"in {seconds:.1f} s{rate}")


class Printer:
    """Prints each outcome's lines; on a terminal, above a tqdm progress bar."""

    def __init__(self, total: int, progress: bool | None = None) -> None:
        self.bar: Any = None
        if progress is None:
            progress = total > 1 and sys.stderr.isatty()
        if progress:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="filing", file=sys.stderr, dynamic_ncols=True)

    def __call__(self, outcome: Outcome) -> None:
        for stream, text in outcome.lines:
            target = sys.stdout if stream == "out" else sys.stderr
            if self.bar is not None:
                self.bar.write(text, file=target)
            else:
                print(text, file=target)
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
