"""Fit the ranker's feature weights (``ranker.csv``) from traced choices.

The material is one record per statement line of a training filing: the candidates the ranker
considered, each with its named features (``exporter.map.features``) and whether it is the
concept the issuer tagged. The weights come from a conditional logit over each line's candidates
(the probability that the issuer's concept is the one chosen is the softmax of the candidates'
scores; no intercept), so a weight says how much a feature moves a concept ahead of the others
of its line. Under company cross-validation (each fold's weights fitted on the other folds'
lines) it ranked the issuer's concept first on 0.783 of 5,903 held-out lines, a logistic
regression over candidate pairs on 0.781, the hand-set weights on 0.773; with the guards below
(code of 54ebacc) on 0.772 of 5,928, the hand-set weights on 0.770.
They are rescaled so that label similarity weighs 1, which keeps the extension ``threshold``
on the scale of a label's similarity. ``bench/crossval.py --fit`` traces the lines of every
company with a concept table built without that company, fits each fold's weights on the other
folds (to report held-out figures) and the table's weights on all of them.

Each weight's ``guard`` in the table says what the fit may do with it: ``positive`` (a bonus
stays a bonus) or ``negative`` (a penalty stays a penalty) when what the feature means fixes its
sign, ``free`` when it does not, ``fixed`` when the fit leaves it as set. Fixed are ``memory`` (no
training line has a company memory) and the weights the Inline XBRL filings cannot teach: they
(2020-2025, mostly tagged before us-gaap 2024's nonoperating interest concepts) would teach the
income statement's position features the reverse of what us-gaap 2024 means, and hold too few
banks and insurers to weigh an industry concept in a company of another industry, and too few
statements printing both "Other income" and "Other expense" to weigh the net concepts. Fixed
too: a concept's popularity (``usage_prior``, ``statement_usage``: fitted, it weighs two to three
times as set, which ranks a common concept above the one a line's words and place mean, a
financing line's working-capital change or a net concept for "Other expense", for the same
held-out pick rate: 0.783 either way) and ``outside_cf_section`` (the Inline XBRL filings' cash-flow
lines nearly always take their own activity's concepts, so they barely weigh a rule that old
text filings need). Fixed for the same reasons: the printed arithmetic and a concept's statement
(``parts_bonus``, ``under_printed_total``, ``not_under_printed_total``, ``sums_siblings``,
``against_total_balance``, ``not_in_statement``: the Inline XBRL filings' labels mostly decide their
concept by themselves, so the fit weighs these near nothing, and old text filings need them), the
label counts and the company vote (``label_filings``, ``label_share``, ``vote``: counted over every
statement they carry the cash flows' "Net loss" as ProfitLoss into the income statement, and the
vote, left alone, rises to rank the other companies' habit above the line's section) and the
noncontrolling-interest pair (``nci_total_nci_shown``, ``nci_total_no_nci``: read from the whole
company, not from where the line stands against the share deducted; fitted, the second took the
cash flows' first line, ProfitLoss by the exporter's design, to NetIncomeLoss). What is left to fit
is mostly the balance sheet's section and side weights.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypedDict

RANKER = Path(__file__).with_name("ranker.csv")
ANCHOR = "similarity"  # the feature whose weight is kept at 1 (the scale of every other weight)
GUARDS = ("positive", "negative", "free", "fixed")
_BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "positive": (0.0, None), "negative": (None, 0.0), "free": (None, None)}


class Cand(TypedDict):
    concept: str
    features: dict[str, float]
    right: bool


class TracedLine(TypedDict):
    filing: str
    company: str
    fold: int
    candidates: list[Cand]


def _blocks(lines: Iterable[TracedLine], names: Sequence[str], most: int) -> list[list[list[float]]]:
    """Each line's feature rows: the issuer's concept first, then up to ``most`` rivals (best-scored first)."""
    out = []
    for line in lines:
        right = [c for c in line["candidates"] if c["right"]]
        wrong = [c for c in line["candidates"] if not c["right"]][:most]
        if right and wrong:
            out.append([[c["features"].get(n, 0.0) for n in names] for c in (right[0], *wrong)])
    return out


def fit_weights(lines: Sequence[TracedLine], names: Sequence[str], prior: dict[str, float],
                guard: dict[str, str] | None = None, penalty: float = 1.0, most: int = 12) -> dict[str, float]:
    """Feature weights fitted on ``lines`` (``most`` wrong candidates per line, best-scored first).

    A conditional logit over each line's candidates (the issuer's concept against the others of
    its line; no intercept), solved by L-BFGS-B with each weight kept within its ``guard``
    (positive, negative, free or fixed: what a feature means is not up to the fit; a feature
    without a guard keeps the side of zero its prior is on, a prior of 0 leaving it free) and
    shrunk toward the prior by ``penalty`` (L2, per line). The fit's scale is its own (a logit's
    temperature): a fixed feature is held at its prior times the similarity's weight and every
    other weight is shrunk toward its prior on that scale; the weights are then divided by the
    similarity's, which keeps the threshold on the scale of a label's similarity and the fixed
    features at their prior weights."""
    import numpy as np
    from scipy.optimize import minimize

    blocks = _blocks(lines, names, most)
    if not blocks:
        raise ValueError("fit_weights: no line has both the issuer's concept and another candidate")
    sizes = np.array([len(b) for b in blocks])
    x = np.array([row for b in blocks for row in b], dtype=float)
    first = np.concatenate([[0], np.cumsum(sizes)[:-1]])  # the issuer's concept's row of each line
    line_of = np.repeat(np.arange(len(blocks)), sizes)
    w0 = np.array([prior.get(n, 0.0) for n in names])
    guard = guard or {}
    kinds = [guard.get(n) or ("positive" if p > 0 else "negative" if p < 0 else "free")
             for n, p in zip(names, w0, strict=True)]
    fixed = {n for n, k in zip(names, kinds, strict=True) if k == "fixed"}
    if ANCHOR not in names or ANCHOR in fixed:
        raise ValueError(f"fit_weights: {ANCHOR} must be among the fitted features")
    a = list(names).index(ANCHOR)
    free = [i for i, n in enumerate(names) if n not in fixed]
    fixed_i = [i for i, n in enumerate(names) if n in fixed]
    x_fit = x[:, free].copy()
    a_fit = free.index(a)
    x_fit[:, a_fit] += x[:, fixed_i] @ w0[fixed_i]  # fixed features move with the similarity's weight
    target = w0[free] / w0[a] if w0[a] > 0 else w0[free]  # each prior on the similarity's scale
    target[a_fit] = 0.0
    bounds = [_BOUNDS[kinds[i]] for i in free]
    lam = penalty / len(blocks)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x_fit @ w
        top = np.maximum.reduceat(s, first)
        e = np.exp(s - top[line_of])
        z = np.add.reduceat(e, first)
        gap = w - target * w[a_fit]  # how far each weight is from its prior (times the similarity's)
        gap[a_fit] = 0.0
        value = float((top + np.log(z) - s[first]).mean()) + 0.5 * lam * float((gap**2).sum())
        p = e / z[line_of]  # each candidate's probability of being the one chosen
        grad = ((x_fit * p[:, None]).sum(axis=0) - x_fit[first].sum(axis=0)) / len(blocks) + lam * gap
        grad[a_fit] -= lam * float((gap * target).sum())
        return value, grad

    start = np.where(np.isin(np.arange(len(names)), free), w0, 0.0)[free]
    res = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds)
    scale = res.x[a_fit] if res.x[a_fit] > 0 else 1.0
    out = {n: float(w0[i]) for i, n in enumerate(names) if n in fixed}
    out |= {names[i]: float(res.x[j] / scale) for j, i in enumerate(free)}
    return {n: out[n] for n in names}


def pick_rate(lines: Iterable[TracedLine], weights: dict[str, float]) -> tuple[int, int]:
    """(lines whose best-scored candidate is the issuer's, lines with the issuer's among candidates)."""
    good = total = 0
    for line in lines:
        cands = line["candidates"]
        if not any(c["right"] for c in cands):
            continue
        total += 1
        best = max(cands, key=lambda c: (sum(weights.get(n, 0.0) * v for n, v in c["features"].items()),
                                         c["concept"]))
        good += best["right"]
    return good, total


def priors(path: Path = RANKER) -> dict[str, float]:
    """The table's ``prior`` column: each weight as set by hand, before any fit (its sign is kept)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["name"]: float(r["prior"]) for r in csv.DictReader(fh) if r.get("prior")}


