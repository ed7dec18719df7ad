"""The statement kinds, as one enum every stage uses (reading, mapping, checking, writing).

Below every stage, like :mod:`exporter.profile`: it imports nothing of the package.
"""

from __future__ import annotations

import enum


class StatementKind(enum.StrEnum):
    """The statements a table can be (equal to their codes: ``StatementKind.BS == "bs"``); the first
    three are exported (:data:`EXPORTED`), the other two are recognised to be kept apart."""

    BS = "bs"  # balance sheet (statement of financial position)
    IS = "is"  # income statement (operations)
    CF = "cf"  # cash-flow statement
    CI = "ci"  # statement of comprehensive income
    EQ = "eq"  # statement of stockholders' equity


EXPORTED: tuple[StatementKind, ...] = (StatementKind.BS, StatementKind.IS, StatementKind.CF)
"""The primary statements whose facts an export writes."""
