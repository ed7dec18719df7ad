"""Writing: the model becomes files: XBRL instance, extension taxonomy, Inline XBRL, report, viewer.

Enters: a ``Model`` (:mod:`exporter.model`; the Inline writers also take the parsed document).
Leaves: the files in the output folder, one per row of :data:`OUTPUTS`.

:data:`OUTPUTS` is the one table of what an export writes: each output's key (in
``ExportResult.files``), its file name (``model.base`` + suffix), the ``--format`` that asks
for it and the function that renders it from the model. Adding an output that renders from
the model is one module here and one row below; the pipeline writes every row. Rows without a
``render`` are written another way: the xBRL-JSON/CSV files are saved by Arelle from the
instance (:mod:`exporter.write.oim`), the report and the facts table after the checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from exporter.map.memory import labels_csv
from exporter.model import Model
from exporter.write.instance import render_instance
from exporter.write.ixbrl import render_inline
from exporter.write.taxonomy import render_calculation, render_labels, render_presentation, render_schema


@dataclass(frozen=True)
class Output:
    """One file an export writes: ``{model.base}{suffix}``."""

    key: str  # its key in ExportResult.files
    suffix: str  # appended to model.base, extension included
    format: str | None  # the --format that asks for it; None: written with every format
    render: Callable[[Model], bytes] | None = None  # None: not rendered from the model alone (see above)
    needed: bool = False  # rendered even when its format is not asked for (Arelle reads it)

    def file_name(self, base: str) -> str:
        return f"{base}{self.suffix}"


OUTPUTS: tuple[Output, ...] = (
    Output("instance", ".xml", "xml", render_instance, needed=True),
    Output("schema", ".xsd", None, render_schema),
    Output("labels", "_lab.xml", None, render_labels),
    Output("presentation", "_pre.xml", None, render_presentation),
    Output("calculation", "_cal.xml", None, render_calculation),
    Output("inline", ".htm", "ixbrl", render_inline),
    Output("memory", "_labels.csv", None, labels_csv),  # label -> concept choices, for a later --memory
    Output("json", ".json", "json"),  # saved by Arelle from the instance
    Output("csv", "-xbrl.csv", "csv"),  # saved by Arelle: -xbrl-metadata.json and -xbrl-facts.csv
    Output("facts_csv", "_facts.csv", None),  # the facts table, after the checks
    Output("report", "_report.md", None),  # the mapping report, after the checks
)


def output(key: str) -> Output:
    """The row of :data:`OUTPUTS` named ``key``."""
    return next(o for o in OUTPUTS if o.key == key)


def rendered_outputs(formats: Iterable[str], extra: Iterable[Output] = ()) -> list[Output]:
    """The outputs rendered from the model for ``formats``, in table order, then ``extra`` ones."""
    wanted = set(formats)
    rows = [*OUTPUTS, *extra]
    return [o for o in rows if o.render is not None and (o.format is None or o.format in wanted or o.needed)]
