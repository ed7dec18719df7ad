"""Tests of the quality gate (exporter.check).

Broken instances are made from ``fixtures/checks/clean-10q.xml`` by one edit each, and every
check must fire exactly there (code, concept and context) and nowhere else. The issuers' own
Inline XBRL filings in ../shared/corpus/ixbrl must give no error finding. Arelle runs on the
clean fixture and on one real filing only (about 6 s each).
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from exporter.check import (
    Finding,
    arelle_findings,
    check_instance,
    explain,
    render_json,
    render_text,
    run_checks,
    validate,
    validate_command,
)
from exporter.check.instance import read_instance
from exporter.check.ixt import read_number
from exporter.check.signs import never_negative
from taxonomy_map.edgar_rules import sign_warning_concepts

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "checks"
CLEAN = FIXTURES / "clean-10q.xml"
INLINE = FIXTURES / "inline-10q.htm"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "ixbrl"
TAXONOMIES = SHARED / "taxonomies"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason=f"needs the real Inline XBRL filings of ../shared/corpus/ixbrl ({CORPUS})",
)
needs_taxonomies = pytest.mark.skipif(
    not TAXONOMIES.is_dir(),
    reason=f"Arelle tests need the offline taxonomy copy ../shared/taxonomies ({TAXONOMIES})",
)

Where = tuple[str, str, str]  # (code, concept, context)


def _where(findings: list[Finding], severity: str | None = None) -> list[Where]:
    return [
        (f.code, f.concept, f.context)
        for f in findings
        if severity is None or f.severity == severity
    ]


def _broken(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = CLEAN.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, f"edit target not unique in the fixture: {old!r}"
        text = text.replace(old, new)
    path = tmp_path / "broken.xml"
    path.write_text(text, encoding="utf-8")
    return path


def _context(context_id: str, period: str) -> str:
    return (
        f'<xbrli:context id="{context_id}"><xbrli:entity><xbrli:identifier '
        'scheme="http://www.sec.gov/CIK">0000844143</xbrli:identifier></xbrli:entity>'
        f"<xbrli:period>{period}</xbrli:period></xbrli:context>\n"
    )


UNITS_END = '<xbrli:unit id="usd">'
SHARES_UNIT = '<xbrli:unit id="shares">'
INTEREST = (
    '<us-gaap:InterestExpense contextRef="c-d" unitRef="usd" decimals="-3">12000'
    "</us-gaap:InterestExpense>"
)
YEAR_END = '<dei:CurrentFiscalYearEndDate contextRef="c-d">--12-31</dei:CurrentFiscalYearEndDate>'
QUARTER = "<xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-03-31</xbrli:endDate>"


# --- the clean fixture and one broken instance per check ---------------------------------------


def test_clean_fixture_has_no_findings() -> None:
    assert run_checks(CLEAN) == []


BROKEN: list[tuple[str, list[tuple[str, str]], list[Where]]] = [
    (
        "flipped sign of interest expense",
        [(">12000<", ">-12000<")],
        [("DQC_0015", "us-gaap:InterestExpense", "c-d")],
    ),
    (
        "negative treasury stock",
        [(">5000<", ">-5000<")],
        [("DQC_0015", "us-gaap:TreasuryStockValue", "c-i")],
    ),
    (
        "unused context",
        [
            (
                UNITS_END,
                _context("c-unused", "<xbrli:instant>2023-12-31</xbrli:instant>") + UNITS_END,
            )
        ],
        [("EFM.6.5.8", "", "c-unused")],
    ),
    (
        "duplicate context",
        [
            (UNITS_END, _context("c-d2", QUARTER) + UNITS_END),
            (INTEREST, INTEREST.replace('"c-d"', '"c-d2"')),
        ],
        [("EFM.6.5.7", "", "c-d2")],
    ),
    (
        "duplicate unit",
        [
            (
                SHARES_UNIT,
                '<xbrli:unit id="usd2"><xbrli:measure>iso4217:USD</xbrli:measure>'
                "</xbrli:unit>" + SHARES_UNIT,
            ),
            (INTEREST, INTEREST.replace('"usd"', '"usd2"')),
        ],
        [("EFM.6.5.11", "", "usd2")],
    ),
    (
        "unused unit",
        [
            (
                UNITS_END,
                '<xbrli:unit id="eur"><xbrli:measure>iso4217:EUR</xbrli:measure>'
                "</xbrli:unit>" + UNITS_END,
            )
        ],
        [("EFM.6.5.11", "", "eur")],
    ),
    (
        "200-day quarter",
        [("<xbrli:startDate>2025-01-01", "<xbrli:startDate>2024-09-12")],
        [("EXP.duration", "us-gaap:Revenues", "c-d")],
    ),
    (
        "forever context",
        [
            (UNITS_END, _context("c-f", "<xbrli:forever/>") + UNITS_END),
            (INTEREST, INTEREST.replace('"c-d"', '"c-f"')),
        ],
        [("EXP.forever", "us-gaap:InterestExpense", "c-f")],
    ),
    (
        "precision instead of decimals",
        [(INTEREST, INTEREST.replace('decimals="-3"', 'precision="2"'))],
        [("EFM.6.5.17", "us-gaap:InterestExpense", "c-d")],
    ),
    (
        "insignificant digits",
        [(">12000<", ">12345<")],
        [("EFM.6.5.37", "us-gaap:InterestExpense", "c-d")],
    ),
    (
        "inconsistent duplicate facts",
        [(INTEREST, INTEREST + INTEREST.replace(">12000<", ">14000<"))],
        [("EFM.6.5.12", "us-gaap:InterestExpense", "c-d")],
    ),
    (
        "assets differ from liabilities and equity",
        [('decimals="-3">1000000</us-gaap:Assets>', 'decimals="-3">1100000</us-gaap:Assets>')],
        [("DQC_0004", "us-gaap:Assets", "c-i")],
    ),
    (
        "current assets above assets",
        [(">400000</us-gaap:AssetsCurrent>", ">1400000</us-gaap:AssetsCurrent>")],
        [("EXP.bs.AssetsCurrent", "us-gaap:AssetsCurrent", "c-i")],
    ),
    (
        "current liabilities above liabilities",
        [(">250000</us-gaap:LiabilitiesCurrent>", ">650000</us-gaap:LiabilitiesCurrent>")],
        [("EXP.bs.LiabilitiesCurrent", "us-gaap:LiabilitiesCurrent", "c-i")],
    ),
    (
        "gross profit is not revenue minus cost",
        [(">200000</us-gaap:GrossProfit>", ">-200000</us-gaap:GrossProfit>")],
        [("EXP.is.GrossProfit", "us-gaap:GrossProfit", "c-d")],
    ),
    (
        "liabilities plus equity miss the total",
        [(">400000</us-gaap:StockholdersEquity>", ">-400000</us-gaap:StockholdersEquity>")],
        [("EXP.bs.Equity", "us-gaap:LiabilitiesAndStockholdersEquity", "c-i")],
    ),
    (
        "percent written as 27.5",
        [(">0.21<", ">27.5<")],
        [("DQC_0091", "us-gaap:EffectiveIncomeTaxRateContinuingOperations", "c-d")],
    ),
    (
        "share count in thousands",
        [
            (
                'decimals="-3">27190000</us-gaap:CommonStockSharesOutstanding>',
                'decimals="0">27190</us-gaap:CommonStockSharesOutstanding>',
            )
        ],
        [("DQC_0095", "dei:EntityCommonStockSharesOutstanding", "c-cover")],
    ),
    (
        "missing dei facts",
        [
            (YEAR_END, ""),
            (
                '<dei:EntityRegistrantName contextRef="c-d">Example Apparel Inc.'
                "</dei:EntityRegistrantName>",
                "",
            ),
        ],
        [
            ("EFM.6.5.20", "dei:EntityRegistrantName", ""),
            ("EFM.6.5.20", "dei:CurrentFiscalYearEndDate", ""),
        ],
    ),
]


@pytest.mark.parametrize(
    ("edits", "expected"), [(e, x) for _, e, x in BROKEN], ids=[name for name, _, _ in BROKEN]
)
def test_each_check_fires_exactly_where_it_should(
    tmp_path: Path, edits: list[tuple[str, str]], expected: list[Where]
) -> None:
    findings = run_checks(_broken(tmp_path, *edits))
    assert _where(findings) == expected
    assert all(f.message and f.severity in ("error", "warning") for f in findings)


def test_severities(tmp_path: Path) -> None:
    percent = run_checks(_broken(tmp_path, (">0.21<", ">27.5<")))
    assert [f.severity for f in percent] == ["warning"]
    assert "27.5 rather than 0.275" in percent[0].message
    quarter = run_checks(
        _broken(tmp_path, ("<xbrli:startDate>2025-01-01", "<xbrli:startDate>2024-09-12"))
    )
    assert [f.severity for f in quarter] == ["error"]


def test_odd_duration_outside_a_quarterly_report_is_a_warning(tmp_path: Path) -> None:
    path = _broken(
        tmp_path,
        ("<xbrli:startDate>2025-01-01", "<xbrli:startDate>2024-09-12"),
        (">Q1<", ">FY<"),
        (">10-Q<", ">10-K<"),
    )
    assert [(f.code, f.severity, f.context) for f in run_checks(path)] == [
        ("EXP.duration", "warning", "c-d")
    ]


def test_odd_duration_whose_start_the_statements_print_is_information(tmp_path: Path) -> None:
    """A period of no usual length whose start the statements the instance was made from print (a
    company's first period, from inception) is the document's own: the duration check says so as
    information; a period of other dates is still a date to check."""
    path = _broken(
        tmp_path,
        ("<xbrli:startDate>2025-01-01", "<xbrli:startDate>2024-09-12"),
        (">Q1<", ">FY<"),
        (">10-Q<", ">10-K<"),
    )
    instance = read_instance(path)
    own = dataclasses.replace(instance, printed_periods=frozenset({(date(2024, 9, 12), date(2025, 3, 31))}))
    said = [f for f in check_instance(own) if f.code == "EXP.duration"]
    assert [(f.severity, f.context) for f in said] == [("info", "c-d")]
    assert said[0].message.startswith("context c-d (2024-09-12/2025-03-31) lasts 200 days")
    other = dataclasses.replace(instance, printed_periods=frozenset({(date(2024, 9, 13), date(2025, 3, 31))}))
    assert [f.severity for f in check_instance(other) if f.code == "EXP.duration"] == ["warning"]


def test_half_year_in_a_q2_report_is_fine(tmp_path: Path) -> None:
    path = _broken(
        tmp_path, (">Q1<", ">Q2<"), ("<xbrli:endDate>2025-03-31", "<xbrli:endDate>2025-06-30")
    )
    assert [f for f in run_checks(path) if f.code == "EXP.duration"] == []


def test_consistent_duplicates_are_fine(tmp_path: Path) -> None:
    duplicate = INTEREST.replace('decimals="-3">12000', 'decimals="-2">12000')
    assert run_checks(_broken(tmp_path, (INTEREST, INTEREST + duplicate))) == []


def test_unreadable_file_gives_one_finding(tmp_path: Path) -> None:
    path = tmp_path / "garbage.xml"
    path.write_text("not xml", encoding="utf-8")
    findings = run_checks(path)
    assert [(f.code, f.severity) for f in findings] == [("EXP.read", "error")]


# --- Inline XBRL -------------------------------------------------------------------------------


def test_inline_fixture_values() -> None:
    facts = {f.name: f for f in read_instance(INLINE).facts}
    assert facts["us-gaap:InterestExpense"].value == Decimal("-12000")
    assert facts["us-gaap:Assets"].value == Decimal("1000000")
    assert facts["us-gaap:OtherNonoperatingIncomeExpense"].value == 0
    assert facts[
        "us-gaap:EffectiveIncomeTaxRateReconciliationAtFederalStatutoryIncomeTaxRate"
    ].value == Decimal("0.21")
    assert facts["us-gaap:NumberOfOperatingSegments"].value == 2
    assert facts["dei:EntityRegistrantName"].text == "Example Apparel Inc."
    assert not facts["dei:DocumentType"].numeric


def test_inline_fixture_findings() -> None:
    assert _where(run_checks(INLINE)) == [
        ("EFM.6.5.11", "", "eur"),
        ("DQC_0015", "us-gaap:InterestExpense", "c-d"),
        ("DQC_0091", "us-gaap:EffectiveIncomeTaxRateContinuingOperations", "c-d"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # a registry EDGAR does not accept (the 2010 one)
        ('xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"',
         'xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2010-04-20"', "EFM.5.02.05.12"),
        # an accepted registry under another prefix than EDGAR's
        ('xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31"',
         'xmlns:ixt-sec="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"',
         "EFM.5.02.05.standardNamespacePrefix"),
    ],
)
def test_transformation_registries_edgar_accepts(tmp_path: Path, old: str, new: str, expected: str) -> None:
    text = INLINE.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "inline.htm"
    path.write_text(text.replace(old, new), encoding="utf-8")
    found = [f for f in run_checks(path) if f.code.startswith("EFM.5.02")]
    assert found and {f.code for f in found} == {expected} and all(f.severity == "error" for f in found)


def test_edgar_sign_warnings_are_warnings(tmp_path: Path) -> None:
    """A concept only EDGAR's signwarnings list names is a warning when negative; the rule's are errors."""
    assert "OtherExpenses" in sign_warning_concepts() and not never_negative("OtherExpenses")
    other = INTEREST.replace("InterestExpense", "OtherExpenses").replace(">12000<", ">-3000<")
    findings = run_checks(_broken(tmp_path, (INTEREST, INTEREST + other), (">12000<", ">-12000<")))
    assert _where(findings, "warning") == [("DQC_0015", "us-gaap:OtherExpenses", "c-d")]
    assert _where(findings, "error") == [("DQC_0015", "us-gaap:InterestExpense", "c-d")]


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("1,234", "ixt:num-dot-decimal", Decimal("1234")),
        ("1,234.56", "ixt:num-dot-decimal", Decimal("1234.56")),
        ("1 234", "ixt:numdotdecimal", Decimal("1234")),
        ("1.234,5", "ixt:num-comma-decimal", Decimal("1234.5")),
        ("—", "ixt:fixed-zero", Decimal("0")),
        ("-", "ixt:zerodash", Decimal("0")),
        ("none", "ixt-sec:numwordsen", Decimal("0")),
        ("twenty-one", "ixt-sec:numwordsen", Decimal("21")),
        ("1234.5", "", Decimal("1234.5")),
        ("12a", "ixt:num-dot-decimal", None),
        ("12", "ixt:unknown-format", None),
        ("abc", "", None),
    ],
)
def test_read_number(text: str, fmt: str, expected: Decimal | None) -> None:
    assert read_number(text, fmt) == expected


@pytest.mark.parametrize(
    ("concept", "expected"),
    [
        ("InterestExpense", True),
        ("TreasuryStockValue", True),
        ("AccountsPayableCurrent", True),
        ("OtherAssetsNoncurrent", True),
        ("CommonStockSharesIssued", True),
        ("NetIncomeLoss", False),
        ("IncomeTaxExpenseBenefit", False),
        ("IncreaseDecreaseInAccountsPayable", False),
        ("DeferredTaxAssetsLiabilitiesNet", False),
        ("RetainedEarningsAccumulatedDeficit", False),
        ("LitigationSettlementExpense", False),
        ("NotAConcept", False),
    ],
)
def test_never_negative(concept: str, expected: bool) -> None:
    assert never_negative(concept) is expected


# --- rendering ---------------------------------------------------------------------------------


def test_render(tmp_path: Path) -> None:
    findings = run_checks(_broken(tmp_path, (">12000<", ">-12000<"), (">0.21<", ">27.5<")))
    text = render_text(findings)
    assert "error    DQC_0015" in text and "us-gaap:InterestExpense [c-d] line" in text
    assert text.endswith("1 error, 1 warning, 0 info\n")
    document = json.loads(render_json(findings))
    assert document["counts"] == {"error": 1, "warning": 1, "info": 0}
    assert document["findings"][0]["code"] == "DQC_0015"
    assert set(document["findings"][0]) == {
        "code",
        "severity",
        "message",
        "concept",
        "context",
        "source",
    }
    assert render_text([]) == "0 errors, 0 warnings, 0 info\n"


def test_finding_rejects_unknown_severity() -> None:
    with pytest.raises(ValueError, match="severity"):
        Finding("X", "fatal", "bad")  # type: ignore[arg-type]


# --- Arelle's messages (no Arelle needed) ------------------------------------------------------

MISSING = (
    "Could not load file from local filesystem. Disable offline mode to attempt download. "
    f"file: {validate.KNOWN_MISSING[0]}"
)


def test_arelle_findings_mapping() -> None:
    report = validate.Report(
        path=CLEAN,
        messages=(
            validate.Message("error", "IOerror", MISSING, "srt-2024.xsd:14"),
            validate.Message("info", "info", "loaded in 2.5 secs"),
            validate.Message(
                "inconsistency",
                "calc11e:inconsistentCalculationUsingRounding",
                "Calculation inconsistent from us-gaap:Assets",
                "x.xml:14",
            ),
            validate.Message(
                "error", "xbrl.4.6.1:itemContextRef", "Item must have a context", "x.xml:15"
            ),
            validate.Message("warning", "xbrl.5.2.5.2:calcInconsistency", "odd"),
            validate.Message("error", "somethingNew", "new"),
            validate.Message(
                "error",
                "ix11.10.1.2:invalidTransformation",
                "Fact x:N has unrecognized transformation namespace "
                "http://www.sec.gov/inlineXBRL/transformation/2015-08-31",
            ),
        ),
        fact_count=3,
    )
    findings = list(arelle_findings(report))
    assert [(f.code, f.severity) for f in findings] == [
        ("IOerror", "info"),
        ("XBRL.calc", "error"),
        ("xbrl.4.6.1:itemContextRef", "error"),
        ("xbrl.5.2.5.2:calcInconsistency", "warning"),
        ("somethingNew", "error"),
        ("ix11.10.1.2:invalidTransformation", "warning"),
    ]
    assert "offline taxonomy copy" in findings[0].message
    assert findings[1].message.startswith("[calc11e:inconsistentCalculationUsingRounding]")
    assert "do not add up" in findings[1].message
    assert "missing" in findings[2].message and findings[2].source == "x.xml:15"
    assert findings[4].message == "new"
    assert "EDGAR accepts" in findings[5].message


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("xbrl.4.9", "not declared"),
        ("xbrl.5.2.5.2:calcInconsistency", "calculation linkbase"),
        ("xmlSchema:valueError", "wrong type"),
        ("calc11e:inconsistentCalculationUsingRounding", "do not add up"),
        ("ix11.12.1.2:missingReferences", "Inline XBRL"),
        ("EFM.6.5.12", "EDGAR"),
        ("unknown", ""),
    ],
)
def test_explain(code: str, words: str) -> None:
    assert words in explain(code)
    assert bool(explain(code)) is bool(words)


# --- the issuers' real filings -----------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("name", ["aapl-10-q-2025-05-02.html", "ko-10-q-2025-07-24.html"])
def test_real_filings_have_no_errors(name: str) -> None:
    findings = run_checks(CORPUS / name)
    assert _where(findings, "error") == []
    instance = read_instance(CORPUS / name)
    assert len(instance.facts) > 500 and instance.dei("DocumentType") is not None


@needs_corpus
def test_every_real_filing_runs_without_errors() -> None:
    paths = sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in (".htm", ".html"))
    assert paths
    findings = {p.name: run_checks(p) for p in paths}
    # every filing reads (an <XBRL> wrapper line before the XML declaration included) ...
    assert {n: f for n, f in findings.items() if any(x.code == "EXP.read" for x in f)} == {}
    # ... and the only errors are the filers' own slips EDGAR accepts: a unit no fact uses
    # (EFM 6.5.11) and a never-negative concept stored negative (DQC_0015)
    tolerated = {("EFM.6.5.11", "is used by no fact"), ("DQC_0015", "is never negative")}
    errors = {n: [x for x in f if x.severity == "error"
                  and not any(x.code == code and words in x.message for code, words in tolerated)]
              for n, f in findings.items()}
    assert {name: found for name, found in errors.items() if found} == {}


# --- with Arelle ---------------------------------------------------------------------------------


@needs_taxonomies
def test_validate_command_clean_fixture() -> None:
    code, output = validate_command(CLEAN, TAXONOMIES, as_json=True)
    document = json.loads(output)
    assert code == 0, output
    assert document["counts"]["error"] == 0
    assert {f["code"] for f in document["findings"]} <= {"IOerror"}  # the two known-missing


@needs_taxonomies
def test_validate_command_inline_fixture() -> None:
    """Arelle finds the inline fixture valid (its ixt-sec format is a warning); our checks
    find its deliberate problems, so the exit code is 1."""
    code, output = validate_command(INLINE, TAXONOMIES, as_json=True)
    findings = json.loads(output)["findings"]
    assert code == 1
    assert [(f["code"], f["severity"]) for f in findings if f["code"].startswith("ix11")] == [
        ("ix11.10.1.2:invalidTransformation", "warning")
    ]
    assert [
        (f["code"], f["concept"], f["context"]) for f in findings if f["severity"] == "error"
    ] == [
        ("EFM.6.5.11", "", "eur"),
        ("DQC_0015", "us-gaap:InterestExpense", "c-d"),
    ]


@needs_taxonomies
@needs_corpus
def test_arelle_on_a_real_filing() -> None:
    """Offline, the issuer's extension schema and the 2025 taxonomies are missing: Arelle's
    load errors come through as findings, and our own checks still find no error."""
    path = CORPUS / "aapl-10-q-2025-05-02.html"
    report = validate.validate(path, taxonomy_dir=TAXONOMIES)
    findings = run_checks(path, arelle_report=report)
    arelle = [f for f in findings if f.code.startswith(("IOerror", "ix11", "xbrl", "xmlSchema"))]
    assert arelle and len(arelle) == len(list(arelle_findings(report)))
    ours = findings[len(arelle) :]
    assert _where(ours, "error") == []
