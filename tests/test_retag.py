"""The re-tagging benchmark on a sample of real Inline XBRL filings: strip the issuer's tags,
export the plain HTML, score the instance against the issuer's own statement facts.

The full run (17 filings) is in the README; this keeps a floor under four of them so a
regression in table reading, periods, signs or mapping shows up in CI.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from exporter import export
from tests.conftest import SHARED

IXBRL = SHARED / "corpus" / "ixbrl"
SAMPLE = {  # filing -> (recall_value floor, recall_exact floor)
    "aapl-10-q-2025-05-02.html": (0.93, 0.80),
    "ko-10-q-2025-07-24.html": (0.93, 0.78),
    "nvda-10-k-2025-02-26.html": (0.95, 0.80),
    "tsla-10-q-2025-07-24.html": (0.95, 0.75),
}


@pytest.fixture(scope="module")
def retag():  # type: ignore[no-untyped-def]
    if not (SHARED / "eval" / "retag.py").exists() or not IXBRL.exists():
        pytest.skip(f"the re-tagging benchmark or its corpus is absent under {SHARED}")
    sys.path.insert(0, str(SHARED / "eval"))
    import retag as module  # type: ignore[import-not-found]

    return module


@pytest.mark.parametrize("name", sorted(SAMPLE))
def test_retag_floor(name: str, retag, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = IXBRL / name
    plain = tmp_path / (src.stem + ".htm")
    retag.strip(src, plain)
    result = export(plain, tmp_path / "out", validate=False)
    score = retag.score(retag.truth(src), retag.instance_facts(result.instance), name)
    value_floor, exact_floor = SAMPLE[name]
    assert score.recall_value >= value_floor, (score.recall_value, score.recall_exact)
    assert score.recall_exact >= exact_floor, (score.recall_value, score.recall_exact)
