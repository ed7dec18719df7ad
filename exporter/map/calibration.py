"""A choice's confidence: the measured probability that its concept is the issuer's.

The ranker (:mod:`exporter.map.ranker`) picks the best candidate for a line; the confidence is a
logistic of named values of that choice (:data:`CALIBRATION`: the candidate's score and lead, what
its evidence is, what the line is, the runner-up), each weighted by a row ``calib_<name>`` of
``taxonomy_map/ranker.csv``, fitted by ``bench/crossval.py --fit-calibration`` on the choices of
company folds held out. Which concept is chosen does not depend on it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from exporter.kinds import StatementKind
from exporter.map.features import PER_SHARE_UNITS

if TYPE_CHECKING:
    from exporter.map.mapping import Candidate, LineQuery

CALIBRATION = ("score", "margin", "similarity", "exact_words", "name_only", "other_statement", "unseen", "vote",
               "vote_squared", "label_share", "label_filings", "label_filings_squared", "usage_prior", "memory",
               "total", "balance_sheet", "cash_flow", "per_share", "bank", "against", "for", "passed",
               "rewritten", "runner_vote", "runner_label_share", "runner_nested")
"""What the confidence reads of a choice: each a row ``calib_<name>`` of taxonomy_map/ranker.csv (its
weight, fitted by ``bench/crossval.py --fit`` on the choices of company folds held out)."""

_EVIDENCE = ("similarity", "vote", "memory", "usage_prior", "label_filings", "label_share", "statement_usage")
"""The evidence features, not counted among the place's features for a choice ("for")."""


def features(top: Candidate, margin: float, line: LineQuery, weights: Mapping[str, float],
             ancestors: Mapping[str, frozenset[str]], passed: int = 0,
             runner: Candidate | None = None) -> tuple[tuple[str, float], ...]:
    """The named values the confidence of choosing ``top`` for ``line`` is computed from: the
    ranker's score and lead over the ``runner``-up; what the evidence for the concept is (similarity,
    the very words or not, a concept's name or another statement's label, whether any filing wrote
    this label for it, the companies' vote, the share and number of the filings writing this very
    label that chose it, how common the concept is, the company's own memory); what the line is (a
    total, a balance-sheet or cash-flow line, a per-share amount or share count, a bank's
    statement); how many of the place's features count against and for it (by the ranker's
    ``weights``); whether a better-ranked concept went to another line; and the runner-up's vote and
    share and whether us-gaap sums one into the other (``ancestors``: the calculation tree's). Zeros
    are left out."""
    f = top.feats
    values = {
        "score": top.score,
        "margin": min(margin, weights["calib_margin_cap"]),
        "similarity": f.get("similarity", 0.0),
        "name_only": f.get("name_only", 0.0),
        "other_statement": f.get("other_statement", 0.0),
        "vote": f.get("vote", 0.0),
        "label_share": f.get("label_share", 0.0),
        "memory": f.get("memory", 0.0),
        "total": float(line.is_total),
        "balance_sheet": float(line.statement == StatementKind.BS),
        "cash_flow": float(line.statement == StatementKind.CF),
        "per_share": float(line.unit_kind in PER_SHARE_UNITS),
        "label_filings": f.get("label_filings", 0.0),
        "label_filings_squared": f.get("label_filings", 0.0) ** 2,
        "vote_squared": f.get("vote", 0.0) ** 2,
        "unseen": float(not f.get("label_share")),
        "exact_words": float(f.get("similarity", 0.0) >= 1.0),
        "usage_prior": f.get("usage_prior", 0.0),
        "bank": float(bool(line.industry)),
        "against": float(sum(1 for n, v in f.items() if v and weights.get(n, 0.0) < 0)),
        "for": float(sum(1 for n, v in f.items() if v and weights.get(n, 0.0) > 0 and n not in _EVIDENCE)),
        "passed": float(passed > 0),
    }
    if runner is not None:
        r = runner.feats
        values["runner_vote"] = r.get("vote", 0.0)
        values["runner_label_share"] = r.get("label_share", 0.0)
        values["runner_nested"] = float(runner.concept in ancestors.get(top.concept, frozenset())
                                        or top.concept in ancestors.get(runner.concept, frozenset()))
    return tuple((name, round(v, 6)) for name, v in values.items() if v)


def confidence(calib: Iterable[tuple[str, float]], weights: Mapping[str, float]) -> float:
    """The measured probability that a choice is the issuer's concept: a logistic of the named
    values of :func:`features` (``weights``' ``calib_*`` rows, fitted under company cross-validation)."""
    z = weights["calib_intercept"] + sum(weights[f"calib_{name}"] * value for name, value in calib)
    return 1.0 / (1.0 + math.exp(-z))
