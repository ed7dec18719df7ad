"""The ranker's words and weights are data: synonyms.csv, structure.csv, ranker.csv; its code holds mechanisms."""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pytest

import taxonomy_map
from exporter.map import calibration, features, labels, mapping

RANKER_CODE = [Path(m.__file__) for m in (labels, features, mapping, calibration)]  # type: ignore[arg-type]
# not weights: "no value" / "all of it", and the float noise bounds of the similarity scan
_NOT_WEIGHTS = {0.0, 1.0, -1.0, 1e-6, 1e-9}


def _table(name: str) -> list[dict[str, str]]:
    with Path(taxonomy_map.__file__).with_name(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("path", RANKER_CODE, ids=lambda p: p.name)
def test_no_weight_literal_in_the_rankers_code(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    floats = [(n.lineno, n.value) for n in ast.walk(tree)
              if isinstance(n, ast.Constant) and isinstance(n.value, float) and n.value not in _NOT_WEIGHTS]
    assert not floats, f"{path.name}: weight literals {floats}: name them in taxonomy_map/ranker.csv"


def _pattern_words(pattern: str) -> list[str]:
    """The words a regular expression spells (escapes and character classes aside)."""
    text = re.sub(r"\\.", " ", pattern)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"\(\?[a-zA-Z:=!<]+", " ", text)
    return re.findall(r"[a-zA-Z]{2,}", text)


@pytest.mark.parametrize("path", RANKER_CODE, ids=lambda p: p.name)
def test_no_word_in_the_rankers_regular_expressions(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            words = _pattern_words(node.args[0].value)
            if words:
                found.append((node.lineno, words))
    assert not found, f"{path.name}: words in regular expressions {found}: move them to a table under taxonomy_map/"


def test_the_pattern_word_finder_finds_words() -> None:
    assert _pattern_words(r"\s*total\b") == ["total"]
    assert _pattern_words(r"[a-z]+|\(?\$?\s*\d[\d,.]*%?\)?|(?:x)") == []


def test_every_table_row_says_what_it_does() -> None:
    for name in ("synonyms.csv", "structure.csv", "ranker.csv"):
        for row in _table(name):
            assert len(row["what"]) > 5, f"{name}: {row}"


def test_the_label_rules_fill_in_their_fragments_and_compile() -> None:
    rules = taxonomy_map.label_rules()
    assert rules.rewrites and rules.clutter and "the" in rules.stop_words
    for rule in (*rules.rewrites, *rules.clutter):
        assert "{" not in rule.pattern, rule
        re.compile(rule.pattern, re.I)
        assert rule.trigger == rule.trigger.lower()


@pytest.mark.parametrize(("label", "words"), [
    ("SG&A", ("selling", "general", "administrative")),
    ("Minority interest", ("noncontrolling", "interest")),
    ("Income before extraordinary items", ("income", "continuing", "operation")),
    ("Reserve for doubtful accounts", ("allowance", "doubtful", "account")),
    ("Long-term debt, less current maturities", ("longterm", "debt", "noncurrent")),
])
def test_synonym_rows_rewrite_labels(label: str, words: tuple[str, ...]) -> None:
    assert labels.tokens(label) == words


@pytest.mark.parametrize(("label", "kept"), [
    ("Common stock, $.01 par value", "Common stock"),
    ("Accounts receivable, net of allowances of $5 (2003)", "Accounts receivable, net"),
    ("Net sales (Note 3)*", "Net sales"),
])
def test_clutter_rows_strip_amounts_from_labels(label: str, kept: str) -> None:
    assert labels.strip_clutter(label) == kept


def test_structure_table_holds_the_section_totals_and_words() -> None:
    s = taxonomy_map.structure()
    assert s["zone_anchor"]["current assets"][0] == "AssetsCurrent"
    assert set(s["zone_word"]["equity"]) == {"stockholder", "equity"}
    assert s["opposite_side"]["income"] == ("expense",)
    for concept in s["cash_flow_start"]:
        assert concept in taxonomy_map.concepts(), concept
    for section, anchors in s["zone_anchor"].items():
        for concept in anchors:
            assert concept in taxonomy_map.concepts(), (section, concept)
