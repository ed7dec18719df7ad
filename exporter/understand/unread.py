"""A statement the document titles but the export lacks: said, not passed over in silence.

A table titled as the balance sheet, the income statement or the cash-flow statement that was not
read (its columns name no dates, it lost to a rival that was then dropped) leaves the export
without that statement. The checks of what was read all pass on what is left, so the export
would say "0 errors" with a whole statement missing: ``EXP.statement.Unread`` says which table
the document titles so, where, and why it was not read.
"""

from __future__ import annotations

from collections.abc import Iterable

from exporter.check.finding import Finding
from exporter.kinds import EXPORTED
from exporter.read.tables import Table
from exporter.understand.records import Statement
from exporter.understand.statements import NAMES

CODE = "EXP.statement.Unread"


def unread_statements(titled: Iterable[tuple[Table, str]], statements: Iterable[Statement],
                      skipped: Iterable[tuple[str, str]]) -> list[Finding]:
    """A warning per primary statement the export lacks though a table is titled as it
    (``titled``: each table classified by its title, with its statement's code)."""
    read: set[str] = {st.code for st in statements if not st.aside}
    why = dict(skipped)
    out: list[Finding] = []
    for table, code in titled:
        if code not in EXPORTED or code in read:
            continue
        read = read | {code}  # said once per statement
        name = NAMES[code].lower()
        reason = why.get(table.where, "not chosen")
        out.append(Finding(CODE, "warning", f"{table.where}: the document titles a table as its {name}, but it "
                                            f"was not read ({reason}): the export has no {name}",
                           source=table.where))
    return out
