"""Typed problems found in a package: where (file, sheet, row, column), what value, which code."""

from __future__ import annotations

from dataclasses import dataclass

# Problems with the whole file: the package cannot be imported at all.
UNREADABLE = "unreadable"
MISSING_SHEET = "missing_sheet"
MISSING_COLUMN = "missing_column"
BAD_MANIFEST = "bad_manifest"
FUTURE_FORMAT = "future_format_version"
UNKNOWN_PACKAGE_KIND = "unknown_package_kind"
WRONG_RECIPIENT = "wrong_recipient"  # e.g. an office package imported at another office
# Problems with one row: the row is rejected, the rest may be imported by explicit choice.
REQUIRED = "required"
TOO_LONG = "too_long"
INVALID_DATE = "invalid_date"
INVALID_NUMBER = "invalid_number"
NEGATIVE = "negative"
INVALID_STATUS = "invalid_status"
INVALID_KIND = "invalid_kind"
INVALID_ID = "invalid_id"
INVALID_VERSION = "invalid_version"
DUPLICATE_ID = "duplicate_id"
END_BEFORE_START = "end_before_start"
UNKNOWN_COUNTRY = "unknown_country"
UNKNOWN_ITEM_CODE = "unknown_item_code"
NOT_OWNER = "not_owner"
READ_ONLY = "read_only"
# Not a rejection: the content differs from the checksum the sender wrote (edited since).
CHECKSUM_MISMATCH = "checksum_mismatch"

FILE_LEVEL = frozenset({UNREADABLE, MISSING_SHEET, MISSING_COLUMN, BAD_MANIFEST, FUTURE_FORMAT,
                        UNKNOWN_PACKAGE_KIND, WRONG_RECIPIENT})
WARNINGS = frozenset({CHECKSUM_MISMATCH})


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a package; row and column are 1-based as the spreadsheet shows them."""

    file: str
    sheet: str | None
    row: int | None
    column: str | None  # the column's header, as a person sees it
    value: str | None
    code: str

    @property
    def rejects_file(self) -> bool:
        return self.code in FILE_LEVEL

    @property
    def is_warning(self) -> bool:
        return self.code in WARNINGS
