"""Cover facts against the issuers' own dei tags, on the Inline XBRL corpus, held-out companies apart.

    python bench/cover.py [../shared/corpus/ixbrl] [--jobs 2] [--only TEXT] [-v]

Every filing is read twice: as filed (Inline XBRL: its hidden header is dropped, its own dei
facts are only compared with) and stripped of every tag (``retag.py strip``). The exporter's
dei facts are what ``read_model`` decides: the same model every writer renders. Prints

* issue 13.1: DocumentType, DocumentFiscalYearFocus and DocumentFiscalPeriodFocus equal to the
  issuer's, over all filings, as filed and stripped;
* issue 16.3: for the stripped 10-Ks, the share of the issuer's cover facts (form, period,
  registrant, file number, state, tax id, address, phone, filer category, flags, shares
  outstanding, public float, auditor) that the exporter's equal;

each for the companies studied while writing the cover patterns and for the held-out ones
(whole companies, chosen before any tuning: a hash of the ticker, see HELD_OUT).
Values compare after light normalization: case, spaces, trailing dots and commas, quote marks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

from exporter.write.cover_report import agrees as same  # noqa: E402

HELD_OUT = frozenset({"adi", "avgo", "bkng", "blin", "ibm", "lmt", "lrcx", "mmm", "odc", "pg", "pltr", "point",
                      "tmo"})
"""Companies whose covers were never looked at while writing cover_fields.toml (sha1(ticker) % 4 == 0)."""

FOCUS = ("DocumentType", "DocumentFiscalYearFocus", "DocumentFiscalPeriodFocus")
COVER = (
    "DocumentType", "AmendmentFlag", "DocumentPeriodEndDate", "DocumentFiscalYearFocus", "DocumentFiscalPeriodFocus",
    "CurrentFiscalYearEndDate", "EntityRegistrantName", "EntityFileNumber", "EntityIncorporationStateCountryCode",
    "EntityTaxIdentificationNumber", "EntityAddressAddressLine1", "EntityAddressAddressLine2",
    "EntityAddressCityOrTown", "EntityAddressStateOrProvince", "EntityAddressPostalZipCode", "CityAreaCode",
    "LocalPhoneNumber", "EntityFilerCategory", "EntitySmallBusiness", "EntityEmergingGrowthCompany",
    "EntityShellCompany", "EntityWellKnownSeasonedIssuer", "EntityVoluntaryFilers", "EntityCurrentReportingStatus",
    "EntityInteractiveDataCurrent", "IcfrAuditorAttestationFlag", "DocumentAnnualReport", "DocumentTransitionReport",
    "DocumentFinStmtErrorCorrectionFlag", "EntityCommonStockSharesOutstanding", "EntityPublicFloat",
    "AuditorName", "AuditorLocation", "AuditorFirmId",
)


def company(path: Path) -> str:
    return path.name.split("-")[0].lower()


def one(path: Path) -> dict[str, object]:
    """The issuer's dei facts and the exporter's, for the filing as filed and stripped."""
    from retag import strip  # type: ignore[import-not-found]

    from exporter.errors import ExporterError
    from exporter.pipeline import read_model
    from exporter.read.ixbrl_input import issuer_dei

    truth = {k: v.value for k, v in issuer_dei(path.read_text(encoding="utf-8", errors="replace")).items()}
    got: dict[str, dict[str, str] | str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / (path.stem + ".htm")
        strip(path, plain)
        for kind, src in (("filed", path), ("stripped", plain)):
            try:
                model, _ = read_model(src)
            except ExporterError as exc:
                got[kind] = f"refused: {exc}"
                continue
            got[kind] = {d.name: d.value for d in model.dei}
    return {"name": path.name, "company": company(path), "truth": truth, "got": got}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "ixbrl"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="", help="only filings whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every disagreement (studied companies)")
    args = ap.parse_args()
    paths = sorted(p for p in Path(args.corpus).iterdir() if p.suffix.lower() in (".htm", ".html")
                   and args.only in p.name)
    if not paths:
        print(f"no Inline XBRL filings in {args.corpus}", file=sys.stderr)
        return 1
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(one, paths))
    focus: dict[str, Counter[str]] = {"studied": Counter(), "held out": Counter()}
    cover: dict[str, Counter[str]] = {"studied": Counter(), "held out": Counter()}
    per_name: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    for r in results:
        split = "held out" if r["company"] in HELD_OUT else "studied"
        truth = r["truth"]
        assert isinstance(truth, dict)
        got = r["got"]
        assert isinstance(got, dict)
        for kind in ("filed", "stripped"):
            mine = got.get(kind)
            for name in FOCUS:
                if name not in truth:
                    continue
                ok = isinstance(mine, dict) and name in mine and same(mine[name], truth[name])
                focus[split]["n"] += 1
                focus[split]["ok"] += ok
                if not ok and split == "studied":
                    misses.append(f"13.1 {r['name']} ({kind}) {name}: issuer {truth[name]!r}, exporter "
                                  f"{mine.get(name) if isinstance(mine, dict) else mine!r}")
        mine = got.get("stripped")
        if not str(truth.get("DocumentType", "")).startswith("10-K"):
            continue
        for name in COVER:
            if name not in truth:
                continue
            ok = isinstance(mine, dict) and name in mine and same(mine[name], truth[name])
            cover[split]["n"] += 1
            cover[split]["ok"] += ok
            per_name[name]["n"] += 1
            per_name[name]["ok"] += ok
            if not ok and split == "studied":
                misses.append(f"16.3 {r['name']} {name}: issuer {truth[name]!r}, exporter "
                              f"{mine.get(name) if isinstance(mine, dict) else mine!r}")
    if args.verbose:
        print("\n".join(misses))
        print()
    print(f"{len(results)} filings ({sum(r['company'] in HELD_OUT for r in results)} of held-out companies)")
    for split in ("studied", "held out"):
        f, c = focus[split], cover[split]
        print(f"13.1 {split:9s} DocumentType/FiscalYearFocus/FiscalPeriodFocus as filed and stripped: "
              f"{f['ok']}/{f['n']} = {f['ok'] / max(f['n'], 1):.1%}")
        print(f"16.3 {split:9s} stripped 10-K cover facts equal to the issuer's: "
              f"{c['ok']}/{c['n']} = {c['ok'] / max(c['n'], 1):.1%}")
    print("16.3 per fact (all 10-Ks):",
          ", ".join(f"{n} {c['ok']}/{c['n']}" for n, c in per_name.items() if c["ok"] < c["n"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
