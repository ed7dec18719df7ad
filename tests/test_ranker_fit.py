"""The ranker as named features times fitted weights (taxonomy_map/ranker.csv, taxonomy_map/fit.py)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

import taxonomy_map
from exporter.map import features, mapping, ranker
from exporter.map.mapping import LineQuery
from taxonomy_map.fit import Cand, TracedLine, fit_weights, guards, kept_within_guards, pick_rate, priors, write_params


def _traced(line: LineQuery) -> tuple[mapping.Choice, dict[str, dict[str, float]]]:
    tracer = mapping.start_trace()
    try:
        choice = ranker.choose(line)
    finally:
        mapping.stop_trace()
    return choice, dict(tracer.of(choice))


def test_every_feature_has_a_weight_and_a_sentence_in_the_table() -> None:
    with (Path(taxonomy_map.__file__).with_name("ranker.csv")).open(encoding="utf-8") as fh:
        rows = {r["name"]: r for r in csv.DictReader(fh)}
    for name in features.NAMES:
        assert name in rows, f"{name} has no row in ranker.csv"
        assert len(rows[name]["what"]) > 20 and rows[name]["fitted_by"]


def test_a_candidates_score_is_its_features_times_the_weights() -> None:
    choice, cands = _traced(LineQuery("is", "Interest expense", "monetary", frozenset({"nonoperating"})))
    assert choice.concept in cands
    assert choice.score == round(features.score(cands[choice.concept], mapping.P), 4)
    assert cands[choice.concept]["similarity"] > 0.5
    # the nonoperating concept is marked as such, the operating one is not
    assert cands["InterestExpenseNonoperating"].get("nonoperating_bonus") == 1.0


def test_a_total_including_noncontrolling_interests_knows_whether_the_statement_shows_them() -> None:
    with_nci = _traced(LineQuery("is", "Net income", "monetary", frozenset({"nonoperating"}), is_total=True,
                            nci=True))[1]
    without = _traced(LineQuery("is", "Net income", "monetary", frozenset({"nonoperating"}), is_total=True))[1]
    assert with_nci["ProfitLoss"].get("nci_total_nci_shown") == 1.0
    assert without["ProfitLoss"].get("nci_total_no_nci") == 1.0
    assert "nci_total_no_nci" not in without["NetIncomeLoss"]


def test_a_bank_concept_is_marked_outside_a_bank_statement() -> None:
    line = LineQuery("is", "Provision for loan losses", "monetary", frozenset({"operating"}))
    plain = _traced(line)[1]
    bank = _traced(LineQuery("is", "Provision for loan losses", "monetary", frozenset({"operating"}),
                             industry=frozenset({"bank"})))[1]
    marked = [c for c, f in plain.items() if f.get("industry_concept")]
    assert marked and all(not bank[c].get("industry_concept") for c in marked if c in bank)
    assert mapping.industries(["Total deposits"]) == {"bank"} and not mapping.industries(["Total assets"])


def _line(right: dict[str, float], wrong: list[dict[str, float]], fold: int = 0) -> TracedLine:
    return TracedLine(filing="f", company="c", fold=fold, candidates=[
        Cand(concept="Right", features=right, right=True),
        *[Cand(concept=f"Wrong{i}", features=w, right=False) for i, w in enumerate(wrong)]])


def test_the_fit_learns_which_feature_tells_the_issuers_concept() -> None:
    # the issuer's concept has the company vote but often a lower label similarity
    lines = [_line({"similarity": 0.8, "vote": 0.6}, [{"similarity": 0.9, "vote": 0.1}]) for _ in range(30)]
    lines += [_line({"similarity": 0.9, "vote": 0.3}, [{"similarity": 0.7, "vote": 0.3}]) for _ in range(30)]
    table = {"similarity": 1.0, "vote": 0.0}
    weights = fit_weights(lines, ["similarity", "vote", "memory"], {"similarity": 1.0, "vote": 0.0, "memory": 0.7},
                          {"memory": "fixed"})
    assert weights["similarity"] == pytest.approx(1.0)
    assert weights["vote"] > 0.2
    assert weights["memory"] == 0.7  # no training line has a memory: its weight stays as set
    assert pick_rate(lines, table) == (30, 60)
    assert pick_rate(lines, weights) == (60, 60)


def test_the_fit_needs_lines_with_the_issuers_concept_and_a_rival() -> None:
    with pytest.raises(ValueError, match="no line"):
        fit_weights([_line({"similarity": 1.0}, [])], ["similarity"], {"similarity": 1.0})


def test_a_penalty_stays_a_penalty_whatever_the_training_lines_say() -> None:
    # in these lines the issuer's concept always has the "penalty" feature: a free fit would reward it
    lines = [_line({"similarity": 0.8, "penalty": 1.0}, [{"similarity": 0.9}]) for _ in range(20)]
    lines += [_line({"similarity": 0.9}, [{"similarity": 0.7}]) for _ in range(20)]
    weights = fit_weights(lines, ["similarity", "penalty"], {"similarity": 1.0, "penalty": -0.1})
    assert weights["penalty"] == pytest.approx(0.0, abs=1e-6)
    free = fit_weights(lines, ["similarity", "penalty"], {"similarity": 1.0, "penalty": 0.0})
    assert free["penalty"] > 0.1


def test_fitted_weights_are_written_with_what_fitted_them(tmp_path: Path) -> None:
    table = tmp_path / "ranker.csv"
    shutil.copy(Path(taxonomy_map.__file__).with_name("ranker.csv"), table)
    write_params({"vote": 0.123456}, "a test fit", table)
    with table.open(encoding="utf-8") as fh:
        rows = {r["name"]: r for r in csv.DictReader(fh)}
    assert rows["vote"]["value"] == "0.1235" and rows["vote"]["fitted_by"] == "a test fit"
    assert rows["threshold"]["fitted_by"] == "hand"


def test_use_params_ranks_with_other_weights_and_back() -> None:
    line = LineQuery("is", "Interest expense", "monetary", frozenset({"nonoperating"}))
    before = ranker.choose(line)
    ranker.use_params({"nonoperating_bonus": -5.0})
    try:
        assert ranker.choose(line).concept != "InterestExpenseNonoperating"
    finally:
        ranker.use_params(None)
    assert ranker.choose(line) == before


def test_a_guard_in_the_table_keeps_a_weights_sign_whatever_its_prior() -> None:
    # the issuer's concept always has the feature: a free fit would make it a bonus
    lines = [_line({"similarity": 0.8, "name_only": 1.0}, [{"similarity": 0.9}]) for _ in range(20)]
    lines += [_line({"similarity": 0.9}, [{"similarity": 0.7}]) for _ in range(20)]
    prior = {"similarity": 1.0, "name_only": 0.0}
    assert fit_weights(lines, ["similarity", "name_only"], prior)["name_only"] > 0.1  # no guard, prior 0: free
    guarded = fit_weights(lines, ["similarity", "name_only"], prior, {"name_only": "negative"})
    assert guarded["name_only"] == pytest.approx(0.0, abs=1e-6)
    fixed = fit_weights(lines, ["similarity", "name_only"], {"similarity": 1.0, "name_only": -0.2},
                        {"name_only": "fixed"})
    assert fixed["name_only"] == -0.2


def test_every_weight_has_a_guard_and_the_table_keeps_within_it() -> None:
    table_guards = guards()
    for name in features.NAMES:
        assert table_guards.get(name) in ("positive", "negative", "free", "fixed"), name
    assert table_guards["memory"] == "fixed" and table_guards["similarity"] == "positive"
    assert not kept_within_guards(taxonomy_map.ranker_params(), table_guards, priors())
