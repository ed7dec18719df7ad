"""Cover pages: the dei facts a 10-K, 10-Q or 8-K cover prints, read from small synthetic covers."""

from __future__ import annotations

from datetime import date

import pytest

from exporter.read.ixbrl_input import issuer_dei, transform, without_header
from exporter.understand.cover_codes import lookup
from exporter.understand.cover_page import missing, read_auditor, read_cover
from exporter.understand.cover_text import html_lines

TEN_K = """<html><body>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>FORM 10-K</p>
<p>&#9746; ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>For the fiscal year ended September 28, 2024</p>
<p>&#9744; TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>Commission File Number: 001-36743</p>
<p>Example Widgets Inc.</p>
<p>(Exact name of Registrant as specified in its charter)</p>
<table>
<tr><td>Delaware</td><td></td><td>94-2404110</td></tr>
<tr><td>(State or other jurisdiction of incorporation or organization)</td><td></td>
    <td>(I.R.S. Employer Identification No.)</td></tr>
</table>
<table>
<tr><td>One Widget Way</td></tr>
<tr><td>Springfield, Illinois</td><td>62701</td></tr>
<tr><td>(Address of principal executive offices)</td><td>(Zip Code)</td></tr>
</table>
<p>(217) 555-0100</p>
<p>(Registrant's telephone number, including area code)</p>
<p>Securities registered pursuant to Section 12(b) of the Act:</p>
<table>
<tr><td>Title of each class</td><td>Trading symbol(s)</td><td>Name of each exchange on which registered</td></tr>
<tr><td>Common Stock, $0.01 par value</td><td>WIDG</td><td>The Nasdaq Stock Market LLC</td></tr>
</table>
<p>Indicate by check mark if the Registrant is a well-known seasoned issuer, as defined in Rule 405 of the
Securities Act. Yes &#9746; No &#9744;</p>
<p>Indicate by check mark if the Registrant is not required to file reports pursuant to Section 13 or
Section 15(d) of the Act. Yes &#9744; No &#9746;</p>
<p>Indicate by check mark whether the Registrant (1) has filed all reports required to be filed by Section 13
or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months. Yes &#9746; No &#9744;</p>
<p>Indicate by check mark whether the Registrant has submitted electronically every Interactive Data File
required to be submitted. Yes &#9746; No &#9744;</p>
<p>Indicate by check mark whether the Registrant is a large accelerated filer, an accelerated filer, a
non-accelerated filer, a smaller reporting company, or an emerging growth company.</p>
<table>
<tr><td>Large accelerated filer</td><td>&#9744;</td><td>Accelerated filer</td><td>&#9746;</td></tr>
<tr><td>Non-accelerated filer</td><td>&#9744;</td><td>Smaller reporting company</td><td>&#9746;</td></tr>
<tr><td>Emerging growth company</td><td>&#9744;</td></tr>
</table>
<p>Indicate by check mark whether the Registrant has filed a report on and attestation to its management's
assessment of the effectiveness of its internal control over financial reporting under Section 404(b) of the
Sarbanes-Oxley Act by the registered public accounting firm that prepared or issued its audit report. &#9746;</p>
<p>Indicate by check mark whether the Registrant is a shell company (as defined in Rule 12b-2 of the Act).
Yes &#9744; No &#9746;</p>
<p>The aggregate market value of the voting and non-voting stock held by non-affiliates of the Registrant,
as of March 29, 2024, was approximately $1.2 billion.</p>
<p>12,345,678 shares of common stock were issued and outstanding as of October 18, 2024.</p>
</body></html>"""


@pytest.fixture(scope="module")
def ten_k() -> dict[str, str]:
    return {name: fact.value for name, fact in read_cover(html_lines(TEN_K)).items()}


