"""The SEC's EDGAR plugin on what we write (issue 16): 0 errors beyond the offline copy's known
gaps, ``validate --efm`` and its one-line skip, no deprecated concept in the concept table.

The plugin runs from ``../shared/edgar-plugin`` offline against ``../shared/taxonomies``; those
tests skip with a message when either is absent. One plugin run per document (about 15 s each).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from exporter import export
from exporter.check import validate
from exporter.check.edgar_plugin import PluginUnavailable, find_plugin, is_offline_gap
from exporter.cli import _efm_plugin
from tests.conftest import EDGAR_TEXT, SEED, SHARED, need

PLUGIN = SHARED / "edgar-plugin"
KO_10K = SHARED / "corpus" / "ixbrl" / "ko-10-k-2025-02-20.html"
APPLE_10Q = EDGAR_TEXT / "sec-edgar_sec-edgar__SEC-Edgar-data__AAPL__0000320193__10-Q__0000320193-99-000004.txt"


def test_find_plugin_says_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PluginUnavailable, match="no EDGAR plugin there"):
        find_plugin(tmp_path)
    monkeypatch.setenv("EDGAR_PLUGIN_DIR", str(tmp_path))
    with pytest.raises(PluginUnavailable, match="EDGAR/validate/Filing.py"):
        find_plugin()


def test_efm_option_skips_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(efm=True, efm_plugin=tmp_path)
    assert _efm_plugin(args) is None
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("warning: EFM check skipped: ")
    assert _efm_plugin(argparse.Namespace(efm=False, efm_plugin=None)) is None
    assert capsys.readouterr().err == ""


def test_offline_gap_is_only_a_standard_element_without_label() -> None:
    text = "You have submitted an instance using an element without an English standard label {}."
    assert is_offline_gap("EFM.6.10.01", text.format("dei:DocumentType"))
    assert is_offline_gap("EFM.6.10.01", text.format("us-gaap:Assets"))
    assert not is_offline_gap("EFM.6.10.01", text.format("innovo:OtherDebts"))  # ours: a real error
    assert not is_offline_gap("EFM.6.12.03", text.format("dei:DocumentType"))


@pytest.fixture(scope="module")
def plugin() -> Path:
    need(SHARED / "taxonomies", "offline taxonomies")
    need(PLUGIN, "the SEC's EDGAR plugin")
    try:
        return find_plugin(PLUGIN)
    except PluginUnavailable as exc:  # the folder is there: a plugin that cannot run is a failure, not a skip
        pytest.fail(f"{PLUGIN}: {exc} (pip install -e '.[dev]' brings what it imports)")


def _efm_errors(path: Path, plugin: Path) -> list[str]:
    report = validate.validate(path, SHARED / "taxonomies", efm=plugin)
    assert any(m.code.startswith("EFM") for m in report.messages), "the plugin did not run"
    return [str(m) for m in report.errors]


@pytest.mark.parametrize("source", ["seed", "ko-10-k stripped", "apple 10-q 1999 text"])
def test_edgar_plugin_reports_no_errors(source: str, plugin: Path, tmp_path: Path) -> None:
    if source == "seed":
        path = SEED
    elif source.startswith("ko"):
        sys.path.insert(0, str(need(SHARED / "eval" / "retag.py", "the re-tagging benchmark").parent))
        import retag  # type: ignore[import-not-found]  # the benchmark's own stripping

        path = tmp_path / "ko-10k.htm"
        retag.strip(need(KO_10K, "the ko 10-K"), path)
    else:
        path = need(APPLE_10Q, "Apple's 1999 10-Q")
    result: Any = export(path, tmp_path / "out", validate=False)
    assert _efm_errors(result.files["inline"], plugin) == []


def test_validate_efm_lists_edgar_findings(plugin: Path, tmp_path: Path) -> None:
    from exporter.check import validate_command

    result: Any = export(SEED, tmp_path / "out", validate=False)
    page = result.files["inline"].read_text(encoding="ascii")
    broken = tmp_path / "out" / "broken.htm"  # a <style> sheet and a raw non-ASCII character
    broken.write_text(page.replace("encoding='ASCII'", "encoding='UTF-8'", 1)
                      .replace("<head>", "<head><style>p {margin:0}</style>", 1)
                      .replace("</title>", " \u2014</title>", 1), encoding="utf-8")
    code, text = validate_command(broken, SHARED / "taxonomies", False, plugin)
    assert code == 1
    assert re.search(r"error\s+EFM\.5\.02\.05", text) and re.search(r"error\s+EFM\.5\.02\.01\.01", text)


def test_validate_efm_on_an_instance(plugin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``xbrl-export validate --efm`` on an XBRL instance (not only on Inline XBRL): the plugin's
    findings are listed; with no plugin there, one warning line and the validation still runs."""
    from exporter.cli import main

    result: Any = export(SEED, tmp_path / "out", validate=False)
    instance = str(result.files["instance"])
    taxonomies = str(SHARED / "taxonomies")
    assert main(["validate", instance, "--taxonomy-dir", taxonomies, "--efm-plugin", str(PLUGIN)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^(info|warning)\s+EFM\.", out, re.M), out  # EDGAR's own rules ran
    assert main(["validate", instance, "--taxonomy-dir", taxonomies, "--efm-plugin", str(tmp_path / "none")]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and captured.err.startswith("warning: EFM check skipped: ")
    assert "EFM." not in captured.out and re.search(r"\d+ errors?, \d+ warnings?", captured.out)


def test_packaged_deprecated_concepts_are_the_plugins(tmp_path: Path) -> None:
    """deprecated.csv (what the concept table leaves out) is what ``taxonomy_map.reserved`` builds
    from the plugin's us-gaap-deprecated-concepts.json: rerun it when the plugin changes."""
    from taxonomy_map import reserved

    need(PLUGIN / reserved.PLUGIN_DEPRECATED, "the SEC's EDGAR plugin (../shared/edgar-plugin)")
    need(SHARED / "taxonomies" / reserved.US_GAAP_ELTS, "offline taxonomies")
    reserved.build(SHARED / "taxonomies", PLUGIN, tmp_path)
    assert (tmp_path / reserved.DEPRECATED_CSV).read_text(encoding="utf-8") == \
        (reserved.PACKAGE_DIR / reserved.DEPRECATED_CSV).read_text(encoding="utf-8")


def test_packaged_edgar_data_is_the_plugins(tmp_path: Path) -> None:
    """signwarnings.csv and transform_registries.csv are what ``taxonomy_map.edgar_rules`` builds
    from the plugin (rerun it when the plugin changes)."""
    from taxonomy_map import edgar_rules

    need(PLUGIN / edgar_rules.PLUGIN_REGISTRIES, "the SEC's EDGAR plugin (../shared/edgar-plugin)")
    counts = edgar_rules.build(PLUGIN, tmp_path)
    for name in counts:
        assert (tmp_path / name).read_text(encoding="utf-8") == \
            (edgar_rules.PACKAGE_DIR / name).read_text(encoding="utf-8"), name
    assert edgar_rules.transform_registries()["http://www.sec.gov/inlineXBRL/transformation/2015-08-31"] == "ixt-sec"


def test_packaged_html_rules_are_arelles() -> None:
    """html_rules.csv holds Arelle's EDGAR HTML lists (an export without validation reads them from
    there and does not import Arelle); rebuild it with ``python -m taxonomy_map.edgar_rules``."""
    from arelle import ValidateFilingText as vft

    from taxonomy_map import edgar_rules

    blocked, attrs, no_content = edgar_rules.html_rules()
    assert blocked == frozenset(vft.efmBlockedInlineHtmlElements)
    assert {k: frozenset(v) for k, v in attrs.items()} == \
        {k: frozenset(v) for k, v in vft.efmBlockedInlineHtmlElementAttributes.items()}
    assert no_content == frozenset(vft.elementsWithNoContent)
