"""The ranker's index in a compact prebuilt form, shipped in the package (``taxonomy_map/index.pickle``).

Building the index (:func:`exporter.map.mapping.index`) parses three CSV files and tokenizes
every label and concept name: most of a new process's start-up. The prebuilt form holds what
that build produces as plain Python values (tuples, frozensets, dicts: pickle protocol 5), each
entry as the label scan's row of it (``mapping.flat_rows``: its tests of the entry made once here),
and the tables a first export reads besides (``taxonomy_map.concepts()``: its rows, plain tuples, each
record made when its name is asked for; the deprecated concepts and the abstracts of
``taxonomy_map.reserved``: their record classes; the deprecated concepts by the words
of their names, :mod:`exporter.map.deprecated`; the calculation arcs' weights the ranker reads,
``features.arc_weights``, not the arcs' records), with a fingerprint of what it
was built from: the bytes of ``concepts.csv``, ``labels.csv``, ``calc.csv``, ``synonyms.csv``,
``deprecated.csv`` and ``abstracts.csv``, the tokenizer (``exporter/map/labels.py``), the source of
``mapping.build_index``, ``mapping.flat_rows``, ``features.arc_weights`` and of the readers, the
industry concepts' pattern (``industry.csv``), and the fields of the classes (a function's source is its lines
through the last its code was compiled from: no tokenizing at start-up), as two checksums of all of
it (:class:`_Checksum`). It is used only when the
fingerprint matches; otherwise the index is built as before (same result, slower), and
``tests/test_prebuilt_index.py`` fails until it is rebuilt::

    python -m exporter.map.prebuilt          # rebuild taxonomy_map/index.pickle from the CSVs
    python -m taxonomy_map.build ...         # rebuilds the CSVs, then this file
"""

from __future__ import annotations

import dataclasses
import gc
import pickle
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import taxonomy_map

if TYPE_CHECKING:
    from exporter.map.mapping import Index

PATH = Path(taxonomy_map.__file__).with_name("index.pickle")
_FORMAT = 4


def _source(fn: Any, files: dict[str, list[str]]) -> str:
    """A function's lines, from its first (its decorators') to the last any of its code (or its
    nested functions' and comprehensions') was compiled from: what ``inspect.getsource`` gives but
    its trailing comments, without tokenizing the module for the function's end."""
    while hasattr(fn, "__wrapped__"):
        fn = fn.__wrapped__
    code = fn.__code__
    last, stack = code.co_firstlineno, [code]
    while stack:
        c = stack.pop()
        last = max([last, *(end for _, end, _, _ in c.co_positions() if end is not None)])
        stack.extend(k for k in c.co_consts if isinstance(k, type(code)))
    if code.co_filename not in files:
        files[code.co_filename] = Path(code.co_filename).read_text(encoding="utf-8").splitlines()
    return "\n".join(files[code.co_filename][code.co_firstlineno - 1:last])


def _layout(cls: type, files: dict[str, list[str]]) -> str:
    """A dataclass's fields (name, type, default) and its methods' source: what its pickled or
    tupled instances depend on (cheaper than the class's source, which ``inspect`` finds by parsing
    the whole module)."""
    import inspect

    fields = [(f.name, str(f.type), "" if f.default is dataclasses.MISSING else repr(f.default),
               getattr(f.default_factory, "__name__", "")) for f in dataclasses.fields(cls)]
    here = inspect.getfile(cls)
    methods = [_source(v, files) for _, v in sorted(vars(cls).items())
               if inspect.isfunction(v) and v.__code__.co_filename == here]  # not those dataclass writes
    return repr((cls.__qualname__, fields, methods))


class _Checksum:
    """CRC-32 and Adler-32 of what is fed, each piece's length fed before it: a stamp that tells
    tables or code changed since the index was built (not a guard against a forger, which the
    shipped pickle is not either). Both are in :mod:`zlib`, which a start has loaded anyway; a
    SHA-256 loaded OpenSSL's library at every start and hashed the 3 MB of tables at a third of
    CRC-32's speed."""

    def __init__(self, data: bytes) -> None:
        self.crc, self.adler, self.size = 0, 1, 0
        self.update(data)

    def update(self, data: bytes) -> None:
        length = len(data).to_bytes(8, "little")
        self.crc = zlib.crc32(data, zlib.crc32(length, self.crc))
        self.adler = zlib.adler32(data, zlib.adler32(length, self.adler))
        self.size += len(data)

    def hexdigest(self) -> str:
        return f"{self.crc:08x}{self.adler:08x}-{self.size}"