@pytest.mark.parametrize(("name", "value"), [
    ("DocumentType", "10-K"),
    ("AmendmentFlag", "false"),
    ("DocumentPeriodEndDate", "2024-09-28"),
    ("DocumentAnnualReport", "true"),
    ("DocumentTransitionReport", "false"),
    ("EntityFileNumber", "001-36743"),
    ("EntityRegistrantName", "Example Widgets Inc."),
    ("EntityIncorporationStateCountryCode", "DE"),
    ("EntityTaxIdentificationNumber", "94-2404110"),
    ("EntityAddressAddressLine1", "One Widget Way"),
    ("EntityAddressCityOrTown", "Springfield"),
    ("EntityAddressStateOrProvince", "IL"),
    ("EntityAddressPostalZipCode", "62701"),
    ("CityAreaCode", "217"),
    ("LocalPhoneNumber", "555-0100"),
    ("Security12bTitle", "Common Stock, $0.01 par value"),
    ("TradingSymbol", "WIDG"),
    ("SecurityExchangeName", "NASDAQ"),
    ("EntityWellKnownSeasonedIssuer", "Yes"),
    ("EntityVoluntaryFilers", "No"),
    ("EntityCurrentReportingStatus", "Yes"),
    ("EntityInteractiveDataCurrent", "Yes"),
    ("EntityFilerCategory", "Accelerated Filer"),
    ("EntitySmallBusiness", "true"),
    ("EntityEmergingGrowthCompany", "false"),
    ("IcfrAuditorAttestationFlag", "true"),
    ("EntityShellCompany", "false"),
    ("EntityPublicFloat", "1200000000"),
    ("EntityCommonStockSharesOutstanding", "12345678"),
])
def test_ten_k_cover(ten_k: dict[str, str], name: str, value: str) -> None:
    assert ten_k.get(name) == value


def test_numbers_keep_their_date_and_text() -> None:
    facts = read_cover(html_lines(TEN_K))
    shares = facts["EntityCommonStockSharesOutstanding"]
    assert shares.instant == date(2024, 10, 18) and shares.shown == "12,345,678"
    assert facts["EntityPublicFloat"].instant == date(2024, 3, 29)
    assert facts["EntityIncorporationStateCountryCode"].shown == "Delaware"
    assert facts["DocumentAnnualReport"].shown == "\u2612" and facts["DocumentAnnualReport"].format == "ixt:fixed-true"


@pytest.mark.parametrize(("line", "value"), [
    ("Yes \u2612 No \u2610", "Yes"),
    ("Yes \u2610 No \u2612", "No"),
    ("\u2612 Yes \u2610 No", "Yes"),
    ("Yes \u00fd No \u00a8", "Yes"),   # Wingdings as text
    ("Yes [ ] No [X]", "No"),
    ("Yes \u00fe No o", "Yes"),
])
def test_yes_no_boxes(line: str, value: str) -> None:
    lines = ["FORM 10-K", "For the fiscal year ended December 31, 2023",
             "Indicate by check mark if the registrant is a well-known seasoned issuer. " + line]
    assert read_cover(lines)["EntityWellKnownSeasonedIssuer"].value == value


def test_box_before_its_label_and_a_row_of_categories() -> None:
    lines = ["FORM 10-Q", "\u2612 QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE ACT",
             "For the quarterly period ended March 31, 2024",
             "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer...",
             "Large accelerated filer \u2610 | Accelerated filer \u2610 | Non-accelerated filer \u2612 | "
             "Smaller reporting company \u2612 | Emerging growth company \u2610"]
    facts = read_cover(lines)
    assert facts["DocumentType"].value == "10-Q"
    assert facts["DocumentQuarterlyReport"].value == "true"
    assert facts["DocumentPeriodEndDate"].value == "2024-03-31"
    assert facts["EntityFilerCategory"].value == "Non-accelerated Filer"
    assert facts["EntitySmallBusiness"].value == "true"
    assert facts["EntityEmergingGrowthCompany"].value == "false"


