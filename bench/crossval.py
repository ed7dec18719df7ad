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
``--fit`` refits the ranker's feature weights and the confidence calibration (taxonomy_map/ranker.csv);
``--fit-calibration`` refits only the calibration (the rows ``calib_*``: which concept is chosen does
not change), ``--from-json F`` reads the choices of an earlier ``--json F`` run instead of exporting.
``--json F`` also lists, per filing, each line whose us-gaap fact has a period and value the issuer
reports (``misses``: statement, section, label, the concept chosen, the issuer's, whether they agree):
the wrong choices of companies scored without their own filings, to tabulate by class.
The calibration table is nested: each fold's facts get the confidence of a model fitted on the other
folds' choices (the ranker's evidence for both without the fold's companies).
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from exporter.map.features import NAMES  # noqa: E402
from taxonomy_map import ranker_params  # noqa: E402
from taxonomy_map.fit import Cand, TracedLine, fit_weights, guards, kept_within_guards, pick_rate, priors, write_params  # noqa: E402

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
    # one per exported us-gaap fact whose period and value the issuer reports: the choice's
    # calibration values (calibration.features) and whether the concept is the issuer's
    choices: list[tuple[dict[str, float], bool]] = field(default_factory=list)
    # with --fit: every ranked line with its candidates' features and which is the issuer's
    lines: list[TracedLine] = field(default_factory=list)
    # one per line with a us-gaap fact whose period and value the issuer reports: statement, section,
    # label, the concept chosen, the issuer's, what decided, whether it is the issuer's ("yes" or "")
    misses: list[dict[str, str]] = field(default_factory=list)

    @property
    def recall_exact(self) -> float:
        return self.exact / self.truth_std if self.truth_std else 0.0

    @property
    def recall_value(self) -> float:
        return self.value / self.truth if self.truth else 0.0


def folds_of(companies: list[str], k: int) -> dict[str, int]:
    """Company -> fold: companies in name order dealt round-robin (deterministic)."""
    return {c: i % k for i, c in enumerate(sorted(companies))}


def _choices(model: object, gold: list) -> list[tuple[dict[str, float], bool]]:  # type: ignore[type-arg]
    """The calibration values of the choice of each us-gaap fact whose period and value the issuer
    has, and whether the concept is the issuer's."""
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
        out.append((dict(ln.choice.calib), f.concept in concepts))
    return out


def _misses(model: object, gold: list) -> list[dict[str, str]]:  # type: ignore[type-arg]
    """The lines whose us-gaap facts have the issuer's period and value, and whether the concept is
    the issuer's (the first such fact of each line)."""
    issuer: dict[tuple[str, Decimal], set[str]] = {}
    for g in gold:
        if g.ns == "std":
            issuer.setdefault((g.period, g.value), set()).add(g.concept)
    lines = {(st.code, st.table.index, ln.row.index): ln for st in model.statements for ln in st.lines}  # type: ignore[attr-defined]
    out: dict[tuple[str, int, int], dict[str, str]] = {}
    for f in model.facts:  # type: ignore[attr-defined]
        ln = lines.get((f.statement, f.table, f.row))
        value = f.value.normalize() if f.value != 0 else Decimal(0)
        concepts = issuer.get((f.period.key(), value))
        if ln is None or f.prefix != "us-gaap" or not concepts:
            continue
        out.setdefault((f.statement, f.table, f.row), {
            "statement": f.statement, "section": ln.row.section, "label": ln.label, "chosen": f.concept,
            "wanted": " ".join(sorted(concepts)), "source": str(ln.choice.source),
            "right": "yes" if f.concept in concepts else ""})
    return list(out.values())


def _traced(model: object, gold: list, trace: object, res: Result) -> list[TracedLine]:  # type: ignore[type-arg]
    """Each ranked line's candidates (features) marked right where the concept is the one the
    issuer tagged on most of the line's values (same period and absolute value)."""
    from exporter.map import mapping
    from exporter.map.features import score

    issuer: dict[tuple[str, Decimal], set[str]] = {}
    for g in gold:
        if g.ns == "std":
            issuer.setdefault((g.period, abs(g.value).normalize()), set()).add(g.concept)
    facts: dict[tuple[str, int, int], list[set[str]]] = {}
    for f in model.facts:  # type: ignore[attr-defined]
        value = abs(f.value).normalize() if f.value != 0 else Decimal(0)
        facts.setdefault((f.statement, f.table, f.row), []).append(issuer.get((f.period.key(), value), set()))
    out: list[TracedLine] = []
    for st in model.statements:  # type: ignore[attr-defined]
        for ln in st.lines:
            rows = trace.of(ln.choice)  # type: ignore[attr-defined]
            found = facts.get((st.code, st.table.index, ln.row.index), [])
            if not rows or not found:
                continue
            votes: dict[str, int] = {}
            for concepts in found:
                for c in concepts:
                    votes[c] = votes.get(c, 0) + 1
            if not votes or 2 * max(votes.values()) < len(found):
                continue  # the issuer's concept for this line is not known
            top = max(votes.values())
            right = {c for c, n in votes.items() if n == top}
            ranked = sorted(rows, key=lambda r: -score(r[1], mapping.P))
            out.append(TracedLine(filing=res.filing, company=res.company, fold=res.fold, candidates=[
                Cand(concept=c, features=dict(f), right=c in right) for c, f in ranked]))
    return out


BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]


