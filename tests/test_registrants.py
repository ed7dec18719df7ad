"""Class 6 of issue 10: a submission filed by several registrants (a holding company and its
subsidiary) is the entity whose statements are printed, not the header's first filer. Synthetic
submissions in both header dialects, with text and HTML statements; none needs ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporter.read.documents import Filer, SecHeader, parse_filing, parse_sec_header
from exporter.understand.cover import build_cover
from exporter.understand.extract import extract
from exporter.understand.registrant import printed_filer

HEADER = """<SEC-DOCUMENT>
<SEC-HEADER>
CONFORMED SUBMISSION TYPE:\t10-Q
CONFORMED PERIOD OF REPORT:\t19990630
FILED AS OF DATE:\t\t19990803

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tWIDGET HOLDINGS CORP /DE/
\t\tCENTRAL INDEX KEY:\t\t\t0000000111
\t\tFISCAL YEAR END:\t\t\t1231

\tFILING VALUES:
\t\tFORM TYPE:\t\t10-Q

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tWIDGET TELEPHONE CO
\t\tCENTRAL INDEX KEY:\t\t\t0000000222
\t\tFISCAL YEAR END:\t\t\t1231
</SEC-HEADER>
"""

SGML_HEADER = """<SUBMISSION>
<TYPE>10-Q
<PERIOD>19990630
<FILING-DATE>19990803
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>WIDGET HOLDINGS CORP
<CIK>0000000111
<FISCAL-YEAR-END>1231
</COMPANY-DATA>
</FILER>
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>WIDGET TELEPHONE CO
<CIK>0000000222
<FISCAL-YEAR-END>1231
</COMPANY-DATA>
</FILER>
"""

TEXT_BS = """<DOCUMENT>
<TYPE>10-Q
<TEXT>
                      WIDGET TELEPHONE COMPANY
                      CONDENSED BALANCE SHEETS
                        (Dollars in Millions)
<TABLE>
<CAPTION>
                                          June 30,    December 31,
                                            1999          1998
<S>                                       <C>          <C>
Cash                                      $   100      $    80
Property, plant and equipment                 900          880
Total assets                              $ 1,000      $   960
Accounts payable                          $   300      $   280
Shareowner's equity                           700          680
Total liabilities and shareowner's equity $ 1,000      $   960
</TABLE>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""

HTML_BS = """<DOCUMENT>
<TYPE>10-Q
<TEXT>
<html><body><p>Widget Telephone Company</p><p>CONDENSED BALANCE SHEETS</p><p>(Dollars in Millions)</p>
<table><tr><td></td><td>June 30, 1999</td><td>December 31, 1998</td></tr>
<tr><td>Cash</td><td>100</td><td>80</td></tr>
<tr><td>Property, plant and equipment</td><td>900</td><td>880</td></tr>
<tr><td>Total assets</td><td>1,000</td><td>960</td></tr>
<tr><td>Accounts payable</td><td>300</td><td>280</td></tr>
<tr><td>Shareowner's equity</td><td>700</td><td>680</td></tr>
<tr><td>Total liabilities and shareowner's equity</td><td>1,000</td><td>960</td></tr>
</table></body></html>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_each_filer_block_is_read_in_both_header_dialects() -> None:
    for header in (HEADER, SGML_HEADER + "<DOCUMENT>\n"):
        h = parse_sec_header(header)
        assert [(f.company, f.cik) for f in h.filers] == [
            (h.filers[0].company, "0000000111"), ("WIDGET TELEPHONE CO", "0000000222")]
        assert h.company is not None and h.company.startswith("WIDGET HOLDINGS CORP")
        assert h.cik == "0000000111" and h.fiscal_year_end == "1231" and h.form_type == "10-Q"
        assert h.period_of_report is not None and h.period_of_report.isoformat() == "1999-06-30"


@pytest.mark.parametrize(("header", "body"), [(HEADER, TEXT_BS), (SGML_HEADER, TEXT_BS), (HEADER, HTML_BS)],
                         ids=["text", "sgml-header", "html"])
def test_the_entity_is_the_filer_whose_statements_are_printed(header: str, body: str, tmp_path: Path) -> None:
    filing = parse_filing(header + body, tmp_path / "submission.txt")
    ex = extract(filing)
    assert any(st.code == "bs" for st in ex.statements)
    cover = build_cover(filing, ex, None, None)
    assert cover.cik == "0000000222"
    assert cover.registrant.lower().startswith("widget telephone")
    assert "filer 2 of 2" in cover.cik_source


def test_a_name_printed_nowhere_leaves_the_first_filer() -> None:
    header = SecHeader(filers=(Filer("ALPHA CORP", "0000000001"), Filer("BETA CO", "0000000002")))
    filer, why = printed_filer(header, [["CONSOLIDATED BALANCE SHEETS"]])
    assert filer.cik == "0000000001" and "no statement title names one" in why
    # a holding company's name is part of its subsidiary's: the longer name that is printed wins
    header = SecHeader(filers=(Filer("ACME HOLDINGS INC", "0000000001"), Filer("ACME INC", "0000000002"),
                               Filer("ACME POWER CO", "0000000003")))
    assert printed_filer(header, [["ACME POWER COMPANY", "BALANCE SHEETS"]])[0].cik == "0000000003"
    assert printed_filer(header, [["ACME HOLDINGS, INC. AND SUBSIDIARIES"]])[0].cik == "0000000001"
    assert printed_filer(header, [["ACME, INC."]])[0].cik == "0000000002"
