"""Share counts printed inside stock-line labels, each wording class as a small snippet."""

from decimal import Decimal

import pytest

from exporter.understand.label_counts import read_stock_label

D = Decimal
CASES = [
    # keyword, dash, value; 'none' is a zero in every column; word multipliers
    ("Preferred stock - $5 par value: Authorized - 5.0 million shares; Issued and outstanding - none",
     [2024, 2023], {"PreferredStockSharesAuthorized": ((D("5.0"), D("5.0")), 6),
                    "PreferredStockSharesIssued": ((D(0), D(0)), 0),
                    "PreferredStockSharesOutstanding": ((D(0), D(0)), 0)}),
    # two counts, 'respectively', multiplier on each
    ("Common stock - $0.50 par value: Authorized - 5.6 billion shares; Issued and outstanding - "
     "574 million and 601 million, respectively",
     [2024, 2023], {"CommonStockSharesAuthorized": ((D("5.6"), D("5.6")), 9),
                    "CommonStockSharesIssued": ((D(574), D(601)), 6),
                    "CommonStockSharesOutstanding": ((D(574), D(601)), 6)}),
    # counts dated by 'in YEAR', a year is not a count
    ("Preferred stock, $2 convertible series, par value $1 per share: Authorized 10 million shares; "
     "issued and outstanding 2,953 in 2023 and 2,991 in 2022, liquidation value of $50 per share",
     [2023, 2022], {"PreferredStockSharesAuthorized": ((D(10), D(10)), 6),
                    "PreferredStockSharesIssued": ((D(2953), D(2991)), None),
                    "PreferredStockSharesOutstanding": ((D(2953), D(2991)), None)}),
    # treasury line: the multiplier printed once after the pair
    ("Common stock in treasury, at cost; 937.9 and 929.3 million shares",
     [2023, 2022], {"TreasuryStockCommonShares": ((D("937.9"), D("929.3")), 6)}),
    # 'YEAR: count' prefixes, a count followed by its keyword is not the keyword before it
    ("Common shares, without par value Authorized — 2,400,000,000 shares Issued at stated capital "
     "amount — Shares: 2023: 1,987,181,491; 2022: 1,986,519,278",
     [2023, 2022], {"CommonStockSharesAuthorized": ((D(2400000000),) * 2, None),
                    "CommonStockSharesIssued": ((D(1987181491), D(1986519278)), None)}),
    # the keyword printed after the counts; 'for both periods'
    ("Common stock, $0.00001 par value, 5,000,000 shares authorized for both periods, 2,071,144 and "
     "2,107,953 shares issued and outstanding, respectively",
     [2024, 2023], {"CommonStockSharesAuthorized": ((D(5000000),) * 2, None),
                    "CommonStockSharesIssued": ((D(2071144), D(2107953)), None),
                    "CommonStockSharesOutstanding": ((D(2071144), D(2107953)), None)}),
    # dated counts in the older year first; treasury shares inside a 'net of' aside
    ("Common shares – no par value: Authorized – 300,000,000 shares; outstanding – 106,194,281 at "
     "April 30, 2024, and 104,398,618 at April 30, 2023 (net of 44,293,364 and 42,099,112 treasury "
     "shares, respectively), at stated value",
     [2024, 2023], {"CommonStockSharesAuthorized": ((D(300000000),) * 2, None),
                    "CommonStockSharesOutstanding": ((D(106194281), D(104398618)), None),
                    "TreasuryStockCommonShares": ((D(44293364), D(42099112)), None)}),
    # an undated count for the current column, a dated one for the prior
    ("Common stock, $0.16 2/3 par value, 1,200,000,000 shares authorized, 489,654,097 shares "
     "outstanding (496,296,854 on November 2, 2024)",
     [2025, 2024], {"CommonStockSharesAuthorized": ((D(1200000000),) * 2, None),
                    "CommonStockSharesOutstanding": ((D(489654097), D(496296854)), None)}),
    # 'YEAR - count' pairs in a parenthesis
    ("Treasury stock (shares held: 2025 - 1,667.3; 2024 - 1,652.2)",
     [2025, 2024], {"TreasuryStockCommonShares": ((D("1667.3"), D("1652.2")), None)}),
    # 'none' after a comma is its own group
    ("Preferred stock $.01 par value; authorized 32 million shares, none issued",
     [2024, 2023], {"PreferredStockSharesAuthorized": ((D(32), D(32)), 6),
                    "PreferredStockSharesIssued": ((D(0), D(0)), 0)}),
    # the 1990s wording: years in parentheses
    ("Common stock, $0.10 par - shares, Authorized 40,000; Issued and outstanding 18,232 (2003), "
     "and 14,901 (2002)",
     [2003, 2002], {"CommonStockSharesAuthorized": ((D(40000),) * 2, None),
                    "CommonStockSharesIssued": ((D(18232), D(14901)), None),
                    "CommonStockSharesOutstanding": ((D(18232), D(14901)), None)}),
    # one count for two dates
    ("Common stock ($1 par value, 14,000,000,000 authorized at June 30, 2023 and December 31, 2022: "
     "issued 7,620,748,598 at June 30, 2023 and December 31, 2022)",
     [2023, 2022], {"CommonStockSharesAuthorized": ((D(14000000000),) * 2, None),
                    "CommonStockSharesIssued": ((D(7620748598),) * 2, None)}),
    # 'Authorized shares: N Issued shares: N' - the keyword and 'shares' before a colon introduce
    ("Common stock—no par value Authorized shares: 3,200,000 Issued shares: 947,903 (2024) and 949,781 (2023)",
     [2024, 2023], {"CommonStockSharesAuthorized": ((D(3200000),) * 2, None),
                    "CommonStockSharesIssued": ((D(947903), D(949781)), None)}),
    # a keyword after a comma opens the next clause: it is not the count's own
    ("Common stock, $1 par value, authorized 1,600,000,000 shares, issued 560,641,640 shares at "
     "December 31, 2024 and 2023",
     [2024, 2023], {"CommonStockSharesAuthorized": ((D(1600000000),) * 2, None),
                    "CommonStockSharesIssued": ((D(560641640),) * 2, None)}),
    # a par value with no leading zero is money, a note reference is no count
    ("Preferred Stock, par value $.0001, (Note 5) 10,000,000 shares authorized; 1,000 shares issued "
     "and outstanding",
     [2024, 2023], {"PreferredStockSharesAuthorized": ((D(10000000),) * 2, None),
                    "PreferredStockSharesIssued": ((D(1000), None), None),
                    "PreferredStockSharesOutstanding": ((D(1000), None), None)}),
    ("Common stock, par value $.01, see Note 12; authorized 5,000 shares, issued 1,200 and 1,100 shares",
     [2024, 2023], {"CommonStockSharesAuthorized": ((D(5000),) * 2, None),
                    "CommonStockSharesIssued": ((D(1200), D(1100)), None)}),
    # each count broken down by class in an aside: the asides are the classes', the counts the company's
    ("Class A, Class B, and Class C stock and additional paid-in capital, $0.001 par value per share: "
     "300,000 shares authorized (Class A 180,000, Class B 60,000, Class C 60,000); 12,460 (Class A 5,899, "
     "Class B 870, Class C 5,691) and 12,211 (Class A 5,835, Class B 861, Class C 5,515) shares issued and "
     "outstanding",
     [2024, 2023], {"CommonStockSharesAuthorized": ((D(300000),) * 2, None),
                    "CommonStockSharesIssued": ((D(12460), D(12211)), None),
                    "CommonStockSharesOutstanding": ((D(12460), D(12211)), None)}),
    # several counts, then as many dates, 'respectively': the dates are the counts' in order
    ("Treasury stock, at cost (575,431,362 and 527,460,237 shares at June 30, 2023 and December 31, 2022, "
     "respectively)",
     [2023, 2022], {"TreasuryStockCommonShares": ((D(575431362), D(527460237)), None)}),
    ("Treasury stock, at cost, 8,702 and 8,568 common shares as of March 31, 2020 and December 31, 2019, "
     "respectively",
     [2020, 2019], {"TreasuryStockCommonShares": ((D(8702), D(8568)), None)}),
    ("Common stock, 900 shares authorized; 410 and 400 shares issued at December 31, 2019 and 2020, "
     "respectively",
     [2020, 2019], {"CommonStockSharesAuthorized": ((D(900),) * 2, None),
                    "CommonStockSharesIssued": ((D(400), D(410)), None)}),
    # one count for several keywords: the shares authorized are all issued and outstanding
    ("Series A non-voting convertible preferred stock, no par value; 150,000 shares authorized, issued and "
     "outstanding",
     [1997, 1996], {"PreferredStockSharesAuthorized": ((D(150000),) * 2, None),
                    "PreferredStockSharesIssued": ((D(150000), None), None),
                    "PreferredStockSharesOutstanding": ((D(150000), None), None)}),
    ("Common stock, $1 par value, 1,000 shares authorized and issued",
     [1997, 1996], {"CommonStockSharesAuthorized": ((D(1000),) * 2, None),
                    "CommonStockSharesIssued": ((D(1000), None), None)}),
]


