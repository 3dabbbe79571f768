"""Importing hostile and broken packages at headquarters: specific problems, database untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.installation.office import setup_office
from db.storage.database import Database
from db.sync.importing import REJECTED, apply_import, preview_import, read_packages
from exporters import problems
from tests.db.sync.helpers import stored_state

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "bad_packages"
# Files whose only fault is a warning: importing them is the person's choice (tests/exporters).
WARNING_ONLY = {"changed-after-checksum.xlsx", "million-empty-rows.xlsx"}
REFUSED_FILES = sorted(p.name for p in CORPUS.glob("*.xlsx") if p.name not in WARNING_ONLY)
# Rows only this database can judge: file -> (code, row, column, value)
JUDGED_HERE = {
    "unknown-codes.xlsx": (problems.UNKNOWN_ITEM_CODE, 2, "Item codes", "DES-XX-99"),
    "other-office-rows.xlsx": (problems.NOT_OWNER, 2, "Owner office ID",
                               "5d0c3b9e-8f21-4f7a-b6c4-0e9d2a7f1c33"),
    "other-country-rows.xlsx": (problems.OTHER_COUNTRY, 2, "Country", "UG"),
    "huge-text-cell.xlsx": (problems.TOO_LONG, 2, "Description", "1048576"),
}


@pytest.fixture
def headquarters(database: Database) -> Database:
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    return database


@pytest.mark.parametrize("file", REFUSED_FILES)
def test_a_bad_package_is_rejected_and_leaves_the_database_byte_for_byte(headquarters, file):
    before = stored_state(headquarters)
    reads = read_packages([CORPUS / file])
    preview = preview_import(headquarters, reads, "tester")
    report = apply_import(headquarters, preview, "tester")
    assert [p.status for p in report.packages] == [REJECTED]
    assert report.packages[0].problems  # always a reason a person can read
    assert stored_state(headquarters) == before


@pytest.mark.parametrize("file", sorted(JUDGED_HERE))
def test_rows_the_database_judges_are_rejected_by_sheet_row_column_value(headquarters, file):
    preview = preview_import(headquarters, read_packages([CORPUS / file]), "tester")
    found = [(p.code, p.row, p.column, p.value) for p in preview.packages[0].problems
             if p.code == JUDGED_HERE[file][0]]
    assert found == [JUDGED_HERE[file]]
    assert all(p.sheet == "Activities" for p in preview.packages[0].problems
               if p.code == JUDGED_HERE[file][0])


@pytest.mark.parametrize("file", sorted(WARNING_ONLY))
def test_previewing_a_warned_package_changes_nothing(headquarters, file):
    before = stored_state(headquarters)
    preview_import(headquarters, read_packages([CORPUS / file]), "tester")
    assert stored_state(headquarters) == before


def test_one_hostile_file_among_good_ones_spoils_nothing_else(headquarters):
    paths = [CORPUS / "far-cell-undeclared.xlsx",
             CORPUS.parent / "packages" / "nairobi-office.xlsx", CORPUS / "zip-bomb.xlsx"]
    reads = read_packages(paths)
    assert reads[1].problems == () and len(reads[1].content.activities) == 4
    assert reads[0].file_rejected and reads[2].file_rejected


def test_passwords_go_to_their_file(headquarters):
    path = CORPUS / "password-protected.xlsx"
    from tests.fixtures.bad_packages.make_bad_packages import PASSWORD

    read = read_packages([path], passwords={str(path): PASSWORD})[0]
    assert read.problems == () and len(read.content.activities) == 4
    assert [p.code for p in read_packages([path])[0].problems] == [problems.PASSWORD_REQUIRED]


def test_a_folder_read_while_it_merges_refuses_each_file_as_reading_it_first_does(
        headquarters):
    """read_packages(ahead=True), as the command line reads a folder: a protected file is
    refused before anything is read; every other bad file, once read, for the reason the
    whole read gives (a file whose manifest the quick read cannot read is read whole)."""
    paths = [CORPUS / name for name in REFUSED_FILES]
    before = stored_state(headquarters)
    ahead = read_packages(paths, database=headquarters, ahead=True)
    locked = ahead[REFUSED_FILES.index("password-protected.xlsx")]
    assert [p.code for p in locked.problems] == [problems.PASSWORD_REQUIRED]

    def outcomes(reads):
        return [(o.file, o.status, [(p.code, p.sheet, p.row, p.column) for p in o.problems])
                for o in apply_import(headquarters, reads, "tester").packages]
    assert outcomes(ahead) == outcomes(read_packages(paths, database=headquarters))
    assert stored_state(headquarters) == before
