"""The ranker's prebuilt index (taxonomy_map/index.pickle) is up to date and is the index the CSVs give."""

from __future__ import annotations

import math
import pickle
from pathlib import Path

import pytest

from exporter.map import mapping, prebuilt


def test_the_shipped_index_is_up_to_date() -> None:
    assert prebuilt.PATH.is_file(), "taxonomy_map/index.pickle is missing: python -m exporter.map.prebuilt"
    stamp = pickle.loads(prebuilt.PATH.read_bytes())[0]
    assert stamp == prebuilt.fingerprint(), (
        "taxonomy_map/index.pickle was built from other CSVs or ranker code: rebuild it with "
        "python -m exporter.map.prebuilt")


def test_the_prebuilt_index_is_the_built_one() -> None:
    shipped, built = prebuilt.load(), mapping.build_index()
    assert shipped is not None
    assert shipped.concepts is built.concepts
    for name in ("by_token", "idf", "usage", "ancestors", "parents", "max_idf"):
        assert getattr(shipped, name) == getattr(built, name), name
    assert len(shipped.entries) == len(built.entries)
    for a, b in zip(shipped.entries, built.entries, strict=True):
        assert (a.concept, a.toks, a.statement, a.count, a.text, a.role, a.companies) == (
            b.concept, b.toks, b.statement, b.count, b.text, b.role, b.companies)
        assert math.isclose(a.wsum, b.wsum, rel_tol=1e-12)  # a sum over a set: its order is the hash seed's
    # the scan's rows ship with the index: the same as worked out from its entries (and from the built ones)
    assert shipped.flat == mapping.flat_rows(shipped)
    for a_row, b_row in zip(shipped.flat, mapping.flat_rows(built), strict=True):
        assert a_row[:9] + a_row[10:] == b_row[:9] + b_row[10:]
    assert mapping.entries_of(shipped.flat) == shipped.entries


def test_the_prebuilt_entries_are_made_when_asked_for() -> None:
    """The shipped index makes an entry from its row when first read (one object after), by index,
    from the end and by slice as a list gives them."""
    rows = mapping.flat_rows(mapping.build_index())[:5]
    lazy, made = mapping.Entries(rows), mapping.entries_of(rows)
    assert not lazy._made
    assert lazy[2] == made[2] and lazy[2] is lazy[2] and len(lazy._made) == 1
    assert lazy[-1] == made[-1] and lazy[-1] is lazy[4]
    assert lazy[1:4] == made[1:4] and lazy[::-2] == made[::-2]
    assert list(lazy) == made and lazy == made and made == lazy and len(lazy) == 5
    with pytest.raises(IndexError):
        lazy[5]


def test_a_functions_source_is_its_lines_through_its_last_code() -> None:
    """The fingerprint reads a function's source from its code's line numbers (no tokenizing at
    start-up): the lines ``inspect.getsource`` gives, decorators included, trailing comments not."""
    import inspect

    import taxonomy_map

    for fn in (mapping.build_index, mapping.flat_rows, mapping.concept_industry, taxonomy_map.concepts,
               prebuilt._source):
        want = inspect.getsource(fn).rstrip("\n").split("\n")
        while want[-1].strip().startswith("#") or not want[-1].strip():
            want.pop()
        assert prebuilt._source(fn, {}).split("\n") == want, fn


