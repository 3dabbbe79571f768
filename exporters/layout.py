"""The package workbook's sheets and columns: names, headers, widths and value types, once."""

from __future__ import annotations

from dataclasses import dataclass

from exporters.activity import FIELDS
from exporters.value_types import DATETIME, ID, INTEGER, LONG_TEXT, TEXT, VERSION

README_SHEET = "README"
MANIFEST_SHEET = "Manifest"
ACTIVITIES_SHEET = "Activities"
DELETIONS_SHEET = "Deletions"
ACKNOWLEDGEMENTS_SHEET = "Acknowledgements"
CATALOG_UPDATES_SHEET = "Catalog updates"
HISTORY_SHEET = "History"
LISTS_SHEET = "Lists"

@dataclass(frozen=True)
class Column:
    """One column of a data sheet: its record field, its header and how it looks."""

    key: str
    header: str
    width: int
    kind: str = TEXT  # exporters.value_types
    required: bool = False
    checksummed: bool = True  # the content checksum and the signature cover its values
    fillable: bool = False  # a person fills it in (blue header); else Tenpoint does (grey)
    note: str = ""  # the header cell's comment, for a column a person must leave alone


KEEP_NOTE = ("Filled by Tenpoint: do not change it. Sorting, filtering and copying whole rows "
             "are fine.")
ACTIVITY_ID = Column(
    "activity_id", "Activity ID", 38, ID, required=True,
    note="Tenpoint's identity of this activity. Never change, clear or type over it: "
         "Tenpoint recognises the activity by it when the file is imported. Sort, filter and "
         "copy whole rows freely: the ID moves with its row. The sheet is not locked, because "
         "Excel and LibreOffice cannot sort a protected sheet whose rows hold locked cells.")
# What a person fills in, from the activity's declaration.
ACTIVITY_FILLED_COLUMNS = tuple(
    Column(spec.name, spec.header, spec.width, spec.value_type, spec.required, fillable=True)
    for spec in FIELDS)
# A template has exactly these. Their order is the checksum's (and the ID first is how the
# reader finds the header row); the reader finds each column by its header.
ACTIVITY_INPUT_COLUMNS = (ACTIVITY_ID, *ACTIVITY_FILLED_COLUMNS)
# What the app adds: ownership, version and who changed it when (UTC).
ACTIVITY_SYNC_COLUMNS = (
    Column("owner_office_id", "Owner office ID", 38, ID, required=True,
           note="The office the activity belongs to. " + KEEP_NOTE),
    Column("owner_office", "Owner office", 24, checksummed=False),
    Column("revision", "Revision", 9, INTEGER,
           note="How many edits the activity has seen. " + KEEP_NOTE),
    Column("version", "Version", 40, VERSION, required=True,
           note="Which edits of which office this row holds: how Tenpoint merges it. "
                + KEEP_NOTE),
    Column("created_at", "Created at (UTC)", 19, DATETIME, checksummed=False),
    Column("created_by", "Created by", 14, checksummed=False),
    Column("updated_at", "Updated at (UTC)", 19, DATETIME),
    Column("updated_by", "Updated by", 14),
)
ACTIVITY_COLUMNS = ACTIVITY_INPUT_COLUMNS + ACTIVITY_SYNC_COLUMNS

DELETION_COLUMNS = (
    ACTIVITY_ID,
    Column("title", "Title", 40, LONG_TEXT, checksummed=False),
    Column("owner_office_id", "Owner office ID", 38, ID, required=True),
    Column("owner_office", "Owner office", 24, checksummed=False),
    Column("deleted_at", "Deleted at (UTC)", 19, DATETIME),
    Column("deleted_by", "Deleted by", 14),
    Column("revision", "Revision", 9, INTEGER),
    Column("version", "Version", 40, VERSION, required=True),
)

ACKNOWLEDGEMENT_COLUMNS = (
    ACTIVITY_ID,
    Column("revision", "Revision held", 14, INTEGER),
    Column("version", "Version held", 40, VERSION, required=True),
)

CATALOG_UPDATE_COLUMNS = (
    Column("code", "Code", 16, TEXT, required=True),
    Column("event", "Event", 8),
    Column("kind", "Kind", 22),
    Column("text", "Text", 90, LONG_TEXT, required=True),
    Column("retired", "Retired", 9),
)

# Each history entry of the activities (and deletions) a package carries. The change ID is the
# entry's identity everywhere, so an entry received twice is stored once; it is text, not an ID
# column: entries from before the history travelled have 32 hex digits, kept as they are.
HISTORY_COLUMNS = (
    ACTIVITY_ID,
    Column("change_id", "Change ID", 34, TEXT, required=True),
    Column("changed_at", "Changed at (UTC)", 19, DATETIME, required=True),
    Column("changed_by", "Changed by", 14),
    Column("office_id", "Office ID", 38),
    Column("action", "Action", 16, TEXT, required=True),
    Column("field", "Field", 16),
    Column("old_value", "Old value", 40, LONG_TEXT),
    Column("new_value", "New value", 40, LONG_TEXT),
    Column("note", "Note", 30),
)

# The manifest is a key/value sheet; keys are stable, the third column explains each.
MANIFEST_FIELDS = (
    ("format_version", "Version of this workbook format"),
    ("package_id", "Unique ID of this package; importing it again changes nothing"),
    ("kind", "office = an office's activities; hq_update = headquarters' update; "
             "template = a form to fill in"),
    ("office_id", "ID of the office that made the package (or that the template is for)"),
    ("office_name", "Name of that office"),
    ("country", "Its country (ISO 3166-1 alpha-2)"),
    ("region", "The region a headquarters update is for"),
    ("recipient_office_id", "The office a headquarters update is for"),
    ("created_at", "When the package was made (UTC)"),
    ("app_version", "Tenpoint version that made it"),
    ("schema_version", "Database schema version that made it"),
    ("catalog_version", "Catalog version of the sender"),
    ("activity_count", "Rows in the Activities sheet"),
    ("deletion_count", "Rows in the Deletions sheet"),
    ("acknowledgement_count", "Rows in the Acknowledgements sheet"),
    ("checksum", "SHA-256 of the content; shows whether cells were changed after export"),
    ("signing_key", "Public key of the office that made the package"),
    ("signature", "Signature of the content by that key; editing any cell breaks it"),
)

# The drop-downs offer the labels (B, D); the codes beside them (A, C) are how the reader
# turns a label back into its code.
LIST_STATUS_RANGE = "$B$2:$B${last}"
LIST_KIND_RANGE = "$D$2:$D${last}"
LIST_COUNTRY_RANGE = "$E$2:$E${last}"
LIST_CODE_RANGE = "$G$2:$G${last}"


def normalize_header(text: object) -> str:
    """A header as compared when reading: case, spaces, underscores and '(UTC)' ignored."""
    value = str(text or "").replace("_", " ").replace("(UTC)", "").replace("(utc)", "")
    return " ".join(value.lower().split())


def header_index(columns: tuple[Column, ...]) -> dict[str, Column]:
    """Both the header and the key name a column, so a hand-made sheet may use either."""
    index = {}
    for column in columns:
        index[normalize_header(column.header)] = column
        index[normalize_header(column.key)] = column
    return index
