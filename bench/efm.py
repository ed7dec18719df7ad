"""What the SEC's EDGAR plugin says about our exports of the dev filings.

    python bench/efm.py [--plugin ../shared/edgar-plugin] [--json OUT] [FILES...]

Each Inline XBRL filing of ../shared/corpus/ixbrl (or each of FILES) is stripped of its tags
(../shared/eval/retag.py strip; a non-Inline input is exported as it is), exported without
validation, and the Inline XBRL document we write is validated by Arelle with the EDGAR plugin
offline against ../shared/taxonomies. Errors are counted without the offline copy's known gaps
(the two missing SEC schemas, EFM.6.10.01 on us-gaap/dei elements). Prints one line per filing
(errors, warnings, the error codes; ``-v`` also each error's text), then the errors per rule
with the filings that have them, the warnings per rule, and the totals; exit status 1 if any export
has an error.

All validations run in one validation session (:mod:`exporter.check.shared_dts`: one Arelle
controller, the base taxonomy loaded once); ``--no-session`` loads it afresh for each filing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from exporter import ExporterError, export
from exporter.check import shared_dts, validate
from exporter.check.edgar_plugin import find_plugin

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _strip(src: Path, dst: Path) -> Path:
    sys.path.insert(0, str(SHARED / "eval"))
    import retag  # type: ignore[import-not-found]

    text = src.read_text(encoding="utf-8", errors="replace")
    if "ix:header" not in text and "ix:nonFraction" not in text:
        return src
    retag.strip(src, dst)
    return dst


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--plugin", type=Path, default=SHARED / "edgar-plugin")
    ap.add_argument("--json", type=Path, help="write the per-filing results as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each error's text")
    ap.add_argument("--no-session", action="store_true", help="a fresh Arelle load for each filing")
    args = ap.parse_args()
    with contextlib.nullcontext() if args.no_session else shared_dts.ValidationSession(SHARED / "taxonomies"):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    plugin = find_plugin(args.plugin)
    taxonomies = SHARED / "taxonomies"
    files = args.files or sorted((SHARED / "corpus" / "ixbrl").glob("*.htm*"))
    rows = []
    all_errors: Counter[str] = Counter()
    all_warnings: Counter[str] = Counter()
    warned_in: Counter[str] = Counter()  # filings with each warning
    by_rule: dict[str, list[str]] = {}
    t0 = time.perf_counter()
    for path in files:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                source = _strip(path, Path(tmp) / (path.stem + ".htm"))
                result = export(source, Path(tmp) / "out", validate=False)
            except ExporterError as exc:
                rows.append({"filing": path.name, "refused": str(exc)})
                print(f"{path.name}: refused ({exc})", flush=True)
                continue
            report = validate.validate(result.files["inline"], taxonomies, efm=plugin)
        codes = Counter(m.code for m in report.errors)
        warned = Counter(m.code for m in report.messages if m.level == "warning")
        warnings = sum(warned.values())
        all_errors.update(codes)
        all_warnings.update(warned)
        warned_in.update(warned.keys())
        for code in codes:
            by_rule.setdefault(code, []).append("-".join(path.stem.split("-")[:3]))
        rows.append({"filing": path.name, "errors": sum(codes.values()), "warnings": warnings,
                     "codes": dict(codes), "warning_codes": dict(warned)})
        print(f"{path.name}: {sum(codes.values())} errors, {warnings} warnings"
              + (f"  {dict(codes)}" if codes else ""), flush=True)
        if args.verbose:
            for m in report.errors:
                print(f"    {m.code}: {m.text[:300]}", flush=True)
    if by_rule:
        print("\nerrors per rule:")
        for code, count in all_errors.most_common():
            print(f"  {count:5d}  {code}  ({len(by_rule[code])} filings: {', '.join(by_rule[code])})")
    if all_warnings:
        print("\nwarnings per rule:")
        for code, count in all_warnings.most_common():
            print(f"  {count:5d}  {code}  ({warned_in[code]} filings)")
    exported = [r for r in rows if "refused" not in r]
    clean = sum(1 for r in exported if r["errors"] == 0)
    print(f"\n{len(files)} filings, {len(exported)} exported, {clean} with 0 EDGAR plugin errors; "
          f"{sum(all_errors.values())} errors in all {dict(all_errors.most_common())}; "
          f"{time.perf_counter() - t0:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 1 if all_errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
