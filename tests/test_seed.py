"""The foundation's acceptance checks on the built-in example (the seed press release)."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from lxml import etree

from taxonomy_map.reserved import deprecated
from tests.conftest import GOLDEN, SHARED, need


def test_golden_114_of_114(seed_export) -> None:  # type: ignore[no-untyped-def]
    """Every required fact of the key, except those the key gives only a concept us-gaap has
    since deprecated (EDGAR warns on them, EFM 6.5.42): "Due to related parties" was
    DueToRelatedPartiesCurrent until 2023 and is now an extension concept."""
    need(GOLDEN, "the seed's answer key")
    proc = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "golden.py"), str(seed_export.instance), str(GOLDEN)],
        capture_output=True, text=True, check=False)
    rows = [line.split("\t") for line in GOLDEN.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith(("#", "statement\t"))]
    required = [r for r in rows if r[-1] == "required"]
    outdated = [r for r in required if all(c in deprecated() for c in r[2].split("|"))]
    assert len(required) == 114 and len(outdated) == 2  # the two dates of "Due to related parties"
    assert f"required {114 - len(outdated)}/114" in proc.stdout, proc.stdout + proc.stderr
    misses = [line for line in proc.stdout.splitlines() if line.startswith("MISS")]
    assert len(misses) == len(outdated) and all("'Due to related parties'" in m for m in misses)
    assert "conflicts=0" in proc.stdout


def test_arelle_accepts_instance_and_taxonomy(seed_export) -> None:  # type: ignore[no-untyped-def]
    report = seed_export.validation
    assert report is not None
    assert report.errors == [], [str(m) for m in report.errors]
    missing = sorted({m.text.split("file: ")[-1] for m in report.known_missing})
    assert len(missing) == 2 and all(("country-2024" in u or "stpr-2024" in u) for u in missing)
    assert not [m for m in report.messages if m.level == "inconsistency"]


def test_outputs_and_names(seed_export) -> None:  # type: ignore[no-untyped-def]
    files = seed_export.files
    names = sorted(p.name for p in files.values())
    assert names == sorted([
        "innovo-20030830.xml", "innovo-20030830.htm", "innovo-20030830.xsd", "innovo-20030830_lab.xml",
        "innovo-20030830_pre.xml", "innovo-20030830_cal.xml", "innovo-20030830_facts.csv",
        "innovo-20030830_report.md", "innovo-20030830_labels.csv"])
    out = files["instance"].parent
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "temporary files left behind"


def test_signs_follow_concepts(seed_export) -> None:  # type: ignore[no-untyped-def]
    df = seed_export.facts
    def value(concept: str, end: str, start: str = "") -> Decimal:
        rows = df[df.concept.str.fullmatch(concept) & (df.period == (f"{start}/{end}" if start else end))]
        assert len(rows) == 1, (concept, end, start)
        return Decimal(rows.iloc[0]["value"])
    # the answer key accepts either interest expense concept; the stored sign is positive for both
    assert value("us-gaap:InterestExpense(Nonoperating)?", "2003-08-30", "2003-06-01") == Decimal(403000)
    assert value("us-gaap:RetainedEarningsAccumulatedDeficit", "2003-08-30") == Decimal(-36031000)
    assert value("us-gaap:TreasuryStockValue", "2003-08-30") == Decimal(2565000)
    assert value("us-gaap:OperatingIncomeLoss", "2003-08-30", "2003-06-01") == Decimal(-2058000)


def test_contexts_units_and_dei(seed_export) -> None:  # type: ignore[no-untyped-def]
    root = etree.parse(str(seed_export.instance)).getroot()
    ns = {"xbrli": "http://www.xbrl.org/2003/instance", "dei": "http://xbrl.sec.gov/dei/2024"}
    contexts = root.findall("xbrli:context", ns)
    ids = {c.get("id") for c in contexts}
    used = {el.get("contextRef") for el in root if el.get("contextRef")}
    assert ids == used, "unused contexts"
    periods = [etree.tostring(c.find("xbrli:period", ns)) for c in contexts]
    assert len(periods) == len(set(periods)), "duplicate contexts"
    schemes = {e.get("scheme") for e in root.iter("{http://www.xbrl.org/2003/instance}identifier")}
    assert schemes == {"http://www.sec.gov/CIK"}
    dei = {el.tag.split("}")[1]: el.text for el in root if el.tag.startswith("{" + ns["dei"])}
    assert dei["EntityRegistrantName"].startswith("Innovo Group")
    assert dei["DocumentPeriodEndDate"] == "2003-08-30"
    assert dei["CurrentFiscalYearEndDate"] == "--11-30"
    assert dei["AmendmentFlag"] == "false"
    assert dei["EntityCentralIndexKey"] == "0000000000"
    assert not root.xpath("//*[@precision]")


def test_calculation_linkbase_holds_printed_totals(seed_export) -> None:  # type: ignore[no-untyped-def]
    cal = etree.parse(str(seed_export.files["calculation"])).getroot()
    xl = "{http://www.w3.org/1999/xlink}"
    parents = {arc.get(f"{xl}from").rsplit("_", 1)[1] for arc in cal.iter(
        "{http://www.xbrl.org/2003/linkbase}calculationArc")}
    for total in ["GrossProfit", "OperatingExpenses", "OperatingIncomeLoss", "NetIncomeLoss",
                  "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
                  "AssetsCurrent", "Assets", "LiabilitiesCurrent", "StockholdersEquity",
                  "LiabilitiesAndStockholdersEquity"]:
        assert total in parents, total
    weights = {(a.get(f"{xl}from").rsplit("_", 1)[1], a.get(f"{xl}to").rsplit("_", 1)[1]): a.get("weight")
               for a in cal.iter("{http://www.xbrl.org/2003/linkbase}calculationArc")}
    assert weights[("GrossProfit", "CostOfGoodsAndServicesSold")] == "-1.0"
    assert weights[("StockholdersEquity", "TreasuryStockValue")] == "-1.0"


def test_presentation_negated_label_for_parenthesised_positive(seed_export) -> None:  # type: ignore[no-untyped-def]
    pre = etree.parse(str(seed_export.files["presentation"])).getroot()
    xl = "{http://www.w3.org/1999/xlink}"
    negated = {a.get(f"{xl}to").rsplit("_", 1)[1] for a in pre.iter(
        "{http://www.xbrl.org/2003/linkbase}presentationArc")
        if a.get("preferredLabel", "").endswith("negatedLabel")}
    assert {"TreasuryStockValue", "OtherNonoperatingExpense"} <= negated
    assert negated & {"InterestExpense", "InterestExpenseNonoperating"}
    assert "RetainedEarningsAccumulatedDeficit" not in negated


def test_report_explains_every_fact(seed_export) -> None:  # type: ignore[no-untyped-def]
    df = seed_export.facts
    assert len(df) == len(seed_export.model.facts)
    assert df["reason"].str.len().min() > 0
    assert df["line"].min() > 0
    text = Path(seed_export.files["report"]).read_text()
    assert "Lines that needed a company extension concept" in text
    # the least sure choices come first, in ascending confidence
    review = text.split("## Review first", 1)[1].split("\n## ", 1)[0]
    confs = [float(row.split("|")[1]) for row in review.splitlines()
             if row.startswith(("| 0.", "| 1."))]
    assert confs and confs == sorted(confs) and text.index("## Review first") < text.index("## Statements found")
    assert "INTEREST EXPENSE" in text
