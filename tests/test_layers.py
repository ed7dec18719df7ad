"""The stage folders depend one way: writers render the model, not the reading modules. Needs no ../shared.

No module under ``exporter/write`` imports a reading module (the tables, the text and HTML
table readers, the facts builder, the extraction): the writers see the model
(``exporter.model``, with the data of ``exporter.understand.records``); the Inline XBRL writers
also take the parsed document (``exporter.read.documents.ParsedDocument``), reading its tables
through the protocols of ``exporter.write.table_view``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "exporter"
READING = frozenset({"exporter.read.tables", "exporter.read.text_tables", "exporter.read.text_headings",
                     "exporter.read.html_tables",
                     "exporter.read.html_grid", "exporter.read.html_values", "exporter.read.html_headings",
                     "exporter.read.html_side_by_side", "exporter.read.html_body",
                     "exporter.understand.facts", "exporter.understand.extract", "exporter.understand.extraction",
                     "exporter.understand.continuations", "exporter.understand.column_periods",
                     "exporter.understand.statement_table", "exporter.understand.statement_facts"})

def imported_modules(source: str, package: str = "exporter.write") -> set[str]:
    """Every module ``source`` (a module of ``package``) imports, ``from a.b import c`` counted as
    ``a.b`` and ``a.b.c``, a relative import (``from ..read import tables``) resolved in ``package``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def writer_reading_imports() -> dict[str, set[str]]:
    out = {}
    for path in sorted((PACKAGE / "write").glob("*.py")):
        reading = imported_modules(path.read_text(encoding="utf-8")) & READING
        if reading:
            out[str(path.relative_to(PACKAGE))] = reading
    return out


def test_imports_are_found_in_every_form() -> None:
    source = "from exporter.read import tables\nimport exporter.understand.facts\n" \
             "def f():\n    from exporter.understand.extract import Extraction\n"
    assert imported_modules(source) & READING == {
        "exporter.read.tables", "exporter.understand.facts", "exporter.understand.extract"}
    relative = "from ..read import text_tables\nfrom ..understand.extract import Extraction\nfrom . import oim\n"
    assert imported_modules(relative) & READING == {"exporter.read.text_tables", "exporter.understand.extract"}
    assert "exporter.write.oim" in imported_modules(relative)


def test_no_writer_imports_a_reading_module() -> None:
    assert writer_reading_imports() == {}


def _run_time_imports(source: str, package: str) -> set[str]:
    """The modules ``source`` imports when it runs: those under ``if TYPE_CHECKING:`` left out."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            node.body = [ast.Pass()]
    return imported_modules(ast.unparse(tree), package)


def test_the_model_holds_no_reader() -> None:
    # build_model reads an Extraction (a type only); the module the writers import loads no reader
    assert _run_time_imports("if TYPE_CHECKING:\n    from exporter.understand.extract import X\n", "exporter") == set()
    assert _run_time_imports((PACKAGE / "model.py").read_text(encoding="utf-8"), "exporter") & READING == set()


def test_the_taxonomy_writer_decides_no_calculation_weights() -> None:
    # the calculation linkbase is rendered from model.calculations, decided in understand/
    assert "exporter.understand.signs" not in imported_modules((PACKAGE / "write" / "taxonomy.py").read_text())


def test_the_taxonomy_year_is_written_in_the_profile_only() -> None:
    from exporter.model import NS, SCHEMAS
    from exporter.profile import TaxonomyProfile

    assert NS["us-gaap"] == "http://fasb.org/us-gaap/2024" and SCHEMAS["dei"].endswith("/dei-2024.xsd")
    assert TaxonomyProfile(2025).schemas["us-gaap"] == "https://xbrl.fasb.org/us-gaap/2025/elts/us-gaap-2025.xsd"
    for name in ("model.py", "write/taxonomy.py", "write/instance.py"):
        assert "2024" not in (PACKAGE / name).read_text(encoding="utf-8"), name


_YEAR_OR_UNIT = re.compile(r"\b(us-gaap|dei|srt|country|stpr)[-/ _](19|20)\d\d\b|\bUSD\b"
                           r"|\b(fasb\.org|sec\.gov)/[a-z-]+/(19|20)\d\d\b")


def _year_or_unit_strings(source: str) -> list[int]:
    """Lines of string constants (docstrings aside) that name a taxonomy year or the currency."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and _YEAR_OR_UNIT.search(node.value)]


def test_the_taxonomy_year_and_the_currency_are_constants_of_the_profile_only() -> None:
    assert _year_or_unit_strings('"""us-gaap 2024 in a docstring."""\nX = "us-gaap 2024"\nU = "USD"\n') == [2, 3]
    assert _year_or_unit_strings('a = "iso4217:USD"\nb = "USD/shares"\nc = "https://xbrl.sec.gov/dei/2025"\n'
                                 'd = "elts/us-gaap_2024"\ne = "Total USD-denominated"\n') == [1, 2, 3, 4, 5]
    # the product, its concept table and the benchmarks (tests compare with the 2024 profile's values)
    roots = [PACKAGE, PACKAGE.parent / "taxonomy_map", PACKAGE.parent / "bench"]
    found = {str(path.relative_to(PACKAGE.parent)): lines for root in roots for path in sorted(root.rglob("*.py"))
             if path != PACKAGE / "profile.py" and (lines := _year_or_unit_strings(path.read_text(encoding="utf-8")))}
    assert found == {}


