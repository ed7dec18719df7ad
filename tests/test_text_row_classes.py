"""Old plain-text filings: how a table's lines become rows (issue 10), from small synthetic
snippets; none needs ../shared."""

from __future__ import annotations

from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.read.text_tables import text_tables
from tests.text_snippet import submission

SUBTOTAL_THEN_WRAPPED_LABEL = """\
                         CONSOLIDATED BALANCE SHEETS
                                (In millions)
<TABLE>
<CAPTION>
                                  March 28,     September 27,
                                       1997             1996
<S>                                    <C>              <C>
Property, plant, and equipment:
Land and buildings                     461              480
Machinery and equipment                529              544
Leasehold improvements                 181              188
                                     1,171            1,212
Accumulated depreciation and
amortization                          (739)            (750)

Net property, plant, and equipment     432              462
</TABLE>
"""


def test_an_unlabelled_subtotal_then_a_label_wrapped_onto_its_figures() -> None:
    """Printed without rules, an unlabelled subtotal is followed by a label's first line ending
    in "and": that line starts the label of the figures below it, not a name for the subtotal."""
    filing = parse_filing(submission(SUBTOTAL_THEN_WRAPPED_LABEL, form="10-Q"), Path("snippet.txt"))
    (table,) = text_tables(filing.documents[0])
    rows = {r.label: [c.printed.value if c else None for c in r.cells] for r in table.value_rows()}
    assert rows["Accumulated depreciation and amortization"] == [-739, -750]
    assert [1171, 1212] in rows.values()
    assert not any(label.startswith("Accumulated") and values == [1171, 1212] for label, values in rows.items())
