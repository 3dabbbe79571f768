"""A folder's packages as the reading child hands them over: the manifest read alone, and the
whole read written by the child to a file the merge loads (exporters/read_spill.py)."""

from __future__ import annotations

from pathlib import Path

from exporters import problems
from exporters.isolated_read import read_packages_isolated
from exporters.read_spill import (
    ACTIVITY_IDS,
    SPILL_FILE,
    SpillingReader,
    load_read,
    write_read,
)
from exporters.reader import read_manifest, read_package

PACKAGES = Path(__file__).resolve().parents[1] / "fixtures" / "packages"
PACKAGE = PACKAGES / "nairobi-office.xlsx"
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "bad_packages"


def test_the_child_writes_the_whole_read_and_sends_only_what_the_merge_needs_first(tmp_path):
    whole = read_package(PACKAGE)
    (sent,) = read_packages_isolated([PACKAGE], reader=SpillingReader(str(tmp_path)))
    assert sent.content.manifest == whole.content.manifest
    assert sent.content.activities == () and sent.content.history == ()
    assert (sent.problems, sent.checksum_matches) == (whole.problems, whole.checksum_matches)
    content = whole.content
    assert content.deletions  # a deleted activity is among those the package brings
    assert sent.extra[ACTIVITY_IDS] == {row.activity_id for row in (
        *content.activities, *content.deletions, *content.acknowledgements)}
    assert Path(sent.extra[SPILL_FILE]).parent == tmp_path
    assert load_read(sent.extra[SPILL_FILE]) == whole


def test_an_unusable_file_is_sent_whole_and_nothing_is_written(tmp_path):
    (sent,) = read_packages_isolated([CORPUS / "zip-bomb.xlsx"],
                                     reader=SpillingReader(str(tmp_path)))
    assert sent.file_rejected and SPILL_FILE not in sent.extra
    assert list(tmp_path.iterdir()) == []


def test_the_manifest_read_alone_is_the_whole_read_s_manifest():
    (manifest_only,) = read_packages_isolated([PACKAGE], reader=read_manifest)
    assert manifest_only.content.manifest == read_package(PACKAGE).content.manifest
    assert manifest_only.content.activities == () and manifest_only.problems == ()


def test_the_manifest_read_of_a_file_without_one_says_so(tmp_path):
    workbook = tmp_path / "no-manifest.xlsx"
    from openpyxl import Workbook

    Workbook().save(workbook)
    (read,) = read_packages_isolated([workbook], reader=read_manifest)
    assert read.content is None
    assert [p.code for p in read.problems] == [problems.MISSING_SHEET]


def test_a_read_that_cannot_be_written_comes_back_whole(tmp_path):
    """A full disk costs memory, never the file: its rows come through the pipe instead."""
    whole = read_package(PACKAGE)
    assert write_read(whole, tmp_path / "no-such-folder") is whole
    (sent,) = read_packages_isolated([PACKAGE],
                                     reader=SpillingReader(str(tmp_path / "no-such-folder")))
    assert sent == whole


def test_the_manifest_read_skips_the_checks_of_every_sheet_the_whole_read_runs():
    """A formula in the Activities sheet: the manifest is read (ordering the folder costs a
    few milliseconds), the whole read refuses the file for the formula."""
    path = CORPUS / "formula-cell.xlsx"
    (manifest_only,) = read_packages_isolated([path], reader=read_manifest)
    assert manifest_only.content is not None
    (whole,) = read_packages_isolated([path])
    assert [p.code for p in whole.problems] == [problems.FORMULA_CELL]
