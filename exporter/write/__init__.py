"""Writing: the model becomes files: XBRL instance, extension taxonomy, Inline XBRL, report, viewer.

Enters: a ``Model`` (:mod:`exporter.model`; the Inline writers also take the parsed document).
Leaves: the files in the output folder.
"""
