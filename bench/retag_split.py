"""Re-tagging benchmark with a held-out split: figures for companies studied and companies not.

    python bench/retag_split.py                      # all 86 filings, both figures
    python bench/retag_split.py --part dev --keep /tmp/retag-out
    python bench/retag_split.py --scores /tmp/retag.json   # split a saved ``retag.py --json`` run

HELD_OUT names whole companies (ticker or name stem of the corpus file) set aside before any
work on statement finding: their misses are not studied, so their figure says how the reader
does on companies it was not tuned to. They were chosen without looking at their results, as
the 15 stems with the smallest SHA-1 of the stem. Add no company to it after looking at it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "ixbrl"

HELD_OUT = frozenset({
    "amat", "natural", "sbux", "sandston", "wk", "tmo", "starguide", "gme", "pltr", "amd",
    "panw", "mara", "orcl", "trv", "bned",
})
TARGET_OVERALL = 0.97
TARGET_FLOOR = 0.85


def company(filing: str) -> str:
    """The company stem of a corpus file name: ``aapl-10-k-2024-11-01.html`` -> ``aapl``."""
    name = Path(filing).name
    return re.split(r"-10-[kq]", name, maxsplit=1, flags=re.I)[0].lower()


def part_of(filing: str) -> str:
    return "held-out" if company(filing) in HELD_OUT else "dev"


def _summary(rows: list[dict[str, Any]]) -> str:
    truth = sum(r["truth"] for r in rows)
    value = sum(r["value_period"] for r in rows)
    exact = sum(r["exact"] for r in rows)
    std = sum(r["truth_std"] for r in rows)
    failed = [r["filing"] for r in rows if r.get("error")]
    low = [r["filing"] for r in rows if not r.get("error") and r["truth"]
           and r["value_period"] / r["truth"] < TARGET_FLOOR]
    return (f"filings={len(rows)} recall_value={value / truth if truth else 0:.4f} "
            f"recall_exact={exact / std if std else 0:.4f} failed={len(failed)} "
            f"below_{TARGET_FLOOR}={len(low)}" + (f" ({', '.join(sorted(low))})" if low else ""))


def report(rows: list[dict[str, Any]]) -> str:
    rows = [r for r in rows if r["filing"] != "TOTAL"]
    lines = []
    for part in ("dev", "held-out"):
        mine = [r for r in rows if part_of(r["filing"]) == part]
        tag = "in-sample" if part == "dev" else "held out"
        if mine:
            lines.append(f"{part:9} ({tag}): {_summary(mine)}")
    lines.append(f"{'all':9}: {_summary(rows)}")
    return "\n".join(lines)


def corpus_files(part: str, stems: Sequence[str] = ()) -> list[Path]:
    """The Inline XBRL filings of ``part`` ("all", "dev" or "held-out"), sorted; with ``stems``,
    only those whose name starts with one of them."""
    return [f for f in sorted(CORPUS.iterdir())
            if f.suffix.lower() in (".htm", ".html") and part in ("all", part_of(f.name))
            and (not stems or f.name.startswith(tuple(stems)))]


def retag_module() -> Any:
    """``../shared/eval/retag.py``, the scorer (strip, truth, score)."""
    sys.path.insert(0, str(SHARED / "eval"))
    import retag  # type: ignore[import-not-found]

    return retag


def _run(part: str, exporter: str, keep: Path | None, timeout: float) -> list[dict[str, Any]]:
    retag = retag_module()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        for f in corpus_files(part):
            (corpus / f.name).symlink_to(f)
        scores = retag.run(corpus, exporter, timeout, keep)
    for s in scores:
        print(retag._line(s), flush=True)
    return [dict(asdict(s), recall_exact=s.recall_exact, recall_value=s.recall_value) for s in scores]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("all", "dev", "held-out"), default="all")
    ap.add_argument("--scores", type=Path, help="split the scores of a saved retag.py --json run")
    ap.add_argument("--exporter", default=f"{Path(sys.executable).parent / 'xbrl-export'} {{input}} "
                                          f"-o {{outdir}} --no-validate")
    ap.add_argument("--keep", type=Path, help="keep each filing's output under this folder")
    ap.add_argument("--json", type=Path, help="write per-filing scores here")
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args(argv)
    if args.scores:
        rows = json.loads(args.scores.read_text())
    else:
        if not CORPUS.is_dir():
            print(f"retag_split: no corpus at {CORPUS} (needs ../shared)", file=sys.stderr)
            return 2
        rows = _run(args.part, args.exporter, args.keep, args.timeout)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1, default=str))
    print(report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
