"""An offline ixbrl-viewer bundle for an Inline XBRL document (Arelle's iXBRL viewer plugin).

``write_viewer(Path("out/innovo-20030830.htm"), Path("out/innovo-20030830_viewer"))`` runs
Arelle once with the ``ixbrl-viewer`` plugin (PyPI ``ixbrl-viewer``) and writes into the folder:

- ``{stem}_viewer.html``: the document with the viewer's data (facts, concepts, labels) embedded;
- ``ixbrlviewer.js``: the viewer's JavaScript, *copied from the installed package* (never a
  web address), so the bundle opens from disk with no network.

Taxonomies load offline from ``taxonomy_dir`` the same way validation does
(:mod:`exporter.check.validate`). Raises :class:`ViewerError` when the plugin is not installed or
Arelle wrote no viewer.
"""

from __future__ import annotations

import json
from pathlib import Path

from exporter.check.taxonomies import find_taxonomies
from exporter.check.validate import arelle_session
from exporter.errors import OutputError

VIEWER_JS = "ixbrlviewer.js"


class ViewerError(OutputError):
    """The viewer could not be written."""


def _plugin() -> tuple[Path, Path]:
    """The installed plugin's folder and its bundled ``ixbrlviewer.js``."""
    try:
        import iXBRLViewerPlugin
    except ImportError as exc:
        raise ViewerError("the ixbrl-viewer package is not installed (pip install ixbrl-viewer)",
                          "exporter.write.viewer") from exc
    folder = Path(iXBRLViewerPlugin.__file__).resolve().parent
    script = folder / "viewer" / "dist" / VIEWER_JS
    if not script.is_file():
        raise ViewerError(f"the ixbrl-viewer package has no {VIEWER_JS}; reinstall it", str(script))
    return folder, script


def write_viewer(inline: Path, dest: Path, taxonomy_dir: Path | None = None) -> Path:
    """Write the viewer bundle of ``inline`` into the folder ``dest``; returns the viewer page.

    ``taxonomy_dir`` None means ``$XBRL_TAXONOMY_DIR``, else the taxonomy cache, else online.
    """
    from arelle.RuntimeOptions import RuntimeOptions

    folder, script = _plugin()
    taxonomy_dir = find_taxonomies(taxonomy_dir)
    dest.mkdir(parents=True, exist_ok=True)
    page = dest / f"{inline.stem}_viewer.html"
    with arelle_session(taxonomy_dir) as (session, cache_dir, collector, console):
        options = RuntimeOptions(
            entrypointFile=json.dumps([{"ixds": [{"file": str(inline.resolve())}]}]),
            plugins=f"inlineXbrlDocumentSet|{folder}",
            internetConnectivity="offline" if cache_dir is not None else "online",
            cacheDirectory=str(cache_dir) if cache_dir is not None else None,
            disablePersistentConfig=True,
            logLevel="info",
            logPropagate=False,
            pluginOptions={
                "saveViewerDest": str(page),
                "viewerURL": str(script),
                "viewerNoCopyScript": False,
                "useStubViewer": False,
                "validationMessages": False,
                "zipViewerOutput": False,
                "packageDownloadURL": None,
                "viewerBasenameSuffix": "",
            },
        )
        session.run(options, logHandler=collector)
    if not page.is_file() or not (dest / VIEWER_JS).is_file():
        said = "; ".join(str(m) for m in collector.messages if m.level == "error")[:500]
        raise ViewerError(f"Arelle wrote no viewer ({said or console.getvalue()[-300:] or 'no message'})",
                          str(dest))
    return page
