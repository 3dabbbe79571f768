"""The package workbook's sheets and columns: names, headers, widths and value types, once.

Headers, notes and meanings are English, marked for translation (exporters/wording.py): a
workbook is written in its writer's language and read in any. Sheet names and Manifest keys
stay as they are: Tenpoint finds them by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporters.activity import FIELDS, LABEL_CONTEXT
from exporters.value_types import CHOICE, DATETIME, ID, INTEGER, LONG_TEXT, TEXT, VERSION
from exporters.wording import QT_TRANSLATE_NOOP, WORKBOOK_CONTEXT, ReadingWords, fold

_ = QT_TRANSLATE_NOOP  # _(context, text) is QT_TRANSLATE_NOOP(context, text) to lupdate

README_SHEET = "README"
MANIFEST_SHEET = "Manifest"
ACTIVITIES_SHEET = "Activities"
DELETIONS_SHEET = "Deletions"
ACKNOWLEDGEMENTS_SHEET = "Acknowledgements"
CATALOG_UPDATES_SHEET = "Catalog updates"
CATALOG_CHANGES_SHEET = "Catalog changes"
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
    # The header cell's comment, for a column a person must leave alone: marked sentences,
    # each translated, joined by a space.
    note: tuple[str, ...] = ()
    context: str = WORKBOOK_CONTEXT  # the translation context of the header


KEEP_NOTE = _("workbook", "Filled by Tenpoint: do not change it. Sorting, filtering and "
                          "copying whole rows are fine.")
ACTIVITY_ID = Column(
    "activity_id", _("workbook", "Activity ID"), 38, ID, required=True,
    note=(_("workbook", "Tenpoint's identity of this activity. Never change, clear or type "
                        "over it: Tenpoint recognises the activity by it when the file is "
                        "imported. Sort, filter and copy whole rows freely: the ID moves with "
                        "its row. The sheet is not locked, because Excel and LibreOffice "
                        "cannot sort a protected sheet whose rows hold locked cells."),))
# What a person fills in, from the activity's declaration (headers in its context).
ACTIVITY_FILLED_COLUMNS = tuple(
    Column(spec.name, spec.header, spec.width, spec.value_type, spec.required, fillable=True,
           context=LABEL_CONTEXT)
    for spec in FIELDS)
# A template has exactly these. Their order here is the checksum's (signed packages depend on
# it) and puts each sheet's key column first, which is how the reader recognises the header
# row; a sheet may show them in any order, since the reader finds each column by its header.
ACTIVITY_INPUT_COLUMNS = (ACTIVITY_ID, *ACTIVITY_FILLED_COLUMNS)
# What the app adds: ownership, version and who changed it when (UTC).
ACTIVITY_SYNC_COLUMNS = (
    Column("owner_office_id", _("workbook", "Owner office ID"), 38, ID, required=True,
           note=(_("workbook", "The office the activity belongs to."), KEEP_NOTE)),
    Column("owner_office", _("workbook", "Owner office"), 24, checksummed=False),
    Column("revision", _("workbook", "Revision"), 9, INTEGER,
           note=(_("workbook", "How many edits the activity has seen."), KEEP_NOTE)),
    Column("version", _("workbook", "Version"), 40, VERSION, required=True,
           note=(_("workbook", "Which edits of which office this row holds: how Tenpoint "
                               "merges it."), KEEP_NOTE)),
    Column("created_at", _("workbook", "Created at (UTC)"), 19, DATETIME, checksummed=False),
    Column("created_by", _("workbook", "Created by"), 14, checksummed=False),
    Column("updated_at", _("workbook", "Updated at (UTC)"), 19, DATETIME),
    Column("updated_by", _("workbook", "Updated by"), 14),
)
ACTIVITY_COLUMNS = ACTIVITY_INPUT_COLUMNS + ACTIVITY_SYNC_COLUMNS


def people_first(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns as a sheet to fill shows them: what a person fills from the left edge,
    what Tenpoint fills (the Activity ID) at the right edge, each group in declared order."""
    return (tuple(c for c in columns if c.fillable)
            + tuple(c for c in columns if not c.fillable))