def _calibration_model(rows: list[tuple[dict[str, float], bool]], names: tuple[str, ...]) -> object:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([[feats.get(n, 0.0) for n in names] for feats, _ in rows])
    return LogisticRegression(C=10.0, max_iter=2000).fit(x, [y for _, y in rows])


def _predict(model: object, rows: list[tuple[dict[str, float], bool]], names: tuple[str, ...]) -> list[float]:
    import numpy as np

    x = np.array([[feats.get(n, 0.0) for n in names] for feats, _ in rows])
    return [float(p) for p in model.predict_proba(x)[:, 1]]  # type: ignore[attr-defined]


def nested(by_fold: dict[int, list[tuple[dict[str, float], bool]]],
           names: tuple[str, ...]) -> list[tuple[float, bool]]:
    """Each fold's facts with the confidence of a model fitted on the other folds' choices, rounded
    to two places as the product shows it: (confidence, right)."""
    out: list[tuple[float, bool]] = []
    for k, rows in sorted(by_fold.items()):
        train = [c for j, other in by_fold.items() if j != k for c in other]
        if not rows or len({y for _, y in train}) < 2:
            continue
        model = _calibration_model(train, names)
        out += zip((round(p, 2) for p in _predict(model, rows, names)), (y for _, y in rows), strict=True)
    return out


def band_table(probs: list[tuple[float, bool]]) -> list[str]:
    """Confidence band -> facts, share right; then the facts at 0.90 or more."""
    out = ["| confidence | facts | share right |", "|---|---:|---:|"]
    for lo, hi in BANDS:
        inside = [y for p, y in probs if lo <= p < hi]
        if inside:
            out.append(f"| {lo:.2f}–{min(hi, 1):.2f} | {len(inside)} | {sum(inside) / len(inside):.3f} |")
    high = [y for p, y in probs if p >= 0.9]
    if high:
        out.append(f"| **≥ 0.90** | {len(high)} | **{sum(high) / len(high):.3f}** ({sum(high)} right) |")
    return out


def calibration(results: list[Result], folds: int, fit: bool) -> list[str]:
    """The nested calibration table (each fold's confidence model fitted on the other folds' choices),
    with the two-value model of score and margin alone beside it; with ``fit``, the model refitted on
    every fold's choices is written into taxonomy_map/ranker.csv (rows ``calib_*``)."""
    from exporter.map.calibration import CALIBRATION

    by_fold = {k: [c for r in results if r.fold == k for c in r.choices] for k in range(folds)}
    probs = nested(by_fold, CALIBRATION)
    out = band_table(probs)
    for label, names in (("score and margin only", ("score", "margin")),):
        base = [y for p, y in nested(by_fold, names) if p >= 0.9]
        if base:
            out.append(f"({label}: ≥ 0.90 right {sum(base) / len(base):.4f} of {len(base)} facts)")
    if fit:
        every = [c for rows in by_fold.values() for c in rows]
        model = _calibration_model(every, CALIBRATION)
        calib = {"calib_intercept": float(model.intercept_[0])}  # type: ignore[attr-defined]
        calib |= {f"calib_{n}": float(w) for n, w in zip(CALIBRATION, model.coef_[0], strict=True)}  # type: ignore[attr-defined]
        outside = kept_within_guards(calib, guards(), priors())
        if outside:
            out.append(f"calibration not written: outside its guard in ranker.csv: {', '.join(outside)}")
        else:
            write_params(calib, f"crossval --fit: LogisticRegression on {len(every)} cross-validated facts")
            out.append(f"fitted on {len(every)} cross-validated facts into taxonomy_map/ranker.csv")
    return out


