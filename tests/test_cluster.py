"""A batch on a Dask cluster (exporter.cluster) writes the same files, byte for byte, as a local batch.

A LocalCluster of two worker processes stands for a real cluster; the tasks get the inputs' bytes,
not their paths. Needs dask.distributed (the ``dask`` extra; ``dev`` installs it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exporter import batch
from exporter.cli import main

from .conftest import SEED

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed (pip install 'exporter[dask]')")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _inputs(folder: Path) -> list[Path]:
    folder.mkdir()
    seed = folder / SEED.name
    shutil.copy(SEED, seed)
    text = folder / "not-a-filing.txt"
    text.write_text("Nothing here is a financial statement.\n", encoding="utf-8")
    return [seed, text, folder / "missing.txt"]


def test_dask_batch_writes_the_local_batch_byte_for_byte(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in")
    local = batch.Options(tmp_path / "local", validate=False)
    on_cluster = batch.Options(tmp_path / "dask", validate=False)
    expected = batch.run(inputs, local, jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        seen: list[str] = []
        got = batch.run(inputs, on_cluster, scheduler=cluster.scheduler_address,
                        on_outcome=lambda o: seen.append(o.input))
    assert [o.status for o in got] == ["ok", "error", "error"]
    assert sorted(seen) == sorted(str(p) for p in inputs)
    batch.write_index(expected, local.outdir)
    batch.write_index(got, on_cluster.outdir)
    local_files, dask_files = _tree(local.outdir), _tree(on_cluster.outdir)
    assert len(local_files) > 5
    assert dask_files == local_files
    for a, b in zip(expected, got, strict=True):  # what is printed names the client's paths
        assert [text.replace("/local", "/dask") for _, text in a.lines] == [text for _, text in b.lines]


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import dask

    inputs = _inputs(tmp_path / "in")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        code = main([str(p) for p in inputs[:2]] + ["-o", str(tmp_path / "out"), "--no-validate",
                     "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and err[0].startswith("error: ") and "Dask scheduler" in err[0]
    assert not (tmp_path / "out").exists()


def test_dask_workers_validate_through_their_session(tmp_path: Path, taxonomies: Path) -> None:
    inputs = _inputs(tmp_path / "in")[:1]
    local = batch.Options(tmp_path / "local", taxonomy_dir=taxonomies)
    on_cluster = batch.Options(tmp_path / "dask", taxonomy_dir=taxonomies)
    expected = batch.run(inputs, local, jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        got = batch.run(inputs, on_cluster, scheduler=cluster.scheduler_address)
    assert [o.row["validation_errors"] for o in got] == ["0"]
    assert _tree(on_cluster.outdir) == _tree(local.outdir)
    assert [t.replace("/local", "/dask") for _, t in expected[0].lines] == [t for _, t in got[0].lines]
