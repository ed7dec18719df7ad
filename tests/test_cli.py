"""The command line: help, exit codes, and nothing left behind on failure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEED


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True,
                          text=True, cwd=cwd, check=False)


def test_help_has_examples() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    assert "examples:" in proc.stdout and "xbrl-export" in proc.stdout
    proc = run("validate", "--help")
    assert proc.returncode == 0 and "example" in proc.stdout


def test_usage_error_exits_2() -> None:
    assert run().returncode == 2
    assert run("--no-such-flag", str(SEED)).returncode == 2


def test_missing_input_one_line_exit_1(tmp_path: Path) -> None:
    proc = run(str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"), "--no-validate")
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_no_statements_leaves_nothing(tmp_path: Path) -> None:
    doc = tmp_path / "letter.txt"
    doc.write_text("Dear shareholders,\n\nWe had a fine year and thank you for your support.\n")
    out = tmp_path / "out"
    proc = run(str(doc), "-o", str(out), "--no-validate")
    assert proc.returncode == 1
    assert "no financial statements found" in proc.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_export_without_cik_warns_and_succeeds(tmp_path: Path) -> None:
    proc = run(str(SEED), "-o", str(tmp_path), "--no-validate")
    assert proc.returncode == 0, proc.stderr
    assert "0000000000" in proc.stderr and "warning" in proc.stderr
    assert (tmp_path / "innovo-20030830.xml").exists()


def test_cik_and_prefix_options(tmp_path: Path) -> None:
    proc = run(str(SEED), "-o", str(tmp_path), "--no-validate", "--cik", "844143",
               "--prefix", "inno")
    assert proc.returncode == 0, proc.stderr
    xml = (tmp_path / "inno-20030830.xml").read_text()
    assert ">0000844143<" in xml
    assert "0000000000" not in proc.stderr


def test_validate_command_on_our_output_and_a_real_ixbrl(tmp_path: Path) -> None:
    from tests.conftest import SHARED, TAXONOMIES, need

    need(TAXONOMIES, "offline taxonomies")
    proc = run(str(SEED), "-o", str(tmp_path), "--taxonomy-dir", str(TAXONOMIES))
    assert proc.returncode == 0, proc.stderr
    assert "checks: 0 errors" in proc.stdout
    ours = run("validate", str(tmp_path / "innovo-20030830.xml"), "--taxonomy-dir", str(TAXONOMIES))
    assert ours.returncode == 0, ours.stdout
    real = need(SHARED / "corpus" / "ixbrl" / "aapl-10-q-2025-05-02.html", "the iXBRL corpus")
    proc = run("validate", str(real), "--taxonomy-dir", str(TAXONOMIES), "--json")
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr
    import json

    data = json.loads(proc.stdout)
    assert "findings" in data


def test_strict_fails_and_leaves_nothing(tmp_path: Path) -> None:
    # a balance sheet whose total assets no longer equal liabilities and equity (DQC_0004)
    doc = tmp_path / "broken.txt"
    doc.write_text(SEED.read_text().replace("   $41,090          $15,143", "   $41,990          $15,143"))
    from tests.conftest import TAXONOMIES, need

    need(TAXONOMIES, "offline taxonomies")
    out = tmp_path / "out"
    proc = run(str(doc), "-o", str(out), "--taxonomy-dir", str(TAXONOMIES), "--strict")
    assert proc.returncode == 1
    assert "--strict" in proc.stderr
    assert not out.exists() or list(out.iterdir()) == []
