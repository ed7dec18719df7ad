"""Which tables are the statements: one test per rule, each on a real filing of the corpus.

10-K / 10-Q inputs are Inline XBRL filings stripped to plain HTML with ``retag.py strip``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from exporter.read.documents import read_filing
from exporter.read.tables import Table
from exporter.understand.extract import document_tables, extract
from exporter.understand.extraction import Extraction
from exporter.understand.statements import classify
from tests.conftest import EDGAR_TEXT, SHARED, need

IXBRL = SHARED / "corpus" / "ixbrl"
HTML_8K = SHARED / "corpus" / "html-8k"
RETAG = SHARED / "eval" / "retag.py"
APPLE_8K = HTML_8K / "sec_cover_page_parser__320193__0000320193-24-000005__0000320193-24-000005.txt"
ORACLE_8K = HTML_8K / "sec_cover_page_parser__1341439__0001193125-14-242424__0001193125-14-242424.txt"
APPLE_10K_1997 = EDGAR_TEXT / "sec-edgar_sec-edgar__SEC-Edgar-Data__AAPL__0000320193__10-K__0001047469-97-006960.txt"


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Stripped (plain HTML) copies of two 10-Ks and a 10-Q of three companies."""
    need(RETAG, "retag.py")
    out = tmp_path_factory.mktemp("plain")
    paths = {}
    for name in ("meta-10-k-2025-01-30", "amzn-10-k-2025-02-07", "ko-10-q-2025-07-24"):
        src = need(IXBRL / f"{name}.html", name)
        dst = out / f"{name}.htm"
        subprocess.run([sys.executable, str(RETAG), "strip", str(src), str(dst)], check=True,
                       capture_output=True)
        paths[name] = dst
    return paths


@pytest.fixture(scope="module")
def meta(plain: dict[str, Path]) -> Extraction:
    return extract(read_filing(plain["meta-10-k-2025-01-30"]))


def _tables(path: Path) -> list[Table]:
    return [t for doc in read_filing(path).documents for t in document_tables(doc)]


def _titled(tables: list[Table], words: str) -> Table:
    return next(t for t in tables if any(words in line.upper() for line in t.title[-3:]))


def _by_code(ex: Extraction) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for st in ex.statements:
        out.setdefault(st.code, []).append(" ".join(st.table.title[-3:]).upper())
    return out


# ---------------------------------------------------------------- title rules


@pytest.mark.parametrize(("words", "code"), [
    ("CONDENSED CONSOLIDATED BALANCE SHEETS", "bs"),
    ("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "is"),
    ("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", "cf"),
])
def test_title_names_the_statement(words: str, code: str) -> None:
    table = _titled(_tables(need(APPLE_8K, "Apple 8-K")), words)
    cls = classify(table)
    assert (cls.statement, cls.by_title) == (code, True)
    assert cls.reason.startswith("title says")


@pytest.mark.parametrize(("words", "code"), [
    ("CONSOLIDATED STATEMENTS OF INCOME", "is"),
    ("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", "ci"),
    ("CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", "eq"),
    ("CONSOLIDATED BALANCE SHEETS", "bs"),
])
def test_title_rules_in_a_10k(plain: dict[str, Path], words: str, code: str) -> None:
    table = _titled(_tables(plain["meta-10-k-2025-01-30"]), words)
    assert classify(table).statement == code


def test_financial_position_title() -> None:
    """Statements of financial position / condition are balance sheets (text 10-K, 1997)."""
    tables = _tables(need(APPLE_10K_1997, "Apple 10-K 1997"))
    found = {classify(t).statement for t in tables}
    assert {"bs", "is", "cf"} <= found


def test_continued_table_is_merged(meta: Extraction) -> None:
    """Meta prints its cash-flow statement over two tables; they are read as one."""
    cf = [st for st in meta.statements if st.code == "cf"]
    assert len(cf) == 1 and "continued in table" in cf[0].reason
    labels = [r.label.lower() for r in cf[0].table.rows]
    assert any("operating activities" in lab for lab in labels)
    assert any("financing activities" in lab for lab in labels)


# ---------------------------------------------------------------- excerpts and non-statements


def test_mdna_excerpt_is_skipped_when_the_statement_is_titled(meta: Extraction) -> None:
    """ "The following table sets forth our consolidated statements of income data" is MD&A."""
    statement = next(st for st in meta.statements if st.code == "is")
    assert statement.table.index > 10 and "STATEMENTS OF INCOME" in " ".join(statement.table.title).upper()
    assert any("lost to" in why or "smaller is table" in why or "later is table" in why
               for _, why in meta.skipped)


def test_sentence_is_not_a_title(plain: dict[str, Path]) -> None:
    table = next(t for t in _tables(plain["meta-10-k-2025-01-30"])
                 if "sets forth our consolidated statements of income" in " ".join(t.title))
    assert not classify(table).by_title


def test_non_gaap_and_free_cash_flow_tables_are_not_statements() -> None:
    ex = extract(read_filing(need(ORACLE_8K, "Oracle 8-K")))
    reasons = [why for _, why in ex.skipped]
    assert any("NON-GAAP" in why and "not a statement" in why for why in reasons)
    assert any("FREE CASH FLOW" in why for why in reasons)
    assert sorted(st.code for st in ex.statements) == ["bs", "cf", "is", "is"]


def test_segment_tables_are_not_statements(plain: dict[str, Path]) -> None:
    """A table under a "Segment" heading is not a statement, and no segment table is taken."""
    path = plain["amzn-10-k-2025-02-07"]
    headed = [t for t in _tables(path) if t.title and t.title[-1].strip().lower() == "segment"]
    assert headed and all(classify(t).statement is None for t in headed)
    assert "not a statement" in classify(headed[0]).reason
    ex = extract(read_filing(path))
    assert not [st for st in ex.statements if "segment" in " ".join(st.table.title[-2:]).lower()]


def test_ex27_financial_data_schedule_is_skipped() -> None:
    path = need(APPLE_10K_1997, "Apple 10-K 1997")
    filing = read_filing(path)
    assert any((d.doc_type or "").startswith("EX-27") for d in filing.documents)
    ex = extract(filing)
    assert all(not (st.table.document.doc_type or "").startswith("EX-27") for st in ex.statements)


# ---------------------------------------------------------------- long filings


@pytest.mark.parametrize(("name", "bs", "is_", "cf"), [
    ("amzn-10-k-2025-02-07", "CONSOLIDATED BALANCE SHEETS", "CONSOLIDATED STATEMENTS OF OPERATIONS",
     "CONSOLIDATED STATEMENTS OF CASH FLOWS"),
    ("ko-10-q-2025-07-24", "CONSOLIDATED BALANCE SHEETS", "CONSOLIDATED STATEMENTS OF INCOME",
     "CONSOLIDATED STATEMENTS OF CASH FLOWS"),
])
def test_right_statements_among_many_tables(
    plain: dict[str, Path], name: str, bs: str, is_: str, cf: str
) -> None:
    path = plain[name]
    assert len(_tables(path)) >= 30
    ex = extract(read_filing(path))
    found = _by_code(ex)
    assert len(found["bs"]) == 1 and bs in found["bs"][0]
    assert len(found["is"]) == 1 and is_ in found["is"][0]
    assert len(found["cf"]) == 1 and cf in found["cf"][0]
    # the report says why each was taken, and why the others were not
    assert all(st.reason.startswith("title says") for st in ex.statements)
    assert len(ex.skipped) >= 20 and all(why for _, why in ex.skipped)
