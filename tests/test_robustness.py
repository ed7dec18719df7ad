"""Hostile and broken input: a complete, valid export, or one clear error and nothing left behind.

Every input made here (in ``tmp_path``) ends in one of two ways: the export writes all its files,
each well-formed, or :func:`exporter.export` raises an :class:`~exporter.errors.ExporterError`
naming the file, the CLI exits 1 with one line on stderr, and the output folder holds nothing of
it (a folder the run created is removed again). Exports run with ``validate=False``; Arelle
only where a test needs it.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from exporter import ExporterError, InputError, NoStatementsError, OutputError, export
from exporter import pipeline as pipeline_module
from exporter.pipeline import RESERVED_PREFIXES, check_cik, check_prefix
from exporter.read.documents import MAX_BYTES, decode, read_filing
from tests.conftest import ROOT, SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

FactKey = tuple[str, str, str, str, str, str]


def _facts(result: Any) -> set[FactKey]:
    frame = result.facts
    return {(str(r.concept), str(r.period_start), str(r.period_end), str(r.unit), str(r.value), str(r.decimals))
            for r in frame.itertuples()}


@pytest.fixture(scope="module")
def seed_result(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return export(SEED, tmp_path_factory.mktemp("seed"), validate=False)


def _left(out: Path) -> list[Path]:
    return sorted(out.rglob("*")) if out.exists() else []


def _fails_cleanly(path: Path, out: Path, error: type[ExporterError] = InputError, **kw: Any) -> ExporterError:
    """Export ``path``; it must raise ``error`` naming the file and leave no output folder."""
    with pytest.raises(error) as info:
        export(path, out, validate=False, **kw)
    assert not out.exists(), f"the failed run left {_left(out)}"
    return info.value


def _well_formed(result: Any) -> dict[str, etree._Element]:
    """Parse every XML output with a parser that neither expands entities nor fetches anything."""
    trees = {}
    for key, path in result.files.items():
        if path.suffix in (".xml", ".xsd", ".htm"):
            trees[key] = etree.parse(str(path), SAFE_PARSER).getroot()
    assert {"instance", "schema", "labels", "presentation", "calculation", "inline"} <= set(trees)
    return trees


# --- inputs that are not filings ---------------------------------------------------------------------

def _zip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("filing.txt", data)
    return buf.getvalue()


NOT_FILINGS: list[tuple[str, Callable[[], bytes], str]] = [
    ("empty.txt", lambda: b"", "the file is empty"),
    ("blank.txt", lambda: b"  \r\n\t\n\x00\x00 \n", "the file is empty"),
    ("bom-only.txt", lambda: b"\xff\xfe", "the file is empty"),
    ("filing.txt.gz", lambda: gzip.compress(SEED.read_bytes()), "compressed"),
    ("filing.zip", lambda: _zip(SEED.read_bytes()), "compressed"),
    ("report.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\nstartxref\n%%EOF\n", "PDF"),
    ("random.bin", lambda: bytes(range(256)) * 64, "binary"),
    ("image.png", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(4000), "binary"),
    ("letter.txt", lambda: b"Dear shareholders,\n\nWe thank you for a fine year.\n", "no financial statements"),
    ("page.htm", lambda: b"<html><body><p>Quarterly results: revenue was up 4%.</p></body></html>",
     "no financial statements"),
    ("odd-utf16.txt", lambda: "\ufeffhello there".encode("utf-16-le") + b"\x00", "no financial statements"),
]


@pytest.mark.parametrize(("name", "make", "says"), NOT_FILINGS, ids=[n for n, _, _ in NOT_FILINGS])
def test_not_a_filing_fails_cleanly(tmp_path: Path, name: str, make: Callable[[], bytes], says: str) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    err = _fails_cleanly(path, tmp_path / "new" / "out")
    assert says in str(err) and str(path) in str(err)
    assert "\n" not in str(err)


def test_no_statements_is_its_own_error(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("To our shareholders: a fine year.\n")
    err = _fails_cleanly(path, tmp_path / "out", NoStatementsError)
    assert str(err).startswith(f"{path}: no financial statements found")


def test_missing_path_directory_fifo_and_oversize(tmp_path: Path) -> None:
    assert "no such file" in str(_fails_cleanly(tmp_path / "nope.txt", tmp_path / "o1"))
    assert "directory" in str(_fails_cleanly(tmp_path, tmp_path / "o2"))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # reading it would block forever
    assert "not a regular file" in str(_fails_cleanly(fifo, tmp_path / "o3"))
    huge = tmp_path / "huge.txt"  # 60 MB, sparse: refused from its size, at once
    with huge.open("wb") as f:
        f.truncate(60 * 2**20)
    start = time.monotonic()
    err = _fails_cleanly(huge, tmp_path / "o4")
    assert f"larger than {MAX_BYTES // 2**20} MB" in str(err) and time.monotonic() - start < 2


# --- encodings and line ends: the same text, the same facts ----------------------------------------

REENCODED: dict[str, Callable[[str], bytes]] = {
    "utf-8-bom": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    "utf-16-le-bom": lambda t: t.encode("utf-16"),  # native order with BOM
    "utf-16-be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "latin-1": lambda t: t.encode("latin-1"),
    "cp1252": lambda t: t.encode("cp1252"),
    "nul-bytes": lambda t: t.replace("\n\n", "\n\x00\n").encode("utf-8"),
    "utf-16-crlf": lambda t: t.replace("\n", "\r\n").encode("utf-16"),
}


@pytest.mark.parametrize("how", list(REENCODED))
def test_reencoded_seed_decodes_to_the_same_text(how: str) -> None:
    # the seed is ASCII: every encoding must give back exactly its text, so its facts are the seed's
    expected = decode(SEED.read_bytes(), "seed")
    assert decode(REENCODED[how](SEED_TEXT), how) == expected


def test_reencoded_seed_exports_the_same_facts(tmp_path: Path, seed_result: Any) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(REENCODED["utf-16-crlf"](SEED_TEXT))
    result = export(path, tmp_path / "out", validate=False)
    assert _facts(result) == _facts(seed_result)


def test_smart_quotes_accents_nuls_in_cp1252_export_the_same_facts(tmp_path: Path, seed_result: Any) -> None:
    # quotes and apostrophes become typographic ones, the company gets an accent, NULs and CRs
    text = (SEED_TEXT.replace("'", "\u2019").replace('"', "\u201c").replace("Innovo Group", "Innov\u00e9 Group")
            .replace("\n\n", "\n\x00\n").replace("\n", "\r\n"))
    for enc in ("cp1252", "latin-1"):
        data = text.encode("cp1252") if enc == "cp1252" else text.replace("\u2019", "'").replace(
            "\u201c", '"').encode("latin-1")
        path = tmp_path / f"{enc}.txt"
        path.write_bytes(data)
        assert "Innov\u00e9" in read_filing(path).documents[0].text
        if enc == "cp1252":
            result = export(path, tmp_path / enc, validate=False)
            assert _facts(result) == _facts(seed_result)
            _well_formed(result)


# --- broken tables --------------------------------------------------------------------------------

def test_truncated_table_exports_what_is_there_or_fails_cleanly(tmp_path: Path) -> None:
    start = SEED_TEXT.index("<TABLE>")
    end = SEED_TEXT.index("</TABLE>", start)
    for k, cut in enumerate(((start + end) // 2, start + 5)):
        path = tmp_path / f"cut{k}.txt"
        path.write_text(SEED_TEXT[:cut])
        out = tmp_path / f"out{k}"
        try:
            result = export(path, out, validate=False)
        except NoStatementsError:
            assert not out.exists()
            continue
        _well_formed(result)


def test_rows_with_too_many_or_too_few_values(tmp_path: Path) -> None:
    lines = SEED_TEXT.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if re.search(r"\d\s*$", line) and len(line) > 60:
            changed += 1
            if changed % 3 == 0:
                lines[i] = line + "      9,999      (12)      7"  # too many values
            elif changed % 3 == 1:
                lines[i] = line[: line.rstrip().rfind(" ")].rstrip()  # one value fewer
    assert changed > 20
    path = tmp_path / "ragged.txt"
    path.write_text("\n".join(lines))
    try:
        result = export(path, tmp_path / "out", validate=False)
    except NoStatementsError:
        assert not (tmp_path / "out").exists()
        return
    _well_formed(result)


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(SEED_TEXT + "\n" + "x" * (10 * 2**20) + "\n")
    start = time.monotonic()
    result = export(path, tmp_path / "out", validate=False)
    assert len(result.model.facts) > 100 and time.monotonic() - start < 30
    alone = tmp_path / "alone.txt"
    alone.write_text("(" * (10 * 2**20))
    _fails_cleanly(alone, tmp_path / "out2", NoStatementsError)


def test_hostile_sec_header_values_are_ignored(tmp_path: Path) -> None:
    header = ("<SEC-HEADER>\nCENTRAL INDEX KEY: <script>1</script>\nFISCAL YEAR END: 9999\n"
              "CONFORMED PERIOD OF REPORT: 99999999\nCOMPANY CONFORMED NAME: A & B <C> \"D\"\n</SEC-HEADER>\n")
    path = tmp_path / "header.htm"
    path.write_text(header + "<html><body>" + STATEMENTS_HTML + "</body></html>")
    filing = read_filing(path)
    assert filing.header.cik is None and filing.header.fiscal_year_end is None
    assert filing.header.period_of_report is None
    result = export(path, tmp_path / "out", validate=False)
    trees = _well_formed(result)
    names = trees["instance"].findall(".//{http://xbrl.sec.gov/dei/2024}EntityRegistrantName")
    assert [n.text for n in names] == ['A & B <C> "D"']


# --- hostile HTML ---------------------------------------------------------------------------------

STATEMENTS_HTML = """
<p>CONSOLIDATED BALANCE SHEETS</p>
<p>(In thousands)</p>
<table onclick="evil()">
<tr><td></td><td>June 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td onmouseover="evil()">Cash &amp; cash &lt;equivalents&gt; "quoted" <script>evil()</script></td>
    <td>$ 1,000</td><td>$ 900</td></tr>
