"""The same input and options give byte-identical files, whatever the hash seed, folder or time.

Two CLI runs in separate processes (``PYTHONHASHSEED`` 0 and 4242, different output folders),
each exporting the seed and two Apple 10-Qs from ``../shared/corpus/edgar-text``, must write
the same file names with the same bytes: instance, schema, linkbases, .htm, report and csv.

A known cause of differences: ``scoring.candidates`` sums float token weights over frozensets
(whose order follows the hash seed) and breaks exact ties by the first entry met, so which issuer
label is quoted as the reason can change (iterate ``sorted(seen)`` and compare ``round(sim, 9)``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import EDGAR_TEXT, ROOT, SEED, need

APPLE = [
    "sec-edgar_sec-edgar__SEC-Edgar-Data__AAPL__0000320193__10-Q__0000912057-00-023442.txt",
    "sec-edgar_sec-edgar__SEC-Edgar-data__AAPL__0000320193__10-Q__0000320193-98-000006.txt",
]


def test_two_runs_write_identical_bytes(tmp_path: Path) -> None:
    inputs = [SEED] + [need(EDGAR_TEXT / name, "the EDGAR text corpus") for name in APPLE]
    runs = []
    for seed in ("0", "4242"):  # in parallel: the two runs take as long as one
        out = tmp_path / f"run-{seed}" / "out"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.Popen([sys.executable, "-m", "exporter", *map(str, inputs), "-o", str(out),
                                 "--no-validate"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        runs.append((out, proc))
    for _, proc in runs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    (out_a, _), (out_b, _) = runs
    names = sorted(p.name for p in out_a.iterdir())
    assert names == sorted(p.name for p in out_b.iterdir())
    assert len([n for n in names if n.endswith(".xml") and "_" not in n]) == len(inputs)
    assert {Path(n).suffix for n in names} >= {".xml", ".xsd", ".htm", ".md", ".csv"}
    assert not any(n.startswith(".") for n in names), "a temporary folder was left behind"
    for name in names:
        a, b = (out_a / name).read_bytes(), (out_b / name).read_bytes()
        assert a == b, f"{name} differs between runs"
        # neither the output folder nor the temporary folder inside it leaks into a file
        assert str(tmp_path).encode() not in a and b"/run-" not in a, name
