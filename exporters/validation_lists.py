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
from exporters.layout import Column
from exporters.records import ReferenceLists
from exporters.styles import CellStyles, print_layout

# The drop-downs offer the labels; the code columns are for Tenpoint (grey, with a comment).
LIST_HEADERS = ("Status code", "Status", "Kind code", "Kind", "Country", "Country name",
                "Item code", "Event", "Item (first words)")
LIST_WIDTHS = (12, 14, 26, 32, 9, 28, 18, 8, 90)
CODE_HEADERS = (0, 2)
CODE_NOTE = ("How Tenpoint stores the value beside it. The Activities sheet shows the value, "
             "not this code; either is read.")


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


def _list_validation(formula: str, strict: bool, prompt: str) -> DataValidation:
    """A drop-down; a non-strict one only warns, so several codes can be typed in one cell."""
    validation = DataValidation(type="list", formula1=formula, allow_blank=True,
                                showDropDown=False, showErrorMessage=True,
                                errorStyle="stop" if strict else "warning",
                                promptTitle=None, prompt=prompt, showInputMessage=True)
    validation.error = "Choose a value from the list (see the Lists sheet)."
    return validation


def add_drop_downs(sheet: Worksheet, columns: Sequence[Column], last_row: int,
                   lists: ReferenceLists) -> None:
    """Status, kind, country and item-code cells offer the Lists sheet's values."""
    if len(lists.countries) == 1:
        code, name = lists.countries[0]
        country_prompt = f"{code} ({name}), or empty: the country this file's rows are for."
    else:
        country_prompt = "ISO 3166-1 alpha-2 code, e.g. KE."
    sources = {
        "status": (layout.LIST_STATUS_RANGE, len(lists.statuses), True,
                   "One of the statuses in the Lists sheet."),
        "kind": (layout.LIST_KIND_RANGE, len(lists.kinds), True,
                 "One of the kinds in the Lists sheet, or empty."),
        "country_iso2": (layout.LIST_COUNTRY_RANGE, len(lists.countries), True,
                         country_prompt),
        "item_codes": (layout.LIST_CODE_RANGE, len(lists.catalog), False,
                       "One or more codes from the Lists sheet, separated by ;"),
    }
    for number, column in enumerate(columns, 1):
        if column.key not in sources:
            continue
        cell_range, count, strict, prompt = sources[column.key]
        formula = f"'{layout.LISTS_SHEET}'!" + cell_range.format(last=_last(count))
        validation = _list_validation(formula, strict, prompt)
        letter = get_column_letter(number)
        validation.add(f"{letter}2:{letter}{max(last_row, 2)}")
        sheet.data_validations.append(validation)


def write_lists_sheet(workbook: Workbook, lists: ReferenceLists) -> None:
    """One pair of columns per list, side by side, so each list is one contiguous range."""
    sheet = workbook.create_sheet(layout.LISTS_SHEET)
    styles = CellStyles(sheet)
    for number, width in enumerate(LIST_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    print_layout(sheet)
    sheet.append([styles.header(h, fillable=False, note=CODE_NOTE if i in CODE_HEADERS else "")
                  for i, h in enumerate(LIST_HEADERS)])
    catalog = [(item.code, item.event, styles.text(item.short_title)) for item in lists.catalog]
    for status, kind, country, item in zip_longest(lists.statuses, lists.kinds, lists.countries,
                                                    catalog, fillvalue=(None, None)):
        sheet.append([*status, *kind, *country, *(item if len(item) == 3 else (None,) * 3)])