def fingerprint() -> str:
    """What the index is built from: the concept-table CSVs, the label rules and the code building it."""
    from exporter.map import deprecated, features, labels, mapping
    from taxonomy_map import _statements, reserved

    h = _Checksum(f"format {_FORMAT}".encode())
    folder = Path(taxonomy_map.__file__).parent
    for name in (taxonomy_map.CONCEPTS_CSV, taxonomy_map.LABELS_CSV, taxonomy_map.CALC_CSV, taxonomy_map.SYNONYMS_CSV,
                 reserved.DEPRECATED_CSV, reserved.ABSTRACTS_CSV):
        h.update((folder / name).read_bytes())
    for module in (labels, deprecated):
        h.update(Path(str(module.__file__)).read_bytes())
    files: dict[str, list[str]] = {}
    for code in (mapping.build_index, mapping.concept_group, mapping.flat_rows, mapping.entries_of, mapping._entry,
                 mapping.concept_industry, taxonomy_map._rows, taxonomy_map._split, taxonomy_map.concepts,
                 taxonomy_map.calc_arcs, reserved.deprecated, reserved.abstract_names, _statements.camel_words,
                 _statements.concept_words, features.arc_weights):
        h.update(_source(code, files).encode())
    h.update(_statements._CAMEL.pattern.encode())
    # taxonomy_map/industry.csv: flat_rows' industry of each concept
    h.update(repr(sorted((ind, p.pattern) for ind, p in mapping.INDUSTRY_CONCEPT.items())).encode())
    for cls in (mapping.Index, mapping.Entry, taxonomy_map.Concept, taxonomy_map.CalcArc, reserved.Deprecated):
        h.update(_layout(cls, files).encode())
    units = [(kind, sorted(types)) for kind, types in sorted(mapping.UNIT_TYPES.items())]  # no set order: no hash seed
    h.update(repr((units, sorted(mapping.PERIOD_TYPE.items()))).encode())
    return h.hexdigest()


def to_plain(idx: Index) -> dict[str, Any]:
    """The index as plain values (what is pickled): every field but the concepts, the entries as the
    scan's rows of them (``mapping.flat_rows``: the tests the scan makes of an entry made once here)."""
    from exporter.map import mapping

    plain = {f.name: getattr(idx, f.name) for f in dataclasses.fields(idx)
             if f.name not in ("concepts", "entries", "flat")}
    plain["entries"] = mapping.flat_rows(idx)
    return plain


def from_plain(data: dict[str, Any]) -> Index:
    from exporter.map.mapping import Entries, Index

    fields = {**data, "entries": Entries(data["entries"]), "flat": data["entries"]}
    return Index(taxonomy_map.concepts(), **fields)


def tables() -> dict[str, Any]:
    """The tables read from the CSVs (file name -> what its reader returns), the deprecated
    concepts by their words and the calculation arcs' weights, as shipped beside the index."""
    from exporter.map import deprecated, features
    from taxonomy_map import reserved

    read = {taxonomy_map.CONCEPTS_CSV: taxonomy_map.concepts().rows, reserved.DEPRECATED_CSV: reserved.deprecated(),
            reserved.ABSTRACTS_CSV: reserved.abstract_names()}
    return {"tables": read, "deprecated_words": deprecated.build_words(), "arc_weights": features.arc_weights()}


def _use_tables(data: dict[str, Any]) -> None:
    from exporter.map import deprecated, features

    taxonomy_map.use_prebuilt(data["tables"])
    if deprecated._given is None:
        deprecated._given = data["deprecated_words"]
    if features.given_weights is None:
        features.given_weights = data["arc_weights"]


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
            stamp, data, shipped = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError, ImportError):
            return None
        if stamp != fingerprint():
            return None
        _use_tables(shipped)
        idx = from_plain(data)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return idx


def _one_of_each(value: Any, seen: dict[Any, Any]) -> Any:
    """``value`` with each string and each set of strings one object wherever it occurs (the first of
    those equal to it), through tuples, lists, dicts and the tables' records: pickle then writes it
    once and refers to it after, and a new process makes one object where it made thousands (the
    concepts' types and statement sets, the companies writing a label). Equal values, fewer objects."""
    kind = type(value)
    if kind is str:
        return seen.setdefault(value, value)
    if kind is frozenset:
        if all(type(x) in (str, int) for x in value):  # (the arcs' weights: a few sets of ints)
            return seen.setdefault(value, frozenset(_one_of_each(x, seen) for x in value))
        return value
    if kind is tuple:
        return tuple(_one_of_each(x, seen) for x in value)
    if kind is list:
        return [_one_of_each(x, seen) for x in value]
    if kind is dict:
        return {_one_of_each(k, seen): _one_of_each(v, seen) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _one_of_each(getattr(value, f.name), seen)
                                             for f in dataclasses.fields(value)})
    return value


def write(path: Path = PATH) -> Path:
    """Build the index from the CSVs and write its prebuilt form."""
    from exporter.map import deprecated, features
    from exporter.map.mapping import build_index
    from taxonomy_map import reserved

    taxonomy_map._given.clear()  # read the files themselves, not what an earlier load shipped
    deprecated._given = None
    features.given_weights = None
    for reader in (taxonomy_map.concepts, taxonomy_map.calc_arcs, taxonomy_map.labels, reserved.deprecated,
                   deprecated._by_words, features.arc_weights):
        reader.cache_clear()

    blob = pickle.dumps(_one_of_each((fingerprint(), to_plain(build_index()), tables()), {}), protocol=5)
    path.write_bytes(blob)
    return path


if __name__ == "__main__":
    written = write()
    print(f"wrote {written} ({written.stat().st_size / 1e6:.1f} MB)")
