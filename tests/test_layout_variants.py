"""The layout-variation test bed (tests/layout_bed.py), CI subset: the same hand-made statements
re-typeset in layouts of real 1993-2008 text filings must yield the same facts, all of them and
nothing else. bench/layouts.py runs every variant."""

from __future__ import annotations

import pytest

from tests.layout_bed import VARIANTS, check, concept_changes, expected, variant_text

CI_SUBSET = [
    "untagged",
    "scale_wrapped_in_label_column",
    "scale_000s_omitted",
    "dates_in_label_column",
    "month_only_headings",
    "page_break_inside_balance_sheet",
    "wrapped_labels_untagged_year_row_scale",
    "entity_columns",
    "nil_dashes_on_headings_untagged",
    "weekly_dates_in_title",
    "dates_in_title_over_a_rule",
    "html_heading_spanning_columns",
    "html_weekly_dates_in_title",
    "html_earnings_release",
    "negatives_in_angle_brackets",
    "negatives_with_trailing_minus_untagged",
    "accounting_rules_untagged_no_leaders",
    "labels_wrapped_on_three_lines_untagged",
    "footnote_markers_on_years",
    "unaudited_row_over_years",
    "restated_prior_column",
    "quarter_beside_year_untagged",
    "percent_columns_headed_only_by_a_sign",
    "scale_only_in_page_header_untagged",
    "every_statement_continued_untagged",
    "fiscal_over_year",
    "three_years_untagged",
    "wrapped_labels_figures_on_first_line_untagged",
    "html_dollar_and_parenthesis_cells",
    "html_every_statement_continued",
    "weekly_every_statement_continued_untagged",
    "sub_labels_repeated_under_headings_untagged",
    "per_share_lines_untagged_no_leaders",
    "note_reference_column_untagged_no_leaders",
    "html_quarter_beside_year",
    "page_break_with_nothing_repeated_untagged",
    "millions_with_one_decimal_untagged",
    "scale_as_bare_words_except_untagged",
    "html_scale_words_in_header_cell",
    "earlier_year_first_untagged",
    "tabs_for_blanks_untagged",
    "form_feeds_for_page_breaks_untagged",
    "q10_scale_in_table_row",
    "q10_page_break_header_repeated",
    "q10_filing_agent_full",
    "q10_retail_weeks_agent_cells",
    "q10_second_quarter_and_first_half",
    "q10_subtotals_without_labels",
    "txt_scale_in_a_footnote_untagged",
    "txt_scale_once_in_the_opening_paragraph",
    "txt_weekly_fiscal_words_dates_in_text_above",
    "txt_quarter_and_year_with_increase_decrease_untagged",
    "txt_quarter_and_year_with_percent_change",
    "txt_nongaap_as_adjusted_untagged",
    "txt_nil_dash_zero_dash",
    "txt_ex27_schedule_after_the_statements",
    "txt_subtotals_unlabelled_untagged",
    "txt_tab_before_each_figure_untagged",
    "txt_tab_increase_decrease_column",
    "txt_pro_forma_column_one_space_after_the_year",
    "txt_prior_year_restated_beside_previously_reported_untagged",
    "txt_fourth_quarter_and_year_dated_by_the_sec_header_untagged",
    "txt_tables_drawn_in_boxes",
    "txt_footnote_marks_two_spaces_after_figures",
    "txt_year_stacked_under_the_quarter",
    "txt_10q_third_quarter_and_year_to_date_over_years_alone",
    "q10_year_to_date_stacked_in_one_table_agent_cells",
    "q10_quarter_and_ytd_columns_short_years",
    "q10_first_quarter_dated_by_its_end_alone",
    "txt_10q_nine_months_count_typed_apart",
    "k10_successor_and_predecessor_columns",
    "k10_pro_forma_balance_sheet_column",
    "k10_segment_columns",
    "k10_css_grid_of_divs_supplemental",
    "k10_per_share_table_under_the_years",
    "html_pre_block_per_statement_wrapped_page_breaks",
    "html_lines_stacked_a_row_per_section",
    "html_income_statement_and_balance_sheet_side_by_side",
    "html_scale_dollar_000_in_a_row_over_the_headings",
    "html_each_line_a_table_of_its_own",
    "prt_dotted_dates_typed_after_the_s_c_line",
    "prt_dates_over_stacked_notes_untagged",
]


@pytest.mark.parametrize("name", CI_SUBSET)
def test_every_layout_yields_the_same_facts(name: str) -> None:
    missing, extra = check(name)
    assert not missing and not extra, f"{name}: missing {sorted(missing)[:5]}, extra {sorted(extra)[:5]}"
    assert not concept_changes(name), f"{name}: facts with another concept than the base 10-Q layout's"


def test_the_bed_has_at_least_twelve_distinct_layouts() -> None:
    texts = {variant_text(n) for n in VARIANTS}
    assert len(VARIANTS) >= 12 and len(texts) == len(VARIANTS)
    assert len(expected("calendar")) > 50  # three whole statements, two periods each
