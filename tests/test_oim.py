"""xBRL-JSON and xBRL-CSV: written by Arelle's saveLoadableOIM, loaded back by Arelle with the
instance's facts; ``--format`` picks the files."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from exporter import export
from exporter.check.validate import FactRow, extract_facts, validate
from exporter.cli import main
from exporter.errors import InputError, TaxonomyError
from exporter.write.oim import PROVENANCE_NS, check_formats
from tests.conftest import SEED, SHARED, need

ALL = "xml,ixbrl,json,csv"
TEN_K = SHARED / "corpus" / "ixbrl" / "nvda-10-k-2025-02-26.html"


def _plain_10k(tmp_path: Path) -> Path:
    """NVIDIA's 10-K for fiscal 2025 with the issuer's tags stripped (the re-tagging benchmark's strip)."""
    need(SHARED / "eval" / "retag.py", "the re-tagging benchmark (eval/retag.py)")
    need(TEN_K, "NVIDIA's 10-K (corpus/ixbrl)")
    sys.path.insert(0, str(SHARED / "eval"))
    import retag  # type: ignore[import-not-found]

    plain = tmp_path / "nvda-10-k.htm"
    retag.strip(TEN_K, plain)
    return plain


def test_check_formats() -> None:
    assert check_formats("json, XML") == ("xml", "json")
    assert check_formats(["csv", "ixbrl", "csv"]) == ("ixbrl", "csv")
    for bad in ("pdf", "xml,xlsx", " , "):
        with pytest.raises(InputError, match="choose from xml,ixbrl,json,csv"):
            check_formats(bad)


def _same(fact: FactRow) -> tuple[str, str, str, Any, str]:
    """A fact with its value compared as a number where it is one (xBRL-JSON writes 2410000.0)."""
    concept, period, unit, value, decimals = fact
    try:
        number: Any = Decimal(value) if unit else value
    except InvalidOperation:
        number = value
    return concept, period, unit, number, decimals


def _facts(path: Path, taxonomies: Path) -> Counter[tuple[str, str, str, Any, str]]:
    return Counter(_same(f) for f in extract_facts(path, taxonomies))


@pytest.mark.parametrize("source", ["seed", "10-k"])
def test_json_and_csv_load_back_with_the_instance_facts(source: str, taxonomies: Path, tmp_path: Path) -> None:
    path = SEED if source == "seed" else _plain_10k(tmp_path)
    seed = source == "seed"  # the seed is validated (OIM saved in the validating session), the 10-K only loaded
    result = export(path, tmp_path / "out", taxonomy_dir=taxonomies, formats=ALL, validate=seed)
    assert not seed or (result.validation is not None and result.validation.ok), result.validation
    files = result.files
    assert files["json"].name == f"{result.model.base}.json"
    assert files["csv"].name == f"{result.model.base}-xbrl-metadata.json"
    assert files["csv_1"].name == f"{result.model.base}-xbrl-facts.csv"
    xml = _facts(files["instance"], taxonomies)
    assert sum(xml.values()) == len(result.model.facts) + len(result.model.dei)
    for key in ("json", "csv"):
        assert _facts(files[key], taxonomies) == xml, key
        if seed:
            report = validate(files[key], taxonomies)
            assert report.ok, [str(m) for m in report.errors]
    doc = json.loads(files["json"].read_text(encoding="utf-8"))
    assert doc["documentInfo"]["namespaces"]["xe"] == PROVENANCE_NS
    sources = [f["xe:source"] for f in doc["facts"].values() if "xe:source" in f]
    assert len(sources) == len(result.model.facts)
    assert {s["file"] for s in sources} == {path.name}
    # text: line and columns (a number inside a label, "allowance of $425", has its line only); html: the cell
    placed = [s for s in sources if ("columns" in s if seed else "element" in s)]
    assert len(placed) >= 0.8 * len(sources)


def test_format_selects_the_files(taxonomies: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "-o", str(tmp_path / "a"), "--format", "json", "--no-validate",
                 "--taxonomy-dir", str(taxonomies)]) == 0
    names = {p.name for p in (tmp_path / "a").iterdir()}
    assert "innovo-20030830.json" in names
    assert not {"innovo-20030830.xml", "innovo-20030830.htm", "innovo-20030830-xbrl-metadata.json"} & names
    assert "innovo-20030830.xsd" in names and "innovo-20030830_report.md" in names
    assert main([str(SEED), "-o", str(tmp_path / "b"), "--no-validate"]) == 0
    names = {p.name for p in (tmp_path / "b").iterdir()}
    assert {"innovo-20030830.xml", "innovo-20030830.htm"} <= names
    assert not any(n.endswith(".json") for n in names)
    capsys.readouterr()
    with pytest.raises(SystemExit) as info:
        main([str(SEED), "-o", str(tmp_path / "c"), "--format", "xml,pdf"])
    assert info.value.code == 2 and "unknown output format 'pdf'" in capsys.readouterr().err
    assert not (tmp_path / "c").exists()


def test_oim_without_a_taxonomy_fails_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out"
    with pytest.raises(TaxonomyError, match="has no xbrl.fasb.org/us-gaap/2024"):
        export(SEED, out, taxonomy_dir=empty, validate=False, formats="xml,json")
    monkeypatch.delenv("XBRL_TAXONOMY_DIR", raising=False)
    monkeypatch.setenv("XBRL_EXPORTER_CACHE", str(empty))  # an empty taxonomy cache: never online
    with pytest.raises(TaxonomyError, match="xBRL-JSON and xBRL-CSV need the us-gaap 2024 taxonomy"):
        export(SEED, out, validate=False, formats="xml,json")
    assert not out.exists()
