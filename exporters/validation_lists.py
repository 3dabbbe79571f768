"""The Lists sheet and the drop-down validations in the data sheets that draw on it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import zip_longest

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from exporters import layout
from exporters.activity import LABEL_CONTEXT
from exporters.country_names import localised_name
from exporters.layout import Column
from exporters.records import ReferenceLists
from exporters.styles import CellStyles, header_width, print_layout
from exporters.wording import ENGLISH, QT_TRANSLATE_NOOP, WORKBOOK_CONTEXT, Wording

_ = QT_TRANSLATE_NOOP  # _(context, text) is QT_TRANSLATE_NOOP(context, text) to lupdate
# The drop-downs offer the labels; the code columns are for Tenpoint (grey, with a comment).
# (context, header): the activity's own words where the Activities sheet has them too.
LIST_HEADERS = (
    (WORKBOOK_CONTEXT, _("workbook", "Status code")), (LABEL_CONTEXT, _("activity", "Status")),
    (WORKBOOK_CONTEXT, _("workbook", "Kind code")), (LABEL_CONTEXT, _("activity", "Kind")),
    (LABEL_CONTEXT, _("activity", "Country")), (WORKBOOK_CONTEXT, _("workbook", "Country name")),
    (WORKBOOK_CONTEXT, _("workbook", "Item code")), (WORKBOOK_CONTEXT, _("workbook", "Event")),
    (WORKBOOK_CONTEXT, _("workbook", "Item (first words)")))
LIST_WIDTHS = (12, 14, 26, 32, 9, 28, 18, 8, 90)
CODE_HEADERS = (0, 2)
CODE_NOTE = _("workbook", "How Tenpoint stores the value beside it. The Activities sheet "
                          "shows the value, not this code; either is read.")
CHOOSE_FROM_LIST = _("workbook", "Choose a value from the list (see the Lists sheet).")
ONE_COUNTRY_PROMPT = _("workbook", "{code} ({name}), or empty: the country this file's rows "
                                   "are for.")
ANY_COUNTRY_PROMPT = _("workbook", "ISO 3166-1 alpha-2 code, e.g. KE.")
STATUS_PROMPT = _("workbook", "One of the statuses in the Lists sheet.")
KIND_PROMPT = _("workbook", "One of the kinds in the Lists sheet, or empty.")
CODES_PROMPT = _("workbook", "One or more codes from the Lists sheet, separated by ;")


def worded_lists(lists: ReferenceLists, wording: Wording = ENGLISH) -> ReferenceLists:
    """The lists as a workbook in the wording's language shows them: status and kind labels
    translated (their codes stay), country names in that language. Catalog texts stay
    English, as the catalog is."""
    def labels(pairs):
        return tuple((code, wording.text(LABEL_CONTEXT, label)) for code, label in pairs)

    countries = tuple((code, localised_name(code, name, wording.language))
                      for code, name in lists.countries)
    return replace(lists, statuses=labels(lists.statuses), kinds=labels(lists.kinds),
                   countries=countries)


def choice_labels(lists: ReferenceLists) -> dict[str, dict[str, str]]:
    """The label each status and kind code is written as, by column key: the Lists sheet's
    own, so that the reader, which maps the Lists sheet's labels back, reads every one."""
    return {"status": dict(lists.statuses), "kind": dict(lists.kinds)}


def offered_to(lists: ReferenceLists, country: str | None) -> ReferenceLists:
    """The lists with only the country a package's rows may hold (None: every country, as
    for headquarters), so the Country drop-down offers what the import will accept."""
    if not country:
        return lists
    own = tuple(pair for pair in lists.countries if pair[0] == country) or ((country, country),)
    return replace(lists, countries=own)


def _last(count: int) -> int:
    return max(count + 1, 2)


def _list_validation(formula: str, strict: bool, prompt: str, error: str) -> DataValidation:
    """A drop-down; a non-strict one only warns, so several codes can be typed in one cell."""
    validation = DataValidation(type="list", formula1=formula, allow_blank=True,
                                showDropDown=False, showErrorMessage=True,
                                errorStyle="stop" if strict else "warning",
                                promptTitle=None, prompt=prompt, showInputMessage=True)
    validation.error = error
    return validation


def add_drop_downs(sheet: Worksheet, columns: Sequence[Column], last_row: int,
                   lists: ReferenceLists, wording: Wording = ENGLISH) -> None:
    """Status, kind, country and item-code cells offer the Lists sheet's values (lists as
    worded_lists gives them), their prompts in the wording's language."""
    if len(lists.countries) == 1:
        code, name = lists.countries[0]
        country_prompt = wording.workbook(ONE_COUNTRY_PROMPT).format(code=code, name=name)
    else:
        country_prompt = wording.workbook(ANY_COUNTRY_PROMPT)
    sources = {
        "status": (layout.LIST_STATUS_RANGE, len(lists.statuses), True,
                   wording.workbook(STATUS_PROMPT)),
        "kind": (layout.LIST_KIND_RANGE, len(lists.kinds), True,
                 wording.workbook(KIND_PROMPT)),
        "country_iso2": (layout.LIST_COUNTRY_RANGE, len(lists.countries), True,
                         country_prompt),
        "item_codes": (layout.LIST_CODE_RANGE, len(lists.catalog), False,
                       wording.workbook(CODES_PROMPT)),
    }
    error = wording.workbook(CHOOSE_FROM_LIST)
    for number, column in enumerate(columns, 1):
        if column.key not in sources:
            continue
        cell_range, count, strict, prompt = sources[column.key]
        formula = f"'{layout.LISTS_SHEET}'!" + cell_range.format(last=_last(count))
        validation = _list_validation(formula, strict, prompt, error)
        letter = get_column_letter(number)
        validation.add(f"{letter}2:{letter}{max(last_row, 2)}")
        sheet.data_validations.append(validation)


def write_lists_sheet(workbook: Workbook, lists: ReferenceLists,
                      wording: Wording = ENGLISH) -> None:
    """One pair of columns per list, side by side, so each list is one contiguous range
    (lists as worded_lists gives them; headers in the wording's language)."""
    sheet = workbook.create_sheet(layout.LISTS_SHEET)
    styles = CellStyles(sheet)
    headers = [wording.text(context, header) for context, header in LIST_HEADERS]
    for number, (width, header) in enumerate(zip(LIST_WIDTHS, headers, strict=True), 1):
        sheet.column_dimensions[get_column_letter(number)].width = header_width(header, width)
    sheet.freeze_panes = "A2"
    print_layout(sheet, wording=wording)
    note = wording.workbook(CODE_NOTE)
    sheet.append([styles.header(header, fillable=False, note=note if i in CODE_HEADERS else "")
                  for i, header in enumerate(headers)])
    catalog = [(item.code, item.event, styles.text(item.short_title)) for item in lists.catalog]
    for status, kind, country, item in zip_longest(lists.statuses, lists.kinds, lists.countries,
                                                    catalog, fillvalue=(None, None)):
        sheet.append([*status, *kind, *country, *(item if len(item) == 3 else (None,) * 3)])
