"""List what the exporter misses on one re-tagging filing: gold facts with no (period, value)
match, wrong signs and wrong concepts, grouped by statement.

    python bench/retag_misses.py ../shared/corpus/ixbrl/aapl-10-k-2024-11-01.html OUTDIR
(OUTDIR holds the exporter's output for that filing, e.g. from retag.py run --keep).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
from retag import _find_instance, instance_facts, truth  # type: ignore[import-not-found]  # noqa: E402


def main() -> None:
    if len(sys.argv) != 3 or not Path(sys.argv[1]).is_file() or not Path(sys.argv[2]).is_dir():
        sys.exit("usage: python bench/retag_misses.py FILING OUTDIR (an Inline XBRL filing of the corpus, "
                 "and the folder of the exporter's output for it stripped)")
    filing, outdir = Path(sys.argv[1]), Path(sys.argv[2])
    gold = truth(filing)
    out = instance_facts(_find_instance(outdir))
    by_pv = defaultdict(list)
    for f in out:
        by_pv[(f.period, f.value)].append(f)
    by_v = defaultdict(list)
    for f in out:
        by_v[f.value].append(f)
    periods_out = sorted({f.period for f in out})
    print("output periods:", periods_out)
    print("gold periods:", sorted({f.period for f in gold}))
    for g in gold:
        hits = by_pv.get((g.period, g.value), [])
        if any(h.concept == g.concept for h in hits):
            continue
        if hits:
            print(f"CONCEPT {g.statement} {g.concept} {g.period} {g.value}: got {[h.concept for h in hits]}")
        elif by_pv.get((g.period, -g.value)):
            print(f"SIGN    {g.statement} {g.concept} {g.period} {g.value}: got "
                  f"{[h.concept for h in by_pv[(g.period, -g.value)]]}")
        elif by_v.get(g.value):
            print(f"PERIOD  {g.statement} {g.concept} {g.period} {g.value}: got "
                  f"{[(h.concept, h.period) for h in by_v[g.value]][:2]}")
        else:
            print(f"MISSING {g.statement} {g.concept} {g.period} {g.value}")


if __name__ == "__main__":
    main()