_MESSAGES = frozenset({"reason", "sign_reason", "source", "message", "why", "explanation", "note", "detail"})
_READS_ARELLE = {"check/arelle_messages.py"}  # Arelle's own message text is its output, read on purpose
_STR_TESTS = frozenset({"startswith", "endswith", "find", "rfind", "index", "rindex", "count", "partition"})
_PATTERN_TESTS = frozenset({"search", "match", "fullmatch", "findall", "finditer", "split"})
_SAME_TEXT = frozenset({"lower", "upper", "casefold", "strip", "lstrip", "rstrip"})


def _is_message(node: ast.AST) -> bool:
    """A reason or message (``x.reason``, ``reason``, ``x.why.lower()``, ``x.source[0]``): text for people."""
    if isinstance(node, ast.Attribute):
        return node.attr in _MESSAGES
    if isinstance(node, ast.Name):
        return node.id in _MESSAGES
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SAME_TEXT:
        return _is_message(node.func.value)
    return isinstance(node, ast.Subscript) and _is_message(node.value)


def _message_tests(source: str) -> list[int]:
    """Lines where control flow reads a message: ``x.reason.startswith(...)``, ``"no scale" in x.source``,
    ``x.reason == "title says ..."``, ``re.search(..., reason)``, ``choice.source == "ranker"`` (a kind
    is an enum member, ``DecidedBy.RANKER``, not its words)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if (node.func.attr in _STR_TESTS and _is_message(node.func.value)) \
                    or (node.func.attr in _PATTERN_TESTS and any(_is_message(a) for a in node.args)):
                found.append(node.lineno)
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_message(s) for s in sides) and any(
                    isinstance(s, ast.Constant) and isinstance(s.value, str) for s in sides):
                found.append(node.lineno)
    return found


def test_message_tests_are_found() -> None:
    assert _message_tests('if st.reason.startswith("title says"):\n    pass\n') == [1]
    assert _message_tests('ok = "no scale" in s.scale.source\n') == [1]
    assert _message_tests('ok = choice.source == "ranker"\n') == [1]
    assert _message_tests('ok = reason.lower().endswith("printed")\n') == [1]
    assert _message_tests('ok = re.search(r"title", st.reason)\nok = _TITLE.match(f.message)\n') == [1, 2]
    assert _message_tests('ok = "sum" in why\n') == [1]
    assert _message_tests('ok = s.scale.stated and f.origin is Origin.LABEL\n') == []
    assert _message_tests('ok = choice.source == DecidedBy.RANKER\nok = reason is not None\n') == []


def test_no_control_flow_reads_a_reason_or_message() -> None:
    # decisions are typed values (Scale.stated, Fact.origin, Dropped, ...): their text is for people
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = str(path.relative_to(PACKAGE))
        if name not in _READS_ARELLE and (lines := _message_tests(path.read_text(encoding="utf-8"))):
            found[name] = lines
    assert found == {}


_CODES = frozenset({"bs", "is", "cf", "ci", "eq"})


def _bare_codes(source: str) -> list[int]:
    """Lines that compare with a statement code spelt as a string (``code == "bs"``, ``in ("is", "ci")``)."""
    def is_code(node: ast.AST) -> bool:
        if isinstance(node, (ast.Tuple, ast.Set, ast.List)):
            return any(is_code(e) for e in node.elts)
        return isinstance(node, ast.Constant) and node.value in _CODES

    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Compare) and any(is_code(s) for s in [node.left, *node.comparators])]


def test_statement_kinds_are_compared_as_the_enum() -> None:
    assert _bare_codes('ok = st.code == "bs"\nok = code in ("is", "ci")\nw = word == "the"\n') == [1, 2]
    found = {str(p.relative_to(PACKAGE)): lines for p in sorted(PACKAGE.rglob("*.py"))
             if (lines := _bare_codes(p.read_text(encoding="utf-8")))}
    assert found == {}


_UNIT_KINDS = frozenset({"monetary", "shares", "perShare", "percent"})


def _bare_unit_kinds(source: str) -> list[int]:
    """Lines that compare a unit kind (or a unit key) with its string (``ln.unit_kind == "monetary"``,
    ``kind in ("perShare", "shares")``, ``p.unit == "shares"``); a word of a label compared with
    ``"shares"`` (``tok.text == "shares"``) is text, not a kind."""
    def is_kind(node: ast.AST) -> bool:
        if isinstance(node, (ast.Tuple, ast.Set, ast.List)):
            return any(is_kind(e) for e in node.elts)
        return isinstance(node, ast.Constant) and node.value in _UNIT_KINDS

    def names_a_unit(node: ast.AST) -> bool:
        return not isinstance(node, ast.Constant) and re.search(r"unit|kind", ast.unparse(node)) is not None

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(is_kind(s) for s in sides) and any(names_a_unit(s) for s in sides):
                found.append(node.lineno)
    return found


def test_unit_kinds_are_compared_as_the_enum() -> None:
    assert _bare_unit_kinds('ok = ln.unit_kind == "monetary"\nok = kind in ("perShare", "shares")\n'
                            'ok = p.unit == "shares"\nok = kinds[i] != "percent"\nw = tok.text == "shares"\n'
                            'ok = ln.unit_kind == UnitKind.MONETARY\n') == [1, 2, 3, 4]
    found = {str(p.relative_to(PACKAGE)): lines for p in sorted(PACKAGE.rglob("*.py"))
             if (lines := _bare_unit_kinds(p.read_text(encoding="utf-8")))}
    assert found == {}
