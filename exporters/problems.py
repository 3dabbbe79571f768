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
# Signatures (value: the package key's fingerprint). Unsigned and invalid ones may still be
# imported as unsigned data when a person says so; a key mismatch never.
SIGNATURE_INVALID = "signature_invalid"  # signed, but the content changed after signing
KEY_MISMATCH = "key_mismatch"  # signed by a key other than the one registered for the office
UNTRUSTED_KEY = "untrusted_key"  # the office's first signed package: confirm the fingerprint
UNSIGNED = "unsigned"  # not signed: a filled template or a hand-made file
# Files refused before any parser reads them (exporters/package_guard.py), or whose reading
# failed in the child process (exporters/isolated_read.py).
NOT_A_WORKBOOK = "not_a_workbook"
LEGACY_XLS = "legacy_xls"  # an Excel 97-2003 .xls, perhaps renamed to .xlsx
ODS_FILE = "ods_file"  # an OpenDocument spreadsheet, perhaps renamed to .xlsx
DAMAGED_ZIP = "damaged_zip"  # cut short or corrupted (value: what failed)
TOO_LARGE = "too_large"  # value: the declared uncompressed bytes (or the member count)
ENTITY_DECLARATION = "entity_declaration"  # a DOCTYPE in the XML (value: the zip member)
SHEET_TOO_LARGE = "sheet_too_large"  # value: the used range the sheet claims
FORMULA_CELL = "formula_cell"  # row and value: the cell holding a formula
PASSWORD_REQUIRED = "password_required"  # as exporters.encryption.PASSWORD_REQUIRED
WRONG_PASSWORD = "wrong_password"  # as exporters.encryption.WRONG_PASSWORD
PARSER_CRASHED = "parser_crashed"
PARSER_TIMEOUT = "parser_timeout"  # value: the time limit in seconds
PARSER_OUT_OF_MEMORY = "parser_out_of_memory"  # value: the memory limit in MiB
UNSAFE_FILE = frozenset({NOT_A_WORKBOOK, LEGACY_XLS, ODS_FILE, DAMAGED_ZIP, TOO_LARGE,
                         ENTITY_DECLARATION, SHEET_TOO_LARGE, FORMULA_CELL, PASSWORD_REQUIRED,
                         WRONG_PASSWORD, PARSER_CRASHED, PARSER_TIMEOUT, PARSER_OUT_OF_MEMORY})
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
OTHER_COUNTRY = "other_country"  # an office package row for a country not the office's
READ_ONLY = "read_only"
# A text holding a control character other than tab and line breaks (db/activities/rules.py).
CONTROL_CHARACTER = "control_character"  # value: the first one, as "U+0000"
# Not a rejection: the content differs from the checksum the sender wrote (edited since).
CHECKSUM_MISMATCH = "checksum_mismatch"

FILE_LEVEL = frozenset({UNREADABLE, MISSING_SHEET, MISSING_COLUMN, BAD_MANIFEST, FUTURE_FORMAT,
                        UNKNOWN_PACKAGE_KIND, WRONG_RECIPIENT, SIGNATURE_INVALID,
                        KEY_MISMATCH, UNTRUSTED_KEY, UNSIGNED})
FILE_LEVEL |= UNSAFE_FILE
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
