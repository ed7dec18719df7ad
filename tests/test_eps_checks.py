"""EPS x weighted-average shares on small synthetic HTML filings: the check compares wherever the
income statement prints both a per-share line and its share count (basic, diluted, or basic and
diluted in one line; under "Basic:" / "Diluted:" headings), and raises no alarm where the statement
is right."""

from __future__ import annotations

from pathlib import Path

import pytest

import exporter.understand.extract as extract_module
from exporter.check.cross import Agreed, cross_findings, cross_results
from exporter.check.finding import Finding
from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction
from exporter.understand.records import Statement

_HEAD = ("<p>ACME CORPORATION</p><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
         "<p>(In thousands, except per share data)</p>")


def _rows(rows: list[tuple[str, ...]], heading: bool = True) -> str:
    head = ("<tr><td></td><td colspan='2'>Year Ended December 31,</td></tr>"
            "<tr><td></td><td>2024</td><td>2023</td></tr>") if heading else ""
    body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)
    return f"<table>{head}{body}</table>"


_TOP: list[tuple[str, ...]] = [
    ("Net sales", "5,000", "4,000"),
    ("Cost of sales", "(3,000)", "(2,400)"),
    ("Gross profit", "2,000", "1,600"),
    ("Operating expenses", "(1,300)", "(1,000)"),
    ("Income before income taxes", "700", "600"),
    ("Provision for income taxes", "(200)", "(200)"),
    ("Net income", "500", "400"),
]


def _compared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, html: str) -> tuple[Extraction, list[object]]:
    compared: list[object] = []

    def findings(statements: list[Statement]) -> list[Finding]:  # every comparison, as the export makes it
        compared.extend(r for r in cross_results(statements) if r.code == "EXP.cross.EPS")
        return cross_findings(statements)

    monkeypatch.setattr(extract_module, "cross_findings", findings)
    ex = extract(parse_filing(f"<html><body>{html}</body></html>", tmp_path / "acme.htm"))
    assert any(st.code == "is" for st in ex.statements)
    return ex, compared


def _eps_errors(ex: Extraction) -> list[Finding]:
    return [f for f in ex.findings if f.code == "EXP.cross.EPS" and f.severity == "error"]


