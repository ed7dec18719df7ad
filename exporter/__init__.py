"""exporter: turn the financial statements of SEC filings into XBRL.

    >>> from exporter import export
    >>> result = export("examples/innovo-2003q3-ex99-1.txt", "out")  # doctest: +SKIP

writes an XBRL 2.1 instance, its extension taxonomy and a mapping report, and
returns an :class:`ExportResult` whose ``facts`` is a pandas DataFrame.
"""

from exporter.errors import (
    ExporterError,
    InputError,
    NoStatementsError,
    OutputError,
    TaxonomyError,
    ValidationFailed,
)
from exporter.pipeline import ExportResult, export

__all__ = [
    "ExportResult",
    "ExporterError",
    "InputError",
    "NoStatementsError",
    "OutputError",
    "TaxonomyError",
    "ValidationFailed",
    "export",
]
__version__ = "0.1.0"