<tr><td>Accounts receivable <a href="javascript:evil()">net</a></td><td>500</td><td>400</td></tr>
<tr><td>Total current assets</td><td>1,500</td><td>1,300</td></tr>
<tr><td>Widgets &lt;b&gt;bold&lt;/b&gt; &amp; gadgets <img src="http://evil.example/p.gif"></td>
    <td>2,500</td><td>2,700</td></tr>
<tr><td>Total assets</td><td>4,000</td><td>4,000</td></tr>
<tr><td>Accounts payable</td><td>1,000</td><td>1,200</td></tr>
<tr><td>Total liabilities</td><td>1,000</td><td>1,200</td></tr>
<tr><td>Common stock</td><td>1,000</td><td>1,000</td></tr>
<tr><td>Retained earnings</td><td>2,000</td><td>1,800</td></tr>
<tr><td>Total stockholders' equity</td><td>3,000</td><td>2,800</td></tr>
<tr><td>Total liabilities and stockholders' equity</td><td>4,000</td><td>4,000</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(In thousands)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended</td></tr>
<tr><td></td><td>June 30, 2025</td><td>June 30, 2024</td></tr>
<tr><td>Net sales</td><td>5,000</td><td>4,000</td></tr>
<tr><td>Cost of sales</td><td>3,000</td><td>2,500</td></tr>
<tr><td>Gross profit</td><td>2,000</td><td>1,500</td></tr>
<tr><td>Net income</td><td>2,000</td><td>1,500</td></tr>
</table>
"""

HOSTILE_HTML = """<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY net SYSTEM "http://evil.example/dtd">
  <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<html><head><title>x</title><script>alert('head')</script>
