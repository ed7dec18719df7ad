"""The SEC's EDGAR plugin for Arelle: where it is, whether it can run, what it reads as data.

EDGAR runs its own Arelle plugin (the public repository Arelle/EDGAR: the EDGAR Filer Manual
rules and the DQC rules EDGAR implements in Python) on every submission. ``xbrl-export validate
--efm`` and ``xbrl-export --efm`` run it in the same Arelle session as our validation when the
user has it::

    plugin = find_plugin(Path("../shared/edgar-plugin"))   # or $EDGAR_PLUGIN_DIR
    report = validate.validate(path, taxonomy_dir, efm=plugin)

The folder may be the repository itself (holding ``EDGAR/validate``), its ``EDGAR`` folder or
``EDGAR/validate``; Arelle's own plugin folder is looked in last. The plugin needs the packages
of ``pip install 'arelle-release[efm]'`` (``holidays``, ``pytz``); :func:`find_plugin` says so
in one line when they are missing.

Offline with a taxonomy copy that lacks the us-gaap and dei label linkbases (as
``../shared/taxonomies`` does), the plugin reports ``EFM.6.10.01`` ("no English standard label")
for every us-gaap and dei element: :func:`is_offline_gap` recognises those.
"""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

from exporter.errors import ExporterError

PLUGIN_DIR_ENV = "EDGAR_PLUGIN_DIR"
DISCLOSURE_SYSTEM = "efm-pragmatic"
NEEDS = ("holidays", "pytz", "regex")
"""Modules the plugin imports beyond Arelle's own (the ``efm`` extra of arelle-release)."""
_OFFLINE_GAP = re.compile(r"without an English standard label (us-gaap|dei|srt):")


class PluginUnavailable(ExporterError, LookupError):
    """The EDGAR plugin cannot run here; the message says what to do."""


def _validate_dir(folder: Path) -> Path | None:
    for candidate in (folder / "EDGAR" / "validate", folder / "validate", folder):
        if (candidate / "__init__.py").is_file() and (candidate / "Filing.py").is_file():
            return candidate.resolve()
    return None


def find_plugin(explicit: Path | None = None) -> Path:
    """The plugin's ``validate`` folder: from ``explicit``, ``$EDGAR_PLUGIN_DIR`` or Arelle's
    plugin folder. Raises :class:`PluginUnavailable` (one line) when absent or not runnable."""
    value = os.environ.get(PLUGIN_DIR_ENV, "").strip()
    folder = explicit if explicit is not None else (Path(value) if value else None)
    if folder is not None:
        found = _validate_dir(folder)
        if found is None:
            raise PluginUnavailable(
                "no EDGAR plugin there (expected EDGAR/validate/Filing.py, as in the repository "
                "Arelle/EDGAR)", str(folder))
    else:
        spec = importlib.util.find_spec("arelle")
        arelle_dir = Path(spec.origin).parent if spec and spec.origin else None
        found = _validate_dir(arelle_dir / "plugin") if arelle_dir else None
        if found is None:
            raise PluginUnavailable(
                f"the SEC's EDGAR plugin was not found: give its folder with --efm-plugin or "
                f"${PLUGIN_DIR_ENV} (a checkout of github.com/Arelle/EDGAR)")
    missing = [m for m in NEEDS if importlib.util.find_spec(m) is None]
    if missing:
        raise PluginUnavailable(
            f"the EDGAR plugin needs {', '.join(missing)}: pip install 'exporter[efm]' "
            f"(or 'arelle-release[efm]')", str(found))
    return found


def is_offline_gap(code: str, text: str) -> bool:
    """True for ``EFM.6.10.01`` on a standard element: the offline copy has no standard labels."""
    return code == "EFM.6.10.01" and _OFFLINE_GAP.search(text) is not None
