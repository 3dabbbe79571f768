"""What a person reads about a hostile or broken package: the file, the place, what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.shared.sync_messages import PROBLEMS, describe_problem
from exporters import problems
from exporters.isolated_read import read_packages_isolated

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "bad_packages"
# file -> fragments the sentence must hold, besides the file name
EXPECTED = {
    "not-a-zip.xlsx": ["not an Excel workbook", "export the package again"],
    "truncated.xlsx": ["damaged or incomplete", "export the package again"],
    "damaged-crc.xlsx": ["damaged or incomplete"],
    "legacy-xls-renamed.xlsx": [".xls", "save it as .xlsx"],
    "ods-renamed.xlsx": [".ods", "save it as .xlsx"],
    "password-protected.xlsx": ["password"],
    "zip-bomb.xlsx": ["314582916", "export the package again"],
    "entity-bomb.xlsx": ['sheet "Activities"', "xl/worksheets/sheet3.xml"],
    "far-cell.xlsx": ['sheet "Activities"', "A1:XFD1048576"],
    "far-cell-undeclared.xlsx": ["export the package again"],
    "formula-cell.xlsx": ['sheet "Activities"', "row 2", "B2", "paste values"],
    "future-format.xlsx": ["99", "update Tenpoint"],
    "wrong-types.xlsx": ['sheet "Activities"', "row 2", 'column "People reached"', "many"],
    "impossible-date.xlsx": ["row 2", 'column "Start date"', "2026-02-30"],
}


@pytest.fixture(scope="module")
def described() -> dict[str, list[str]]:
    reads = read_packages_isolated(sorted(CORPUS / name for name in EXPECTED))
    return {read.file: [describe_problem(p) for p in read.problems] for read in reads}


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_the_message_names_the_file_the_place_and_what_to_do(qapp, described, file):
    text = " ".join(described[file])
    assert text.startswith(file)
    for fragment in EXPECTED[file]:
        assert fragment in text
    assert "Problem \"" not in text  # never the fallback for a code nobody worded


def test_every_refusal_code_has_its_own_sentence():
    assert problems.UNSAFE_FILE.issubset(PROBLEMS)
