"""Fixed-width tables of the seed, read row by row."""

from __future__ import annotations

from pathlib import Path

from exporter.read.documents import read_filing
from exporter.read.text_tables import text_tables
from exporter.understand.statements import classify
from tests.conftest import SEED


def _tables():  # type: ignore[no-untyped-def]
    return text_tables(read_filing(Path(SEED)).documents[0])


def test_two_statements_found() -> None:
    tables = _tables()
    assert [classify(t).statement for t in tables] == ["bs", "is"]


def test_balance_sheet_rows() -> None:
    bs = _tables()[0]
    assert bs.headers[0].startswith("08/30/03") and bs.headers[1].startswith("11/30/02")
    labels = [r.label for r in bs.value_rows()]
    # a label wrapped over two lines is one row, its footnote-like amounts kept in the label
    assert labels[1].startswith("Accounts receivable, and due from factor net of allowance for")
    assert "Accumulated deficit" in labels
    deficit = next(r for r in bs.value_rows() if r.label == "Accumulated deficit")
    assert [c.printed.value for c in deficit.cells if c] == [-36031, -33507]
    pref = next(r for r in bs.value_rows() if r.label.startswith("8% Redeemable"))
    assert all(c is not None and c.printed.dash for c in pref.cells)
    headings = [r.label for r in bs.rows if r.is_heading]
    assert "CURRENT ASSETS" in headings and "STOCKHOLDERS' EQUITY" in headings


def test_income_statement_columns_and_unlabeled_total() -> None:
    is_ = _tables()[1]
    assert is_.headers == ["Three Months Ended 08/30/03", "Three Months Ended 08/31/02",
                           "Nine Months Ended 08/30/03", "Nine Months Ended 08/31/02"]
    unlabeled = [r for r in is_.value_rows() if not r.label]
    assert len(unlabeled) == 1 and unlabeled[0].section == "OPERATING EXPENSES"
    basic = [r for r in is_.value_rows() if r.label == "Basic"]
    assert basic[0].parent_label.startswith("NET INCOME (LOSS) PER SHARE")


def test_untagged_fixed_width_tables_give_the_same_facts(tmp_path: Path) -> None:
    """1990s filings print column-aligned tables with no <TABLE>/<S>/<C> tags: the same seed
    with its tags blanked out must export the same answer key."""
    import re
    import subprocess
    import sys

    from exporter import export
    from tests.conftest import GOLDEN, SHARED, need

    need(GOLDEN, "the seed's answer key")
    text = Path(SEED).read_text()
    untagged = re.sub(r"</?(TABLE|CAPTION|S|C)>", lambda m: " " * len(m.group()), text)
    assert "<TABLE>" not in untagged
    src = tmp_path / "untagged.txt"
    src.write_text(untagged)
    result = export(src, tmp_path / "out", validate=False)
    assert [st.code for st in result.model.statements] == ["bs", "is"]
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "golden.py"), str(result.instance), str(GOLDEN)],
                          capture_output=True, text=True, check=False)
    assert "required 112/114" in proc.stdout, proc.stdout  # DueToRelatedPartiesCurrent, deprecated: see test_seed


def test_a_dollar_sign_before_a_figure_with_its_footnote_mark_is_the_figures_not_the_labels() -> None:
    """"$  5,667*": the dollar sign goes with its figure, the mark is dropped, and the label keeps no
    dangling "$" (as "$  5,667" without a mark)."""
    from exporter.read.text_columns import column_edges, line_pieces, split_line

    lines = ["Cash at December 31               $  5,667*     $  4,233(a)",
             "Other                                 1,234          1,000",
             "Net                                   2,000          3,000"]
    columns = column_edges(lines)
    label, slots, _ = split_line(lines[0], columns)
    assert label == "Cash at December 31"
    assert [s.printed.value for s in slots if s is not None and s.printed is not None] == [5667, 4233]
    assert [p.text for p in line_pieces(lines[0])][-2:] == ["$  5,667", "$  4,233"]


def test_a_minus_sign_before_a_dollar_sign_set_apart_from_its_figure_is_the_figures() -> None:
    """"-$   970" (the dollar sign at the column's left edge, the minus before it): one negative
    figure, as "-$970" attached is, not a nil dash "-$" in a column of its own and a positive 970."""
    from exporter.read.text_columns import column_edges, line_pieces, split_line

    lines = ["Net sales                        $ 98,450     $ 91,230",
             "Operating loss                   -$ 2,850     -$   970",
             "Net loss                         -$2,350      -$  570"]
    columns = column_edges(lines)
    for line, want in zip(lines[1:], ([-2850, -970], [-2350, -570]), strict=True):
        label, slots, _ = split_line(line, columns)
        assert label in ("Operating loss", "Net loss")
        assert [s.printed.value for s in slots if s is not None and s.printed is not None] == want
    assert [p.text for p in line_pieces(lines[1])][-2:] == ["-$ 2,850", "-$   970"]


def test_an_asterisk_standing_where_a_figure_would_is_no_word_of_the_label() -> None:
    """"*" printed in each figure column, a footnote under the statement saying "* Less than $1
    million": an amount under the table's unit, printed as no figure; it is not the last words of
    the line's label ("... of $177 million) * *")."""
    from exporter.read.text_columns import column_edges, split_line

    lines = [" Preferred Stock, par value $1.00 per share (aggregate liquidation preference",
             "   of $177 million)                                      *                *",
             " Common Stock, par value $0.01 per share                18               18",
             " Class B Stock, par value $0.01 per share                1                1",
             " Capital in excess of par value of stock             6,001            6,174"]
    columns = column_edges(lines)
    label, slots, _ = split_line(lines[1], columns)
    assert label.strip() == "of $177 million)" and slots == [None, None]
    label, slots, _ = split_line(" Total stock*                                       6,020            6,193", columns)
    assert label.strip() == "Total stock*"  # a mark attached to a label's word stays the label's