<link rel="stylesheet" href="http://evil.example/x.css"><base href="http://evil.example/">
<meta http-equiv="refresh" content="0;url=http://evil.example/">
<style>body { background: url(http://evil.example/bg.png) }</style></head>
<body onload="evil()">
<p>ACME WIDGETS</p>
<p>Secrets: &xxe; &net; &lol9;</p>
<script>document.write('evil()')</script><noscript>no scripts</noscript>
<iframe src="http://evil.example/frame">framed</iframe>
<p><a href="javascript:evil()" onclick="evil()">click here</a> <img src="http://evil.example/i.gif" onerror="evil()">
<span style="background:url(javascript:evil())">styled</span></p>
<object data="http://evil.example/o.swf">fallback</object><embed src="http://evil.example/e.swf">
<svg onload="evil()"><script>evil()</script></svg>
<form action="http://evil.example/post"><input name="x" onfocus="evil()"></form>
<p>Prose with a <script>evil()</script>script inside and <b onclick="evil()">bold</b>.</p>
""" + "<div>" * 1500 + "deep" + "</div>" * 1500 + STATEMENTS_HTML + "</body></html>\n"


def _passwd_lines() -> list[str]:
    try:
        return [ln for ln in Path("/etc/passwd").read_text().splitlines() if ln.count(":") >= 5][:3]
    except OSError:
        return ["root:x:0:0:"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "acme.htm"
    path.write_text(HOSTILE_HTML)
    start = time.monotonic()
    result = export(path, folder / "out", validate=False)
    assert time.monotonic() - start < 30
    return result


def test_hostile_html_exports_well_formed_files(hostile: Any) -> None:
    trees = _well_formed(hostile)
    assert len(hostile.model.facts) >= 30
    labels = {el.text for el in trees["labels"].iter("{http://www.xbrl.org/2003/linkbase}label")}
    assert 'Cash & cash <equivalents> "quoted"' in labels  # the script's text is not label text
    assert "Widgets <b>bold</b> & gadgets" in labels
    raw = hostile.files["labels"].read_bytes()
    assert b"Widgets &lt;b&gt;bold&lt;/b&gt; &amp; gadgets" in raw


def test_nothing_hostile_reaches_any_output(hostile: Any) -> None:
    secrets = _passwd_lines()
    for path in hostile.files.values():
        text = path.read_text(encoding="utf-8")
        for secret in secrets:
            assert secret not in text, f"/etc/passwd leaked into {path.name}"
        assert "lollollol" not in text, f"an entity was expanded in {path.name}"
        assert "evil()" not in text and "evil.example" not in text and "alert(" not in text, path.name


def test_generated_htm_has_no_active_content(hostile: Any) -> None:
    root = etree.parse(str(hostile.files["inline"]), SAFE_PARSER).getroot()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname.lower()
        assert local not in {"script", "iframe", "object", "embed", "applet", "base", "link", "form",
                             "img", "svg", "input", "frame", "frameset", "audio", "video", "source"}, local
        for name, value in el.attrib.items():
            attr = etree.QName(name).localname.lower()
            assert not attr.startswith("on"), (local, attr)
            assert "javascript:" not in value.lower() and "http://evil" not in value, (local, attr, value)
            if attr in ("href", "src", "action", "data"):
                assert local == "schemaRef" or not re.match(r"[a-z]+:", value), (local, attr, value)
    body = "".join(root.itertext())
    assert "click here" in body and "deep" in body and "Prose with a script inside and bold." in body


def test_report_escapes_labels(hostile: Any) -> None:
    report = hostile.files["report"].read_text(encoding="utf-8")
    assert "Widgets &lt;b&gt;bold&lt;/b&gt; & gadgets" in report
    rows = [ln for ln in report.splitlines() if ln.startswith("|")]
    assert rows and not any(re.search(r"<[a-zA-Z/!]", ln) for ln in rows)
    csv = hostile.files["facts_csv"].read_text(encoding="utf-8")
    assert '"Cash & cash <equivalents> ""quoted"""' in csv  # csv quoting, not markup


def test_report_heading_escapes_registrant(tmp_path: Path) -> None:
    path = tmp_path / "markup.htm"
    path.write_text("<html><body><p>&lt;script&gt;alert(1)&lt;/script&gt; WIDGETS INC</p>"
                    + STATEMENTS_HTML + "</body></html>")
    result = export(path, tmp_path / "out", validate=False)
    report = result.files["report"].read_text(encoding="utf-8")
    assert "<script>" not in report


def test_xhtml_with_xml_declaration_and_external_dtd(tmp_path: Path) -> None:
    path = tmp_path / "acme.xhtml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                    '"http://evil.example/xhtml1-strict.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                    '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>ACME &xxe;</p>'
                    + STATEMENTS_HTML.replace("<img src=\"http://evil.example/p.gif\">", "<br/>")
                    + "</body></html>")
    result = export(path, tmp_path / "out", validate=False)
    _well_formed(result)
    for p in result.files.values():
        assert not any(s in p.read_text(encoding="utf-8") for s in _passwd_lines())


@pytest.mark.parametrize("depth", [5000])
def test_deeply_nested_markup_without_statements(tmp_path: Path, depth: int) -> None:
    for name, html in {
        "divs.htm": "<html><body>" + "<div>" * depth + "x" + "</div>" * depth + "</body></html>",
        "tables.htm": "<html><body>" + "<table><tr><td>" * depth + "1" + "</td></tr></table>" * depth
                      + "</body></html>",
        "cell.htm": "<html><body><table><tr><td>Cash" + "<sup><b>" * depth + "1" + "</b></sup>" * depth
                    + "</td><td>1,000</td></tr><tr><td>Debt</td><td>2</td></tr></table></body></html>",
    }.items():
        path = tmp_path / name
        path.write_text(html)
        _fails_cleanly(path, tmp_path / f"out-{name}", NoStatementsError)


# --- options and output folders -------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["../evil", "a/b", "a b", "1abc", "", "xmlfoo", "x" * 31, "acme.corp",
                                 *sorted(RESERVED_PREFIXES)])