def guards(path: Path = RANKER) -> dict[str, str]:
    """The table's ``guard`` column: what the fit may do with each weight (positive, negative, free, fixed)."""
    with path.open(encoding="utf-8", newline="") as fh:
        out = {r["name"]: r["guard"] for r in csv.DictReader(fh)}
    wrong = {n: g for n, g in out.items() if g not in GUARDS}
    if wrong:
        raise ValueError(f"{path.name}: unknown guard {wrong} (one of {', '.join(GUARDS)})")
    return out


def kept_within_guards(values: dict[str, float], guard: dict[str, str], prior: dict[str, float]) -> list[str]:
    """The weights in ``values`` outside their guard (a fixed weight moved, a bonus turned penalty)."""
    bad = []
    for n, v in values.items():
        g = guard.get(n, "free")
        if (g == "positive" and v < 0) or (g == "negative" and v > 0) or (g == "fixed" and v != prior.get(n, v)):
            bad.append(f"{n} {v:.4f} ({g})")
    return bad


def write_params(values: dict[str, float], fitted_by: str, path: Path = RANKER) -> None:
    """Write ``values`` into the table's rows of the same names, saying what fitted them."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if row["name"] in values:
            row["value"] = f"{values[row['name']]:.4f}"
            row["fitted_by"] = fitted_by
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
