"""The blank template: an Activities sheet with pre-assigned IDs for an office to fill by hand."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from exporters import layout, readme
from exporters.records import KIND_TEMPLATE, Manifest, ReferenceLists
from exporters.validation_lists import (
    add_drop_downs,
    choice_labels,
    worded_lists,
    write_lists_sheet,
)
from exporters.wording import ENGLISH, Wording
from exporters.writer import SheetWriter, save_atomically, write_manifest_sheet

DEFAULT_TEMPLATE_ROWS = 200


class _BlankRow:
    """A template row: only its pre-assigned ID is set."""

    def __init__(self, activity_id: str) -> None:
        self.activity_id = activity_id

    def __getattr__(self, name: str) -> None:
        return None


def write_template(path: Path | str, manifest: Manifest, activity_ids: list[str],
                   lists: ReferenceLists, wording: Wording = ENGLISH) -> None:
    """A template for the manifest's office with one empty row per pre-assigned ID, worded
    in the wording's language (headers, notes, drop-down labels, README); any installation
    reads it back, whatever its own language."""
    if manifest.kind != KIND_TEMPLATE:
        raise ValueError(manifest.kind)
    lists = worded_lists(lists, wording)
    workbook = Workbook(write_only=True)
    readme.write_readme(workbook, manifest, wording)
    write_manifest_sheet(workbook, manifest, wording)
    sheet = SheetWriter(workbook, layout.ACTIVITIES_SHEET, layout.TEMPLATE_COLUMNS,
                        len(activity_ids), choice_labels(lists), key_column="title",
                        wording=wording)
    for activity_id in activity_ids:
        sheet.append(_BlankRow(activity_id))
    add_drop_downs(sheet.sheet, sheet.columns, len(activity_ids) + 1, lists, wording)
    write_lists_sheet(workbook, lists, wording)
    save_atomically(workbook, Path(path))
