"""Acceptance on real EDGAR text filings: Apple's 1997-2000 10-Qs, and every other file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from exporter import NoStatementsError, export
from tests.conftest import EDGAR_TEXT, ROOT, TAXONOMIES


def _apple_10qs() -> list[Path]:
    if not EDGAR_TEXT.exists():
        return []
    return sorted(p for p in EDGAR_TEXT.glob("*AAPL*10-Q*.txt"))


def _others() -> list[Path]:
    if not EDGAR_TEXT.exists():
        return []
    return sorted(p for p in EDGAR_TEXT.glob("*.txt") if p not in _apple_10qs())


@pytest.mark.parametrize("path", _apple_10qs(), ids=lambda p: p.name[-24:])
def test_apple_10q_exports_valid(path: Path, tmp_path: Path) -> None:
    if not TAXONOMIES.exists():
        pytest.skip(f"offline taxonomies not found at {TAXONOMIES}")
    try:
        result = export(path, tmp_path, taxonomy_dir=TAXONOMIES)
    except NoStatementsError:
        text = path.read_text(errors="replace")
        # a 10-Q/A that amends only exhibits has no statements: refusing it is right
        assert "BALANCE SHEET" not in text.upper()
        return
    codes = {st.code for st in result.model.statements}
    assert {"bs", "is"} <= codes, codes
    assert result.validation is not None
    assert result.validation.errors == [], [str(m) for m in result.validation.errors[:5]]
    assert result.cover.cik == "0000320193"


@pytest.mark.parametrize("path", _others(), ids=lambda p: p.name[-40:])
def test_other_text_filings_export_or_refuse_cleanly(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "exporter", str(path), "-o", str(out),
                           "--no-validate"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:
        assert len(list(out.glob("*.xml"))) == 4  # instance + lab, pre, cal
    else:
        assert proc.returncode == 1
        errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
        assert len(errors) == 1, proc.stderr
        assert not out.exists() or list(out.iterdir()) == []
