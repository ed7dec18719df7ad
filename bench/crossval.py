"""Company-level cross-validation of the concept mapping: the figure that counts.

    python bench/crossval.py [--folds 5] [--jobs 1] [--only aapl,ko] [--in-sample] [--json F]

The Inline XBRL filings of ../shared/corpus/ixbrl are split by company into folds. For each
fold the concept table's label evidence is rebuilt in-process without any filing of that
fold's companies (neither their Inline XBRL rows nor their ../shared/corpus/xbrl-filings
folders), the fold's filings are stripped of their tags, exported (``--no-validate``) and
scored against the issuers' own facts as ``retag.py score`` does. Prints recall_exact and
recall_value per filing, per company (lowest first) and overall.

``--in-sample`` keeps every company in the evidence (memory, not mapping; labelled so).
``--memory`` scores only the companies with several filings, each filing exported with the
company's other filings as ``--memory`` (the general evidence still without the company).
``--fit`` refits the confidence calibration (taxonomy_map/ranker.csv) on the run's choices.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "ixbrl"
FILINGS = SHARED / "corpus" / "xbrl-filings"


def load_retag() -> ModuleType:
    spec = importlib.util.spec_from_file_location("retag", SHARED / "eval" / "retag.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"crossval: {SHARED / 'eval' / 'retag.py'} not found")
    module = importlib.util.module_from_spec(spec)
    sys.modules["retag"] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class Result:
    filing: str
    company: str
    fold: int
    truth: int
    truth_std: int
    exact: int
    value: int
    seconds: float
    error: str = ""
    # one per exported us-gaap fact whose period and value the issuer reports: (score, margin, right)
    choices: list[tuple[float, float, bool]] = field(default_factory=list)

    @property
    def recall_exact(self) -> float:
        return self.exact / self.truth_std if self.truth_std else 0.0

    @property
    def recall_value(self) -> float:
        return self.value / self.truth if self.truth else 0.0


def folds_of(companies: list[str], k: int) -> dict[str, int]:
    """Company -> fold: companies in name order dealt round-robin (deterministic)."""
    return {c: i % k for i, c in enumerate(sorted(companies))}


def _choices(model: object, gold: list) -> list[tuple[float, float, bool]]:  # type: ignore[type-arg]
    """The ranker's score and margin for each us-gaap fact whose period and value the issuer has,
    and whether the concept is the issuer's."""
    issuer: dict[tuple[str, Decimal], set[str]] = {}
    for g in gold:
        if g.ns == "std":
            issuer.setdefault((g.period, g.value), set()).add(g.concept)
    lines = {(st.code, st.table.index, ln.row.index): ln for st in model.statements for ln in st.lines}  # type: ignore[attr-defined]
    out = []
    for f in model.facts:  # type: ignore[attr-defined]
        ln = lines.get((f.statement, f.table, f.row))
        value = f.value.normalize() if f.value != 0 else Decimal(0)
        concepts = issuer.get((f.period.key(), value))
        if ln is None or f.prefix != "us-gaap" or not concepts or ln.choice.source != "ranker":
            continue
        out.append((ln.choice.score, ln.choice.margin, f.concept in concepts))
    return out


