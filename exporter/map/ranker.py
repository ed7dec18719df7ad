"""The ranker's choice for a statement line: the best candidate not taken by another line
(:mod:`exporter.map.scoring`) when it scores :data:`mapping.THRESHOLD` or more, else a company
extension concept (a non-GAAP measure, an item us-gaap has retired, a deprecated concept's wording
with no successor); its confidence (:mod:`exporter.map.calibration`), and what it ranks with
(:func:`use_params`, :func:`use_evidence`: the weights and label evidence of cross-validation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import taxonomy_map
from exporter.kinds import DecidedBy, StatementKind
from exporter.map import calibration, mapping
from exporter.map.deprecated import deprecated_named
from exporter.map.label_scan import ZONE_TOKENS, label_words
from exporter.map.labels import tokens
from exporter.map.mapping import NON_GAAP, RETIRED_ITEM, Candidate, Choice, LineQuery
from exporter.map.scoring import forget_scans, ranking
from taxonomy_map.reserved import deprecated


def use_evidence(rows: list[taxonomy_map.LabelEvidence] | None) -> None:
    """Rank against ``rows`` instead of the packaged label table (None: back to it).

    For cross-validation: a table built without a company's filings scores that company.
    """
    mapping._evidence = rows  # (what mapping.build_index reads)
    mapping.index.cache_clear()
    forget_scans()


def use_params(params: dict[str, float] | None) -> None:
    """Rank with these weights and thresholds instead of the table's (None: back to ranker.csv).

    For cross-validation: each fold is scored with weights fitted on the other folds."""
    mapping.P = dict(taxonomy_map.ranker_params()) | dict(params or {})
    mapping.THRESHOLD = mapping.P["threshold"]
    forget_scans()


def choose(line: LineQuery, taken: Iterable[str] = (), confident: bool = True) -> Choice:
    """Pick a concept for ``line`` (skipping ``taken`` ones), or say it needs an extension.
    ``confident=False``: a ranker's choice is made without its confidence and calibration values
    (0.0 and none), for a pass whose choices only the next pass reads (the concept, score, margin)."""
    if mapping.active_trace is None:
        return _choose(line, taken, confident)
    mapping.active_trace.last = []
    choice = _choose(line, taken, True)
    mapping.active_trace.choices[id(choice)] = (choice, mapping.active_trace.last)
    return choice


_CANDIDATES_READ = 12  # a line's best candidates looked at (those taken by other lines are passed over)
_CANDIDATES_SAID = 4  # of them the best not taken, and its runners-up shown in the report


_SPLIT_CLASSES = taxonomy_map.generic_lines().get("deprecated_split", {})  # taxonomy_map/generic_lines.csv


def _common_successor(gone: str, cands: list[Candidate], label: str) -> bool:
    """Is the best candidate the common-stock concept a deprecated concept was split into (us-gaap
    2023: ``TreasuryStockShares`` into ``TreasuryStockCommonShares`` and ``...PreferredShares``),
    for a line that names no preferred stock ("Treasury stock, shares")? The classes:
    ``generic_lines.csv``, kind ``deprecated_split``."""
    if not cands:
        return False
    words = set(tokens(label))
    best, was = set(re.findall(r"[A-Z][a-z]+", cands[0].concept)), set(re.findall(r"[A-Z][a-z]+", gone))
    return any(best == was | {kept} and not set(tokens(other)) & words for kept, other in _SPLIT_CLASSES.items())


_RANKING_ONLY = ("joined_one_named",)
"""Features that rank a line's candidates against each other without saying that no us-gaap concept
fits it: "Tools and supplies" is rather a concept of both than SuppliesExpense, but SuppliesExpense
rather than a company extension concept. Left out of the score held against :data:`mapping.THRESHOLD`."""


def _ranking_only(cand: Candidate) -> float:
    """What :data:`_RANKING_ONLY` features add to ``cand``'s score."""
    return sum(mapping.P[name] * cand.feats.get(name, 0.0) for name in _RANKING_ONLY)


