"""``xbrl-export taxonomies status|fetch``: the taxonomy cache on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from exporter.check.taxonomies import (
    CACHE_ENV,
    FETCH_COMMAND,
    PACKAGES,
    Source,
    cache_dir,
    choose,
    describe,
    fetch_online,
    fill_from,
    status,
)
from exporter.errors import ExporterError

EPILOG = f"""\
examples:
  xbrl-export taxonomies status
  xbrl-export taxonomies fetch                              # the official packages, online (~10 MB)
  xbrl-export taxonomies fetch --from ../shared/taxonomies  # a local host/path copy, offline

The cache is in the user's cache folder, or in ${CACHE_ENV}/taxonomies when that is set.
Exports validate against --taxonomy-dir, else $XBRL_TAXONOMY_DIR, else this cache.
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="xbrl-export taxonomies",
        description="The taxonomy cache Arelle validates against, offline: say what is there, or fill it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = p.add_subparsers(dest="action", required=True, metavar="{status,fetch}")
    sub.add_parser("status", help="what the cache holds, what is missing, and which folder exports use",
                   epilog="example:\n  xbrl-export taxonomies status\n",
                   formatter_class=argparse.RawDescriptionHelpFormatter)
    fetch = sub.add_parser(
        "fetch", help="fill the cache from the official taxonomy packages, or --from a local copy",
        epilog="examples:\n  xbrl-export taxonomies fetch\n  xbrl-export taxonomies fetch --from ../shared/taxonomies\n"
               "\npackages:\n" + "".join(f"  {pkg.name}: {pkg.url}\n" for pkg in PACKAGES),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    fetch.add_argument("--from", dest="source", type=Path, metavar="DIR",
                       help="copy a local taxonomy folder laid out as host/path instead of downloading")
    return p


def taxonomies_main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        return _fetch(args.source) if args.action == "fetch" else _status()
    except ExporterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _status() -> int:
    cache = cache_dir()
    print(f"taxonomy cache: {describe(cache) if cache.is_dir() else f'{cache} (empty)'}")
    for part, present in status(cache):
        need = "" if part.required else " (optional)"
        print(f"  {'present' if present else 'MISSING':8} {part.what}{need}: {part.path}")
    choice = choose(None)
    if choice.folder is None:
        print(f"exports: Arelle validation is skipped until the cache is filled: run `{FETCH_COMMAND}`")
        return 1
    missing = [part.what for part, present in status(choice.folder) if part.required and not present]
    where = "the cache" if choice.source == Source.CACHE else f"{choice.source} = {choice.folder}"
    print(f"exports validate offline against {where}"
          + (f"; it lacks {', '.join(missing)}: run `{FETCH_COMMAND}`" if missing else ""))
    return 1 if missing else 0


def _fetch(source: Path | None) -> int:
    dest = cache_dir()
    if source is not None:
        copied = fill_from(source, dest)
        print(f"copied {copied} files from {source}")
    else:
        written = fetch_online(dest, _progress if sys.stderr.isatty() else None,
                               lambda w: print(f"\nwarning: {w}", file=sys.stderr))
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"fetched {written} files")
    print(f"taxonomy cache: {describe(dest)}")
    missing = [part.what for part, present in status(dest) if part.required and not present]
    if missing:
        print(f"error: the cache still lacks {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


def _progress(name: str, done: int, total: int) -> None:
    of = f" of {total / 1e6:.1f}" if total else ""
    print(f"\rdownloading {name}: {done / 1e6:.1f}{of} MB   ", end="", file=sys.stderr, flush=True)
