"""The cross-statement checks over documents without text keys: what each check compares and what
it reports, per filing, to show a check widened without false alarms (and what it only warns of).

    python bench/checks_sweep.py [--part dev|unkeyed|all] [-v]

``dev``: the in-sample Inline XBRL filings, tags stripped (bench/retag_split.py's split);
``unkeyed``: the text filings of ``corpus/edgar-text`` without an answer key and the HTML 8-Ks of
``corpus/html-8k`` outside the held-out companies. One line per filing: the comparisons each
check made (``EPS 4/4``: four made, four agreed), the error findings and the cross-check warnings;
then the totals and the filings where the EPS check compared nothing although the income statement
prints per-share lines.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retag_split import SHARED, corpus_files, retag_module  # noqa: E402

TEXT = SHARED / "corpus" / "edgar-text"
HTML_8K = SHARED / "corpus" / "html-8k"
HELD_OUT_8K = ("1341439", "Oracle")  # the held-out companies' 8-Ks (bench/retag_split.py's HELD_OUT)


def unkeyed() -> list[Path]:
    keyed = {k.name.removesuffix(".golden.tsv") for k in (TEXT / "keys").glob("*.golden.tsv")}
    text = [f for f in sorted(TEXT.iterdir()) if f.is_file() and f.name not in keyed]
    html = [f for f in sorted(HTML_8K.iterdir()) if f.is_file() and not any(h in f.name for h in HELD_OUT_8K)]
    return text + html


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("all", "dev", "unkeyed"), default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each error finding")
    args = ap.parse_args(argv)

    import exporter.understand.extract as extract_module
    from exporter.check.cross import Agreed, cross_findings, cross_results
    from exporter.check.finding import Finding
    from exporter.read.documents import read_filing
    from exporter.understand.extract import extract
    from exporter.understand.records import PER_SHARE_UNIT, Statement

    compared: list[Finding | Agreed] = []

    def findings(statements: list[Statement]) -> list[Finding]:  # every comparison, as the export makes it
        compared[:] = cross_results(statements)
        return cross_findings(statements)

    extract_module.cross_findings = findings  # type: ignore[assignment]

    made: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    errors = warned = 0
    silent: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs: list[Path] = []
        if args.part in ("all", "dev"):
            retag = retag_module()
            for f in corpus_files("dev"):
                plain = Path(tmp) / (f.stem + ".htm")
                retag.strip(f, plain)
                inputs.append(plain)
        if args.part in ("all", "unkeyed"):
            inputs += unkeyed()
        for path in inputs:
            compared.clear()
            try:
                ex = extract(read_filing(path))
            except Exception as e:  # noqa: BLE001 - a refusal is a result here
                print(f"{path.name[:60]:60} refused ({type(e).__name__})", flush=True)
                continue
            results = list(compared)
            mine: Counter[str] = Counter(r.code.removeprefix("EXP.cross.") for r in results)
            ok: Counter[str] = Counter(r.code.removeprefix("EXP.cross.") for r in results if isinstance(r, Agreed))
            made.update(mine)
            agreed.update(ok)
            bad = [f for f in ex.findings if f.severity == "error"]
            errors += len(bad)
            said_only = [f for f in ex.findings if f.severity == "warning" and f.code.startswith("EXP.cross.")]
            warned += len(said_only)
            per_share = any(f.unit == PER_SHARE_UNIT for s in ex.statements if s.code == "is" for f in s.facts)
            if per_share and not mine["EPS"]:
                silent.append(path.name)
            said = " ".join(f"{k} {ok[k]}/{n}" for k, n in sorted(mine.items()))
            print(f"{path.name[:60]:60} {said} errors={len(bad)} warnings={len(said_only)}", flush=True)
            for f in [*bad, *said_only] if args.verbose else []:
                print(f"    {f.code}: {f.message} [{f.source}]")
    print("compared (agreed/made): " + " ".join(f"{k} {agreed[k]}/{n}" for k, n in sorted(made.items())))
    print(f"error findings: {errors}; cross-check warnings (a misprint, a diluted add-back): {warned}")
    print(f"per-share lines but no EPS comparison: {len(silent)}")
    for name in silent:
        print(f"    {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
