"""A batch on a Dask distributed cluster: ``xbrl-export INPUT... --scheduler ADDRESS``.

Each filing is one task. The client reads the input's bytes and sends them with the task, so
the workers need no access to the client's files; a worker writes them under the input's own
file name into a temporary folder, exports it with :func:`exporter.batch.export_one` (the same
code as a local batch, its Arelle validation session opened once per worker process), and
sends back the outcome and every file written. The client writes those files into the output
folder and returns the outcomes in input order, so the output folder and ``index.csv`` are the
same, byte for byte, as a local run's. An input that is not a readable file is reported as a
local run reports it, without a task.

What the workers need: this package installed (``pip install 'exporter[dask]'``) and, for
validation, the taxonomies: the ``--taxonomy-dir`` folder at the same path, else their own
``$XBRL_TAXONOMY_DIR`` or taxonomy cache. ``--overrides`` and ``--memory`` files are read on
the workers, at the paths given.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from exporter.batch import Options, Outcome, export_one, start_worker, worker_failed
from exporter.errors import InputError

Files = dict[str, bytes]


def client_for(scheduler: str | Any) -> Any:
    """A Dask client for ``scheduler`` (an address such as ``tcp://host:8786``, or a cluster object)."""
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise InputError("--scheduler needs Dask distributed: pip install 'exporter[dask]'", "--scheduler") from exc
    try:
        return Client(scheduler)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler ({exc})", str(scheduler)) from exc


def run(inputs: list[Path], options: Options, scheduler: str | Any,
        on_outcome: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Export every input as one task on the cluster at ``scheduler``; outcomes in input order.

    ``on_outcome`` is called with each outcome as it arrives (completion order)."""
    from dask.distributed import as_completed

    report = on_outcome or (lambda _o: None)
    done: dict[int, Outcome] = {}
    with client_for(scheduler) as client:
        futures = {}
        for i, path in enumerate(inputs):
            data = _read(path)
            if data is None:  # missing, a folder, unreadable: said as a local run says it
                done[i] = export_one(path, options)
                report(done[i])
                continue
            futures[client.submit(export_remote, path.name, data, str(path), options, pure=False)] = i
        for future in as_completed(list(futures)):  # type: ignore[no-untyped-call]
            i = futures[future]
            try:
                outcome, files = future.result()
            except Exception as exc:  # the task or its worker failed
                if options.debug:
                    raise
                outcome, files = worker_failed(inputs[i], exc), {}
            _write(files, options.outdir)
            done[i] = outcome
            report(outcome)
    return [done[i] for i in range(len(inputs))]


def export_remote(name: str, data: bytes, shown: str, options: Options) -> tuple[Outcome, Files]:
    """On a worker: export the input ``data`` (file name ``name``, called ``shown`` in what is
    said); returns the outcome as the client would have said it and the files written."""
    start_worker(options)
    with tempfile.TemporaryDirectory(prefix="xbrl-export-task-") as tmp:
        source = Path(tmp) / "in" / name
        source.parent.mkdir()
        source.write_bytes(data)
        out = Path(tmp) / "out"
        outcome = export_one(source, dataclasses.replace(options, outdir=out))
        files = {p.relative_to(out).as_posix(): p.read_bytes()
                 for p in sorted(out.rglob("*")) if p.is_file()} if out.is_dir() else {}
    swap = ((str(source), shown), (str(out), str(options.outdir)))
    outcome.input = shown
    outcome.lines = [(stream, _swap(text, swap)) for stream, text in outcome.lines]
    outcome.row = {k: _swap(v, swap) for k, v in outcome.row.items()}
    return outcome, files


def _swap(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def _write(files: Files, outdir: Path) -> None:
    for name, data in files.items():
        target = outdir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
