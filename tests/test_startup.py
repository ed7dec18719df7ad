"""What an export without validation loads: no pandas, no Arelle, no process pool, no package metadata
(start-up stays small, issue 14)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED

_PROBE = """
import sys
from exporter.cli import main
code = main([sys.argv[1], "-o", sys.argv[2], "--no-validate"])
heavy = sorted(m for m in ("pandas", "numpy", "arelle", "dask", "urllib.request", "multiprocessing",
                           "importlib.metadata") if m in sys.modules)
print(code, " ".join(heavy) or "-")
"""


def test_an_export_without_validation_imports_no_pandas_nor_arelle_nor_a_pool(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(SEED), str(tmp_path)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == "0 -", done.stdout + done.stderr


def test_the_facts_table_is_still_a_dataframe(tmp_path: Path) -> None:
    from exporter import export

    result = export(SEED, tmp_path, validate=False)
    assert type(result.facts).__name__ == "DataFrame" and len(result.facts) == len(result.model.facts)


def test_the_concept_table_builders_import_on_their_own() -> None:
    """`python -m taxonomy_map.reserved` (and a test importing it first) reads the taxonomy profile
    without pulling in the pipeline, whose ranker imports the reserved-name tables back."""
    probe = "import taxonomy_map.reserved, taxonomy_map.build, sys; print('exporter.pipeline' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "False", done.stdout + done.stderr


def test_a_text_filing_s_export_loads_no_html_reader_nor_html_renderer_nor_logging(tmp_path: Path) -> None:
    light = '("exporter.write.ixbrl_html", "exporter.read.html_tables", "logging", "pandas",'
    probe = _PROBE.replace('("pandas",', light)
    done = subprocess.run([sys.executable, "-c", probe, str(SEED), str(tmp_path)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == "0 -", done.stdout + done.stderr


_COLLECTOR = """
import gc, sys
from exporter import cli
one = cli._main([sys.argv[1], "-o", sys.argv[2] + "/one", "--no-validate"], ends_process=True)
after_one = gc.isenabled()
gc.enable()
two = cli._main([sys.argv[1], sys.argv[3], "-o", sys.argv[2] + "/two", "--no-validate", "--jobs", "1"],
                ends_process=True)
after_two = gc.isenabled()
called = cli._main([sys.argv[1], "-o", sys.argv[2] + "/called", "--no-validate"])
print(one, after_one, two, after_two, called, gc.isenabled())
"""


def test_a_process_exporting_one_input_keeps_the_collector_off_a_batch_does_not(tmp_path: Path) -> None:
    """The command's own process (exporter.cli.main) exporting one input ends right after it: the
    cyclic garbage collector stays off; a batch has it on, and so does a caller's process."""
    other = tmp_path / "other.txt"
    other.write_bytes(SEED.read_bytes())
    done = subprocess.run([sys.executable, "-c", _COLLECTOR, str(SEED), str(tmp_path), str(other)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == "0 False 0 True 0 True", done.stdout + done.stderr


def test_a_default_export_without_taxonomies_loads_no_arelle_adapter_nor_logging(tmp_path: Path) -> None:
    """The default run validates; with no taxonomy folder anywhere it only says validation was skipped:
    Arelle's adapter (exporter.check.validate), its session and logging are not imported for that."""
    import os

    light = '("exporter.check.validate", "exporter.check.shared_dts", "logging", "arelle",'
    probe = _PROBE.replace('("pandas",', light).replace(', "--no-validate"]', "]")
    env = {k: v for k, v in os.environ.items() if k != "XBRL_TAXONOMY_DIR"}
    env["XBRL_EXPORTER_CACHE"] = str(tmp_path / "cache")  # an empty cache
    done = subprocess.run([sys.executable, "-c", probe, str(SEED), str(tmp_path / "out")],
                          capture_output=True, text=True, check=True, env=env)
    assert "validation skipped" in done.stderr
    assert done.stdout.split("\n")[-2] == "0 -", done.stdout + done.stderr
