"""Tests of the Arelle adapter: real Arelle, offline against ../shared/taxonomies, no network.

Fixtures (tests/fixtures/validate/): ``ext.xsd`` imports us-gaap-2024 and dei-2024;
``ext-calc.xsd`` adds a calculation linkbase Assets = AssetsCurrent + AssetsNoncurrent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from exporter.check.taxonomies import find_taxonomies
from exporter.check.validate import (
    KNOWN_MISSING,
    Message,
    Report,
    extract_facts,
    validate,
)
from exporter.errors import ExporterError, TaxonomyError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "validate"
TAXONOMIES = Path(__file__).resolve().parents[2] / "shared" / "taxonomies"

needs_taxonomies = pytest.mark.skipif(
    not TAXONOMIES.is_dir(),
    reason=f"Arelle tests need the offline taxonomy copy ../shared/taxonomies ({TAXONOMIES})",
)

COUNTRY, STPR = KNOWN_MISSING
MISSING_TEXT = (
    "Could not load file from local filesystem. Disable offline mode to attempt download."
)


# --- without Arelle ---------------------------------------------------------------------------


def test_known_missing_urls() -> None:
    assert KNOWN_MISSING == (
        "https://xbrl.sec.gov/country/2024/country-2024.xsd",
        "https://xbrl.sec.gov/stpr/2024/stpr-2024.xsd",
    )


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (Message("error", "IOerror", f"{MISSING_TEXT} file: {COUNTRY}"), True),
        (Message("error", "IOerror", f"{MISSING_TEXT} file: {STPR}"), True),
        (Message("error", "IOerror", f"{MISSING_TEXT} file: https://xbrl.sec.gov/x.xsd"), False),
        (Message("warning", "IOerror", f"{MISSING_TEXT} file: {COUNTRY}"), False),
        (Message("error", "xbrl.4.6.1:itemContextRef", f"about {COUNTRY}"), False),
    ],
)
def test_message_is_known_missing(message: Message, expected: bool) -> None:
    assert message.is_known_missing() is expected


def test_report_errors_count_inconsistencies_but_not_known_missing() -> None:
    missing = Message("error", "IOerror", f"{MISSING_TEXT} file: {COUNTRY}")
    calc = Message("inconsistency", "calc11e:inconsistentCalculationUsingRounding", "sum")
    info = Message("info", "info", "loaded in 1.2 secs")
    warning = Message("warning", "some:warning", "look")
    assert Report(Path("a.xml"), (missing, info, warning), 1).ok
    report = Report(Path("a.xml"), (missing, calc, info), 1)
    assert report.errors == [calc]
    assert report.known_missing == [missing]
    assert not report.ok


def test_find_taxonomies_option_then_variable_then_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    arg, env, cache = (tmp_path / name for name in ("arg", "env", "cache"))
    for folder in (arg, env, cache / "taxonomies"):
        (folder / "xbrl.fasb.org" / "us-gaap" / "2024").mkdir(parents=True)
    monkeypatch.setenv("XBRL_EXPORTER_CACHE", str(cache))
    monkeypatch.setenv("XBRL_TAXONOMY_DIR", str(env))
    assert find_taxonomies(arg) == arg
    assert find_taxonomies(None) == env
    monkeypatch.setenv("XBRL_TAXONOMY_DIR", "")
    assert find_taxonomies(None) == cache / "taxonomies"
    monkeypatch.delenv("XBRL_TAXONOMY_DIR")
    assert find_taxonomies(None) == cache / "taxonomies"
    monkeypatch.setenv("XBRL_EXPORTER_CACHE", str(tmp_path / "empty-cache"))
    assert find_taxonomies(None) is None


def test_missing_taxonomy_dir_raises(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-taxonomies"
    with pytest.raises(TaxonomyError, match="taxonomy folder not found") as caught:
        validate(FIXTURES / "valid.xml", missing)
    assert isinstance(caught.value, ExporterError) and isinstance(caught.value, LookupError)
    assert caught.value.where == str(missing)
    with pytest.raises(TaxonomyError):
        extract_facts(FIXTURES / "valid.xml", missing)


# --- with Arelle, offline ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def valid_report() -> Report:
    if not TAXONOMIES.is_dir():
        pytest.skip(f"offline taxonomy copy not found at {TAXONOMIES}")
    return validate(FIXTURES / "valid.xml", TAXONOMIES)


@needs_taxonomies
def test_valid_instance_is_ok(valid_report: Report) -> None:
    assert valid_report.ok, [str(m) for m in valid_report.errors]
    assert valid_report.fact_count == 5
    assert [m for m in valid_report.messages if m.level == "warning"] == []


@needs_taxonomies
def test_offline_folder_misses_exactly_two_sec_schemas(valid_report: Report) -> None:
    missing = valid_report.known_missing
    assert [m.code for m in missing] == ["IOerror", "IOerror"]
    assert sorted(url for m in missing for url in KNOWN_MISSING if url in m.text) == sorted(
        KNOWN_MISSING
    )
    # nothing else failed to load
    errors = [m for m in valid_report.messages if m.level in ("error", "inconsistency")]
    assert errors == missing


@needs_taxonomies
def test_calculation_inconsistency_is_an_error() -> None:
    report = validate(FIXTURES / "calc-inconsistent.xml", TAXONOMIES)
    assert not report.ok
    assert len(report.known_missing) == 2
    [error] = report.errors
    assert error.level == "inconsistency"
    assert error.code == "calc11e:inconsistentCalculationUsingRounding"
    assert "us-gaap:Assets" in error.text


@needs_taxonomies
def test_undefined_context_is_an_error() -> None:
    report = validate(FIXTURES / "undefined-context.xml", TAXONOMIES)
    assert not report.ok
    [error] = report.errors
    assert error.level == "error"
    assert error.code == "xbrl.4.6.1:itemContextRef"
    assert "us-gaap:Liabilities" in error.text


@needs_taxonomies
def test_inline_xbrl_is_ok() -> None:
    report = validate(FIXTURES / "inline.htm", TAXONOMIES)
    assert report.ok, [str(m) for m in report.errors]
    assert report.fact_count == 2
    assert len(report.known_missing) == 2


@pytest.fixture(scope="module")
def inline_facts() -> list[tuple[str, str, str, str, str]]:
    if not TAXONOMIES.is_dir():
        pytest.skip(f"offline taxonomy copy not found at {TAXONOMIES}")
    return extract_facts(FIXTURES / "inline.htm", TAXONOMIES)


@needs_taxonomies
def test_extract_facts_applies_inline_scale_and_sign(
    inline_facts: list[tuple[str, str, str, str, str]],
) -> None:
    # inline.htm shows "57,000" scale=3 and "(1,234)" as 1,234 with sign="-" scale=3
    assert inline_facts == [
        ("Assets", "2003-08-30", "USD", "57000000", "-3"),
        ("NetIncomeLoss", "2003-06-01/2003-08-30", "USD", "-1234000", "-3"),
    ]


@needs_taxonomies
def test_inline_and_xml_instance_give_the_same_facts(
    inline_facts: list[tuple[str, str, str, str, str]],
) -> None:
    xml = extract_facts(FIXTURES / "inline-as-xml.xml", TAXONOMIES)
    assert sorted(inline_facts) == sorted(xml)


@needs_taxonomies
def test_extract_facts_of_an_instance() -> None:
    assert extract_facts(FIXTURES / "valid.xml", TAXONOMIES) == [
        ("EntityCentralIndexKey", "2003-06-01/2003-08-30", "", "0000844143", ""),
        ("Assets", "2003-08-30", "USD", "57000000", "-3"),
        ("Revenues", "2003-06-01/2003-08-30", "USD", "23480000", "-3"),
        (
            "WeightedAverageNumberOfSharesOutstandingBasic",
            "2003-06-01/2003-08-30",
            "shares",
            "27185000",
            "-3",
        ),
        ("EarningsPerShareBasic", "2003-06-01/2003-08-30", "USD/shares", "-0.05", "2"),
    ]


@needs_taxonomies
@pytest.mark.parametrize("name", ["garbage.xml", "does-not-exist.xml"])
def test_unloadable_file_gives_a_report_not_an_exception(name: str) -> None:
    report = validate(FIXTURES / name, TAXONOMIES)
    assert not report.ok
    assert report.fact_count == 0
    assert report.errors[0].level == "error"
    assert report.known_missing == []


@needs_taxonomies
def test_garbage_error_says_what_is_wrong() -> None:
    [error] = validate(FIXTURES / "garbage.xml", TAXONOMIES).errors
    assert error.code == "xmlSchema:syntax"


@needs_taxonomies
def test_arelle_is_quiet_and_leaves_nothing_behind(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    before = sorted(p.name for p in FIXTURES.iterdir())

    facts = extract_facts(FIXTURES / "inline-as-xml.xml", TAXONOMIES)
    report = validate(FIXTURES / "garbage.xml", TAXONOMIES)

    assert len(facts) == 2 and not report.ok
    assert capfd.readouterr() == ("", "")
    assert list(home.iterdir()) == []  # no ~/.config/arelle
    assert list(temp.iterdir()) == []  # the temporary web cache is gone
    assert sorted(p.name for p in FIXTURES.iterdir()) == before
    assert os.environ["HOME"] == str(home)
