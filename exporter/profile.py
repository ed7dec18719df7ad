"""The taxonomy profile: which taxonomy an export is written against, as one object.

The namespaces and schema locations of the instance and the extension taxonomy come from
:data:`PROFILE` (us-gaap 2024 with dei 2024); :mod:`exporter.model` derives its ``NS`` and
``SCHEMAS`` tables from it, so a newer year is one more profile here. The default unit (USD) is
the profile's too (:data:`exporter.understand.records.UNIT_OF_KIND` derives from it), and so are
the year's folder in a taxonomy copy, the SEC schemas the offline copy lacks and the name messages
give it. Not yet moved here: the concept table (``taxonomy_map``, built from the profile's year)
and the statement trees.
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
    def name(self) -> str:
        """How messages name it: ``us-gaap 2024``."""
        return f"us-gaap {self.year}"

    @property
    def us_gaap_dir(self) -> str:
        """Its folder in a taxonomy folder laid out as URL host/path."""
        return f"xbrl.fasb.org/us-gaap/{self.year}"

    @property
    def offline_missing(self) -> tuple[str, ...]:
        """SEC schemas absent from the offline taxonomy copy. us-gaap's and srt's schemas import the
        country schema and point locators into the stpr schema, so every us-gaap instance reports
        both (the dei schema imports neither)."""
        return (f"https://xbrl.sec.gov/country/{self.year}/country-{self.year}.xsd",
                f"https://xbrl.sec.gov/stpr/{self.year}/stpr-{self.year}.xsd")

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