Job = tuple[int, list[Path], frozenset[str], bool, dict[str, list[Path]], dict[str, float] | None, bool]


def _run_fold(args: Job) -> list[Result]:
    fold, files, exclude, in_sample, memories, params, trace = args
    from exporter import export
    from exporter.map import mapping, ranker
    from taxonomy_map.build import collect_labels, filing_folders, read_filing
    from taxonomy_map.ixbrl_evidence import company_of, corpus_rows

    retag = load_retag()
    filings = [read_filing(f) for f in filing_folders(FILINGS)]
    rows = corpus_rows(CORPUS)
    ranker.use_evidence(collect_labels(filings, rows, frozenset() if in_sample else exclude))
    ranker.use_params(params)
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
            tracer = mapping.start_trace() if trace else None
            try:
                result = export(plain, Path(tmp) / "out", validate=False, memory=memory)
                s = retag.score(gold, retag.instance_facts(result.files["instance"]), path.name)
                res.exact, res.value = s.exact, s.value_period
                res.choices = _choices(result.model, gold)
                res.misses = _misses(result.model, gold)
                if tracer is not None:
                    res.lines = _traced(result.model, gold, tracer, res)
            except Exception as exc:  # one filing's failure must not stop the run
                res.error = f"{type(exc).__name__}: {exc}"[:200]
            finally:
                mapping.stop_trace()
            res.seconds = round(time.perf_counter() - t0, 2)
        print(f"  fold {fold} {path.name:48.48} exact={res.recall_exact:6.1%} "
              f"value={res.recall_value:6.1%} {res.seconds:5.1f}s {res.error}", file=sys.stderr, flush=True)
        out.append(res)
    return out


def _run_jobs(jobs: list[Job], n: int) -> list[Result]:
    if n > 1:
        with multiprocessing.get_context("fork").Pool(n) as pool:
            return [r for chunk in pool.map(_run_fold, jobs) for r in chunk]
    return [r for job in jobs for r in _run_fold(job)]


def _overall(results: list[Result]) -> tuple[float, float, int, int]:
    """recall_exact, recall_value, companies whose recall_exact is under 0.55, companies."""
    by_company: dict[str, list[Result]] = {}
    for r in results:
        by_company.setdefault(r.company, []).append(r)
    comp = [sum(r.exact for r in rs) / max(1, sum(r.truth_std for r in rs)) for rs in by_company.values()]
    exact = sum(r.exact for r in results) / max(1, sum(r.truth_std for r in results))
    value = sum(r.value for r in results) / max(1, sum(r.truth for r in results))
    return exact, value, sum(v < 0.55 for v in comp), len(comp)