def test_basic_and_diluted_under_their_headings_are_both_compared(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-share lines and share counts under "Basic:" / "Diluted:" headings: four comparisons."""
    ex, compared = _compared(tmp_path, monkeypatch, _HEAD + _rows([
        *_TOP,
        ("Basic:", "", ""),
        ("Net income per share", "0.50", "0.40"),
        ("Weighted average shares outstanding", "1,000", "1,000"),
        ("Diluted:", "", ""),
        ("Net income per share", "0.48", "0.38"),
        ("Weighted average shares outstanding", "1,040", "1,050"),
    ]))
    assert len(compared) == 4 and all(isinstance(r, Agreed) for r in compared)
    assert _eps_errors(ex) == []


@pytest.mark.parametrize(("shares", "errors"), [(("1,000", "1,000"), 0), (("100", "1,000"), 1)])
def test_one_line_for_basic_and_diluted_is_compared(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shares: tuple[str, str], errors: int) -> None:
    """"Net income per share, basic and diluted" over "Weighted average shares, basic and diluted"."""
    ex, compared = _compared(tmp_path, monkeypatch, _HEAD + _rows([
        *_TOP,
        ("Net income per share, basic and diluted", "0.50", "0.40"),
        ("Weighted average shares outstanding, basic and diluted", *shares),
    ]))
    assert len(compared) == 2
    assert len(_eps_errors(ex)) == errors


@pytest.mark.parametrize(("diluted", "errors"), [
    (("1,040", "1,050"), 0),
    (("1,040,000", "1,050,000"), 2),  # the counts read at the wrong scale
])
def test_diluted_earnings_per_share_times_diluted_shares(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, diluted: tuple[str, str], errors: int) -> None:
    ex, compared = _compared(tmp_path, monkeypatch, _HEAD + _rows([
        *_TOP,
        ("Basic earnings per share", "0.50", "0.40"),
        ("Diluted earnings per share", "0.48", "0.38"),
        ("Weighted average shares outstanding, basic", "1,000", "1,000"),
        ("Weighted average shares outstanding, diluted", *diluted),
    ]))
    assert len(compared) == 4
    assert len(_eps_errors(ex)) == errors


def test_diluted_earnings_that_add_back_convertible_interest_are_no_alarm(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Diluted earnings add back what dilutive securities cost (interest on convertible notes): a
    diluted product a few per cent above net income is the document's arithmetic, not a misreading."""
    ex, compared = _compared(tmp_path, monkeypatch, _HEAD + _rows([
        *_TOP,
        ("Basic earnings per share", "0.50", "0.40"),
        ("Diluted earnings per share", "0.42", "0.34"),
        ("Weighted average shares outstanding, basic", "1,000", "1,000"),
        ("Weighted average shares outstanding, diluted", "1,250", "1,250"),  # 525 and 425: +5%, +6%
    ]))
    assert len(compared) == 4
    assert _eps_errors(ex) == []


def test_diluted_amounts_of_two_classes_that_convert_are_no_alarm(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two classes of stock, each with its own EPS and shares: the basic products add up to the
    earnings, the diluted ones need not (the if-converted method counts Class B's shares in the
    common's diluted count too): the diluted pairs are not summed into a false alarm."""
    ex, compared = _compared(tmp_path, monkeypatch, _HEAD + _rows([
        *_TOP,
        ("Earnings per share:", "", ""),
        ("Basic Common", "0.42", "0.34"),
        ("Basic Class B", "0.34", "0.27"),
        ("Diluted Common", "0.40", "0.32"),
        ("Diluted Class B", "0.33", "0.26"),
        ("Weighted average shares outstanding:", "", ""),
        ("Basic Common", "1,000", "1,000"),
        ("Basic Class B", "235", "230"),
        ("Diluted Common", "1,250", "1,250"),
        ("Diluted Class B", "235", "230"),
    ]))
    assert any(isinstance(r, Agreed) for r in compared)
    assert _eps_errors(ex) == []


@pytest.mark.parametrize(("shares", "errors"), [(("420,621", "420,621"), 0), (("420", "420,621"), 1)])
def test_an_amount_per_share_of_one_digit_is_compared_for_its_scale_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shares: tuple[str, str], errors: int) -> None:
    """A loss of a cent or two per share ("(0.01)") says little more than its scale: the document's
    own rounding (or truncation) of it is no misreading, a count read a thousand times off is."""
    ex, compared = _compared(tmp_path, monkeypatch, _HEAD + _rows([
        ("Revenue", "100", "100"),
        ("Operating expenses", "(6,784)", "(12,093)"),
        ("Net loss", "(6,684)", "(11,993)"),
        ("Net loss per share, basic and diluted", "(0.01)", "(0.03)"),
        ("Weighted average shares outstanding, basic and diluted", *shares),
    ]))
    assert len(_eps_errors(ex)) == errors


def test_diluted_earnings_well_above_net_income_are_no_alarm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Convertible notes whose interest added back makes diluted earnings 10% above net income (0.65 x
    171,786 = 111,661 against 101,000): no misreading, so no error, but a warning saying how far apart
    they are (no agreement either)."""
    ex, _ = _compared(tmp_path, monkeypatch, _HEAD + _rows([
        ("Net sales", "1,500,000", "1,400,000"),
        ("Operating expenses", "(1,399,000)", "(1,300,000)"),
        ("Net income", "101,000", "100,000"),
        ("Basic earnings per share", "0.79", "0.78"),
        ("Diluted earnings per share", "0.65", "0.64"),
        ("Weighted average shares outstanding, basic", "128,000", "128,000"),
        ("Weighted average shares outstanding, diluted", "171,786", "171,000"),
    ]))
    assert _eps_errors(ex) == []
    said = [f.message for f in ex.findings if f.code == "EXP.cross.EPS" and f.severity == "warning"]
    assert len(said) == 2 and "10.6% above net income" in said[0]  # said, for a reviewer, not silent


@pytest.mark.parametrize("heading", [True, False])
def test_share_counts_in_a_table_of_their_own_below_the_statement(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, heading: bool) -> None:
    """The statement's share counts printed in a small table right under it, titled as share counts,
    under the statement's column headings again or under none: read as the statement's lines."""
    ex, compared = _compared(tmp_path, monkeypatch, _HEAD + _rows([
        *_TOP,
        ("Basic earnings per share", "0.50", "0.40"),
        ("Diluted earnings per share", "0.48", "0.38"),
    ]) + "<p>Shares used in computing earnings per share:</p>" + _rows([
        ("Basic", "1,000", "1,000"),
        ("Diluted", "1,040", "1,050"),
    ], heading))
    assert len(compared) == 4 and all(isinstance(r, Agreed) for r in compared)
    assert _eps_errors(ex) == []
    [st] = [st for st in ex.statements if st.code == "is"]
    counts = sorted(f.value for f in st.facts if f.unit == "shares")
    assert counts == [1_000_000, 1_000_000, 1_040_000, 1_050_000]


def test_a_table_below_the_statement_titled_otherwise_is_not_its_counts(tmp_path: Path) -> None:
    html = _HEAD + _rows([*_TOP, ("Basic earnings per share", "0.50", "0.40")]) \
        + "<p>Selected segment data:</p>" + _rows([("Segment A", "1,000", "1,000"), ("Segment B", "1,040", "1,050")])
    ex = extract(parse_filing(f"<html><body>{html}</body></html>", tmp_path / "acme.htm"))
    [st] = [st for st in ex.statements if st.code == "is"]
    assert not any("Segment" in f.label for f in st.facts)
