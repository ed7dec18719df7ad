"""Shared fixtures: where the shared material is, and exports made once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TAXONOMIES = SHARED / "taxonomies"
SEED = ROOT / "examples" / "innovo-2003q3-ex99-1.txt"
GOLDEN = SHARED / "seed" / "innovo-2003q3.golden.tsv"
EDGAR_TEXT = SHARED / "corpus" / "edgar-text"


def need(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (the shared material is absent)")
    return path


@pytest.fixture(scope="session")
def taxonomies() -> Path:
    return need(TAXONOMIES, "offline taxonomies")


@pytest.fixture(scope="session")
def seed_export(tmp_path_factory: pytest.TempPathFactory, taxonomies: Path):  # type: ignore[no-untyped-def]
    from exporter import export

    out = tmp_path_factory.mktemp("seed")
    return export(SEED, out, taxonomy_dir=taxonomies)


# Chromium for the browser tests: Debian's package, driven headless by Playwright (never downloaded)
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) "
                    "to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()
