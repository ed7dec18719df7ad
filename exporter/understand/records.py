"""What understanding a statement produces, as data: its kind, its lines and its facts.

:class:`Statement` (a table read as a balance sheet, income or cash-flow statement), its
:class:`Line` s (the mapping decision for each row) and its :class:`Fact` s (each stored value
with its typed :class:`Origin` and provenance). Lines are built by :mod:`exporter.understand.facts`,
facts by :func:`exporter.understand.new_fact.new_fact` alone; the writers
see them through :mod:`exporter.model`. Data only: nothing here reads a document.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from exporter.kinds import StatementKind
from exporter.profile import PROFILE
from exporter.understand.periods import Period
from exporter.understand.scale import Scale

if TYPE_CHECKING:
    from exporter.map.mapping import Choice
    from exporter.read.provenance import Where
    from exporter.read.tables import Cell, Row, Table
    from exporter.understand.arithmetic import NearSum, Sum


class UnitKind(enum.StrEnum):
    """What a statement line's numbers count (equal to the old strings: ``UnitKind.MONETARY == "monetary"``)."""

    MONETARY = "monetary"
    SHARES = "shares"
    PER_SHARE = "perShare"
    PERCENT = "percent"


UNIT_OF_KIND: dict[str, str] = {
    UnitKind.MONETARY: PROFILE.default_unit,
    UnitKind.SHARES: "shares",
    UnitKind.PER_SHARE: f"{PROFILE.default_unit}/shares",
    UnitKind.PERCENT: "pure",
}
"""The unit key (``Fact.unit``) of each unit kind."""
MONEY = UNIT_OF_KIND[UnitKind.MONETARY]  # the profile's currency, as a unit key ("USD")
PER_SHARE_UNIT = UNIT_OF_KIND[UnitKind.PER_SHARE]  # "USD/shares"
SHARES_UNIT = UNIT_OF_KIND[UnitKind.SHARES]  # "shares"


def qname(prefix: str, name: str) -> str:
    """``prefix:name``, the one way a concept's qualified name is spelt."""
    return f"{prefix}:{name}"


class Origin(enum.Enum):
    """Where a fact's number or text is printed: what the Inline XBRL tag wraps."""

    CELL = "a value cell of the statement"
    LABEL = "stated in the line's label"  # par value, shares authorized/issued (parentheticals)
    NARRATIVE = "repeated in the narrative"  # a statement fact's value again in prose ("revenues of $21.9 million")
    COVER = "printed on the cover"  # a dei fact: the registrant's name, the period, shares outstanding


@dataclass(frozen=True)
class Fact:
    """One reported value with everything needed to write it and to explain it."""

    concept: str  # local name
    prefix: str  # "us-gaap" or the company prefix
    period: Period
    unit: str
    value: Decimal
    decimals: int
    statement: StatementKind
    table: int
    row: int
    column: int
    line: int  # document line of the number
    raw: str  # the number as printed
    label: str  # the row label as printed
    displayed: Decimal  # the printed value, sign as shown, unscaled
    scale: int  # power of ten applied to the printed value
    sign_reason: str = ""
    where: Where | None = None  # where the number is printed, in terms of the input file
    origin: Origin = Origin.CELL

    def __post_init__(self) -> None:
        object.__setattr__(self, "statement", StatementKind(self.statement))

    @property
    def qname(self) -> str:
        return qname(self.prefix, self.concept)


class Edge(enum.Enum):
    """Which instant of a column's period a cash-flow statement's balance line is at."""

    START = "the period's start: an opening balance ('Cash, beginning of year')"
    END = "the period's end: a closing balance ('Cash, end of year')"
    DATE = "the month and day its label prints ('Cash at June 30')"


@dataclass(frozen=True)
class BalanceAt:
    """A cash-flow statement's balance line: the instant its numbers are at (``month``, ``day``:
    the date a ``DATE`` label prints)."""

    edge: Edge
    month: int = 0
    day: int = 0


@dataclass
class Line:
    """A statement line and what was decided about it."""

    row: Row
    label: str  # the label used for mapping (heading prefix added where it completes it)
    display_label: str
    unit_kind: UnitKind
    zone: frozenset[str]
    choice: Choice
    concept: str = ""
    prefix: str = "us-gaap"
    balance: str = ""
    factor: int = 1
    sign_reason: str = ""
    is_total: bool = False
    instant_at: BalanceAt | None = None  # a cash-flow statement's opening/closing balance

    def __post_init__(self) -> None:
        self.unit_kind = UnitKind(self.unit_kind)


@dataclass(frozen=True)
class SignFix:
    """A figure exported with the other sign than printed: the total ``near`` names adds up in every
    column but ``near.column``, and there it adds up with ``row``'s figure turned (a lost or extra
    parenthesis). ``printed`` is the figure as shown, ``corrected`` as read."""

    near: NearSum
    row: int
    printed: Decimal
    corrected: Decimal


@dataclass
class Statement:
    code: StatementKind
    table: Table
    reason: str
    periods: list[Period | None]
    scale: Scale
    lines: list[Line] = field(default_factory=list)
    sums: list[Sum] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    parentheticals: dict[int, list[str]] = field(default_factory=dict)  # row -> concepts in its label
    ratio_lines: list[Line] = field(default_factory=list)  # shares of sales printed beside the amounts
    ratio_periods: dict[int, Period] = field(default_factory=dict)  # ratio column -> its amounts' period
    ratio_cells: dict[int, dict[int, Cell]] = field(default_factory=dict)  # row -> ratio column -> cell
    sector_summed: frozenset[int] = frozenset()  # rows whose printed totals add up sector sections left out
    aside: bool = False  # a statement's "(Parenthetical)" table: the numbers its labels leave out
    read_before: dict[int, Period] = field(default_factory=dict)  # column -> its date, which an earlier bs exports
    sign_fixes: dict[tuple[int, int], SignFix] = field(default_factory=dict)  # (row, column) -> figure turned
    currency: str | None = None  # the ISO 4217 code its caption names ("in millions of euros"); None: the profile's

    def __post_init__(self) -> None:
        self.code = StatementKind(self.code)

    def line_for(self, row_index: int) -> Line | None:
        for ln in self.lines:
            if ln.row.index == row_index:
                return ln
        return None
