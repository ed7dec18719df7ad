"""Errors raised by the exporter.

Every error the library raises on purpose derives from one root and also from
the builtin that fits it, so callers can catch either::

    ExporterError
    ├── InputError(ValueError)            the input cannot be read or is not a filing
    │   └── NoStatementsError             no financial statement was found in it
    ├── TaxonomyError(LookupError)        a taxonomy or the concept table is missing
    ├── OutputError(OSError)              the output folder cannot be written
    └── ValidationFailed(ValueError)      Arelle (or a check) rejected what was written

Each carries ``where`` (a file, a table, a row) so the one-line message says
what went wrong, where, and what to do.
"""

from __future__ import annotations


class ExporterError(Exception):
    """Root of every error the exporter raises on purpose."""

    def __init__(self, message: str, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(ExporterError, ValueError):
    """The input cannot be read, or is not a document we can export."""


class NoStatementsError(InputError):
    """The document holds no balance sheet, income statement or cash-flow statement."""


class TaxonomyError(ExporterError, LookupError):
    """A taxonomy file or the concept table is missing or unreadable."""


class OutputError(ExporterError, OSError):
    """The output folder cannot be created or written."""


class ValidationFailed(ExporterError, ValueError):
    """Validation of the written output found errors."""