def _trace_lines(jobs: list[Job], n: int, path: Path | None) -> list[TracedLine]:
    """Every ranked line of every fold (evidence without the fold's companies) with its candidates."""
    if path is not None and path.exists():
        return list(json.loads(path.read_text()))
    results = _run_jobs([(*job[:5], None, True) for job in jobs], n)
    lines = [ln for r in results for ln in r.lines]
    exact, value, below, companies = _overall(results)
    print(f"traced with the table's weights: recall_exact={exact:.4f} recall_value={value:.4f} "
          f"companies below 0.55: {below} of {companies}, {len(lines)} lines", file=sys.stderr)
    if path is not None:
        path.write_text(json.dumps(lines))
    return lines


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
    ap.add_argument("--fit", action="store_true", help="fit the ranker's feature weights (each fold's on the "
                    "other folds' traced lines, then the table's on all) and the confidence calibration, "
                    "score the folds with their own fold's weights and write the table's into "
                    "taxonomy_map/ranker.csv")
    ap.add_argument("--traces", type=Path, help="with --fit: read the traced lines from this file if it "
                    "exists (else trace and write it)")
    ap.add_argument("--fit-calibration", action="store_true", help="refit only the confidence calibration "
                    "(rows calib_* of taxonomy_map/ranker.csv) on the run's choices; the ranker's weights stay")
    ap.add_argument("--from-json", type=Path, help="read the per-filing results of an earlier --json run "
                    "(with the same code and table) instead of exporting")
    args = ap.parse_args(argv)
    if args.from_json:
        got = [Result(**{k: v for k, v in r.items() if k in Result.__dataclass_fields__ and k != "lines"})
               for r in json.loads(args.from_json.read_text())]
        for r in got:
            r.choices = [(dict(feats), bool(y)) for feats, y in r.choices]
        print("calibration (nested: each fold's confidence model fitted on the other folds' choices):")
        print("\n".join(calibration(got, max(r.fold for r in got) + 1, args.fit_calibration)))
        return 0
    if not CORPUS.is_dir() or not FILINGS.is_dir():
        raise SystemExit(f"crossval: needs {CORPUS} and {FILINGS}")
    from taxonomy_map.ixbrl_evidence import company_of

    files = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in (".htm", ".html"))
    fold_of = folds_of(sorted({company_of(p.name) for p in files}), args.folds)
    only = {c.strip().lower() for c in args.only.split(",") if c.strip()}
    jobs: list[Job] = []
    for fold in range(args.folds):
        members = frozenset(c for c, f in fold_of.items() if f == fold)
        todo = [p for p in files if company_of(p.name) in members and (not only or company_of(p.name) in only)]
        memories: dict[str, list[Path]] = {}
        if args.memory:
            for p in todo:
                memories[p.name] = [q for q in files if company_of(q.name) == company_of(p.name) and q != p]
            todo = [p for p in todo if memories[p.name]]
        if todo:
            jobs.append((fold, todo, members, args.in_sample, memories, None, False))
    t0 = time.perf_counter()
    fitted: dict[str, float] = {}
    fit_note = ""
    if args.fit:
        penalty = ranker_params()["fit_penalty"]
        lines = _trace_lines(jobs, args.jobs, args.traces)
        per_fold = {}
        for job in jobs:
            train = [ln for ln in lines if ln["fold"] != job[0]]
            per_fold[job[0]] = fit_weights(train, NAMES, priors(), guards(), penalty)
            held = [ln for ln in lines if ln["fold"] == job[0]]
            old, new = pick_rate(held, ranker_params()), pick_rate(held, per_fold[job[0]])
            print(f"fold {job[0]}: issuer's concept ranked first on held-out lines: table weights "
                  f"{old[0]}/{old[1]}, fitted {new[0]}/{new[1]}", file=sys.stderr)
        jobs = [(*job[:5], per_fold[job[0]], False) for job in jobs]
        fitted = fit_weights(lines, NAMES, priors(), guards(), penalty)
        fit_note = (f"crossval --fit: conditional logit (guarded, L-BFGS-B) on {len(lines)} lines of "
                    f"{len({ln['filing'] for ln in lines})} filings")
    results = _run_jobs(jobs, args.jobs)
    results.sort(key=lambda r: r.filing)
    label = "in-sample" if args.in_sample else f"cross-validated, {args.folds} company folds"
    if args.fit:
        label += ", each fold ranked with weights fitted on the other folds"
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
    print("\ncalibration (nested: each fold's confidence model fitted on the other folds' choices):")
    print("\n".join(calibration(results, args.folds, (args.fit or args.fit_calibration) and not args.in_sample
                                 and not args.memory)))
    if fitted and not args.in_sample and not args.memory:
        write_params({k: v for k, v in fitted.items() if guards().get(k) != "fixed"}, fit_note)
        print("weights " + fit_note + ": " + ", ".join(f"{k} {v:.3f}" for k, v in fitted.items()))
    if args.json:
        args.json.write_text(json.dumps([dict(vars(r), lines=len(r.lines), recall_exact=r.recall_exact,
                                              recall_value=r.recall_value) for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