def _choose(line: LineQuery, taken: Iterable[str], confident: bool = True) -> Choice:
    used = set(taken)
    if NON_GAAP in label_words(line.label):
        return Choice(None, 1.0, "a non-GAAP measure (adjusted, pro forma, excluding one-time items): "
                      "no us-gaap concept means it", (), DecidedBy.EXTENSION)
    if line.statement in (StatementKind.IS, StatementKind.CF) and RETIRED_ITEM.search(line.label):
        return Choice(None, 1.0, "an item us-gaap has retired (an extraordinary item, the cumulative effect of "
                      "an accounting change): no live concept means it", (), DecidedBy.EXTENSION)
    cands: list[Candidate] = []  # of the best twelve, those not taken: the first four are all said
    passed = 0  # better-ranked candidates other lines took
    for place, cand in enumerate(ranking(line)):
        if place == _CANDIDATES_READ or len(cands) == _CANDIDATES_SAID:
            break
        if cand.concept not in used:
            cands.append(cand)
        elif not cands:
            passed += 1
    zone = frozenset(t for z in line.zone for t in ZONE_TOKENS.get(z, ()))
    gone = deprecated_named(line.label, zone)
    if gone is not None and not (cands and cands[0].score >= mapping.P["deprecated_keep"]) \
            and not _common_successor(gone, cands, line.label):
        return Choice(None, cands[0].score if cands else 0.0,
                      f"worded as us-gaap {gone}, deprecated in {deprecated()[gone].since} with no "
                      f"concept of the same meaning", tuple(cands[:3]), DecidedBy.EXTENSION)
    if not cands or cands[0].score - _ranking_only(cands[0]) < mapping.THRESHOLD:
        best = f"; best was {cands[0].concept} at {cands[0].score:.2f}" if cands else ""
        return Choice(None, cands[0].score if cands else 0.0,
                      f"no us-gaap concept scored {mapping.THRESHOLD} or more{best}",
                      tuple(cands[:3]), DecidedBy.EXTENSION)
    top = cands[0]
    if passed and top.feats.get("other_side") and not line.negative_shown:
        # the line's better concepts went to other lines: the next, of the other side of the balance
        # sheet, would store an asset as a negative claim ("Deferred income taxes" among the current
        # assets, its asset concept the noncurrent line's, as DeferredIncomeTaxLiabilitiesNet)
        return Choice(None, top.score, f"its better concepts went to other lines and the next, {top.concept}, is "
                      "of the other side of the balance sheet: a company extension concept", tuple(cands[:3]),
                      DecidedBy.EXTENSION)
    margin = top.score - (cands[1].score if len(cands) > 1 else 0.0)
    alts = tuple(Candidate(c.concept, round(min(1.0, c.score), 2), c.why) for c in cands[1:4])
    if not confident:
        return Choice(top.concept, 0.0, top.why, alts, score=top.score, margin=margin)
    calib = calibration.features(top, margin, line, mapping.P, mapping.index().ancestors, passed,
                                 cands[1] if len(cands) > 1 else None)
    return Choice(top.concept, round(calibration.confidence(calib, mapping.P), 2), top.why, alts, score=top.score,
                  margin=margin, calib=calib)


def retaken(choice: Choice, concept: str, reason: str) -> Choice:
    """``choice`` once a later step gave its line another us-gaap ``concept`` (a conflict between
    statements, a refuted sign, a statement's era) for ``reason``: the concept it had first among the
    runners-up, ``concept`` no longer among them, the calibration values and confidence rewritten
    (:func:`rewritten`)."""
    old = Candidate(choice.concept or "", choice.score, choice.reason)
    rest = tuple(a for a in choice.alternatives if a.concept != concept)
    return replace(choice, concept=concept, reason=reason, alternatives=(old, *rest), **rewritten(choice))


def rewritten(choice: Choice) -> dict[str, Any]:
    """The calibration values and confidence of ``choice`` once a later step (a sign refuted, a
    conflict between statements, a printed total's parts) gave its line another concept: for
    ``dataclasses.replace``."""
    if not choice.calib:
        return {}
    calib = (*((n, v) for n, v in choice.calib if n != "rewritten"), ("rewritten", 1.0))
    return {"calib": calib, "confidence": round(calibration.confidence(calib, mapping.P), 2)}


