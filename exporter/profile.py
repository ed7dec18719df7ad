"""The taxonomy profile: which taxonomy an export is written against, as one object.

The namespaces and schema locations of the instance and the extension taxonomy come from
:data:`PROFILE` (us-gaap 2024 with dei 2024); :mod:`exporter.model` derives its ``NS`` and
``SCHEMAS`` tables from it, so a newer year is one more profile here. The default unit (USD) is
the profile's too (:data:`exporter.understand.records.UNIT_OF_KIND` derives from it). Not yet
moved here: the concept table (``taxonomy_map``, built from us-gaap 2024) and the statement trees.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TaxonomyProfile:
    """One base taxonomy: us-gaap of a year with its dei, and the data type registry it uses."""

    year: int
    dtr_types: str = "2022-03-31"
    default_unit: str = "USD"  # the ISO 4217 currency of monetary facts (the unit key and its measure)

    @property
    def namespaces(self) -> dict[str, str]:
        return {
            "us-gaap": f"http://fasb.org/us-gaap/{self.year}",
            "dei": f"http://xbrl.sec.gov/dei/{self.year}",
            "dtr-types": f"http://www.xbrl.org/dtr/type/{self.dtr_types}",
        }

    @property
    def schemas(self) -> dict[str, str]:
        return {
            "us-gaap": f"https://xbrl.fasb.org/us-gaap/{self.year}/elts/us-gaap-{self.year}.xsd",
            "dei": f"https://xbrl.sec.gov/dei/{self.year}/dei-{self.year}.xsd",
            "dtr-types": f"https://www.xbrl.org/dtr/type/{self.dtr_types}/types.xsd",
        }


PROFILE = TaxonomyProfile(2024)
"""The profile every export uses (the offline copy in tests is us-gaap 2024)."""
