"""The taxonomy cache: where validation finds us-gaap 2024 and the schemas it needs, offline.

A taxonomy folder is laid out as URL host/path (``xbrl.fasb.org/us-gaap/2024/elts/...``,
``xbrl.sec.gov/dei/2024/...``, ``www.xbrl.org/...``). Validation uses the first of::

    --taxonomy-dir DIR          (an option of the export and of ``validate``)
    $XBRL_TAXONOMY_DIR
    the user's cache            (platformdirs, or $XBRL_EXPORTER_CACHE/taxonomies)

The first two must hold ``xbrl.fasb.org/us-gaap/2024`` (else :class:`TaxonomyError`); the cache
is used when it holds the us-gaap schema. With none of them validation is skipped: Arelle never
goes online during an export.

``xbrl-export taxonomies fetch`` fills the cache from the official taxonomy packages
(:data:`PACKAGES`), unpacked by their ``META-INF/catalog.xml`` into host/path, then lets Arelle
load the entry points online so that every schema they import lands in the cache too;
``fetch --from DIR`` copies a local host/path folder instead (offline).
"""

from __future__ import annotations

import enum
import functools
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from lxml import etree

from exporter.errors import TaxonomyError
from exporter.profile import PROFILE

TAXONOMY_DIR_ENV = "XBRL_TAXONOMY_DIR"
CACHE_ENV = "XBRL_EXPORTER_CACHE"
FETCH_COMMAND = "xbrl-export taxonomies fetch"
_YEAR = PROFILE.year
USGAAP_DIR = PROFILE.us_gaap_dir
USER_AGENT = "xbrl-exporter taxonomy fetch"


@dataclass(frozen=True)
class Package:
    """An official taxonomy package (a zip) and the host its files belong to."""

    name: str
    url: str
    host: str


PACKAGES: tuple[Package, ...] = (
    Package(f"us-gaap {_YEAR} (FASB)", f"https://xbrl.fasb.org/us-gaap/{_YEAR}/us-gaap-{_YEAR}.zip", "xbrl.fasb.org"),
    Package(f"srt {_YEAR} (FASB)", f"https://xbrl.fasb.org/srt/{_YEAR}/srt-{_YEAR}.zip", "xbrl.fasb.org"),
    Package(f"SEC {_YEAR} (dei, country, stpr, ...)", f"https://xbrl.sec.gov/{_YEAR}.zip", "xbrl.sec.gov"),
)

ENTRY_POINTS: tuple[str, ...] = (
    PROFILE.schemas["us-gaap"],
    f"https://xbrl.fasb.org/srt/{_YEAR}/elts/srt-{_YEAR}.xsd",
    PROFILE.schemas["dei"],
)
"""What an export's extension schema imports (directly or through us-gaap): loading these
online pulls every other schema they need into the cache."""


@dataclass(frozen=True)
class Part:
    """One file that tells whether a part of the taxonomies is there."""

    what: str
    path: str
    required: bool


PARTS: tuple[Part, ...] = (
    Part(f"us-gaap {_YEAR} elements", f"{USGAAP_DIR}/elts/us-gaap-{_YEAR}.xsd", True),
    Part(f"us-gaap {_YEAR} statement linkbases", f"{USGAAP_DIR}/stm/us-gaap-stm-soi-pre-{_YEAR}.xml", False),
    Part(f"us-gaap {_YEAR} labels", f"{USGAAP_DIR}/elts/us-gaap-lab-{_YEAR}.xml", False),
    Part(f"srt {_YEAR}", f"xbrl.fasb.org/srt/{_YEAR}/elts/srt-{_YEAR}.xsd", True),
    Part(f"dei {_YEAR}", f"xbrl.sec.gov/dei/{_YEAR}/dei-{_YEAR}.xsd", True),
    Part(f"country {_YEAR}", f"xbrl.sec.gov/country/{_YEAR}/country-{_YEAR}.xsd", False),
    Part(f"stpr {_YEAR}", f"xbrl.sec.gov/stpr/{_YEAR}/stpr-{_YEAR}.xsd", False),
    Part("XBRL data types 2022", "www.xbrl.org/dtr/type/2022-03-31/types.xsd", True),
    Part("extensible enumerations 2.0", "www.xbrl.org/2020/extensible-enumerations-2.0.xsd", True),
)
"""``required``: validation reports load errors without it. The optional ones: labels for
viewers, statement linkbases for ``taxonomy_map.build``, and two small SEC schemas whose
absence gives two known load errors (see :data:`exporter.check.validate.KNOWN_MISSING`)."""


