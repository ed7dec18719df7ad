"""The taxonomy cache and a first run anywhere: fill it offline, export with it, export without it.

No test here touches the network: the cache is filled ``--from`` ../shared/taxonomies or from
synthetic taxonomy packages, and exports without taxonomies never start Arelle.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from exporter.check.taxonomies import (
    CACHE_ENV,
    TAXONOMY_DIR_ENV,
    Package,
    choose,
    fetch_online,
    fill_from,
    status,
    unpack_package,
)
from exporter.errors import TaxonomyError
from tests.conftest import ROOT, SEED, TAXONOMIES, need

USGAAP = Path("xbrl.fasb.org/us-gaap/2024")


def run(*args: str, cache: Path, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    """The CLI with its own cache folder and no $XBRL_TAXONOMY_DIR (unless given)."""
    environ = {k: v for k, v in os.environ.items() if k != TAXONOMY_DIR_ENV}
    environ.update({CACHE_ENV: str(cache), **env})
    return subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True, text=True,
                          cwd=cwd, env=environ, check=False)


def fake_taxonomies(folder: Path) -> Path:
    """A folder laid out host/path with the us-gaap 2024 folder (and one file) in it."""
    (folder / USGAAP / "elts").mkdir(parents=True)
    (folder / USGAAP / "elts" / "us-gaap-2024.xsd").write_text("<schema/>")
    return folder


# --- the cache, without the shared material ---------------------------------------------------------


def test_unpack_package_places_files_by_its_catalog(tmp_path: Path) -> None:
    archive = tmp_path / "us-gaap-2024.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("us-gaap-2024/META-INF/catalog.xml",
                    '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">'
                    '<rewriteURI rewritePrefix="../" uriStartString="https://xbrl.fasb.org/us-gaap/2024/"/>'
                    "</catalog>")
        zf.writestr("us-gaap-2024/META-INF/taxonomyPackage.xml", "<taxonomyPackage/>")
        zf.writestr("us-gaap-2024/elts/us-gaap-2024.xsd", "<schema/>")
        zf.writestr("us-gaap-2024/stm/us-gaap-stm-soi-pre-2024.xml", "<linkbase/>")
        zf.writestr("us-gaap-2024/../../escape.txt", "outside")
    dest = tmp_path / "cache"
    assert unpack_package(archive, "xbrl.fasb.org", dest) == 4
    assert (dest / USGAAP / "elts" / "us-gaap-2024.xsd").read_text() == "<schema/>"
    assert (dest / USGAAP / "stm" / "us-gaap-stm-soi-pre-2024.xml").is_file()
    assert (dest / USGAAP / "META-INF" / "catalog.xml").is_file()  # as the package has it
    assert not (tmp_path / "escape.txt").exists() and not (dest / "escape.txt").exists()
    assert choose(dest).folder == dest


def test_unpack_package_without_catalog_uses_the_host_folder(tmp_path: Path) -> None:
    archive = tmp_path / "2024.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("2024/xbrl.sec.gov/dei/2024/dei-2024.xsd", "<schema/>")
        zf.writestr("2024/readme.txt", "not a taxonomy file")
    dest = tmp_path / "cache"
    assert unpack_package(archive, "xbrl.sec.gov", dest) == 1
    assert (dest / "xbrl.sec.gov" / "dei" / "2024" / "dei-2024.xsd").is_file()
    with pytest.raises(TaxonomyError, match="no file of xbrl.fasb.org"):
        unpack_package(archive, "xbrl.fasb.org", dest)


def test_fetch_downloads_and_unpacks_packages_and_says_which_failed(tmp_path: Path) -> None:
    """The download path with file: URLs (urllib, no network): a good package is unpacked, a
    missing one and a non-zip are warned about; with none to be had, one clear error."""
    good = tmp_path / "srt-2024.zip"
    with zipfile.ZipFile(good, "w") as zf:
        zf.writestr("xbrl.fasb.org/srt/2024/elts/srt-2024.xsd", "<schema/>")
    (tmp_path / "broken.zip").write_text("not a zip")
    packages = (Package("srt", good.as_uri(), "xbrl.fasb.org"),
                Package("gone", (tmp_path / "gone.zip").as_uri(), "xbrl.sec.gov"),
                Package("broken", (tmp_path / "broken.zip").as_uri(), "xbrl.sec.gov"))
    dest = tmp_path / "cache"
    said: list[str] = []
    assert fetch_online(dest, warn=said.append, packages=packages, entry_points=()) == 1
    assert (dest / "xbrl.fasb.org" / "srt" / "2024" / "elts" / "srt-2024.xsd").is_file()
    assert [w.split(":")[0] for w in said] == ["gone", "broken"] and "not a zip file" in said[1]
    with pytest.raises(TaxonomyError, match="no taxonomy package could be downloaded"):
        fetch_online(dest, packages=packages[1:], entry_points=())


def test_fill_from_copies_what_is_missing_and_refuses_other_folders(tmp_path: Path) -> None:
    source = fake_taxonomies(tmp_path / "copy")
    (source / "xbrl.sec.gov" / "dei" / "2024").mkdir(parents=True)
    (source / "xbrl.sec.gov" / "dei" / "2024" / "dei-2024.xsd").write_text("<schema/>")
    dest = tmp_path / "cache"
    assert fill_from(source, dest) == 2
    assert fill_from(source, dest) == 0  # a second fill copies nothing
    present = {part.what: ok for part, ok in status(dest)}
    assert present["us-gaap 2024 elements"] and present["dei 2024"] and not present["srt 2024"]
    with pytest.raises(TaxonomyError, match="not a taxonomy folder"):
        fill_from(tmp_path / "copy" / "xbrl.sec.gov", dest)


def test_taxonomy_folder_without_usgaap_2024_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    wrong = tmp_path / "taxonomies"
    (wrong / "us-gaap" / "2024").mkdir(parents=True)  # no host folder
    with pytest.raises(TaxonomyError, match="has no xbrl.fasb.org/us-gaap/2024"):
        choose(wrong)
    monkeypatch.setenv(TAXONOMY_DIR_ENV, str(wrong))
    with pytest.raises(TaxonomyError, match=re.escape("($XBRL_TAXONOMY_DIR)")):
        choose(None)


def test_cli_wrong_taxonomy_folder_one_line_exit_1(tmp_path: Path) -> None:
    wrong = tmp_path / "taxonomies"
    wrong.mkdir()
    proc = run(str(SEED), "-o", str(tmp_path / "out"), "--cik", "844143", "--taxonomy-dir", str(wrong),
               cache=tmp_path / "cache")
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "has no xbrl.fasb.org/us-gaap/2024" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_status_of_an_empty_cache_says_how_to_fill_it(tmp_path: Path) -> None:
    proc = run("taxonomies", "status", cache=tmp_path / "cache")
    assert proc.returncode == 1
    assert "MISSING  us-gaap 2024 elements" in proc.stdout
    assert "run `xbrl-export taxonomies fetch`" in proc.stdout


# --- done when (issue 15) ------------------------------------------------------------------------------


def test_no_taxonomies_export_written_with_one_warning_strict_fails(tmp_path: Path) -> None:
    """2. No cache and no folder: exit 0, the files, one warning naming the fix; --strict: exit 1,
    one line, nothing written. Arelle is not started (it would have to go online)."""
    cache = tmp_path / "cache"
    proc = run(str(SEED), "-o", str(tmp_path / "out"), "--cik", "844143", cache=cache)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "innovo-20030830.xml").is_file()
    assert (tmp_path / "out" / "innovo-20030830.htm").is_file()
    warnings = [ln for ln in proc.stderr.splitlines() if "validation skipped" in ln]
    assert len(warnings) == 1 and "xbrl-export taxonomies fetch" in warnings[0]
    assert "checks: 0 errors" in proc.stdout and "validation:" not in proc.stdout
    assert "not run" in (tmp_path / "out" / "innovo-20030830_report.md").read_text()
    check = run("validate", str(tmp_path / "out" / "innovo-20030830.xml"), cache=cache)
    assert check.returncode == 0 and "EXP.noTaxonomies" in check.stdout  # own checks only, and says so

    strict = run(str(SEED), "-o", str(tmp_path / "strict"), "--cik", "844143", "--strict", cache=cache)
    assert strict.returncode == 1
    assert strict.stderr.count("\n") == 1 and "--strict: Arelle validation skipped" in strict.stderr
    assert not (tmp_path / "strict").exists()
    assert not cache.exists()  # nothing was fetched


def test_fetch_from_fills_the_cache_and_exports_validate_from_it(tmp_path: Path) -> None:
    """1. ``taxonomies fetch --from ../shared/taxonomies`` fills a cache in a temporary folder;
    an export then validates against it with no variable set."""
    need(TAXONOMIES, "offline taxonomies")
    cache = tmp_path / "cache"
    fetch = run("taxonomies", "fetch", "--from", str(TAXONOMIES), cache=cache)
    assert fetch.returncode == 0, fetch.stderr
    assert (cache / "taxonomies" / USGAAP / "elts" / "us-gaap-2024.xsd").is_file()
    state = run("taxonomies", "status", cache=cache)
    assert state.returncode == 0 and "exports validate offline against the cache" in state.stdout
    proc = run(str(SEED), "-o", str(tmp_path / "out"), "--cik", "844143", cache=cache)
    assert proc.returncode == 0, proc.stderr
    assert "validation: 0 errors" in proc.stdout, proc.stdout + proc.stderr
    assert "skipped" not in proc.stderr


def readme_first_command(readme: Path) -> tuple[str, str]:
    """The README's first command: (its install part, the part that runs the example)."""
    block = readme.read_text(encoding="utf-8").split("```sh\n", 1)[1].split("```", 1)[0]
    first = block.splitlines()[0]
    venv, install, example = first.split(" && ", 2)
    assert venv == "python3 -m venv .venv" and install.startswith(".venv/bin/pip install -e ")
    return f"{venv} && {install}", example