def test_eight_k_event_date_and_items() -> None:
    lines = ["FORM 8-K", "CURRENT REPORT",
             "Date of Report (Date of earliest event reported): February 14, 2024",
             "Acme Corp", "(Exact name of registrant as specified in its charter)",
             "Delaware | 1-1234 | 12-3456789",
             "(State or other jurisdiction of incorporation) | (Commission File Number) | "
             "(IRS Employer Identification No.)",
             "\u2610 Written communications pursuant to Rule 425 under the Securities Act",
             "\u2612 Soliciting material pursuant to Rule 14a-12 under the Exchange Act"]
    facts = read_cover(lines)
    assert facts["DocumentType"].value == "8-K"
    assert facts["DocumentPeriodEndDate"].value == "2024-02-14"
    assert facts["EntityFileNumber"].value == "1-1234"
    assert facts["EntityIncorporationStateCountryCode"].value == "DE"
    assert facts["EntityTaxIdentificationNumber"].value == "12-3456789"
    assert facts["WrittenCommunications"].value == "false"
    assert facts["SolicitingMaterial"].value == "true"


def test_amendment_and_missing_required() -> None:
    facts = read_cover(["FORM 10-K/A", "For the fiscal year ended June 30, 2022"])
    assert facts["AmendmentFlag"].value == "true"
    gone = missing("10-K", set(facts))
    assert "EntityFileNumber" in gone and "AuditorFirmId" in gone and "DocumentType" not in gone


def test_several_share_classes_are_not_one_fact() -> None:
    lines = ["FORM 10-Q", "For the quarterly period ended June 30, 2020",
             "As of July 31, 2020, there were 39,896,661 shares of Class A common stock and 8,299,610 shares "
             "of Class B common stock outstanding."]
    assert "EntityCommonStockSharesOutstanding" not in read_cover(lines)


def test_auditor() -> None:
    lines = ["Report of Independent Registered Public Accounting Firm", "/s/ Ernst & Young LLP",
             "We have served as the Company's auditor since 2009.", "San Jose, California", "November 1, 2024",
             "Reports of Independent Registered Public Accounting Firm* | 48",
             "*Ernst & Young LLP, PCAOB Firm ID No. 00042."]
    facts = read_auditor(lines)
    assert facts["AuditorName"].value == "Ernst & Young LLP"
    assert facts["AuditorLocation"].value == "San Jose, California"
    assert facts["AuditorFirmId"].value == "42" and facts["AuditorFirmId"].shown == "00042"


@pytest.mark.parametrize(("kind", "name", "code"), [
    ("state", "Delaware", "DE"), ("state", "New York", "NY"), ("country", "Cayman Islands", "KY"),
    ("exchange", "New York Stock Exchange", "NYSE"), ("exchange", "The Nasdaq Global Select Market", "NASDAQ"),
    ("filer_category", "Non-accelerated filer", "Non-accelerated Filer"), ("state", "Atlantis", None),
])
def test_edgar_codes(kind: str, name: str, code: str | None) -> None:
    assert lookup(kind, name) == code


INLINE = """<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024"
 xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
 xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31"><body>
<div style="display:none"><ix:header><ix:hidden>
<ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c1">0000320193</ix:nonNumeric>
<ix:nonNumeric name="dei:AmendmentFlag" contextRef="c1">false</ix:nonNumeric>
</ix:hidden><ix:resources>
<xbrli:context id="c1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000320193</xbrli:identifier>
</xbrli:entity><xbrli:period><xbrli:startDate>2023-10-01</xbrli:startDate><xbrli:endDate>2024-09-28</xbrli:endDate>
</xbrli:period></xbrli:context>
</ix:resources></ix:header></div>
<p>FORM <ix:nonNumeric name="dei:DocumentType" contextRef="c1">10-K</ix:nonNumeric></p>
<p><ix:nonNumeric name="dei:EntityIncorporationStateCountryCode" contextRef="c1"
  format="ixt-sec:stateprovnameen">California</ix:nonNumeric></p>
<p><ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c1"
  format="ixt:date-monthname-day-year-en">September 28, 2024</ix:nonNumeric></p>
</body></html>"""