def test_bad_prefixes_are_refused(bad: str) -> None:
    with pytest.raises(InputError, match="--prefix"):
        check_prefix(bad)


def test_good_prefixes_and_ciks() -> None:
    assert check_prefix("ACME") == "acme" and check_prefix("a-b_c9") == "a-b_c9"
    assert check_cik("320193") == "0000320193"
    for bad in ("", "abc", "12345678901", "-1", "1.0"):
        with pytest.raises(InputError, match="--cik"):
            check_cik(bad)


def test_a_company_named_like_a_standard_prefix_gets_another(tmp_path: Path) -> None:
    path = tmp_path / "link.htm"
    path.write_text("<html><body><p>LINK CORP</p>" + STATEMENTS_HTML + "</body></html>")
    result = export(path, tmp_path / "out", validate=False)
    assert result.model.prefix not in RESERVED_PREFIXES and result.model.prefix == "linkco"
    trees = _well_formed(result)
    assert trees["instance"].nsmap["link"] == "http://www.xbrl.org/2003/linkbase"


@pytest.fixture(scope="module")
def small_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small") / "acme.htm"
    path.write_text("<html><body><p>ACME WIDGETS</p>" + STATEMENTS_HTML + "</body></html>")
    return path


def test_output_folder_under_a_file_or_a_file(tmp_path: Path, small_html: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("keep me")
    for out in (blocker / "out", blocker / "a" / "b", blocker):
        with pytest.raises(OutputError) as info:
            export(small_html, out, validate=False)
        assert str(out) in str(info.value) and "\n" not in str(info.value)
    assert sorted(tmp_path.iterdir()) == [blocker] and blocker.read_text() == "keep me"


def test_a_target_that_is_a_folder_moves_nothing(tmp_path: Path, small_html: Path) -> None:
    out = tmp_path / "out"
    (out / "acme-20250630_pre.xml").mkdir(parents=True)
    (out / "unrelated.txt").write_text("keep me")
    with pytest.raises(OutputError, match="is a folder"):
        export(small_html, out, validate=False)
    assert sorted(p.name for p in out.iterdir()) == ["acme-20250630_pre.xml", "unrelated.txt"]


def test_an_export_again_into_its_folder_replaces_its_files(tmp_path: Path, small_html: Path) -> None:
    """The earlier files are moved aside into the export's temporary folder and removed with it."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "unrelated.txt").write_text("keep me")
    first = export(small_html, out, validate=False)
    before = {p.name: (p.read_bytes(), p.stat().st_ino) for p in first.files.values()}
    second = export(small_html, out, validate=False)
    after = {p.name: (p.read_bytes(), p.stat().st_ino) for p in second.files.values()}
    assert after.keys() == before.keys()
    assert all(after[n][0] == before[n][0] and after[n][1] != before[n][1] for n in after)
    assert sorted(p.name for p in out.iterdir()) == sorted([*after, "unrelated.txt"])


@pytest.mark.parametrize("stage", ["render_markdown", "run_checks", "facts_csv", "replace"])
def test_a_failure_at_any_stage_leaves_nothing(tmp_path: Path, small_html: Path,
                                               monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    calls = {"n": 0}

    def boom(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if stage == "replace" and calls["n"] <= 3:  # fail on the fourth file moved into place
            return real_replace(*args, **kwargs)
        raise OSError(28, "No space left on device") if stage == "replace" else RuntimeError("boom")

    real_replace = os.replace
    if stage == "replace":
        monkeypatch.setattr(os, "replace", boom)
    else:
        monkeypatch.setattr(pipeline_module, stage, boom)
    created = tmp_path / "new" / "out"  # the run creates both folders, and must remove both
    existing = tmp_path / "existing"
    existing.mkdir()
    (existing / "unrelated.txt").write_text("keep me")
    for out in (created, existing):
        with pytest.raises((OutputError, RuntimeError)):
            export(small_html, out, validate=False)
    assert not (tmp_path / "new").exists()
    assert [p.name for p in existing.iterdir()] == ["unrelated.txt"]


def test_a_strict_failure_leaves_nothing(tmp_path: Path, small_html: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from exporter.check import Finding

    def one_error(*args: Any, **kwargs: Any) -> list[Finding]:
        return [Finding(code="TEST", severity="error", message="made up", concept="", context="", source="")]

    monkeypatch.setattr(pipeline_module, "run_checks", one_error)
    out = tmp_path / "out"
    with pytest.raises(ExporterError, match="--strict"):
        export(small_html, out, validate=False, strict=True)
    assert not out.exists()


# --- the command line: one line, exit 1, no traceback ---------------------------------------------

def test_cli_bad_inputs_one_line_each(tmp_path: Path) -> None:
    inputs = []
    for name, make, _ in NOT_FILINGS:
        path = tmp_path / name
        path.write_bytes(make())
        inputs.append(path)
    empty_folder = tmp_path / "no-files-here"
    empty_folder.mkdir()
    inputs += [tmp_path / "missing.txt", empty_folder]
    out = tmp_path / "made-by-the-run"
    proc = subprocess.run([sys.executable, "-m", "exporter", *map(str, inputs), "-o", str(out), "--no-validate"],
                          capture_output=True, text=True, cwd=ROOT, check=False, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    lines = proc.stderr.strip().split("\n")
    assert len(lines) == len(inputs), proc.stderr
    # several inputs run in worker processes: each says its one line as it finishes
    for path in inputs:
        assert sum(line.startswith(f"error: {path}: ") for line in lines) == 1, (path, proc.stderr)
    assert not out.exists()


def test_cli_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from exporter.cli import main

    for args in (["--prefix", "../evil"], ["--cik", "abc"], ["--prefix", "link"]):
        with pytest.raises(SystemExit) as info:
            main([str(SEED), "-o", str(tmp_path / "o"), *args])
        assert info.value.code == 2
        err = capsys.readouterr().err
        assert f"argument {args[0]}:" in err and "Traceback" not in err, err
    assert not (tmp_path / "o").exists()


def test_deep_nesting_before_the_statements_ends_cleanly(tmp_path: Path) -> None:
    # deeper than the HTML parser follows: the export finds the statements or says it found none
    path = tmp_path / "deep.htm"
    path.write_text("<html><body><p>ACME WIDGETS</p>" + "<div>" * 5000 + "x" + "</div>" * 5000
                    + STATEMENTS_HTML + "</body></html>")
    try:
        _well_formed(export(path, tmp_path / "out", validate=False))
    except NoStatementsError:
        assert not (tmp_path / "out").exists()


def test_validate_command_does_not_expand_entities(tmp_path: Path) -> None:
    from tests.conftest import TAXONOMIES, need

    need(TAXONOMIES, "offline taxonomies")
    path = tmp_path / "xxe.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE xbrli:xbrl [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" '
        'xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:dei="http://xbrl.sec.gov/dei/2024">\n'
        '<link:schemaRef xlink:type="simple" xlink:href="https://xbrl.sec.gov/dei/2024/dei-2024.xsd"/>\n'
        '<xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001'
        '</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2024-01-01</xbrli:instant>'
        '</xbrli:period></xbrli:context>\n<dei:EntityRegistrantName contextRef="c">&xxe;</dei:EntityRegistrantName>\n'
        '</xbrli:xbrl>\n')
    proc = subprocess.run([sys.executable, "-m", "exporter", "validate", str(path), "--taxonomy-dir",
                           str(TAXONOMIES), "--json"], capture_output=True, text=True, cwd=ROOT, check=False,
                          timeout=120)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr
    for secret in _passwd_lines():
        assert secret not in proc.stdout + proc.stderr


def test_parsers_never_resolve_entities_or_use_the_network() -> None:
    # every lxml parser the package builds says so explicitly
    sources = sorted((ROOT / "exporter").rglob("*.py")) + sorted((ROOT / "taxonomy_map").rglob("*.py"))
    for src in sources:
        text = src.read_text(encoding="utf-8")
        for m in re.finditer(r"(XMLParser|HTMLParser)\(([^)]*)\)", text):
            assert "no_network=True" in m.group(2), f"{src.name}: {m.group(0)}"
            if m.group(1) == "XMLParser":
                assert "resolve_entities=False" in m.group(2), f"{src.name}: {m.group(0)}"
        # and no document is parsed without one of those parsers
        for m in re.finditer(r"\b(etree\.parse|etree\.fromstring|etree\.XML|document_fromstring|html\.fromstring)\(",
                             text):
            call = text[m.start(): m.start() + 200].split("\n\n")[0]
            assert "parser" in call, f"{src.name}: {call}"
