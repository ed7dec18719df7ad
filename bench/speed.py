"""Speed of the exporter: wall time per stage-free export, with and without Arelle validation.

    python bench/speed.py [--validate] [FILES...]

Prints one line per file (seconds, facts, facts per second) and a total. Without FILES it
times the built-in example, an EDGAR text 10-Q and an HTML 10-Q from ../shared/corpus.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from exporter import export

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULTS = [
    ROOT / "examples" / "innovo-2003q3-ex99-1.txt",
    SHARED / "corpus" / "edgar-text"
    / "sec-edgar_sec-edgar__SEC-Edgar-data__AAPL__0000320193__10-Q__0000320193-98-000006.txt",
    SHARED / "corpus" / "html-8k" / "edgartools__data__html__BuckleInc.8-K.EX99.1.html",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--validate", action="store_true", help="include Arelle validation (offline)")
    args = ap.parse_args()
    files = args.files or [p for p in DEFAULTS if p.exists()]
    taxonomies = SHARED / "taxonomies"
    total_s = 0.0
    total_f = 0
    for path in files:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            result = export(path, tmp, validate=args.validate,
                            taxonomy_dir=taxonomies if taxonomies.exists() else None)
            dt = time.perf_counter() - t0
        n = len(result.model.facts)
        total_s += dt
        total_f += n
        print(f"{path.name[:60]:60} {dt:7.2f}s {n:5d} facts {n / dt:8.1f} facts/s")
    print(f"{'TOTAL':60} {total_s:7.2f}s {total_f:5d} facts {total_f / max(total_s, 1e-9):8.1f} facts/s")


if __name__ == "__main__":
    main()
