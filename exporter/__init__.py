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

TYPE_CHECKING = False
if TYPE_CHECKING:
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


def __getattr__(name: str) -> object:
    """``export`` and ``ExportResult`` load the pipeline when first asked for: importing a light
    module of the package (``exporter.profile``, ``exporter.errors``) does not pull in the whole
    exporter, and the concept table's builders, which read the profile, import no circle."""
    if name in ("export", "ExportResult"):
        from exporter import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'exporter' has no attribute {name!r}")
