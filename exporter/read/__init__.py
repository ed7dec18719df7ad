"""Reading: a filing's bytes become documents and the tables printed in them.

Enters: a path to an EDGAR submission, exhibit or HTML page. Leaves: ``Filing``/``Document``s and
``Table``s of ``Row``s whose cells hold parsed ``Printed`` numbers (nothing is interpreted yet).
"""
