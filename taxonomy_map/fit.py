"""Fit the ranker's feature weights (``ranker.csv``) from traced choices.

The material is one record per statement line of a training filing: the candidates the ranker
considered, each with its named features (``exporter.map.features``) and whether it is the
concept the issuer tagged. The weights come from a logistic regression over candidate pairs
(the issuer's concept against each other candidate of the same line: the difference of their
features, no intercept), so a weight says how much a feature moves a concept ahead of another.
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
statements printing both "Other income" and "Other expense" to weigh the net concepts.
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


def _pairs(lines: Iterable[TracedLine], names: Sequence[str], most: int) -> tuple[list[list[float]], list[int]]:
    x: list[list[float]] = []
    y: list[int] = []
    for line in lines:
        right = [c for c in line["candidates"] if c["right"]]
        wrong = [c for c in line["candidates"] if not c["right"]][:most]
        if not right or not wrong:
            continue
        r = right[0]["features"]
        for w in wrong:
            d = [r.get(n, 0.0) - w["features"].get(n, 0.0) for n in names]
            x.append(d)
            y.append(1)
            x.append([-v for v in d])
            y.append(0)
    return x, y


def fit_weights(lines: Sequence[TracedLine], names: Sequence[str], prior: dict[str, float],
                guard: dict[str, str] | None = None, penalty: float = 1.0, most: int = 8) -> dict[str, float]:
    """Feature weights fitted on ``lines`` (``most`` wrong candidates per line, best-scored first).

    A logistic regression over candidate pairs (the issuer's concept against each other candidate
    of its line; no intercept), solved by L-BFGS-B with each weight kept within its ``guard``
    (positive, negative, free or fixed: what a feature means is not up to the fit; a feature
    without a guard keeps the side of zero its prior is on, a prior of 0 leaving it free) and
    shrunk toward the prior by ``penalty`` (L2, per pair). The weights are then divided by the
    similarity's, which keeps the threshold on the scale of a label's similarity; fixed features
    keep their prior weight."""
    import numpy as np
    from scipy.optimize import minimize

    x_list, _ = _pairs(lines, names, most)
    x = np.array(x_list[::2], dtype=float)  # the issuer's concept minus a rival: want w.x > 0
    if not len(x):
        raise ValueError("fit_weights: no line has both the issuer's concept and another candidate")
    w0 = np.array([prior.get(n, 0.0) for n in names])
    guard = guard or {}
    kinds = [guard.get(n) or ("positive" if p > 0 else "negative" if p < 0 else "free")
             for n, p in zip(names, w0, strict=True)]
    bounds = [(p, p) if k == "fixed" else _BOUNDS[k] for k, p in zip(kinds, w0, strict=True)]
    fixed = {n for n, k in zip(names, kinds, strict=True) if k == "fixed"}
    lam = penalty / len(x)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        value = float(np.logaddexp(0.0, -z).mean()) + 0.5 * lam * float(((w - w0) ** 2).sum())
        grad = -(x.T @ (1.0 / (1.0 + np.exp(z)))) / len(x) + lam * (w - w0)
        return value, grad

    res = minimize(loss, w0, jac=True, method="L-BFGS-B", bounds=bounds)
    fitted = dict(zip(names, res.x.tolist(), strict=True))
    scale = fitted[ANCHOR] if fitted.get(ANCHOR, 0.0) > 0 else 1.0
    return {n: v if n in fixed else v / scale for n, v in fitted.items()}


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
