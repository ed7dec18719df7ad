"""Re-tagging scored in-process: the reader's facts (no files written), the same scorer and split
as bench/retag_split.py. Fast enough to run after each change; ``recall_value`` is the same
measure as the CLI run's, ``recall_exact`` is not (extension facts count as standard here).

    python bench/retag_inprocess.py [--part dev|held-out|all] [STEM ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retag_split import CORPUS, corpus_files, report, retag_module  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("all", "dev", "held-out"), default="all")
    ap.add_argument("stems", nargs="*", help="only filings whose name starts with one of these")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"retag_inprocess: no corpus at {CORPUS} (needs ../shared)", file=sys.stderr)
        return 2
    retag = retag_module()

    from exporter.read.documents import read_filing
    from exporter.understand.extract import extract

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in corpus_files(args.part, args.stems):
            plain = Path(tmp) / (f.stem + ".htm")
            retag.strip(f, plain)
            gold = retag.truth(f)
            try:
                ex = extract(read_filing(plain))
            except Exception as e:  # noqa: BLE001 - a failed filing is a figure, not a stop
                print(f"{f.name[:40]:40} ERROR {type(e).__name__}: {e}", flush=True)
                rows.append({"filing": f.name, "truth": len(gold), "value_period": 0, "exact": 0,
                             "truth_std": 0, "error": str(e)})
                continue
            out = [retag.Fact(x.concept, "std", x.period.key(), str(x.unit), x.value.normalize() if x.value
                              else Decimal(0)) for x in ex.facts]
            s = retag.score(gold, out, f.name)
            rows.append({"filing": f.name, "truth": s.truth, "value_period": s.value_period, "exact": s.exact,
                         "truth_std": s.truth_std, "error": ""})
            codes = sorted({x.code for x in ex.findings if x.code.startswith(("EXP.cross", "EXP.reading"))})
            print(f"{f.name[:40]:40} truth={s.truth:4d} value={s.recall_value:6.1%} {' '.join(codes)}", flush=True)
    print(report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