def test_inline_input_header_is_no_text_and_its_dei_are_read() -> None:
    plain = without_header(INLINE)
    assert "0000320193" not in plain and plain.count("\n") == INLINE.count("\n")
    assert "0000320193" not in " ".join(html_lines(plain))
    dei = issuer_dei(INLINE)
    assert dei["EntityCentralIndexKey"].value == "0000320193"
    assert dei["EntityIncorporationStateCountryCode"].value == "CA"
    assert dei["DocumentPeriodEndDate"].value == "2024-09-28"
    assert dei["DocumentType"].period == (date(2023, 10, 1), date(2024, 9, 28))
    assert issuer_dei("<html><body>FORM 10-K</body></html>") == {}


@pytest.mark.parametrize(("fmt", "shown", "scale", "value"), [
    ("ixt-sec:boolballotbox", "\u2612", None, "true"),
    ("ixt:fixed-false", "\u2610", None, "false"),
    ("ixt:date-monthname-day-en", "September 28", None, "--09-28"),
    ("ixt:num-dot-decimal", "2.6", "12", "2600000000000"),
    ("ixt-sec:exchnameen", "New York Stock Exchange", None, "NYSE"),
    (None, "Apple Inc.", None, "Apple Inc."),
])
def test_transform(fmt: str | None, shown: str, scale: str | None, value: str) -> None:
    assert transform(fmt, shown, scale) == value


@pytest.mark.parametrize(("text", "value", "when"), [
    ("The number of shares of common stock outstanding as of February 21, 2025 was 24.4 billion.",
     "24400000000", date(2025, 2, 21)),
    ("The aggregate market value of the 1,698,507,928 shares held by nonaffiliates was $1. "
     "Abbott had 1,735,184,289 common shares without par value outstanding at January 31, 2024.",
     "1735184289", date(2024, 1, 31)),
    ("Indicate the number of shares outstanding of each of the registrant's classes of common stock.\n"
     "CLASS | OUTSTANDING AT 3/21/2024\nCommon Stock, $0.50 par value | 572,184,243", "572184243", date(2024, 3, 21)),
])
def test_shares_outstanding_shapes(text: str, value: str, when: date) -> None:
    lines = ["FORM 10-K", "For the fiscal year ended December 31, 2023", *text.split("\n")]
    fact = read_cover(lines)["EntityCommonStockSharesOutstanding"]
    assert (fact.value, fact.instant) == (value, when)


def test_underscore_and_bracket_boxes() -> None:
    lines = ["FORM 10-K", "[\u2611] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE ACT",
             "For the fiscal year ended December 31, 2023",
             "Indicate by check mark if the registrant is a well-known seasoned issuer. Yes _\u00fc_ No ___"]
    facts = read_cover(lines)
    assert facts["DocumentAnnualReport"].value == "true"
    assert facts["EntityWellKnownSeasonedIssuer"].value == "Yes"


TEXT_8K = """                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549
                                    FORM 8-K
   Date of report (Date of earliest event reported)       January 24, 1994

                          EXAMPLE BROADCASTING CO., INC.
             ------------------------------------------------------
             (Exact name of registrant as specified in its charter)

        Georgia                  0-9334                 58-0950695
  -------------------    ----------------------   ------------------------
  (State or other        (Commission File         (I.R.S. Employer
  jurisdiction)          Number)                  Identification No.)

      One Example Center, Atlanta, Georgia                     30303
  ----------------------------------------                  ----------
  (Address of principal executive offices)                  (Zip Code)
"""


def test_text_cover_in_columns_with_rules() -> None:
    from exporter.understand.cover_text import text_lines

    facts = {k: v.value for k, v in read_cover(text_lines(TEXT_8K)).items()}
    assert facts["DocumentType"] == "8-K" and facts["DocumentPeriodEndDate"] == "1994-01-24"
    assert facts["EntityRegistrantName"] == "EXAMPLE BROADCASTING CO., INC."
    assert facts["EntityIncorporationStateCountryCode"] == "GA"
    assert facts["EntityTaxIdentificationNumber"] == "58-0950695"
    assert facts["EntityAddressAddressLine1"] == "One Example Center"
    assert facts["EntityAddressCityOrTown"] == "Atlanta"
    assert facts["EntityAddressPostalZipCode"] == "30303"