def calibration(results: list[Result], folds: int, fit: bool) -> list[str]:
    """Cross-fitted confidence (each fold's calibration fitted on the other folds) by band; with
    ``fit``, refit on all folds and write the coefficients into taxonomy_map/ranker.csv."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    def features(rows: list[tuple[float, float, bool]]) -> np.ndarray:
        return np.array([[sc, min(m, 1.0)] for sc, m, _ in rows]) if rows else np.zeros((0, 2))

    by_fold = {k: [c for r in results if r.fold == k for c in r.choices] for k in range(folds)}
    probs: list[tuple[float, bool]] = []
    for k, rows in by_fold.items():
        train = [c for j, other in by_fold.items() if j != k for c in other]
        if not rows or len({y for *_, y in train}) < 2:
            continue
        model = LogisticRegression(C=10.0).fit(features(train), [y for *_, y in train])
        probs += zip(model.predict_proba(features(rows))[:, 1].tolist(), [y for *_, y in rows], strict=True)
    bands = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]
    out = ["| confidence | facts | share right |", "|---|---:|---:|"]
    for lo, hi in bands:
        inside = [y for p, y in probs if lo <= p < hi]
        if inside:
            out.append(f"| {lo:.2f}–{min(hi, 1):.2f} | {len(inside)} | {sum(inside) / len(inside):.3f} |")
    high = [y for p, y in probs if p >= 0.9]
    if high:
        out.append(f"| **≥ 0.90** | {len(high)} | **{sum(high) / len(high):.3f}** |")
    if fit:
        every = [c for rows in by_fold.values() for c in rows]
        model = LogisticRegression(C=10.0).fit(features(every), [y for *_, y in every])
        _write_params({"calib_intercept": float(model.intercept_[0]), "calib_score": float(model.coef_[0][0]),
                       "calib_margin": float(model.coef_[0][1])})
        out.append(f"fitted on {len(every)} cross-validated facts into taxonomy_map/ranker.csv")
    return out


def _write_params(values: dict[str, float]) -> None:
    import csv

    path = ROOT / "taxonomy_map" / "ranker.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if row["name"] in values:
            row["value"] = f"{values[row['name']]:.4f}"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _run_fold(args: tuple[int, list[Path], frozenset[str], bool, dict[str, list[Path]]]) -> list[Result]:
    fold, files, exclude, in_sample, memories = args
    from exporter import export
    from exporter.map import mapping
    from taxonomy_map.build import collect_labels, filing_folders, read_filing
    from taxonomy_map.ixbrl_evidence import company_of, corpus_rows

    retag = load_retag()
    filings = [read_filing(f) for f in filing_folders(FILINGS)]
    rows = corpus_rows(CORPUS)
    mapping.use_evidence(collect_labels(filings, rows, frozenset() if in_sample else exclude))
    out: list[Result] = []
    for path in files:
        gold = retag.truth(path)
        res = Result(path.name, company_of(path.name), fold, len(gold),
                     sum(f.ns == "std" for f in gold), 0, 0, 0.0)
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / (path.stem + ".htm")
            retag.strip(path, plain)
            memory = None
            if path.name in memories:  # the company's other filings, as --memory would read them
                memory = Path(tmp) / "memory"
                memory.mkdir()
                for other in memories[path.name]:
                    (memory / other.name).symlink_to(other)
            t0 = time.perf_counter()
            try:
                result = export(plain, Path(tmp) / "out", validate=False, memory=memory)
                s = retag.score(gold, retag.instance_facts(result.files["instance"]), path.name)
                res.exact, res.value = s.exact, s.value_period
                res.choices = _choices(result.model, gold)
            except Exception as exc:  # one filing's failure must not stop the run
                res.error = f"{type(exc).__name__}: {exc}"[:200]
            res.seconds = round(time.perf_counter() - t0, 2)
        print(f"  fold {fold} {path.name:48.48} exact={res.recall_exact:6.1%} "
              f"value={res.recall_value:6.1%} {res.seconds:5.1f}s {res.error}", file=sys.stderr, flush=True)
        out.append(res)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5, help="company folds (default: %(default)s)")
    ap.add_argument("--jobs", type=int, default=1, help="folds run at once (default: %(default)s)")
    ap.add_argument("--only", default="", help="comma-separated companies to score (others still "
                    "count in the folds)")
    ap.add_argument("--in-sample", action="store_true", help="keep the scored companies in the evidence")
    ap.add_argument("--memory", action="store_true", help="score only companies with several filings, "
                    "each filing exported with --memory of the company's other filings")
    ap.add_argument("--json", type=Path, help="write per-filing results here")
    ap.add_argument("--fit", action="store_true", help="refit the confidence calibration on the "
                    "cross-validated choices and write it into taxonomy_map/ranker.csv")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir() or not FILINGS.is_dir():
        raise SystemExit(f"crossval: needs {CORPUS} and {FILINGS}")
    from taxonomy_map.ixbrl_evidence import company_of

    files = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in (".htm", ".html"))
    fold_of = folds_of(sorted({company_of(p.name) for p in files}), args.folds)
    only = {c.strip().lower() for c in args.only.split(",") if c.strip()}
    jobs = []
    for fold in range(args.folds):
        members = frozenset(c for c, f in fold_of.items() if f == fold)
        todo = [p for p in files if company_of(p.name) in members and (not only or company_of(p.name) in only)]
        memories: dict[str, list[Path]] = {}
        if args.memory:
            for p in todo:
                memories[p.name] = [q for q in files if company_of(q.name) == company_of(p.name) and q != p]
            todo = [p for p in todo if memories[p.name]]
        if todo:
            jobs.append((fold, todo, members, args.in_sample, memories))
    t0 = time.perf_counter()
    if args.jobs > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            results = [r for chunk in pool.map(_run_fold, jobs) for r in chunk]
    else:
        results = [r for job in jobs for r in _run_fold(job)]
    results.sort(key=lambda r: r.filing)
    label = "in-sample" if args.in_sample else f"cross-validated, {args.folds} company folds"
    if args.memory:
        label += ", with the company's other filings as --memory"
    print(f"| filing | fold | statement facts | recall_exact | recall_value | seconds |  ({label})")
    print("|---|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r.filing} | {r.fold} | {r.truth} | {r.recall_exact:.3f} | {r.recall_value:.3f} | "
              f"{r.seconds:.1f} |{' ' + r.error if r.error else ''}")
    by_company: dict[str, list[Result]] = {}
    for r in results:
        by_company.setdefault(r.company, []).append(r)
    comp = sorted(((sum(r.exact for r in rs) / max(1, sum(r.truth_std for r in rs)), c)
                   for c, rs in by_company.items()))
    exact = sum(r.exact for r in results) / max(1, sum(r.truth_std for r in results))
    value = sum(r.value for r in results) / max(1, sum(r.truth for r in results))
    print("\nlowest companies: " + ", ".join(f"{c} {v:.3f}" for v, c in comp[:8]))
    print(f"companies below 0.55: {sum(v < 0.55 for v, _ in comp)} of {len(comp)}")
    print(f"crossval ({label}): filings={len(results)} failed={sum(bool(r.error) for r in results)} "
          f"recall_exact={exact:.4f} recall_value={value:.4f} seconds={time.perf_counter() - t0:.0f}")
    print(f"recall_exact / recall_value = {exact / value if value else 0:.3f}")
    print("\ncalibration (cross-fitted):")
    print("\n".join(calibration(results, args.folds, args.fit and not args.in_sample and not args.memory)))
    if args.json:
        args.json.write_text(json.dumps([dict(vars(r), recall_exact=r.recall_exact,
                                              recall_value=r.recall_value) for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
