"""The README sheet: what the workbook is and how to fill it, for a person opening it."""

from __future__ import annotations

from openpyxl import Workbook

from exporters import layout
from exporters.cells import utc_naive
from exporters.records import KIND_HQ_UPDATE, KIND_OFFICE, KIND_TEMPLATE, Manifest
from exporters.styles import CellStyles, append_paragraphs, print_layout
from exporters.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording

_ = QT_TRANSLATE_NOOP  # _(context, text) is QT_TRANSLATE_NOOP(context, text) to lupdate
WIDTH = 100  # the one column's width
TITLES = {
    KIND_OFFICE: _("workbook", "Tenpoint package: follow-up activities of {office}"),
    KIND_HQ_UPDATE: _("workbook", "Tenpoint update from headquarters ({office})"),
    KIND_TEMPLATE: _("workbook", "Tenpoint template: follow-up activities for {office}"),
}
MADE = _("workbook", "Made {time} UTC by Tenpoint {version}; package ID {package}.")

COMMON = (
    _("workbook", "This workbook was made by Tenpoint, the application with which UNHCR "
                  "offices follow up on the recommendations of the 10-Point Plan regional "
                  "conferences."),
    _("workbook", "Dates are real dates (year-month-day). Times in columns marked (UTC) are "
                  "UTC."),
    _("workbook", "Blue headers mark the columns a person fills in; grey headers the ones "
                  "Tenpoint fills. Rest the pointer on a header with a red corner to read what "
                  "it holds. Status and Kind show the words of the Lists sheet; choose them "
                  "from the drop-down."),
)
PACKAGE_NOTES = (
    _("workbook", "Sheets: Manifest (who made this package, when, and what it holds), "
                  "Activities (one row per follow-up activity), Deletions (activities deleted "
                  "at their source), Lists (the values the drop-downs offer: statuses, kinds, "
                  "countries, catalog item codes)."),
    _("workbook", "Never change the grey columns of the Activities sheet (Activity ID, Owner "
                  "office ID, Revision, Version...): they let Tenpoint recognise each activity "
                  "when the package is imported again. Sorting and filtering are fine."),
    _("workbook", "History: every recorded change of these activities (who, when, at which "
                  "office, old and new value); it travels with them and is kept as evidence. "
                  "Do not edit it: Tenpoint would notice that cells were changed after "
                  "export."),
)
TEMPLATE_NOTES = (
    _("workbook", "Sheets: Manifest (which office the template is for), Activities (the rows "
                  "to fill in), Lists (the values the drop-downs offer: statuses, kinds, "
                  "countries, catalog item codes)."),
)
BY_KIND = {
    KIND_OFFICE: (
        _("workbook", "Import this package at headquarters: Tenpoint > Sync > Import, or on "
                      "the command line `tenpoint import FILE.xlsx`. Importing it twice "
                      "changes nothing."),
    ),
    KIND_HQ_UPDATE: (
        _("workbook", "Import this package at the office it is for: Tenpoint > Sync > Import, "
                      "or `tenpoint import FILE.xlsx`. It brings the region's activities of "
                      "other offices (read-only), changes headquarters made, catalog updates, "
                      "and the Acknowledgements sheet: the revisions of your activities that "
                      "headquarters has received."),
    ),
    KIND_TEMPLATE: (
        _("workbook", "Fill one row per activity in the Activities sheet, from Title on. Each "
                      "row already has its Activity ID (the grey last column): keep it, even "
                      "when you sort or copy rows, so that sending the file twice never "
                      "creates duplicates. Leave rows you do not need empty."),
        _("workbook", "Title and Item codes are required. Item codes: one or more codes from "
                      "the Lists sheet (for example DES-SR-III-01), separated by a semicolon. "
                      "Status and Kind: choose from the drop-down. Dates: year-month-day "
                      "(2026-03-31) or day/month/year."),
        _("workbook", "Send the filled file to headquarters, or import it into your own "
                      "Tenpoint with `tenpoint import FILE.xlsx`."),
    ),
}


def write_readme(workbook: Workbook, manifest: Manifest, wording: Wording = ENGLISH) -> None:
    """The first sheet a person sees, in the wording's language (the sheet's name stays)."""
    sheet = workbook.create_sheet(layout.README_SHEET)
    styles = CellStyles(sheet)
    sheet.column_dimensions["A"].width = WIDTH
    print_layout(sheet, table=False, wording=wording)
    title = wording.workbook(TITLES[manifest.kind]).format(office=manifest.office_name)
    sheet.append([styles.cell(title, "title")])
    sheet.append([wording.workbook(MADE).format(
        time=f"{utc_naive(manifest.created_at):%Y-%m-%d %H:%M}", version=manifest.app_version,
        package=manifest.package_id)])
    sheet.append([])
    notes = TEMPLATE_NOTES if manifest.kind == KIND_TEMPLATE else PACKAGE_NOTES
    append_paragraphs(sheet, styles, [wording.workbook(source) for source in
                                      COMMON + notes + BY_KIND[manifest.kind]],
                      WIDTH, first_row=4)
