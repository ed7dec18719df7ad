"""Shared fixtures: where the shared material is, and exports made once per session."""

from __future__ import annotations

from pathlib import Path

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