# --- where -------------------------------------------------------------------------------------


def cache_dir() -> Path:
    """The cache's taxonomy folder: ``$XBRL_EXPORTER_CACHE/taxonomies`` or the user's cache folder."""
    root = os.environ.get(CACHE_ENV, "").strip()
    if root:
        return Path(root).expanduser() / "taxonomies"
    from platformdirs import user_cache_path

    return user_cache_path("xbrl-exporter", appauthor=False) / "taxonomies"


def has_usgaap(folder: Path) -> bool:
    return (folder / USGAAP_DIR).is_dir()


class Source(enum.StrEnum):
    """Where the taxonomy folder came from (each equal to the words messages print)."""

    OPTION = "--taxonomy-dir"
    ENV = f"${TAXONOMY_DIR_ENV}"
    CACHE = "cache"
    NONE = "none"


@dataclass(frozen=True)
class Choice:
    """The taxonomy folder validation uses, and where that choice came from."""

    folder: Path | None
    source: Source


def choose(explicit: Path | None) -> Choice:
    """The folder validation uses: ``explicit``, else ``$XBRL_TAXONOMY_DIR``, else the cache.

    Raises TaxonomyError when the option or the variable names a folder that does not exist or
    lacks ``xbrl.fasb.org/us-gaap/2024``; a cache without it counts as no cache.
    """
    env = os.environ.get(TAXONOMY_DIR_ENV, "").strip()
    for folder, source in ((explicit, Source.OPTION), (Path(env) if env else None, Source.ENV)):
        if folder is None:
            continue
        if not folder.is_dir():
            raise TaxonomyError(f"taxonomy folder not found ({source}); give a folder laid out as host/path "
                                f"({USGAAP_DIR}/...) or run `{FETCH_COMMAND}`", str(folder))
        if not has_usgaap(folder):
            raise TaxonomyError(f"taxonomy folder ({source}) has no {USGAAP_DIR}/: it must be laid out as "
                                f"host/path like the cache `{FETCH_COMMAND}` fills", str(folder))
        return Choice(folder, source)
    cache = cache_dir()
    if has_usgaap(cache):
        return Choice(cache, Source.CACHE)
    return Choice(None, Source.NONE)


def find_taxonomies(explicit: Path | None) -> Path | None:
    """The taxonomy folder to validate with: ``explicit``, else ``$XBRL_TAXONOMY_DIR``, else the
    cache; None when there is none (validation is then skipped). Raises TaxonomyError for an option
    or variable naming a folder without us-gaap 2024. Here, not beside Arelle's adapter
    (:mod:`exporter.check.validate`): a run that finds no folder does not
    import the adapter and its logging."""
    return choose(explicit).folder


def skipped_warning() -> str:
    """The one warning an export gives when no taxonomy folder is there."""
    return (f"Arelle validation skipped: no taxonomies (no --taxonomy-dir, no ${TAXONOMY_DIR_ENV}, "
            f"nothing in the cache {cache_dir()}); run `{FETCH_COMMAND}` once to fill the cache")


# --- what is there ----------------------------------------------------------------------------


def status(folder: Path) -> list[tuple[Part, bool]]:
    return [(part, (folder / part.path).is_file()) for part in PARTS]


def folder_size(folder: Path) -> tuple[int, int]:
    """(files, bytes) under ``folder``."""
    files = size = 0
    for path in _files(folder):
        files += 1
        size += path.stat().st_size
    return files, size


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from (p for p in folder.rglob("*") if p.is_file())


# --- filling the cache ------------------------------------------------------------------------


def fill_from(source: Path, dest: Path) -> int:
    """Copy the host/path folder ``source`` into ``dest`` (files already there are kept).

    Returns the number of files copied. Raises TaxonomyError when ``source`` is not a taxonomy
    folder (no ``xbrl.fasb.org/us-gaap/2024``).
    """
    if not source.is_dir() or not has_usgaap(source):
        raise TaxonomyError(f"not a taxonomy folder: it has no {USGAAP_DIR}/ (laid out as host/path)",
                            str(source))
    copied = 0
    for path in _files(source):
        target = dest / path.relative_to(source)
        if not target.exists():
            _write(target, path.read_bytes())
            copied += 1
    return copied