def test_the_shipped_tables_are_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the prebuilt index ships beside it is what the readers give from the CSVs themselves."""
    import taxonomy_map
    from exporter.map import deprecated, features
    from taxonomy_map import reserved

    shipped = pickle.loads(prebuilt.PATH.read_bytes())[2]
    monkeypatch.setattr(taxonomy_map, "_given", {})
    monkeypatch.setattr(reserved, "_given", {})
    monkeypatch.setattr(deprecated, "_given", None)
    monkeypatch.setattr(features, "given_weights", None)
    read = {taxonomy_map.CONCEPTS_CSV: taxonomy_map.concepts.__wrapped__().rows,  # records made when asked for
            reserved.DEPRECATED_CSV: reserved.deprecated.__wrapped__(),
            reserved.ABSTRACTS_CSV: reserved.abstract_names()}
    assert shipped["tables"].keys() == read.keys()
    for name, table in read.items():
        assert shipped["tables"][name] == table, name
    assert shipped["deprecated_words"] == deprecated.build_words()
    # the calculation arcs ship as the weights the ranker reads of them, not as records
    monkeypatch.setattr(taxonomy_map, "calc_arcs", taxonomy_map.calc_arcs.__wrapped__)
    assert shipped["arc_weights"] == features.arc_weights.__wrapped__()


def test_a_stale_or_broken_file_is_not_used(tmp_path: Path) -> None:
    stale = tmp_path / "index.pickle"
    stale.write_bytes(pickle.dumps(("another fingerprint", {}), protocol=5))
    assert prebuilt.load(stale) is None
    broken = tmp_path / "broken.pickle"
    broken.write_bytes(b"not a pickle")
    assert prebuilt.load(broken) is None
    assert prebuilt.load(tmp_path / "missing.pickle") is None


def test_the_fingerprint_changes_with_any_table_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stamp is checksums of the tables' bytes (not their sizes or times): a table with one
    digit changed, two bytes swapped (its size the same) or a line moved to the next table gives
    another fingerprint, so the shipped index is not used."""
    import taxonomy_map
    from taxonomy_map import reserved

    folder = Path(taxonomy_map.__file__).parent
    shipped = prebuilt.fingerprint()
    concepts = (folder / taxonomy_map.CONCEPTS_CSV).read_bytes()
    abstracts = (folder / reserved.ABSTRACTS_CSV).read_bytes()
    digit = concepts.index(b"1")
    line = concepts.rindex(b"\n", 0, len(concepts) - 1) + 1
    variants = {
        "a digit": (concepts[:digit] + b"2" + concepts[digit + 1:], abstracts),
        "two bytes swapped": (concepts[:40] + concepts[41:42] + concepts[40:41] + concepts[42:], abstracts),
        "a line moved": (concepts[:line], concepts[line:] + abstracts),
    }
    assert concepts[40:41] != concepts[41:42]
    stamps = set()
    for name, (new_concepts, new_abstracts) in variants.items():
        (tmp_path / "concepts.csv").write_bytes(new_concepts)
        (tmp_path / "abstracts.csv").write_bytes(new_abstracts)
        monkeypatch.setattr(taxonomy_map, "CONCEPTS_CSV", str(tmp_path / "concepts.csv"))
        monkeypatch.setattr(reserved, "ABSTRACTS_CSV", str(tmp_path / "abstracts.csv"))
        stamps.add(prebuilt.fingerprint())
        assert prebuilt.fingerprint() != shipped, name
    assert len(stamps) == len(variants)
    (tmp_path / "concepts.csv").write_bytes(concepts)  # the same bytes elsewhere: the same stamp
    (tmp_path / "abstracts.csv").write_bytes(abstracts)
    assert prebuilt.fingerprint() == shipped


def test_the_fingerprint_does_not_depend_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    code = "from exporter.map import prebuilt; print(prebuilt.fingerprint())"
    prints = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert prints == {prebuilt.fingerprint() + "\n"}


def test_loading_leaves_the_collector_on_and_the_index_out_of_its_sight(tmp_path: Path) -> None:
    import gc
    import subprocess
    import sys

    # a process of its own: the index's objects are then moved out of the collector's sight for good
    code = ("import gc; from exporter.map import prebuilt; before = gc.get_freeze_count(); idx = prebuilt.load(); "
            "print(idx is not None, gc.isenabled(), gc.get_freeze_count() - before >= len(idx.entries))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True", "True"], done.stdout + done.stderr
    assert prebuilt.load(tmp_path / "missing.pickle") is None
    assert gc.isenabled()


def test_equal_strings_and_word_sets_are_shipped_once() -> None:
    """The concepts' types and statement sets, the entries' words and companies: one object each."""
    _, data, shipped = pickle.loads(prebuilt.PATH.read_bytes())
    rows = shipped["tables"]["concepts.csv"].values()  # each a Concept's fields in order
    for field in (1, 2, 4):  # type, period type, statements
        values = [row[field] for row in rows]
        assert len({id(v) for v in values}) == len(set(values)), field
    for column in (1, 4, 11):  # words, companies, role
        values = [row[column] for row in data["entries"]]
        assert len({id(v) for v in values}) == len(set(values)), column
    assert prebuilt._one_of_each([("a", frozenset({"x"})), ["a", frozenset({"x"})], {"a": 1.0}], {}) == [
        ("a", frozenset({"x"})), ["a", frozenset({"x"})], {"a": 1.0}]
