"""Mapping: a statement line's label becomes a us-gaap concept (or an extension), with its reason.

Enters: a line's label and where it stands. Leaves: ranked ``Choice``s drawn from the data package
``taxonomy_map`` (the concept table and its sources), after the user's overrides.
"""