def test_eight_k_date_printed_without_its_caption() -> None:
    lines = ["FORM 8-K", "CURRENT REPORT", "Pursuant to Section 13 or 15(d) of the", "December 14, 2023",
             "Example Flowers, Inc.", "(Exact name of registrant as specified in its charter)"]
    assert read_cover(lines)["DocumentPeriodEndDate"].value == "2023-12-14"


@pytest.mark.parametrize(("lines", "name", "location", "firm_id"), [
    # the firm named in a sentence, with its city and an "Auditor Firm ID"
    (["Our independent registered public accounting firm is KPMG LLP, Santa Clara, California, "
      "Auditor Firm ID: 185. The information required ..."], "KPMG LLP", "Santa Clara, California", "185"),
    # a signature printed as an image: the firm's name alone on its line, "auditor since" after it
    (["Victor Mokuolu , CPA PLLC", "We have served as the Company\u2019s auditor since 2024.", "Houston, Texas",
      "December 12, 2024", "PCAOB ID: 6771"], "Victor Mokuolu , CPA PLLC", "Houston, Texas", "6771"),
])
def test_auditor_layouts(lines: list[str], name: str, location: str, firm_id: str) -> None:
    facts = read_auditor(lines)
    assert (facts["AuditorName"].value, facts["AuditorLocation"].value, facts["AuditorFirmId"].value) == \
        (name, location, firm_id)


def test_a_firm_name_line_without_the_auditor_words_is_no_auditor() -> None:
    assert "AuditorName" not in read_auditor(["Smith Holdings LLC", "entered into a lease in 2024.", "Austin, Texas"])


def test_auditor_captions_in_table_cells() -> None:
    """A cover table: caption and value in cells of one row ("Auditor Name: | Deloitte & Touche LLP")."""
    facts = read_auditor(["Auditor Name: | Deloitte & Touche LLP | Auditor Location: | New York, New York | "
                          "Auditor Firm ID: | 34"])
    assert (facts["AuditorName"].value, facts["AuditorLocation"].value, facts["AuditorFirmId"].value) == \
        ("Deloitte & Touche LLP", "New York, New York", "34")


@pytest.mark.parametrize(("growth", "box", "expected"), [
    ("\u2612", "\u2610", "false"), ("\u2612", "\u2612", "true"), ("\u2610", "\u2610", None)])
def test_extended_transition_period_only_for_an_emerging_growth_company(
        growth: str, box: str, expected: str | None) -> None:
    lines = ["FORM 10-Q", "For the quarterly period ended March 31, 2024",
             "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer...",
             f"Large accelerated filer \u2610 | Non-accelerated filer \u2612 | Emerging growth company {growth}",
             "If an emerging growth company, indicate by check mark if the registrant has elected not to use the "
             "extended transition period for complying with any new or revised financial accounting standards "
             f"provided pursuant to Section 13(a) of the Exchange Act. {box}"]
    fact = read_cover(lines).get("EntityExTransitionPeriod")
    assert (fact.value if fact else None) == expected


def test_firm_id_is() -> None:
    facts = read_auditor(["Report of Independent Registered Public Accounting Firm (PCAOB Firm ID is 34)"])
    assert facts["AuditorFirmId"].value == "34"


@pytest.mark.parametrize(("text", "expected"), [
    ("Fiscal 2023 sales were $86 billion ... In fiscal 2023 we ... compared with fiscal 2022", 2023),  # Lowe's
    ("Fiscal 2025 net sales ... fiscal 2025 ... fiscal 2024 and fiscal 2025", 2025),  # TJX
    ("no naming at all", 2024),
])
def test_retail_fiscal_year_named_as_the_document_names_it(text: str, expected: int) -> None:
    from exporter.understand.cover import named_fiscal_year

    # a year ending February 2, 2024 (Lowe's) or February 1, 2025 (TJX): the arithmetic gives the ending year
    ending = 2025 if "2025" in text else 2024
    assert named_fiscal_year(ending, (2, 2), text) == expected
    assert named_fiscal_year(2023, (12, 31), "fiscal 2022 fiscal 2022") == 2023  # a calendar year: as is
