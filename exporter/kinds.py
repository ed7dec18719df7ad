"""The statement kinds and who decided a line's concept, as enums every stage uses (reading,
mapping, checking, writing).

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


class DecidedBy(enum.StrEnum):
    """Who decided a statement line's concept (``Choice.source``; equal to the words the mapping
    report writes: ``DecidedBy.RANKER == "ranker"``)."""

    RANKER = "ranker"  # the concept table's ranker chose a us-gaap concept
    OVERRIDE = "override"  # the user's overrides file named the concept (or an extension)
    EXTENSION = "extension"  # no us-gaap concept fits: a company extension concept
