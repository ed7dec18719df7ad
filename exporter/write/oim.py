"""Output formats, and xBRL-JSON / xBRL-CSV (the Open Information Model) written by Arelle.

The ``.xml`` instance is always rendered (it is what Arelle validates and what the OIM
files are saved from); ``--format`` decides which files reach the output folder:

- ``xml``: the XBRL 2.1 instance ``{base}.xml``
- ``ixbrl``: the Inline XBRL document ``{base}.htm``
- ``json``: xBRL-JSON ``{base}.json``, each fact with its provenance (``xe:source``)
- ``csv``: xBRL-CSV, the metadata ``{base}-xbrl-metadata.json`` and the table ``{base}-xbrl-facts.csv``

The extension taxonomy, the report and the facts table are written with every format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from exporter.errors import InputError
from exporter.model import Model
from exporter.write import output

FORMATS = ("xml", "ixbrl", "json", "csv")
DEFAULT_FORMATS = ("xml", "ixbrl")
OIM_FORMATS = ("json", "csv")  # saved by Arelle; their file names are in exporter.write.OUTPUTS

PROVENANCE_PREFIX = "xe"
PROVENANCE_NS = "urn:xbrl-export:provenance"
"""Namespace of the xBRL-JSON extension property ``xe:source`` (see the README)."""


def check_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"xml,json"`` (or a list) as formats in canonical order; :class:`InputError` for unknown ones."""
    items = [t.strip().lower() for t in (text.split(",") if isinstance(text, str) else text)]
    items = [t for t in items if t]
    unknown = [t for t in items if t not in FORMATS]
    if unknown or not items:
        raise InputError(f"unknown output format {', '.join(map(repr, unknown)) or '(none)'}: "
                         f"choose from {','.join(FORMATS)}", "--format")
    return tuple(f for f in FORMATS if f in items)


def oim_targets(formats: Iterable[str], folder: Path, base: str) -> dict[str, Path]:
    """The file to hand Arelle's saveLoadableOIM for each OIM format asked for."""
    return {f: folder / output(f).file_name(base) for f in formats if f in OIM_FORMATS}


def source_properties(model: Model) -> Callable[[int], dict[str, Any] | None]:
    """The xBRL-JSON extension properties of the instance's i-th fact: where it is printed.

    The instance holds the cover (dei) facts first, then ``model.facts`` in order.
    """
    skip = len(model.dei)
    name = model.source_name

    def props(i: int) -> dict[str, Any] | None:
        if i < skip or i - skip >= len(model.facts):
            return None
        f = model.facts[i - skip]
        where = f.where.as_json() if f.where else {"file": name, "line": f.line}
        return {f"{PROVENANCE_PREFIX}:source": {**where, "printed": f.raw}}

    return props


def oim_saver(model: Model, targets: dict[str, Path], written: dict[str, list[Path]]) -> Callable[[Any], None]:
    """What to do with the instance once Arelle has loaded it: save each OIM target, recording the
    files written in ``written`` (format -> files)."""

    def save(loaded: Any) -> None:
        from exporter.check.validate import save_oim  # the adapter: imported by an export that saves OIM

        for fmt, target in targets.items():
            written[fmt] = save_oim(
                loaded, target, namespaces={PROVENANCE_PREFIX: PROVENANCE_NS},
                fact_properties=source_properties(model) if fmt == "json" else None)

    return save
