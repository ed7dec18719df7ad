"""The ranker's named features of one (statement line, candidate concept) pair.

Each function takes the line and one candidate concept and returns named values; the ranker
scores a candidate as the sum of each feature times its weight in ``taxonomy_map/ranker.csv``
(the row of the same name, fitted by ``python bench/crossval.py --fit``). Features are pure
functions of (line, concept, index), so they can be cached.

| feature | value |
|---|---|
| similarity | IDF-weighted label similarity to the best issuer label or concept name |
| vote | share of the companies writing this very label that chose the concept |
| memory | share of the company's own earlier choices for this label that are the concept |
| usage_prior | log(1 + filings using the concept) |
| not_in_statement | 1: the FASB presentation does not put the concept in the line's statement |
| industry_concept | 1: a concept of an industry (bank, insurer, utility, broker) the statement does not read as |
| industry_own | 1: a concept of an industry the statement reads as (a bank's for a bank's line) |
| zone_anchor_bonus ... claim_not_equity | 1: where the calculation tree puts the concept vs the line's section |
| outside_cf_section | 1: a cash-flow line's concept is under another activity's net cash (any, below closing cash) |
| under_printed_total / not_under_printed_total | 1: us-gaap sums (or not) the concept into the printed total |
| parts_bonus | share of a printed total's parts that us-gaap sums into the concept |
| sums_siblings | 1: a line that is not a total takes the concept summing two or more siblings |
| current_mismatch, operating_below, balance_side | count of section/side disagreements |
| nonoperating_bonus | 1: a nonoperating concept for a line below operating income |
| net_one_sided, net_both_sides | 1: a one-sided label takes a net concept (the other side printed or not) |
| other_unsaid | 1: the concept's name says "other" (the rest of a kind) or a condition ("covered") the line does not |
| negative_debit_claim | 1: a claim line shown negative takes a debit concept |
| other_side | 1: a balance-sheet line of one side takes a concept us-gaap sums only into the other side's total |
| name_only | 1: the best evidence is the concept's name, no issuer's label |
| other_statement | 1: the best evidence is a label from another statement |
| label_filings | log(1 + filings giving the concept exactly this label, any statement) |
| label_share | share of the filings giving exactly this label (any concept) that gave it this concept |
| statement_usage | log(1 + filings using the concept in the line's statement) |
| nci_total_nci_shown, nci_total_no_nci | 1: a total including NCI (ProfitLoss); the results show NCI or not |
| against_total_balance | 1: an IS (or one-way CF) line adding into its printed total takes the other balance |
| diluted_unsaid | 1: a per-share or share-count line that says nothing of dilution takes a diluted concept |
| parts_beside | 1: a printed total's part is a concept us-gaap places beside this one (same parent), not under it |
| parts_parent | 1: the nearest concept us-gaap adds most of a printed total's parts into (none subtracted on the way) |
| sums_left_out | 1: a printed total's concept sums a line the statement prints outside that total |
| part_deducted_above | 1: us-gaap deducts one of a printed total's parts on the way above the concept |
| gross_undeducted | 1: a balance-sheet line no printed deduction follows takes an amount before deductions |
| noncurrent_named | 1: a classified balance sheet's noncurrent line takes a concept named noncurrent or long-term |
| other_alone | 1: an "other" concept for the one part of its printed total that is not a subtotal |
| not_a_change | 1: a line under "Changes in operating assets and liabilities:" takes a concept not named a change |
| change_below_cash | 1: a line below the closing cash (a supplemental disclosure) takes a concept named a change |
| one_sided_both_said | 1: a label naming both sides ("Other income (expense)") takes a one-sided concept |
| flow_opposed | 1: a label naming one way ("Proceeds from") or who owes ("receivable") takes a concept of the other |
| flow_counterpart | 1: a purchase line takes a concept naming what its statement's sale or maturity lines took |
| joined_one_named | 1: a label joining two things ("Restructuring and other charges") takes a concept joining none |
| term_unnamed | 1: a label saying one side ("Other long-term liabilities") takes a concept not naming it |
| comprehensive_unnamed | 1: a label saying comprehensive ("Comprehensive income") takes no such concept |
| cash_unnamed | 1: a cash-flow line saying a net cash amount ("Net cash from ...") takes a concept not naming cash |
| claim_debit | 1: a liability line (not shown negative, no deduction) takes a debit concept |
| expense_total_credit | 1: an income-statement total opening with expense words ("Total expense and") is a credit |
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache, partial
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import taxonomy_map
from exporter.check.signs import either_way
from exporter.kinds import StatementKind

if TYPE_CHECKING:
    from exporter.map.mapping import Index, LineQuery

Features = dict[str, float]
_T = TypeVar("_T")

# the features a candidate can have, in the order the table lists them
NAMES = (
    "similarity", "vote", "memory", "usage_prior", "not_in_statement", "industry_concept", "industry_own",
    "zone_anchor_bonus", "section_total_not_total", "outside_equity", "outside_bs_section",
    "outside_is_section", "outside_cf_section", "claim_not_equity", "sums_siblings", "parts_bonus",
    "under_printed_total", "not_under_printed_total", "current_mismatch", "operating_below", "nonoperating_bonus",
    "balance_side", "net_one_sided", "net_both_sides", "negative_debit_claim",
    "name_only", "other_statement", "label_filings", "nci_total_nci_shown", "nci_total_no_nci", "other_unsaid",
    "label_share", "statement_usage", "against_total_balance", "diluted_unsaid", "other_alone",
    "parts_beside", "noncurrent_named", "not_a_change", "one_sided_both_said", "flow_opposed",
    "joined_one_named", "term_unnamed", "comprehensive_unnamed", "parts_parent", "other_side",
    "sums_left_out", "gross_undeducted", "part_deducted_above", "change_below_cash", "flow_counterpart",
    "expense_total_credit", "cash_unnamed", "claim_debit",
)

# taxonomy_map/structure.csv: the words and concept names the features read a statement's structure by
_S = taxonomy_map.structure()
_ZONE_ANCHORS = _S["zone_anchor"]  # section -> the totals us-gaap sums its lines into
_CF_KEYS = ("operating activities", "investing activities", "financing activities")
_CF_ANCHORS = frozenset(a for k in _CF_KEYS for a in _ZONE_ANCHORS[k])  # the activities' net cash totals
_IS_KEYS = ("operating", "nonoperating", taxonomy_map.reader_words()["zone"]["comprehensive"])
_BS_TOTALS = frozenset(a for k, v in _ZONE_ANCHORS.items() if k not in (*_IS_KEYS, *_CF_KEYS) for a in v)
_LOOKS_TOTAL = re.compile(_S["label_start"]["looks_total"][0], re.I)
_TOTAL_WORD = re.compile(_S["label_start"]["total"][0], re.I)
_DEDUCTION_WORD = re.compile(_S["label_start"]["deduction"][0], re.I)  # "Less unamortized discount"
_CASH_AMOUNT = re.compile(_S["label_start"]["cash_amount"][0], re.I)  # "Net cash from continuing operations"
_CASH_NAMED = _S["name_part"]["cash_named"][0]  # ... is a concept naming Cash
_EXPENSE_TOTAL = re.compile(_S["label_start"]["expense_total"][0], re.I)  # "Total expense and other (income)"
_INCOME_WORDS = frozenset(_S["side_word"]["income"])
_EXPENSE_WORDS = frozenset(_S["side_word"]["expense"])
_OTHER = _S["word"]["other"][0]
_OTHER_TERM = _S["name_part"]["other_term"][0]  # Other as a word of a term, not the rest of a kind
_UNSAID = frozenset(_S["word"]["unsaid"])  # concept-name words of a narrowing condition ("covered")
_DILUTED = _S["word"]["diluted"]  # the concept-name word first, then the label words that say dilution
PER_SHARE_UNITS = frozenset({"perShare", "shares"})
_TOTAL = {key: values[0] for key, values in _S["total_concept"].items()}
_PART = {key: values[0] for key, values in _S["name_part"].items() if len(values) == 1}
_BEFORE_DEDUCTION = re.compile(_S["name_part"]["before_deduction"][0])  # PropertyPlantAndEquipmentGross
_NONCURRENT_NAMED = _S["name_part"]["noncurrent_named"]  # Noncurrent, LongTerm
_NONCURRENT_BY_NATURE = _S["name_part"]["noncurrent_by_nature"]  # DeferredIncomeTax: noncurrent, not named so
_CURRENT_NAMED = _S["name_part"]["current_named"]  # Current, ShortTerm
_COMPREHENSIVE_SAID = frozenset(_S["word"]["comprehensive_said"])  # a label's word for a comprehensive result
_COMPREHENSIVE_PART = _S["name_part"]["comprehensive"][0]  # ... and a concept name's
_BOTH_RESULTS = re.compile(_S["label_join"]["both_results"][0], re.I)  # "Net loss and comprehensive loss"
_NONCURRENT_SAID, _CURRENT_SAID = frozenset(_S["word"]["noncurrent_said"]), frozenset(_S["word"]["current_said"])
_NET_INCOME_PARTS, _NET_EXPENSE_PARTS = _S["name_part"]["net_income"], _S["name_part"]["net_expense"]
_OPPOSITE = {side: frozenset(others) for side, others in _S["opposite_side"].items()}  # label word -> the other side's
_CHANGE_PARTS = _S["name_part"]["change"]  # a concept name part saying the change in a balance
_FLOW_IN, _FLOW_OUT = frozenset(_S["flow_side"]["inflow"]), frozenset(_S["flow_side"]["outflow"])  # label words
_FLOW_OWED = frozenset(_S["flow_side"]["receivable"])  # label words after which a payment comes in
_FLOW_PARTS = {"in": _S["flow_part"]["inflow"], "out": _S["flow_part"]["outflow"]}  # concept name parts
# what a cash-flow concept buys or sells, read for the lines of one way (the purchases)
((_COUNTERPART_WAY, (_FLOW_OBJECT_RE,)),) = _S["flow_object"].items()
_FLOW_OBJECT = re.compile(_FLOW_OBJECT_RE)
_COUNTERPART_WAY = {"inflow": "in", "outflow": "out"}[_COUNTERPART_WAY]
# who owes the amount: a label's word for each side, and the concept name parts naming it
_OWED_WORDS = {side: frozenset(words) for side, words in _S["owed_word"].items()}
_OWED_PARTS = {side: re.compile("|".join(parts)) for side, parts in _S["owed_part"].items()}
_HEAD_END = re.compile(_S["label_join"]["head_end"][0])  # where a label's name of its item ends
_JOINS = re.compile(_S["label_join"]["joins"][0], re.I)  # two things joined in a label's name
_ONE_ITEM = re.compile(_S["label_join"]["one_item"][0], re.I)  # ... that us-gaap names as one item
_JOINS_NAME = re.compile(_S["name_part"]["joins"][0] + "(?=[A-Z0-9])")  # ... and in a concept's name
_DIRECT = frozenset(_S["direct_method"]["operating activities"])  # the direct method's gross payments and receipts
# the zone of the lines under a heading of the changes in working capital (taxonomy_map/reader_words.csv)
_CHANGES = taxonomy_map.reader_words()["zone"]["changes"]
_SUPPLEMENTAL = "supplemental"  # the zone of a cash-flow line below the closing cash (understand.facts)
# the zone of a combined statement's other comprehensive income (also a key of structure.csv zone_anchor)
_OCI = taxonomy_map.reader_words()["zone"]["comprehensive"]
# the zone of a balance-sheet line whose side the printed total assets bears out (reader_words.csv)
_SIDED = taxonomy_map.reader_words()["zone"]["sided"]


def _other_anchors(key: str) -> frozenset[str]:
    """The anchors of the sections a line in section ``key`` is outside of: those of the other
    sections of its kind (the activities for a cash-flow section, else the others), less the
    section's own. A current section's lines sum into the side's total only through the current
    total, so a concept us-gaap sums straight into total assets or total liabilities (Investments,
    DeferredRevenue: the side's own lines, noncurrent or unclassified) is outside it, as it is
    outside a current-liabilities section already."""
    cf = key in _CF_KEYS
    others = {a for k, v in _ZONE_ANCHORS.items() if k != key and (k in _CF_KEYS) == cf for a in v}
    return frozenset(others - set(_ZONE_ANCHORS[key]))


# each section's anchors, and the other sections' (:func:`_other_anchors`), as sets made once
_ANCHOR_SETS = {key: frozenset(anchors) for key, anchors in _ZONE_ANCHORS.items()}
_OTHER_ANCHORS = {key: _other_anchors(key) for key in _ZONE_ANCHORS}


def family(concept: str, line: LineQuery, idx: Index) -> tuple[Features, str]:
    """Does the us-gaap calculation tree put ``concept`` where the line stands?"""
    anc = idx.ancestors.get(concept, frozenset())
    if line.is_total or line.alone:
        # a total may be the section's own concept ("Total current assets"), and so may the one line
        # that makes up its section ("Other income (expense), net" alone between operating income and
        # income before taxes)
        anc = anc | {concept}
    zone_keys = []
    z = line.zone
    if line.statement == StatementKind.BS:
        side = "assets" if "assets" in z else "liabilities" if "liabilities" in z else ""
        if "equity" in z:
            zone_keys.append("equity")
        elif side and "current" in z:
            zone_keys.append(f"current {side}")
        elif side and "noncurrent" in z:
            zone_keys.append(f"noncurrent {side}")
        elif side and "unclassified" in z:
            zone_keys.append(side)  # no current section: the side's total is the anchor
    elif line.statement == StatementKind.IS:
        if _OCI in z:
            zone_keys.append(_OCI)  # an item of other comprehensive income, not of net income
        elif "nonoperating" in z:
            zone_keys.append("nonoperating")
        elif "operating" in z:
            zone_keys.append("operating")
    elif line.statement == StatementKind.CF and line.period_type != "instant":
        zone_keys += [f"{a} activities" for a in ("operating", "investing", "financing") if a in z]
    looks_total = line.is_total or bool(_TOTAL_WORD.match(line.label))
    if line.statement == StatementKind.BS and not looks_total and concept in _BS_TOTALS:
        return {"section_total_not_total": 1.0}, ""  # a section's total concept for a line that is not a total
    if line.statement == StatementKind.CF and _SUPPLEMENTAL in z and not line.is_total \
            and ((_above_indirect(concept, idx) | {concept}) & _CF_ANCHORS
                 or any(p in concept for p in _CHANGE_PARTS)):
        # a supplemental disclosure taking an activity's line, or the change in a balance over the
        # period, which only the operating activities print ("Income taxes, net" under "Cash paid
        # during the year for:" is the tax paid, not IncreaseDecreaseInIncomeTaxes)
        return {"outside_cf_section": 1.0}, ""
    for key in zone_keys:
        anchors = _ZONE_ANCHORS[key]
        if not _ANCHOR_SETS[key].isdisjoint(anc):
            return {"zone_anchor_bonus": 1.0}, f"sits under {anchors[0]} as the line does"
        others = _OTHER_ANCHORS[key]
        if (concept in others or not others.isdisjoint(anc)) and not line.is_total:
            name = ("outside_equity" if key == "equity" else "outside_bs_section" if line.statement == StatementKind.BS
                    else "outside_cf_section" if key in _CF_KEYS else "outside_is_section")
            return {name: 1.0}, ""
        if key == "equity" and _TOTAL["claims"] in anc and not line.is_total:
            return {"claim_not_equity": 1.0}, ""  # a claim outside equity (temporary equity, liabilities)
    return {}, ""


def side_total(side: str) -> str:
    """The total of a balance sheet's side: ``assets`` or ``claims`` (liabilities and equity)."""
    return _TOTAL[side]


def other_side(concept: str, line: LineQuery, idx: Index) -> Features:
    """Does us-gaap's calculation tree sum ``concept`` into the other side of the balance sheet only
    (into liabilities and equity, not into total assets, for a line printed among the assets; the
    converse for a line among the liabilities or the equity)? "Deferred income taxes" among the
    current assets is rather no DeferredIncomeTaxLiabilitiesNet stored negative, whatever most
    companies writing the label chose. Only for a line whose side the printed "Total assets" bears
    out (zone ``sided``); a line shown negative may be deducted from its side: nothing."""
    z = line.zone
    if line.statement != StatementKind.BS or line.negative_shown or _SIDED not in z:
        return {}
    if "assets" in z:
        mine, other = _TOTAL["assets"], _TOTAL["claims"]
    elif "liabilities" in z or "equity" in z:
        mine, other = _TOTAL["claims"], _TOTAL["assets"]
    else:
        return {}
    anc = idx.ancestors.get(concept, frozenset())
    return {"other_side": 1.0} if other in anc and mine not in anc else {}


def _above_indirect(concept: str, idx: Index) -> frozenset[str]:
    """The concepts us-gaap's calculation tree sums ``concept`` into (``idx.parents``), short of the
    direct method's gross payments and receipts (:data:`_DIRECT`): the interest and income taxes paid
    that a supplemental disclosure prints sit under those, and so under operating activities' net
    cash, only in a direct-method statement."""
    parents = idx.parents
    seen: set[str] = set()
    stack = [p for p in parents.get(concept, ()) if p not in _DIRECT]
    while stack:
        p = stack.pop()
        if p not in seen:
            seen.add(p)
            stack.extend(q for q in parents.get(p, ()) if q not in _DIRECT)
    return frozenset(seen)


def arithmetic(concept: str, line: LineQuery, idx: Index) -> tuple[Features, list[str]]:
    """What the printed totals say: the total the line adds up to, the parts a total sums."""
    out: Features = {}
    why: list[str] = []
    if line.within and line.statement != StatementKind.BS and line.within in idx.concepts and line.within != concept:
        if line.within in idx.ancestors.get(concept, frozenset()):
            out["under_printed_total"] = 1.0
            why.append(f"us-gaap sums it into {line.within}, the printed total it adds up to")
        elif idx.parents.get(concept):
            out["not_under_printed_total"] = 1.0
    if line.parts:
        under = sum(1 for p in line.parts if concept in idx.ancestors.get(p, frozenset()))
        if under:
            out["parts_bonus"] = under / len(line.parts)
            why.append(f"us-gaap sums {under} of its {len(line.parts)} printed parts into it")
        # a part us-gaap sums into the concept's parent beside it (the part, or its parent, is the
        # concept's sibling): the total is that parent ("Total operating expenses" printed with cost of
        # sales among its parts is CostsAndExpenses); a total with a part above the concept is a
        # remainder, whose other parts are deducted, not summed
        if not line.parts & idx.ancestors.get(concept, frozenset()) and any(
                p != concept and concept not in idx.ancestors.get(p, frozenset()) and _sibling(p, concept, idx)
                for p in line.parts):
            out["parts_beside"] = 1.0
        if concept in _nearest_sum(line.parts, idx):
            out["parts_parent"] = 1.0
            why.append("the nearest concept us-gaap sums its printed parts into")
        if _sums_left_out(concept, line, idx):
            out["sums_left_out"] = 1.0
    # a line that is not a total should not take the concept that sums the lines around it (money
    # lines only: the printed arithmetic is not read for per-share amounts and share counts, so a
    # basic EPS printed after its continuing and discontinued parts is never known as their total)
    # on an income statement, lines around it of the other balance are deducted on the way, not
    # summed ("Interest revenue" above a finance company's expenses is no Revenues net of its
    # provision for credit losses); a cash flow's net concept sums both directions. A label naming
    # the two things the concept's name joins ("Accounts payable and accrued liabilities") says it is
    # that sum, whatever else us-gaap sums into it that the statement prints apart (dividends payable)
    balance = idx.concepts[concept].balance if line.statement == StatementKind.IS else None
    if (not line.is_total and line.siblings and not _LOOKS_TOTAL.match(line.label)
            and line.unit_kind not in PER_SHARE_UNITS and not (_joins_two(line) and _name_says(concept)[3])
            and sum(1 for s in line.siblings if concept in idx.ancestors.get(s, frozenset())
                    and _same_balance(balance, idx.concepts[s].balance)) >= 2):
        out["sums_siblings"] = 1.0
    return out, why


PARTS_SAY = ("parts_bonus", "parts_parent")
"""The features of :func:`arithmetic` a concept gets only when us-gaap sums one of a printed total's
parts into it (:func:`parts_above`): the share of the parts under it, the nearest concept summing
them (:func:`_nearest_sum`, found by walking up from the parts)."""


def parts_above(parts: frozenset[str], idx: Index) -> frozenset[str]:
    """The concepts us-gaap's calculation tree sums any of ``parts`` into: a concept outside them
    gets none of :data:`PARTS_SAY` (the ranker bounds its candidates' places by it)."""
    return frozenset().union(*(idx.ancestors.get(p, frozenset()) for p in parts))


def _sums_left_out(concept: str, line: LineQuery, idx: Index) -> bool:
    """Does us-gaap sum into ``concept`` a line the statement prints outside this printed total
    (``line.left_out``), one that is none of its parts nor under one? "Total operating expenses"
    printed below the gross profit is no CostsAndExpenses, which sums the cost of sales left out. A
    statement's grand totals and a cash-flow activity's net cash (:func:`_grand_totals`) are not
    asked: their parts as read may be a few subtotals, the lines printed above them no less theirs."""
    if not line.left_out or concept in _grand_totals(idx):
        return False
    parts = line.parts
    for s in line.left_out:
        anc = idx.ancestors.get(s, frozenset())
        if concept in anc and s != concept and s not in parts and parts.isdisjoint(anc):
            return True
    return False


def deducted_above(concept: str, line: LineQuery, idx: Index) -> Features:
    """``part_deducted_above`` when :func:`_deducted_above` says so of the concept itself (not of the
    whole it stands for when no noncontrolling interest is shown: NetIncomeLoss after a deducted
    minority interest is the amount after it, where ProfitLoss would be before)."""
    return {"part_deducted_above": 1.0} if line.parts and _deducted_above(concept, line.parts, idx) else {}


def _deducted_above(concept: str, parts: frozenset[str], idx: Index) -> bool:
    """Does us-gaap deduct one of a printed total's ``parts`` into a total it sums ``concept`` into
    (the minority interests' share, NetIncomeLossAttributableToNoncontrollingInterest, is subtracted
    from ProfitLoss in NetIncomeLoss, above IncomeLossFromContinuingOperationsIncludingPortion...;
    the income taxes above the income before them)? Then ``concept`` is an amount before that part
    is deducted, and a printed total from which it is deducted is the amount after it: "Income
    before cumulative effect of change in accounting principle" printed below "Minority interest"
    is the parent's IncomeLossFromContinuingOperations."""
    weights = arc_weights()
    above = idx.ancestors.get(concept, frozenset())
    for p in parts:
        if p == concept or concept in idx.ancestors.get(p, frozenset()):
            continue
        for whole in idx.parents.get(p, frozenset()):
            if whole != concept and whole in above and -1 in weights.get((whole, p), frozenset()):
                return True
    return False


def _kept_on(idx: Index, name: str, work_out: Callable[[Index], _T]) -> _T:
    """What ``work_out`` gives for ``idx``, worked out once and kept on the index it is worked out
    from under ``name`` (a new index, one per fold of a cross-validation, starts its own)."""
    kept = vars(idx)
    if name not in kept:
        kept[name] = work_out(idx)
    value: _T = kept[name]
    return value


def _grand_totals(idx: Index) -> frozenset[str]:
    """The activities' net cash, the totals us-gaap sums them into (the net change in cash), and the
    balance sheet's sides (total assets; total liabilities and equity)."""
    return _kept_on(idx, "_grand_totals", _grand_totals_of)


def _grand_totals_of(idx: Index) -> frozenset[str]:
    above = frozenset().union(*(idx.ancestors.get(a, frozenset()) for a in _CF_ANCHORS))
    return _CF_ANCHORS | above | frozenset(_TOTAL.values())


given_weights: dict[tuple[str, str], frozenset[int]] | None = None
""":func:`arc_weights` as the prebuilt index ships it (exporter.map.prebuilt): a new process then
makes no record of the four thousand arcs."""


@cache
def arc_weights() -> dict[tuple[str, str], frozenset[int]]:
    """(parent, child) -> the weights the us-gaap calculation linkbases give the arc."""
    if given_weights is not None:
        return given_weights
    out: dict[tuple[str, str], set[int]] = {}
    for arc in taxonomy_map.calc_arcs():
        out.setdefault((arc.parent, arc.child), set()).add(arc.weight)
    return {k: frozenset(v) for k, v in out.items()}


# the distinct sets of parts whose nearest total one index keeps, the least recently asked forgotten first:
# the printed totals of a batch of filings are asked again as each line's candidates are scored and as each
# statement is read again, while a long batch (every export of a server's life) does not grow it without end
NEAREST_SUMS_KEPT = 4096


def _nearest_sum(parts: frozenset[str], idx: Index) -> frozenset[str]:
    """The concepts us-gaap's calculation tree adds most of ``parts`` into (every arc of the way
    added: none subtracted), more than half of them: of those the nearest (fewest arcs from the
    parts) and the totals above it. "Total expenses" over cost of products sold, selling and
    administrative, and research is CostsAndExpenses (cost of revenue beside operating expenses),
    not the operating income or income before taxes that subtract them. Worked out once per
    distinct ``parts`` of each index (:func:`_kept_on`), up to :data:`NEAREST_SUMS_KEPT` of them."""
    nearest = _kept_on(idx, "_nearest_sums",
                       lambda i: lru_cache(maxsize=NEAREST_SUMS_KEPT)(partial(_nearest_sum_of, idx=i)))
    return nearest(parts)


def _nearest_sum_of(parts: frozenset[str], idx: Index) -> frozenset[str]:
    """:func:`_nearest_sum`, worked out: the totals each part adds into (every arc of the way added,
    none subtracted) with the length of the shortest such path, then those summing the most parts,
    the nearest of them and the totals above it."""
    weights = arc_weights()
    reach: dict[str, list[int]] = {}  # total -> each part's distance
    for part in sorted(parts):
        seen = {part}
        level = [part]
        dist = 0
        while level:
            dist += 1
            nxt = []
            for child in level:
                for parent in sorted(idx.parents.get(child, ())):
                    if parent in seen or 1 not in weights.get((parent, child), frozenset({1})):
                        continue
                    seen.add(parent)
                    reach.setdefault(parent, []).append(dist)
                    nxt.append(parent)
            level = nxt
    most = max((len(d) for d in reach.values()), default=0)
    if most < 2 or 2 * most <= len(parts):
        return frozenset()
    near = {concept: sum(d) for concept, d in reach.items() if len(d) == most}
    nearest = min(near.values())
    won = [a for a, d in near.items() if d == nearest]
    # with the nearest, the totals us-gaap sums it into that sum as many parts (income before taxes
    # with the equity-method income beside it; the net cash of all operations over continuing ones)
    above = frozenset().union(*(idx.ancestors.get(a, frozenset()) for a in won))
    return frozenset(a for a in near if a in won or a in above)


def _sibling(part: str, concept: str, idx: Index) -> bool:
    """Does us-gaap add ``part``, or its own parent, into a parent of ``concept`` as it adds the
    concept (ProfitLoss and the noncontrolling interests' share are not: NetIncomeLoss subtracts one)?"""
    weights = arc_weights()
    for whole in idx.parents.get(concept, frozenset()):
        mine = weights.get((whole, concept), frozenset())
        for p in (part, *idx.parents.get(part, frozenset())):
            if weights.get((whole, p), frozenset()) & mine:
                return True
    return False


def against_total(c: taxonomy_map.Concept, line: LineQuery, idx: Index) -> Features:
    """An income-statement line that adds into its printed total shares the total's balance, one
    that is subtracted has the other: "Service fees" adding into "Total non-interest income" is
    income (credit), not a fee expense stored negated. So does a cash-flow line taking a concept of
    one direction ("Sale of common stock" adding into the financing activities' net cash is
    proceeds, not a repurchase payment stored negated); a concept that goes either way
    (IncreaseDecrease..., ProceedsFromRepayments...) takes any printed sign."""
    total = idx.concepts.get(line.within)
    if not line.adds or total is None or not total.balance or not c.balance:
        return {}
    if line.statement != StatementKind.IS and (line.statement != StatementKind.CF or either_way(c.name)):
        return {}
    if _OCI in line.zone:
        return {}  # an item of other comprehensive income is a gain one year, a loss the next, in one concept
    want = total.balance if line.adds > 0 else {"debit": "credit", "credit": "debit"}[total.balance]
    return {"against_total_balance": 1.0} if c.balance != want else {}


def context(concept: str, c: taxonomy_map.Concept, line: LineQuery) -> tuple[Features, list[str]]:
    """Where the line stands against what the concept's name and balance say."""
    out: Features = {}
    why: list[str] = []
    z = line.zone

    def add(name: str) -> None:
        out[name] = out.get(name, 0.0) + 1.0

    noncurrent, current, both = _PART["noncurrent"], _PART["current"], _PART["current_and_noncurrent"]
    nonoperating, operating = _PART["nonoperating"], _PART["operating"]
    if "current" in z and _names_noncurrent_only(concept):
        add("current_mismatch")  # "Investments" in current assets: not LongTermInvestments
    if "noncurrent" in z and any(p in concept for p in _CURRENT_NAMED) and not _names_noncurrent_only(concept):
        add("current_mismatch")  # "Notes payable" after total current liabilities: not ShortTermBankLoans...
    if "unclassified" in z and (noncurrent in concept or current in concept) and both not in concept:
        add("current_mismatch")  # a balance sheet with no current section says nothing is (non)current
    if z & {"current", "noncurrent"} and not line.is_total and _whole_of_both_sides(concept):
        add("current_mismatch")  # "Restricted cash" after total current assets: RestrictedCashNoncurrent
    if "noncurrent" in z and any(p in concept for p in _NONCURRENT_NAMED) and both not in concept \
            and not line.is_total:
        add("noncurrent_named")  # "Other assets" after total current assets: OtherAssetsNoncurrent
    if "nonoperating" in z and operating in concept and nonoperating not in concept and not line.is_total:
        add("operating_below")
    if "nonoperating" in z and nonoperating in concept and not line.is_total:
        add("nonoperating_bonus")
        why.append("a nonoperating concept for a line below operating income")
    if "operating" in z and nonoperating in concept:
        add("operating_below")
    if _CHANGES in z and not line.is_total and not any(p in concept for p in _CHANGE_PARTS):
        add("not_a_change")  # "Deferred tax assets" under "Changes in operating assets and liabilities:"
    if _SUPPLEMENTAL in z and not line.is_total and any(p in concept for p in _CHANGE_PARTS):
        add("change_below_cash")  # "Income taxes, net" under "Cash paid during the year for:"
    if line.statement == StatementKind.BS and not line.deducted and not line.negative_shown \
            and _before_deduction(concept):
        add("gross_undeducted")  # "Property, plant and equipment" printed alone is the net amount
    if line.statement == StatementKind.BS and c.balance:
        if "assets" in z and c.balance == "credit" and not line.negative_shown:
            add("balance_side")
        if ("liabilities" in z or "equity" in z) and c.balance == "debit" and not line.negative_shown:
            add("balance_side")
            if "liabilities" in z and "equity" not in z and not _DEDUCTION_WORD.match(line.label):
                add("claim_debit")  # "Loan from Shareholder" among the current liabilities is no NotesReceivableNet
    return out, why


class LineSays(NamedTuple):
    """What a line's label and place say of its direction, the same for every concept asked
    (:func:`line_says`, once per line; :func:`direction` reads it for each candidate)."""

    one_side: bool  # the label says income or expense, not both, and is no total
    both_said: bool  # it names both sides of a pair (_both_said)
    way: str  # the way its money goes (_one_way)
    owed: str  # who owes the amount (_owed_side)
    joins: bool  # it names two things joined (_joins_two)
    side: str  # the balance-sheet side it says (_side_said)
    comprehensive: bool  # it says a comprehensive result (_says_comprehensive)
    words: frozenset[str]  # its words and its lower-case label's
    diluted: bool  # it says dilution
    negative_claim: bool  # a negative amount shown in a balance sheet's liabilities or equity
    expense_total: bool  # an income-statement total whose label opens with expense words (_expense_total)
    cash_amount: bool  # a cash-flow line saying a net cash amount (_says_cash_amount)


def line_says(base: frozenset[str], line: LineQuery) -> LineSays:
    """:class:`LineSays` of ``line``, whose label's words are ``base``."""
    one_side = bool(base & _INCOME_WORDS) != bool(base & _EXPENSE_WORDS) and not line.is_total \
        and not _LOOKS_TOTAL.match(line.label)
    claims = "equity" in line.zone or "liabilities" in line.zone
    return LineSays(one_side, _both_said(base), _one_way(base, line), _owed_side(base), _joins_two(line),
                    _side_said(base, line), _says_comprehensive(base, line.label),
                    base | _words(line.label.lower()), bool(base & frozenset(_DILUTED)),
                    line.statement == StatementKind.BS and line.negative_shown and claims,
                    _expense_total(line), _says_cash_amount(line))


def direction(concept: str, base: frozenset[str], line: LineQuery, idx: Index,
              says: LineSays | None = None) -> Features:
    """Sign-sensitive pairs: a one-sided label prefers a one-sided concept, a total a total
    (``says``: :func:`line_says` of the line, when the caller has it)."""
    if says is None:
        says = line_says(base, line)
    out: Features = {}
    income_part, expense_part, flow_parts, joins_name = _name_says(concept)
    if income_part and expense_part and says.one_side:
        # "Net loss" is a net result, not one side ("Other income")
        out["net_both_sides" if line.opposite else "net_one_sided"] = 1.0
    if income_part != expense_part and says.both_said:
        out["one_sided_both_said"] = 1.0  # "Proceeds from (repayments of) notes payable" is not the repayments
    way = says.way
    if way and ("out" if way == "in" else "in") in flow_parts and way not in flow_parts:
        out["flow_opposed"] = 1.0  # "Proceeds from convertible promissory note" is not the repayments
    if says.owed and _owed_opposed(says.owed, concept):
        out["flow_opposed"] = 1.0  # "Note receivable from officer" is not RepaymentsOfNotesPayable
    if way == _COUNTERPART_WAY and line.siblings and _counterpart_taken(concept, way, line.siblings):
        out["flow_counterpart"] = 1.0  # bought under the name the sales and maturities took
    if says.joins and not joins_name:
        out["joined_one_named"] = 1.0  # "Restructuring and impairment charges" is not RestructuringCharges
    if says.side and not _names_side(concept, says.side):
        out["term_unnamed"] = 1.0  # "Other noncurrent liabilities" is not IncreaseDecreaseInOtherOperatingLiabilities
    if says.comprehensive and _COMPREHENSIVE_PART not in concept:
        out["comprehensive_unnamed"] = 1.0  # "Comprehensive loss attributable to ..." is no net income concept
    if says.cash_amount and _CASH_NAMED not in concept:
        out["cash_unnamed"] = 1.0  # "Net cash from continuing operations" is no income from continuing operations
    c = idx.concepts[concept]
    words = _words(c.words)
    says_other = _OTHER in words and _names_other(concept)
    if says_other and _OTHER not in base:
        out["other_unsaid"] = 1.0  # "Other restructuring costs" is the rest of a kind, not the kind
    elif words & _UNSAID and not words & _UNSAID & says.words:
        out["other_unsaid"] = 1.0  # "Gross loans receivable" is not only the loans a loss-sharing covers
    if says_other and line.alone:
        out["other_alone"] = 1.0  # the rest of a kind with nothing printed beside it: the line is the kind
    if line.unit_kind in PER_SHARE_UNITS and _DILUTED[0] in words and not says.diluted:
        out["diluted_unsaid"] = 1.0  # "Income/(loss)" beside "Income/(loss) assuming full dilution" is basic
    if says.negative_claim and c.balance == "debit":
        out["negative_debit_claim"] = 1.0
    if says.expense_total and c.balance == "credit":
        out["expense_total_credit"] = 1.0  # "Total expense and other (income)" is no NonoperatingIncomeExpense
    return out


@cache
def _name_says(concept: str) -> tuple[bool, bool, frozenset[str], bool]:
    """What a concept's name says of its direction (:func:`direction`): a net income part, a net
    expense part, the ways ("in", "out") its flow parts name, two things joined."""
    return (any(p in concept for p in _NET_INCOME_PARTS), any(p in concept for p in _NET_EXPENSE_PARTS),
            frozenset(way for way, parts in _FLOW_PARTS.items() if any(p in concept for p in parts)),
            bool(_JOINS_NAME.search(concept)))


@lru_cache(maxsize=65536)
def _counterpart_taken(concept: str, way: str, siblings: frozenset[str]) -> bool:
    """Does ``concept`` name the way ``way`` only, and the thing (:func:`_flow_object`) a concept of
    the other way only that another line of the statement took (``siblings``) names? The very thing:
    AvailableForSaleSecurities (maturities of any such securities) is not AvailableForSaleSecuritiesDebt."""
    thing = _flow_object(concept)
    if not thing or _name_says(concept)[2] != {way}:
        return False
    other = frozenset({"out" if way == "in" else "in"})
    return any(_name_says(s)[2] == other and _flow_object(s) == thing for s in siblings)


@cache
def _flow_object(concept: str) -> str:
    """What a cash-flow concept buys or sells, its name read after its flow words (structure.csv
    flow_object: MarketableSecurities of ProceedsFromSaleAndMaturityOfMarketableSecurities); "" when
    its name starts with none."""
    m = _FLOW_OBJECT.match(concept)
    return m.group("object") if m else ""


@cache
def _before_deduction(concept: str) -> bool:
    """Does the concept's name say an amount before deductions (PropertyPlantAndEquipmentGross)?"""
    return bool(_BEFORE_DEDUCTION.search(concept))


@cache
def _names_other(concept: str) -> bool:
    """Does the concept's name say other (the rest of a kind), not only as a word of a term
    (:data:`_OTHER_TERM`: OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax)?"""
    return _OTHER.title() in concept.replace(_OTHER_TERM, "")


@cache
@lru_cache(maxsize=32768)
def _words(words: str) -> frozenset[str]:
    """A concept name's lower-case words (``Concept.words``) as a set (once per concept asked)."""
    return frozenset(words.split())


def _side_said(base: frozenset[str], line: LineQuery) -> str:
    """The side of the balance sheet the label says its amount is: "noncurrent" ("Other long-term
    liabilities"), "current" ("Other current assets", unless it joins two things: "Accrued and other
    current liabilities" says the side of one), "" when it says neither or both ("Current portion
    of long-term debt")."""
    noncurrent, current = bool(base & _NONCURRENT_SAID), bool(base & _CURRENT_SAID)
    if noncurrent and not current:
        return "noncurrent"
    if current and not noncurrent and not _joins_two(line):
        return "current"
    return ""


def _says_cash_amount(line: LineQuery) -> bool:
    """Is the line a cash-flow statement's net cash amount ("Net cash from continuing operations",
    "Cash provided by operating activities": structure.csv label_start cash_amount)?"""
    return line.statement == StatementKind.CF and bool(_CASH_AMOUNT.match(line.label))


def _says_comprehensive(base: frozenset[str], label: str) -> bool:
    """Does the label say a comprehensive result or a part of one, and not a net result that is its
    comprehensive result too ("Net loss and comprehensive loss")?"""
    return bool(base & _COMPREHENSIVE_SAID) and not _BOTH_RESULTS.search(label)


@cache
def _names_side(concept: str, side: str) -> bool:
    """Does the concept's name say the ``side`` (noncurrent: Noncurrent, LongTerm, or an amount that
    is noncurrent by its nature, deferred taxes; current: Current, ShortTerm)?"""
    parts = (*_NONCURRENT_NAMED, *_NONCURRENT_BY_NATURE) if side == "noncurrent" else _CURRENT_NAMED
    return any(p in concept for p in parts)


@cache
def _whole_of_both_sides(concept: str, depth: int = 0) -> bool:
    """Is ``concept`` the whole that us-gaap's calculation tree splits into a current and a
    noncurrent part, its name saying neither side (RestrictedCash: RestrictedCashCurrent plus
    RestrictedCashNoncurrent; RestrictedCashAndCashEquivalents: RestrictedCash, such a whole, plus
    RestrictedCashAndCashEquivalentsNoncurrent)? A line of a classified balance sheet's section is
    one of the parts."""
    if depth > 2 or any(p in concept for p in (*_NONCURRENT_NAMED, *_CURRENT_NAMED)):
        return False
    sides: set[str] = set()
    for part in _children().get(concept, ()):
        if _names_noncurrent_only(part):
            sides.add("noncurrent")
        elif any(c in part for c in _CURRENT_NAMED):
            sides.add("current")
        elif _whole_of_both_sides(part, depth + 1):
            sides |= {"current", "noncurrent"}
    return len(sides) == 2


@cache
def _children() -> dict[str, tuple[str, ...]]:
    """parent -> the concepts us-gaap's calculation linkbases sum into it."""
    out: dict[str, list[str]] = {}
    for parent, child in arc_weights():
        out.setdefault(parent, []).append(child)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _names_noncurrent_only(concept: str) -> bool:
    """Does the concept's name say the noncurrent side (Noncurrent, LongTerm) and not the current
    one beside it (LongTermDebtCurrent is the current portion of a long-term item)?"""
    current = _PART["current"]
    return any(p in concept for p in _NONCURRENT_NAMED) and (
        _PART["noncurrent"] in concept or current not in concept)


def _one_way(base: frozenset[str], line: LineQuery) -> str:
    """The way a cash-flow line that is no total says its money goes, "in" or "out" ("" when it says
    both ways, neither, or names money owed to the company, whose payments come in)."""
    if line.statement != StatementKind.CF or line.is_total or base & _FLOW_OWED:
        return ""
    said_in, said_out = bool(base & _FLOW_IN), bool(base & _FLOW_OUT)
    return "" if said_in == said_out else "in" if said_in else "out"


def _owed_side(base: frozenset[str]) -> str:
    """Who owes the amount the label names: "receivable" (the company is owed), "payable" (it owes),
    "" when the label says both or neither."""
    sides = [side for side, words in _OWED_WORDS.items() if base & words]
    return sides[0] if len(sides) == 1 else ""


@lru_cache(maxsize=65536)
def _owed_opposed(side: str, concept: str) -> bool:
    """Does the label name one ``side`` of who owes (:func:`_owed_side`: 'Note receivable from officer')
    and the concept's name only the other (RepaymentsOfNotesPayable)?"""
    said = {s for s, part in _OWED_PARTS.items() if part.search(concept)}
    return side not in said and bool(said)


def _joins_two(line: LineQuery) -> bool:
    """Does the line's label name two things joined ("Restructuring and other charges", "Accounts
    payable and accrued expenses"), read up to where its qualifiers and amounts start, the items us-gaap
    names as one ("property, plant and equipment") aside? A per-share amount or share count aside too
    ("Basic and diluted" names two bases of one amount)."""
    if line.unit_kind in PER_SHARE_UNITS:
        return False
    return _label_joins_two(line.label)


@lru_cache(maxsize=4096)
def _label_joins_two(label: str) -> bool:
    """:func:`_joins_two` of a label (once per label: every candidate of its line asks)."""
    return bool(_JOINS.search(_ONE_ITEM.sub(" ", _HEAD_END.split(label, 1)[0])))


def _expense_total(line: LineQuery) -> bool:
    """Is the line an income-statement total whose label opens with expense words (structure.csv
    label_start expense_total: "Total expense and other (income)", "Total costs and expenses")? Such a
    total sums expenses, whatever income it nets inside: its amount is on the expense side."""
    return line.statement == StatementKind.IS and bool(_EXPENSE_TOTAL.match(line.label))


def _both_said(base: frozenset[str]) -> bool:
    """The label's words name both sides of a pair (income and expense, gain and loss, proceeds and
    repayments): its amount goes either way."""
    return any(base & others for side, others in _OPPOSITE.items() if side in base)


def _same_balance(a: str | None, b: str | None) -> bool:
    """The two balances agree, or one of them has none (it says nothing against summing)."""
    return not a or not b or a == b


def possible(line: LineQuery, base: frozenset[str]) -> Features:
    """The features :func:`context`, :func:`family`, :func:`arithmetic`, :func:`direction`,
    :func:`against_total` and :func:`other_side` can give ``line`` (whose label's words are ``base``)
    with some concept, each with the largest value it can take there: what the ranker bounds a
    candidate's place by before scoring it in full. Wider than what a given concept gets
    (tests/test_ranker_bound.py checks it never is narrower)."""
    z = line.zone
    out: Features = {}
    bs, is_ = line.statement == StatementKind.BS, line.statement == StatementKind.IS
    # context: at most one current/noncurrent disagreement of the section, one of an unclassified sheet
    if z & {"current", "noncurrent"}:
        out["current_mismatch"] = 1.0
    if "unclassified" in z:
        out["current_mismatch"] = out.get("current_mismatch", 0.0) + 1.0
    if "noncurrent" in z and not line.is_total:
        out["noncurrent_named"] = 1.0
    if z & {"operating", "nonoperating"}:
        out["operating_below"] = 1.0
    if "nonoperating" in z and not line.is_total:
        out["nonoperating_bonus"] = 1.0
    if _CHANGES in z and not line.is_total:
        out["not_a_change"] = 1.0
    if _SUPPLEMENTAL in z and not line.is_total:
        out["change_below_cash"] = 1.0
    if bs:
        out["balance_side"] = 1.0
        out["claim_debit"] = 1.0
        if not line.deducted and not line.negative_shown:
            out["gross_undeducted"] = 1.0
    # family: one of them at most, only for a line in a section (a balance sheet's total concept aside)
    if bs:
        out["section_total_not_total"] = 1.0
    if z:
        for name in ("zone_anchor_bonus", "outside_equity", "outside_bs_section", "outside_is_section",
                     "outside_cf_section", "claim_not_equity"):
            out[name] = 1.0
    # arithmetic
    if line.within and not bs:
        out["under_printed_total"] = out["not_under_printed_total"] = 1.0
    if line.parts:
        out["parts_bonus"] = 1.0  # a share of the parts
        out["parts_beside"] = 1.0
        out["parts_parent"] = 1.0
        out["part_deducted_above"] = 1.0
        if line.left_out:
            out["sums_left_out"] = 1.0
    if not line.is_total and line.siblings and line.unit_kind not in PER_SHARE_UNITS:
        out["sums_siblings"] = 1.0
    # direction
    if not line.is_total and (base & _INCOME_WORDS or base & _EXPENSE_WORDS):
        out["net_both_sides" if line.opposite else "net_one_sided"] = 1.0
    if _both_said(base):
        out["one_sided_both_said"] = 1.0
    if _one_way(base, line) or _owed_side(base):
        out["flow_opposed"] = 1.0
    if _one_way(base, line) == _COUNTERPART_WAY and line.siblings:
        out["flow_counterpart"] = 1.0
    if _joins_two(line):
        out["joined_one_named"] = 1.0
    if _side_said(base, line):
        out["term_unnamed"] = 1.0
    if _says_comprehensive(base, line.label):
        out["comprehensive_unnamed"] = 1.0
    if _says_cash_amount(line):
        out["cash_unnamed"] = 1.0
    out["other_unsaid"] = 1.0  # a concept naming "other" or a condition (_UNSAID) the label does not say
    if line.alone:
        out["other_alone"] = 1.0
    if bs and line.negative_shown:
        out["negative_debit_claim"] = 1.0
    if _expense_total(line):
        out["expense_total_credit"] = 1.0
    if bs and not line.negative_shown and _SIDED in z:
        out["other_side"] = 1.0
    # against_total
    if (is_ or line.statement == StatementKind.CF) and line.adds and line.within:
        out["against_total_balance"] = 1.0
    return out


def score(feats: Features, weights: dict[str, float]) -> float:
    """The candidate's score: each feature times its weight."""
    return sum(weights[name] * value for name, value in feats.items())
