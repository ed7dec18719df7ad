"""The ranker's index in a compact prebuilt form, shipped in the package (``taxonomy_map/index.pickle``).

Building the index (:func:`exporter.map.mapping.index`) parses three CSV files and tokenizes
every label and concept name: most of a new process's start-up. The prebuilt form holds what
that build produces as plain Python values (tuples, frozensets, dicts: pickle protocol 5, no
classes; the concepts themselves come from ``taxonomy_map.concepts()``, which the checks read too),
with a fingerprint of what it was built from: the bytes of ``concepts.csv``,
``labels.csv``, ``calc.csv`` and ``synonyms.csv``, the tokenizer (``exporter/map/labels.py``) and the source of
the index's classes and of ``mapping.build_index``. It is used only when the
fingerprint matches; otherwise the index is built as before (same result, slower), and
``tests/test_prebuilt_index.py`` fails until it is rebuilt::

    python -m exporter.map.prebuilt          # rebuild taxonomy_map/index.pickle from the CSVs
    python -m taxonomy_map.build ...         # rebuilds the CSVs, then this file
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

import taxonomy_map

if TYPE_CHECKING:
    from exporter.map.mapping import Index

PATH = Path(taxonomy_map.__file__).with_name("index.pickle")
_FORMAT = 1


def fingerprint() -> str:
    """What the index is built from: the concept-table CSVs, the label rules and the code building it."""
    import inspect

    from exporter.map import mapping

    h = hashlib.sha256(f"format {_FORMAT}".encode())
    folder = Path(taxonomy_map.__file__).parent
    for name in (taxonomy_map.CONCEPTS_CSV, taxonomy_map.LABELS_CSV, taxonomy_map.CALC_CSV, taxonomy_map.SYNONYMS_CSV):
        h.update((folder / name).read_bytes())
    h.update((Path(__file__).parent / "labels.py").read_bytes())
    for code in (mapping.build_index, mapping._group, mapping.Index, mapping._Entry):
        h.update(inspect.getsource(code).encode())
    units = [(kind, sorted(types)) for kind, types in sorted(mapping.UNIT_TYPES.items())]  # no set order: no hash seed
    h.update(repr((units, sorted(mapping._PERIOD.items()))).encode())
    return h.hexdigest()


def to_plain(idx: Index) -> dict[str, Any]:
    """The index as plain values (what is pickled): every field but the concepts, entries as tuples."""
    from exporter.map.mapping import _Entry

    names = [f.name for f in dataclasses.fields(_Entry)]
    plain = {f.name: getattr(idx, f.name) for f in dataclasses.fields(idx) if f.name not in ("concepts", "entries")}
    plain["entries"] = [tuple(getattr(e, n) for n in names) for e in idx.entries]
    return plain


def from_plain(data: dict[str, Any]) -> Index:
    from exporter.map.mapping import Index, _Entry

    fields = {**data, "entries": [_Entry(*row) for row in data["entries"]]}
    return Index(taxonomy_map.concepts(), **fields)


def load(path: Path = PATH) -> Index | None:
    """The prebuilt index, or None when it is missing or was built from other tables or code.

    The index is about a million small objects that live as long as the process. The cyclic garbage
    collector is kept off while they are made (each of its passes would walk all of them again),
    and they are then moved out of its sight (``gc.freeze``): later passes, in every export of a
    batch, walk only what the export makes. What else is alive then (the first export's document)
    is moved with them: freed by reference counting as before, never by the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            stamp, data = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, ValueError, TypeError, EOFError):
            return None
        if stamp != fingerprint():
            return None
        idx = from_plain(data)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return idx


def write(path: Path = PATH) -> Path:
    """Build the index from the CSVs and write its prebuilt form."""
    from exporter.map.mapping import build_index

    blob = pickle.dumps((fingerprint(), to_plain(build_index())), protocol=5)
    path.write_bytes(blob)
    return path


if __name__ == "__main__":
    written = write()
    print(f"wrote {written} ({written.stat().st_size / 1e6:.1f} MB)")
