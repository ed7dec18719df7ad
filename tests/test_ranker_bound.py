"""The ranker scores in full only the candidates that can still come next (exporter.map.scoring._ranked):
its bound on what a line's place adds (features.possible) is never below what a candidate gets, and the
candidates come out in the same order, with the same scores and reasons, as when all are scored."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exporter.map import features, label_scan, mapping, ranker, scoring
from exporter.map.mapping import Candidate, LineQuery

_LABELS = ("Cash and cash equivalents", "Other income", "Other expense", "Interest expense", "Total current assets",
           "Net income (loss)", "Accounts payable and accrued expenses", "Treasury stock", "Deferred income taxes",
           "Provision for loan losses", "Other assets", "Revenues", "Total operating expenses", "Income taxes",
           "Depreciation and amortization", "Long-term debt, less current maturities", "Goodwill",
           "Net cash provided by operating activities", "Accumulated deficit", "Cost of goods sold")
_ZONES = ("current", "noncurrent", "unclassified", "assets", "liabilities", "equity", "operating", "nonoperating",
          "investing", "financing")
_CONCEPTS = ("AssetsCurrent", "Liabilities", "OperatingExpenses", "NetIncomeLoss", "Revenues",
             "NonoperatingIncomeExpense", "ProfitLoss", "StockholdersEquity")

lines = st.builds(
    LineQuery,
    statement=st.sampled_from(("bs", "is", "cf")),
    label=st.sampled_from(_LABELS),
    zone=st.frozensets(st.sampled_from(_ZONES), max_size=3),
    negative_shown=st.booleans(),
    is_total=st.booleans(),
    industry=st.frozensets(st.sampled_from(("bank", "insurance")), max_size=2),
    parts=st.frozensets(st.sampled_from(_CONCEPTS), max_size=3),
    siblings=st.frozensets(st.sampled_from(_CONCEPTS), max_size=3),
    opposite=st.booleans(),
    within=st.sampled_from(("", *_CONCEPTS)),
    nci=st.booleans(),
    adds=st.sampled_from((-1, 0, 1)),
    deducted=st.booleans(),
    left_out=st.frozensets(st.sampled_from(_CONCEPTS + ("CostOfGoodsAndServicesSold", "MinorityInterest")), max_size=2),
)


def _all_scored(line: LineQuery) -> list[tuple[str, dict[str, float]]]:
    tracer = mapping.start_trace()
    try:
        list(scoring._ranked(line))
    finally:
        mapping.stop_trace()
    return tracer.last


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_the_bound_covers_every_feature_of_the_lines_place(line: LineQuery) -> None:
    most = features.possible(line, label_scan.label_words(line.label))
    for concept, feats in _all_scored(line):
        for name in features.NAMES:
            if name in scoring._PRIOR or name in ("similarity", "vote", "memory", "name_only", "other_statement",
                                                  "label_filings", "label_share"):
                continue  # known exactly before the place is read
            assert feats.get(name, 0.0) <= most.get(name, 0.0), (concept, name, feats, most)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_pruned_ranking_is_the_full_ranking(line: LineQuery) -> None:
    pruned = scoring.candidates(line, limit=12)
    tracer = mapping.start_trace()
    try:
        full = scoring.candidates(line, limit=12)
    finally:
        mapping.stop_trace()
    assert len(tracer.last) >= len(full)
    assert pruned == full


def _pruned_and_full(line: LineQuery) -> tuple[list[Candidate], list[Candidate]]:
    """The line's best twelve candidates as ranked (pruned by the bound) and with every one scored (traced)."""
    pruned = scoring.candidates(line, limit=12)
    mapping.start_trace()
    try:
        full = scoring.candidates(line, limit=12)
    finally:
        mapping.stop_trace()
    return pruned, full


def test_weights_that_reward_the_place_more_keep_the_ranking_exact() -> None:
    """With other weights (as a cross-validation fold fits them) the bound follows them."""
    line = LineQuery("is", "Other income", zone=frozenset({"nonoperating"}), within="NonoperatingIncomeExpense",
                     parts=frozenset({"InvestmentIncomeInterest"}))
    try:
        ranker.use_params({"nonoperating_bonus": 0.9, "under_printed_total": 0.7, "other_unsaid": 0.5,
                            "net_one_sided": 0.4})
        pruned, full = _pruned_and_full(line)
    finally:
        ranker.use_params(None)
    assert pruned == full
    assert len(full) > 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_the_scan_keeps_what_scoring_every_entry_keeps(line: LineQuery) -> None:
    """The label scan scores only the entries that can reach the best of those with every word of
    the label less the floor gap (untraced); the candidates kept, with their similarity, entry and
    evidence, are those of scoring every entry (traced)."""
    key = label_scan.scan_key_of(line)
    if key is None:
        return
    scoring.forget_scans()
    pruned = scoring._cheap(line, key, mapping.index())
    mapping.start_trace()
    try:
        full = scoring._cheap(line, key, mapping.index())
    finally:
        mapping.stop_trace()
        scoring.forget_scans()
    assert pruned[1] == full[1]
    assert sorted(pruned[0], key=lambda item: item[1]) == sorted(full[0], key=lambda item: item[1])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_a_concept_summing_none_of_the_parts_gets_nothing_the_parts_say(line: LineQuery) -> None:
    """The ranker bounds a printed total's candidates that us-gaap sums none of its parts into
    without the parts' features (features.PARTS_SAY): they never get them."""
    idx = mapping.index()
    above = features.parts_above(line.parts, idx)
    for concept, feats in _all_scored(line):
        if scoring._whole(concept, line, idx) not in above:
            assert not any(feats.get(name) for name in features.PARTS_SAY), (concept, feats)


def test_a_printed_total_s_ranking_bounded_by_its_parts_is_the_full_ranking() -> None:
    """Totals whose parts us-gaap sums into some candidates and not others: the pruned ranking is
    the one scoring every candidate, also with weights rewarding the parts more."""
    totals = [LineQuery("is", "Total costs and expenses", is_total=True, zone=frozenset({"operating"}),
                        parts=frozenset({"CostOfGoodsAndServicesSold", "SellingGeneralAndAdministrativeExpense",
                                         "ResearchAndDevelopmentExpense"})),
              LineQuery("bs", "Total current assets", is_total=True, zone=frozenset({"current", "assets"}),
                        parts=frozenset({"CashAndCashEquivalentsAtCarryingValue", "InventoryNet",
                                         "AccountsReceivableNetCurrent"})),
              LineQuery("is", "Income before income taxes", is_total=True,
                        parts=frozenset({"OperatingIncomeLoss", "InterestExpense"}))]
    for params in (None, {"parts_bonus": 0.9, "parts_parent": 0.8}):
        try:
            ranker.use_params(params)
            for line in totals:
                pruned, full = _pruned_and_full(line)
                assert pruned == full
                assert len(full) > 1
        finally:
            ranker.use_params(None)