def fresh_clone(parent: Path) -> Path:
    """A git clone of this repository in ``parent``, "installed" with the running interpreter:
    ``.venv/bin/xbrl-export`` runs ``python -m exporter`` from the clone's own folder, so the
    clone's code (not this checkout's) is what runs, and no package index is needed."""
    if not (ROOT / ".git").exists():
        pytest.skip(f"{ROOT} is not a git repository: nothing to clone")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    clone = parent / "exporter"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, capture_output=True)
    venv_bin = clone / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    script = venv_bin / "xbrl-export"
    script.write_text(f'#!/bin/sh\ncd "$(dirname "$0")/../.." && exec "{sys.executable}" -m exporter "$@"\n')
    script.chmod(0o755)
    return clone


def run_readme_example(clone: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """The README's first command after its install step, in ``clone``, with an empty cache."""
    _, example = readme_first_command(clone / "README.md")
    environ = {k: v for k, v in os.environ.items() if k != TAXONOMY_DIR_ENV}
    environ[CACHE_ENV] = str(cache)
    return subprocess.run(["bash", "-c", example], cwd=clone, env=environ, capture_output=True, text=True,
                          check=False)


def test_readme_first_command_on_a_fresh_clone(tmp_path: Path) -> None:
    """3. The README's first command, run in a fresh clone whose parent has no shared/ folder,
    exits 0, writes the example's outputs and says how to fill the cache."""
    clone = fresh_clone(tmp_path)
    assert not (tmp_path / "shared").exists()
    proc = run_readme_example(clone, tmp_path / "cache")
    assert proc.returncode == 0, proc.stderr
    assert (clone / "out" / "innovo-20030830.xml").is_file() and (clone / "out" / "innovo-20030830.htm").is_file()
    assert "xbrl-export taxonomies fetch" in proc.stderr


def test_readme_first_command_hands_over_shared_taxonomies(tmp_path: Path) -> None:
    """The same command in a clone with ../shared/taxonomies beside it gives the exporter that
    folder (that an export validates against a folder so given, the tests above and CI show)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    fake_taxonomies(shared / "taxonomies")
    clone = fresh_clone(tmp_path)
    (clone / ".venv" / "bin" / "xbrl-export").write_text('#!/bin/sh\necho "taxonomies: $XBRL_TAXONOMY_DIR"\n')
    proc = run_readme_example(clone, tmp_path / "cache")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"taxonomies: {(shared / 'taxonomies').resolve()}"


# --- the command line: documented, versioned ------------------------------------------------------------


def cli_output(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """What ``xbrl-export ARGS`` prints before it exits 0 (--help, --version), run in-process."""
    from exporter.cli import main

    with pytest.raises(SystemExit) as done:
        main(list(args))
    assert done.value.code == 0, args
    return capsys.readouterr().out


def test_version_and_usage_list_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from exporter import __version__
    from exporter.cli import COMMANDS

    assert cli_output(capsys, "--version").startswith(f"xbrl-export {__version__} (Arelle ")
    usage = cli_output(capsys, "--help").split("\n\n", 1)[0]
    assert {"validate", "taxonomies"} <= set(COMMANDS)
    for name in COMMANDS:
        assert f"xbrl-export {name} " in usage


def test_every_command_has_help_with_an_example_and_is_in_the_readme(capsys: pytest.CaptureFixture[str]) -> None:
    from exporter.cli import COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    helps = [[], *([name] for name in COMMANDS), ["taxonomies", "status"], ["taxonomies", "fetch"]]
    for words in helps:
        assert re.search(r"^examples?:\n  xbrl-export", cli_output(capsys, *words, "--help"), re.M), words
        command = " ".join(["xbrl-export", *words])
        assert command in readme, f"README does not document `{command}`"
    assert "xbrl-export --version" in readme
