"""Understanding: printed tables become statements with periods, scale, signs and arithmetic.

Enters: ``Table``s from :mod:`exporter.read`. Leaves: an ``Extraction`` (statements, lines, facts
with their concept choices from :mod:`exporter.map`) and the cover's ``Cover`` (dei facts).
"""