# The blank template's Activities sheet, as a person fills it: Title first, the ID last.
# Templates sent before had the ID first; both read the same.
TEMPLATE_COLUMNS = people_first(ACTIVITY_INPUT_COLUMNS)

DELETION_COLUMNS = (
    ACTIVITY_ID,
    Column("title", _("activity", "Title"), 40, LONG_TEXT, checksummed=False,
           context=LABEL_CONTEXT),
    Column("owner_office_id", _("workbook", "Owner office ID"), 38, ID, required=True),
    Column("owner_office", _("workbook", "Owner office"), 24, checksummed=False),
    Column("deleted_at", _("workbook", "Deleted at (UTC)"), 19, DATETIME),
    Column("deleted_by", _("workbook", "Deleted by"), 14),
    Column("revision", _("workbook", "Revision"), 9, INTEGER),
    Column("version", _("workbook", "Version"), 40, VERSION, required=True),
)

ACKNOWLEDGEMENT_COLUMNS = (
    ACTIVITY_ID,
    Column("revision", _("workbook", "Revision held"), 14, INTEGER),
    Column("version", _("workbook", "Version held"), 40, VERSION, required=True),
)

# A history entry's or a catalog change's identity: a UUID (36 characters) in a column as wide as
# the other IDs, so that it never wraps (at 34 it did, and made every History row two lines).
CHANGE_ID = Column("change_id", _("workbook", "Change ID"), 38, TEXT, required=True)

# A catalog item's kind (recommendation, action...): another word than an activity's Kind.
CATALOG_UPDATE_COLUMNS = (
    Column("code", _("workbook", "Code"), 16, TEXT, required=True),
    Column("event", _("workbook", "Event"), 8),
    Column("kind", _("workbook", "Kind"), 22),
    Column("text", _("workbook", "Text"), 90, LONG_TEXT, required=True),
    Column("retired", _("workbook", "Retired"), 9),
)

# Headquarters' changes to the catalog since 2011 (new items, corrections, retirements,
# merges): the whole log, which each office applies in edition order, skipping what it holds.
CATALOG_CHANGE_COLUMNS = (
    CHANGE_ID,
    Column("edition", _("workbook", "Catalog edition"), 10, INTEGER, required=True),
    Column("changed_at", _("workbook", "Changed at (UTC)"), 19, DATETIME, required=True),
    Column("changed_by", _("workbook", "Changed by"), 14),
    Column("office_id", _("workbook", "Office ID"), 38),
    Column("action", _("workbook", "Action"), 16, TEXT, required=True),
    Column("code", _("workbook", "Code"), 16, TEXT, required=True),
    Column("payload", _("workbook", "Values"), 90, LONG_TEXT),
    Column("note", _("workbook", "Note"), 30),
)

# Each history entry of the activities (and deletions) a package carries. The change ID is the
# entry's identity everywhere, so an entry received twice is stored once; it is text, not an ID
# column: entries from before the history travelled have 32 hex digits, kept as they are.
HISTORY_COLUMNS = (
    ACTIVITY_ID,
    CHANGE_ID,
    Column("changed_at", _("workbook", "Changed at (UTC)"), 19, DATETIME, required=True),
    Column("changed_by", _("workbook", "Changed by"), 14),
    Column("office_id", _("workbook", "Office ID"), 38),
    Column("action", _("workbook", "Action"), 16, TEXT, required=True),
    Column("field", _("workbook", "Field"), 16),
    Column("old_value", _("workbook", "Old value"), 40, LONG_TEXT),
    Column("new_value", _("workbook", "New value"), 40, LONG_TEXT),
    Column("note", _("workbook", "Note"), 30),
)