def unpack_package(archive: Path, host: str, dest: Path) -> int:
    """Unpack a taxonomy package (zip) into ``dest`` as host/path; returns the files written.

    The package's ``META-INF/catalog.xml`` rewrites say which URL each folder of the zip
    stands for. A zip without a catalog is taken as laid out host/path under any top folder:
    its files are placed from the path component ``host`` on.
    """
    with zipfile.ZipFile(archive) as zf:
        names = [n for n in zf.namelist() if not n.endswith("/")]
        rewrites = _catalog_rewrites(zf, names)
        written = 0
        for name in names:
            rel = _url_path(name, rewrites, host)
            if rel is None:
                continue
            _write(dest / rel, zf.read(name))
            written += 1
    if not written:
        raise TaxonomyError(f"the package holds no file of {host}", str(archive))
    return written


def _catalog_rewrites(zf: zipfile.ZipFile, names: list[str]) -> list[tuple[str, str]]:
    """(zip folder prefix, URL prefix) pairs from every ``META-INF/catalog.xml`` in the zip."""
    pairs: list[tuple[str, str]] = []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for name in names:
        if not name.endswith("META-INF/catalog.xml"):
            continue
        base = PurePosixPath(name).parent  # META-INF
        root = etree.fromstring(zf.read(name), parser)
        for el in root.iter("{*}rewriteURI"):
            url, prefix = el.get("uriStartString"), el.get("rewritePrefix")
            if url and prefix is not None:
                folder = os.path.normpath(str(base / prefix)).replace(os.sep, "/")
                pairs.append(("" if folder == "." else folder.rstrip("/") + "/", url))
    return sorted(pairs, key=lambda p: -len(p[0]))


def _url_path(name: str, rewrites: list[tuple[str, str]], host: str) -> PurePosixPath | None:
    """Where the zip member ``name`` goes in a host/path folder; None to leave it out."""
    for folder, url in rewrites:
        if name.startswith(folder):
            parts = urlsplit(url + name[len(folder):])
            rel = PurePosixPath(parts.netloc + parts.path)
            break
    else:
        parts_ = PurePosixPath(name).parts
        if host not in parts_:
            return None
        rel = PurePosixPath(*parts_[parts_.index(host):])
    if any(p in ("", ".", "..") for p in rel.parts):  # nothing may land outside the folder
        return None
    return rel


def _write(target: Path, data: bytes) -> None:
    """Write ``target`` whole or not at all (a fetch cut short leaves no half file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".part-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def download(url: str, dest: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Download ``url`` into the file ``dest`` (a network error becomes TaxonomyError)."""
    import urllib.request  # only here: an export never downloads, and start-up stays small

    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # the SEC refuses anonymous ones
        with urllib.request.urlopen(request, timeout=60) as resp, dest.open("wb") as out:  # noqa: S310
            total = int(resp.headers.get("Content-Length") or 0)
            done = 0
            while chunk := resp.read(1 << 16):
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
    except OSError as exc:  # URLError, timeouts, refused connections
        raise TaxonomyError(f"cannot download ({getattr(exc, 'reason', None) or exc}); "
                            f"offline, use `{FETCH_COMMAND} --from DIR` with a local copy", url) from exc


def fetch_online(dest: Path, progress: Callable[[str, int, int], None] | None = None,
                 warn: Callable[[str], None] | None = None, *,
                 packages: tuple[Package, ...] = PACKAGES, entry_points: tuple[str, ...] = ENTRY_POINTS) -> int:
    """Fill ``dest`` from ``packages`` online, then complete it with Arelle (online) by loading
    ``entry_points``.

    A package that cannot be had or unpacked is said through ``warn`` and left to the Arelle
    pass, which downloads the files the entry points need one by one; TaxonomyError when no
    package could be downloaded at all (no network). Returns the number of files added.
    """
    from exporter.check.validate import fill_web_cache

    written = failed = 0
    with tempfile.TemporaryDirectory(prefix="exporter-fetch-") as tmp:
        for pkg in packages:
            archive = Path(tmp) / Path(urlsplit(pkg.url).path).name
            try:
                download(pkg.url, archive, functools.partial(progress, pkg.name) if progress else None)
                written += unpack_package(archive, pkg.host, dest)
            except (TaxonomyError, zipfile.BadZipFile) as exc:
                failed += 1
                if warn:
                    warn(f"{pkg.name}: {exc if isinstance(exc, TaxonomyError) else 'not a zip file'} ({pkg.url})")
    if failed == len(packages):
        raise TaxonomyError(f"no taxonomy package could be downloaded (offline?); use `{FETCH_COMMAND} --from DIR` "
                            "with a local copy laid out as host/path", packages[0].url)
    return written + (fill_web_cache(entry_points, dest) if entry_points else 0)


def describe(folder: Path) -> str:
    files, size = folder_size(folder)
    return f"{files} files, {size / 1e6:.0f} MB in {folder}"