@pytest.mark.parametrize(("label", "years", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_label_counts(label: str, years: list[int], want: dict) -> None:
    got = {p.concept: (p.values, p.power) for p in read_stock_label(label, 2, years, equal=False)}
    assert got == want


def test_lone_undated_count_holds_for_every_column_only_when_the_amounts_agree() -> None:
    label = "Common stock, $0.01 par value; authorized – 3.5 billion shares; issued – 1,660.6 million shares"
    same = {p.concept: p.values for p in read_stock_label(label, 2, [2024, 2023], equal=True)}
    differ = {p.concept: p.values for p in read_stock_label(label, 2, [2024, 2023], equal=False)}
    assert same["CommonStockSharesIssued"] == (D("1660.6"), D("1660.6"))
    assert differ["CommonStockSharesIssued"] == (D("1660.6"), None)
    assert differ["CommonStockSharesAuthorized"] == (D("3.5"), D("3.5"))  # authorized holds for both


def test_a_label_without_counts_states_nothing() -> None:
    assert read_stock_label("Capital in excess of par value of stock", 2, [2024, 2023]) == []
    assert read_stock_label("Series 4.00% cumulative preferred stock", 2, [2024, 2023]) == []


def test_a_keyword_right_before_the_next_count_introduces_it() -> None:
    """'20,000,000 shares Issued 8,763,812 and ...': 'Issued' belongs to the counts after it; two
    columns in one year (a 10-Q's October and January) are matched in order, not by year."""
    label = ("Common stock, $0.01 par; authorized 20,000,000 shares Issued 8,763,812 and 8,722,965; "
             "outstanding 7,405,604 and 7,364,757 at October 31, 2024 and January 31, 2024, respectively")
    got = {p.concept: p.values for p in read_stock_label(label, 2, [2024, 2024])}
    assert got == {"CommonStockSharesAuthorized": (D(20000000), D(20000000)),
                   "CommonStockSharesIssued": (D(8763812), D(8722965)),
                   "CommonStockSharesOutstanding": (D(7405604), D(7364757))}


def test_a_stock_line_named_by_its_classes_is_common_stock() -> None:
    """'Class A, Class B, and Class C stock and additional paid-in capital, $0.001 par value ...'
    names common stock by its classes: its par value and counts are read."""
    from exporter.understand.parentheticals import read_label

    label = ("Class A and Class B stock and additional paid-in capital, $0.001 par value per share: "
             "300,000 shares authorized (Class A 180,000, Class B 120,000); 12,460 (Class A 5,899, "
             "Class B 6,561) and 12,211 (Class A 5,835, Class B 6,376) shares issued and outstanding")
    got = {p.concept: p.values for p in read_label(label, 2, [2024, 2023])}
    assert got == {"CommonStockParOrStatedValuePerShare": (D("0.001"), D("0.001")),
                   "CommonStockSharesAuthorized": (D(300000), D(300000)),
                   "CommonStockSharesIssued": (D(12460), D(12211)),
                   "CommonStockSharesOutstanding": (D(12460), D(12211))}
    assert read_label("Class A units of the operating partnership", 2, [2024, 2023]) == []


@pytest.mark.parametrize(("label", "concept", "par"), [
    ("Preferred shares, one dollar par value Authorized — 1,000,000 shares, none issued",
     "PreferredStockParOrStatedValuePerShare", D(1)),
    ("Common stock, par value ten cents per share; authorized 50,000,000 shares", "CommonStockParOrStatedValuePerShare",
     D("0.10")),
    ("Common stock, par value of one cent; 400,000 shares issued", "CommonStockParOrStatedValuePerShare", D("0.01")),
])
def test_a_par_value_in_words_is_read(label: str, concept: str, par: Decimal) -> None:
    """'one dollar par value', 'par value ten cents per share': a par value written in words."""
    from exporter.understand.parentheticals import read_label

    got = {p.concept: p.values for p in read_label(label, 2, [2024, 2023])}
    assert got[concept] == (par, par)
