"""The confidence: a logistic of named values of the chosen candidate (calibration.features),
its weights the rows ``calib_*`` of taxonomy_map/ranker.csv, fitted and measured nested under company
cross-validation (bench/crossval.py)."""

from __future__ import annotations

import csv
import importlib.util
import math
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

import taxonomy_map
from exporter.map import calibration, mapping, ranker
from exporter.map.mapping import Candidate, LineQuery

ROOT = Path(__file__).resolve().parents[1]


def _crossval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crossval_under_test", ROOT / "bench" / "crossval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_calibration_value_has_a_weight_and_a_sentence_in_the_table() -> None:
    with (Path(taxonomy_map.__file__).with_name("ranker.csv")).open(encoding="utf-8") as fh:
        rows = {r["name"]: r for r in csv.DictReader(fh)}
    assert "calib_intercept" in rows
    for name in calibration.CALIBRATION:
        row = rows.get(f"calib_{name}")
        assert row is not None, f"calib_{name} has no row in ranker.csv"
        assert len(row["what"]) > 20 and row["fitted_by"]


def test_the_confidence_is_the_logistic_of_the_named_values() -> None:
    line = LineQuery("is", "Interest expense", "monetary", frozenset({"nonoperating"}))
    choice = ranker.choose(line)
    values = dict(choice.calib)
    assert set(values) <= set(calibration.CALIBRATION)
    assert values["score"] == pytest.approx(choice.score) and values["similarity"] > 0.5
    z = mapping.P["calib_intercept"] + sum(mapping.P[f"calib_{n}"] * v for n, v in values.items())
    assert choice.confidence == round(1 / (1 + math.exp(-z)), 2)


def test_the_confidence_never_changes_which_concept_is_chosen() -> None:
    lines = [LineQuery("is", "Interest expense", "monetary", frozenset({"nonoperating"})),
             LineQuery("bs", "Total current assets", "monetary", frozenset({"assets", "current"}), is_total=True),
             LineQuery("cf", "Depreciation and amortization", "monetary", frozenset({"operating"}))]
    before = [ranker.choose(ln) for ln in lines]
    ranker.use_params({f"calib_{n}": -3.0 for n in calibration.CALIBRATION} | {"calib_intercept": 2.0})
    try:
        after = [ranker.choose(ln) for ln in lines]
    finally:
        ranker.use_params(None)
    assert [c.concept for c in after] == [c.concept for c in before]
    assert [c.score for c in after] == [c.score for c in before]
    assert [c.confidence for c in after] != [c.confidence for c in before]


def test_a_choice_whose_better_concept_went_to_another_line_says_so() -> None:
    line = LineQuery("is", "Interest expense", "monetary", frozenset({"nonoperating"}))
    first = ranker.choose(line)
    assert "passed" not in dict(first.calib)
    second = ranker.choose(line, taken={first.concept or ""})
    assert second.concept != first.concept and dict(second.calib)["passed"] == 1.0
    ranker.use_params({"calib_passed": -2.0})
    try:
        assert ranker.choose(line, taken={first.concept or ""}).confidence < second.confidence
    finally:
        ranker.use_params(None)


def test_a_later_step_giving_the_line_another_concept_is_marked_in_the_confidence() -> None:
    choice = ranker.choose(LineQuery("is", "Interest expense", "monetary", frozenset({"nonoperating"})))
    ranker.use_params({"calib_rewritten": -4.0})
    try:
        changes = ranker.rewritten(choice)
    finally:
        ranker.use_params(None)
    assert dict(changes["calib"])["rewritten"] == 1.0 and changes["confidence"] < choice.confidence
    # an extension or override (no calibration values) keeps its confidence
    assert ranker.rewritten(mapping.Choice(None, 1.0, "override")) == {}


def test_calibration_features_read_the_evidence_and_the_line() -> None:
    top = Candidate("OtherAssetsNoncurrent", 1.1, "", {"similarity": 0.9, "name_only": 1.0, "vote": 0.5})
    line = LineQuery("bs", "Other assets", "monetary", frozenset({"assets", "noncurrent"}), is_total=True)
    values = dict(calibration.features(top, 5.0, line, mapping.P, mapping.index().ancestors, passed=1))
    assert values["score"] == 1.1 and values["margin"] == mapping.P["calib_margin_cap"]
    assert values["name_only"] == 1.0 and values["vote"] == 0.5 and values["similarity"] == 0.9
    assert values["total"] == 1.0 and values["balance_sheet"] == 1.0 and "cash_flow" not in values
    assert values["passed"] == 1.0


def _facts(n: int, seed: int) -> list[tuple[dict[str, float], bool]]:
    """Synthetic choices: right with probability 0.98 when the vote is high, 0.6 otherwise."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        vote = rnd.random()
        out.append(({"score": 1.0, "vote": vote}, rnd.random() < (0.98 if vote > 0.5 else 0.6)))
    return out


def test_the_calibration_table_is_nested_by_fold_and_reads_the_named_values() -> None:
    cv = _crossval()
    by_fold = {k: _facts(400, k) for k in range(4)}
    probs = cv.nested(by_fold, ("score", "vote"))
    assert len(probs) == 1600 and all(p == round(p, 2) for p, _ in probs)
    high = [y for p, y in probs if p >= 0.9]
    assert len(high) > 400 and sum(high) / len(high) > 0.93  # the vote tells the right choices apart
    flat = [y for p, y in cv.nested(by_fold, ("score",)) if p >= 0.9]
    assert not flat  # score alone (the same for all) gives no fact 0.9
    table = cv.band_table(probs)
    assert table[0].startswith("| confidence") and any("≥ 0.90" in row for row in table)


def test_a_fold_is_never_calibrated_on_its_own_choices() -> None:
    cv = _crossval()
    # fold 0's facts are all wrong, the others all right at the same values: a model that saw fold
    # 0 would give it less than the others do
    right = [({"score": 1.0, "vote": 0.8}, True)] * 50 + [({"score": 0.5, "vote": 0.1}, False)] * 50
    by_fold = {0: [({"score": 1.0, "vote": 0.8}, False)] * 20, 1: right, 2: right}
    probs = cv.nested(by_fold, ("score", "vote"))
    assert all(p > 0.9 for p, _ in probs[:20])
