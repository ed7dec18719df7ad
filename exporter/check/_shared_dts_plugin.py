"""Arelle plugin of :mod:`exporter.check.shared_dts`: lends the session's base taxonomy to each new model.

Arelle loads plugins by file; this one only forwards its hook to the session module.
"""

from __future__ import annotations

from typing import Any


def _model_init(model: Any) -> None:
    from exporter.check.shared_dts import on_model_init

    on_model_init(model)


__pluginInfo__ = {
    "name": "xbrl-export shared base taxonomy",
    "version": "1.0",
    "description": "Lends the base taxonomy loaded once per process to each model Arelle creates.",
    "license": "MIT",
    "author": "exporter",
    "copyright": "exporter",
    "ModelXbrl.Init": _model_init,
}
