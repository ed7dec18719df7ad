"""A statement in another currency than the dollar (a 20-F's "(in million EUR, except per share
amounts)", a Canadian filer's "(Expressed in thousands of Canadian dollars)"): its amounts in that
currency, each unit naming it (iso4217:EUR, EUR per share), at the scale the caption states; a
company name or a line's label naming a currency's code says nothing (issue 10: scale and units
read from the caption). The currencies' words are data: taxonomy_map/currencies.csv. Synthetic
snippets; the instance is validated by Arelle when ../shared/taxonomies is there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporter.pipeline import export
from exporter.understand.currency import is_money, is_per_share, stated_currency, unit_id
from tests.text_snippet import extract_snippet, submission

TAXONOMIES = Path(__file__).resolve().parents[2] / "shared" / "taxonomies"

INCOME = """\
                                  {name}
                     CONSOLIDATED STATEMENTS OF INCOME
              {caption}

<TABLE>
<CAPTION>
                                                      Years ended December 31,
                                                        2000          1999
<S>                                                   <C>           <C>
Revenues                                              30,383        21,670
Costs and expenses                                    27,496        19,489
                                                     -------       -------
Income before income taxes                             2,887         2,181
Income tax expense                                       821           611
                                                     -------       -------
Net income                                             2,066         1,570
                                                     =======       =======
Net income per common share                             1.57          1.28
</TABLE>
"""


def _units(caption: str, name: str = "SNIPPET N.V.") -> dict[str, tuple[str, int]]:
    ex = extract_snippet(INCOME.format(name=name, caption=caption), form="20-F")
    st = next(s for s in ex.statements if s.code == "is")
    return {f.concept: (f.unit, int(f.value)) for f in st.facts if f.period.key().startswith("2000")}


@pytest.mark.parametrize(("caption", "unit", "net_income"), [
    ("(in million EUR, except per share amounts)", "EUR", 2_066_000_000),
    ("(Expressed in thousands of Canadian dollars)", "CAD", 2_066_000),
    ("(in millions of euros)", "EUR", 2_066_000_000),
    ("(in thousands of U.S. dollars)", "USD", 2_066_000),
    ("(In thousands)", "USD", 2_066_000),
])
def test_the_caption_s_currency_and_scale(caption: str, unit: str, net_income: int) -> None:
    got = _units(caption)
    assert got["NetIncomeLoss"] == (unit, net_income)
    eps = next(u for c, (u, _) in got.items() if c.startswith("EarningsPerShare"))
    assert eps == f"{unit}/shares"


def test_a_company_named_for_a_code_is_not_its_currency() -> None:
    assert _units("(In thousands)", name="CAD SYSTEMS INC")["NetIncomeLoss"][0] == "USD"
    assert stated_currency(["Cash held in euros", "CAD SYSTEMS INC"]) is None  # no line stating a measure


def test_unit_keys_and_ids() -> None:
    assert is_money("EUR") and is_money("USD") and not is_money("shares") and not is_money("pure")
    assert is_per_share("EUR/shares") and not is_per_share("shares")
    assert unit_id("EUR/shares") == "EURPerShare" and unit_id("CAD") == "CAD" and unit_id("shares") == "shares"


def test_an_instance_in_euros_names_its_measure(tmp_path: Path) -> None:
    source = tmp_path / "snippet.txt"
    source.write_text(submission(INCOME.format(name="SNIPPET N.V.", caption="(in million EUR)"), form="20-F",
                                 period="20001231"), encoding="utf-8")
    validate = TAXONOMIES.is_dir()
    result = export(source, tmp_path / "out", validate=validate, taxonomy_dir=TAXONOMIES if validate else None)
    xml = next((tmp_path / "out").glob("*.xml")).read_text(encoding="utf-8")
    assert "<xbrli:measure>iso4217:EUR</xbrli:measure>" in xml and "iso4217:USD" not in xml
    assert 'unitRef="EURPerShare"' in xml
    if validate:
        assert not [f for f in result.findings if f.severity == "error"]