# The manifest is a key/value sheet; keys are stable (never translated), the third column
# explains each in the writer's language.
MANIFEST_HEADERS = (_("workbook", "Key"), _("workbook", "Value"), _("workbook", "Meaning"))
MANIFEST_FIELDS = (
    ("format_version", _("workbook", "Version of this workbook format")),
    ("package_id", _("workbook", "Unique ID of this package; importing it again changes "
                                 "nothing")),
    ("kind", _("workbook", "office = an office's activities; hq_update = headquarters' "
                           "update; template = a form to fill in")),
    ("office_id", _("workbook", "ID of the office that made the package (or that the "
                                "template is for)")),
    ("office_name", _("workbook", "Name of that office")),
    ("country", _("workbook", "Its country (ISO 3166-1 alpha-2)")),
    ("region", _("workbook", "The region a headquarters update is for")),
    ("recipient_office_id", _("workbook", "The office a headquarters update is for")),
    ("created_at", _("workbook", "When the package was made (UTC)")),
    ("app_version", _("workbook", "Tenpoint version that made it")),
    ("schema_version", _("workbook", "Database schema version that made it")),
    ("catalog_version", _("workbook", "Catalog version of the sender")),
    ("activity_count", _("workbook", "Rows in the Activities sheet")),
    ("deletion_count", _("workbook", "Rows in the Deletions sheet")),
    ("acknowledgement_count", _("workbook", "Rows in the Acknowledgements sheet")),
    ("checksum", _("workbook", "SHA-256 of the content; shows whether cells were changed "
                               "after export")),
    ("signing_key", _("workbook", "Public key of the office that made the package")),
    ("signature", _("workbook", "Signature of the content by that key; editing any cell "
                                "breaks it")),
)

# The drop-downs offer the labels (B, D); the codes beside them (A, C) are how the reader
# turns a label back into its code.
LIST_STATUS_RANGE = "$B$2:$B${last}"
LIST_KIND_RANGE = "$D$2:$D${last}"
LIST_COUNTRY_RANGE = "$E$2:$E${last}"
LIST_CODE_RANGE = "$G$2:$G${last}"


def normalize_header(text: object) -> str:
    """A header as compared when reading: case, accents, spaces, underscores and '(UTC)'
    ignored."""
    return fold(str(text or "").replace("_", " ").replace("(UTC)", "").replace("(utc)", ""))


def header_index(columns: tuple[Column, ...], words: ReadingWords | None = None
                 ) -> dict[str, Column]:
    """Both the header and the key name a column, so a hand-made sheet may use either; with
    words, so does the header in any language they hold. English wins a clash; a translation
    that two columns of the sheet share names neither (it could not say which)."""
    index = {}
    for column in columns:
        index[normalize_header(column.header)] = column
        index[normalize_header(column.key)] = column
    translated: dict[str, set[str]] = {}
    by_key = {column.key: column for column in columns}
    for column in columns:
        for spelling in (words.spellings(column.context, column.header)[1:] if words else ()):
            translated.setdefault(normalize_header(spelling), set()).add(column.key)
    for spelling, keys in translated.items():
        if len(keys) == 1 and spelling not in index:
            index[spelling] = by_key[next(iter(keys))]
    return index


def all_columns() -> tuple[Column, ...]:
    """Every column of every data sheet."""
    return (ACTIVITY_COLUMNS + DELETION_COLUMNS + ACKNOWLEDGEMENT_COLUMNS
            + CATALOG_UPDATE_COLUMNS + CATALOG_CHANGE_COLUMNS + HISTORY_COLUMNS)


def readable_texts() -> tuple[tuple[str, str], ...]:
    """(context, English text) of every header and every choice label a workbook shows: what
    a reader recognises in any language (desktop gives their translations, ReadingWords)."""
    headers = [(column.context, column.header) for column in all_columns()]
    labels = [(LABEL_CONTEXT, label) for spec in FIELDS if spec.value_type == CHOICE
              for label in spec.choices.values()]
    return tuple(dict.fromkeys(headers + labels))
