"""Validation as a session (exporter.check.shared_dts): the base taxonomy is loaded once per
process and lent to every file validated, and Arelle says the same about each file as a fresh
load does. Real Arelle, offline against ../shared/taxonomies."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from exporter import batch
from exporter.check import shared_dts
from exporter.check.validate import Report, validate
from exporter.pipeline import export

from .conftest import SEED


def _said(report: Report) -> list[str]:
    """What Arelle said, without its timing and plugin-activation lines."""
    return sorted(str(m) for m in report.messages if m.level != "info")


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory, taxonomies: Path) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("session")
    result = export(SEED, out, validate=False)
    broken = out / "broken" / result.files["instance"].name
    broken.parent.mkdir()
    for f in out.glob(f"{result.model.base}*"):
        if f.is_file():
            shutil.copy(f, broken.parent / f.name)
    text = broken.read_text(encoding="utf-8")
    text, n = re.subn(r'(<us-gaap:Assets contextRef="[^"]+" unitRef="USD" decimals="-3">)\d+', r"\g<1>1000", text,
                      count=1)
    assert n == 1
    broken.write_text(text, encoding="utf-8")
    return {"xml": result.files["instance"], "htm": result.files["inline"], "broken": broken}


def test_session_says_what_a_fresh_load_says_and_loads_the_taxonomy_once(
        seed_files: dict[str, Path], taxonomies: Path) -> None:
    fresh = {k: validate(p, taxonomies) for k, p in seed_files.items() if k != "htm"}
    assert fresh["broken"].errors, "the tampered instance should not validate"
    with shared_dts.ValidationSession(taxonomies) as session:
        shared = {k: validate(p, taxonomies) for k, p in seed_files.items()}
        again = validate(seed_files["broken"], taxonomies)
        assert session.base_loads == 1
    for key, report in fresh.items():
        assert _said(shared[key]) == _said(report), key
    assert _said(again) == _said(fresh["broken"])
    assert shared["xml"].ok and shared["htm"].ok and not shared["broken"].ok
    assert len(shared["htm"].known_missing) == 2  # the base taxonomy's own load errors, reported each time
    assert shared["htm"].fact_count > shared["xml"].fact_count  # the .htm also holds the dei cover facts
    assert shared_dts.active(taxonomies) is None  # closed


def test_a_batch_loads_the_taxonomy_once_per_process(tmp_path: Path, taxonomies: Path) -> None:
    inputs = []
    for n in range(3):
        copy = tmp_path / "in" / f"seed{n}.txt"
        copy.parent.mkdir(exist_ok=True)
        shutil.copy(SEED, copy)
        inputs.append(copy)
    before = shared_dts.BASE_LOADS
    outcomes = batch.run(inputs, batch.Options(tmp_path / "out", taxonomy_dir=taxonomies), jobs=1)
    assert [o.status for o in outcomes] == ["ok"] * 3
    assert all(o.row["validation_errors"] == "0" for o in outcomes)
    assert shared_dts.BASE_LOADS - before == 1


def test_a_damaged_base_taxonomy_is_loaded_again(seed_files: dict[str, Path], taxonomies: Path) -> None:
    fresh = validate(seed_files["broken"], taxonomies)
    with shared_dts.ValidationSession(taxonomies) as session:
        validate(seed_files["xml"], taxonomies)
        session.base.modelDocument.close(urlDocs={})  # as if Arelle had closed a model holding the base
        again = validate(seed_files["broken"], taxonomies)
        assert session.base_loads == 2
    assert _said(again) == _said(fresh)


def test_a_session_keeps_each_base_concepts_answer_to_a_union_of_types(
        seed_files: dict[str, Path], taxonomies: Path) -> None:
    """Arelle's check of every concept asks each of the base taxonomy's 17,000 whether it is an
    enumeration (derived from any of four types), in every validation: the session keeps the answer
    on the concept, as Arelle keeps it for one type; the answer is the same as asked type by type."""
    from arelle import XbrlConst

    with shared_dts.ValidationSession(taxonomies) as session:
        validate(seed_files["xml"], taxonomies)
        concepts = session.base.qnameConcepts
        enum = next(c for q, c in concepts.items() if q.localName == "DefinedBenefitPlanTypeExtensibleList")
        plain = next(c for q, c in concepts.items() if q.localName == "Assets")
        for concept, expected in ((enum, True), (plain, False)):
            assert concept._instanceOfTypeCache.get(XbrlConst.qnEnumerationTypes) is expected
            assert concept.isEnumeration is expected
            assert any(concept.instanceOfType(q) for q in XbrlConst.qnEnumerationTypes) is expected


def test_the_base_taxonomy_is_frozen_out_of_the_collectors_sight_once(
        seed_files: dict[str, Path], taxonomies: Path) -> None:
    """Once its first run is done, the session's base taxonomy (hundreds of thousands of objects that
    live as long as the session) is moved out of the cyclic collector's sight (gc.freeze), once:
    later validations' and exports' collections do not walk it again."""
    import gc

    with shared_dts.ValidationSession(taxonomies):
        before = gc.get_freeze_count()
        validate(seed_files["xml"], taxonomies)
        frozen = gc.get_freeze_count()
        validate(seed_files["htm"], taxonomies)
        assert frozen - before > 100_000
        assert gc.get_freeze_count() <= frozen  # not frozen again (frozen objects freed still leave it)
