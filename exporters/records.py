"""Plain records a package carries: what db/ hands the writer and the reader hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from exporters.activity import ActivityContent

FORMAT_VERSION = 1
KIND_OFFICE = "office"  # an office's own activities, for headquarters
KIND_HQ_UPDATE = "hq_update"  # headquarters' update for one office or region
KIND_TEMPLATE = "template"  # a blank (or hand-filled) template
PACKAGE_KINDS = (KIND_OFFICE, KIND_HQ_UPDATE, KIND_TEMPLATE)


@dataclass(frozen=True)
class Manifest:
    """Who sent the package, when, from which versions, and what it holds."""

    package_id: str
    kind: str
    office_id: str
    office_name: str
    country: str | None
    created_at: datetime
    app_version: str
    schema_version: str
    catalog_version: int
    format_version: int = FORMAT_VERSION
    region: str | None = None
    recipient_office_id: str | None = None
    activity_count: int = 0
    deletion_count: int = 0
    acknowledgement_count: int = 0
    checksum: str = ""
    signing_key: str = ""  # the sender's Ed25519 public key, base64 (empty: unsigned)
    signature: str = ""  # over exporters.signature.signed_payload, base64


@dataclass(frozen=True)
class PackageActivity(ActivityContent):
    """One activity as a package row: its content, its identity and its version."""

    activity_id: str = ""
    owner_office_id: str = ""
    owner_office: str = ""
    revision: int = 0
    version: dict[str, int] = field(default_factory=dict)
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    sheet_row: int = 0  # the row it was read from (0 when written by the app)


@dataclass(frozen=True)
class DeletionRow:
    """An activity deleted at its source; the deletion travels so copies elsewhere follow."""

    activity_id: str
    title: str
    owner_office_id: str
    owner_office: str
    deleted_at: datetime | None
    deleted_by: str
    revision: int
    version: dict[str, int]
    sheet_row: int = 0


@dataclass(frozen=True)
class AcknowledgementRow:
    """A revision of one of the recipient office's activities that headquarters holds."""

    activity_id: str
    revision: int
    version: dict[str, int]
    sheet_row: int = 0


@dataclass(frozen=True)
class HistoryRow:
    """One entry of an activity's history, as made where it was made; it travels unchanged."""

    activity_id: str
    change_id: str
    changed_at: datetime | None
    changed_by: str = ""
    office_id: str = ""  # the office where the change was made
    action: str = ""
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    note: str = ""
    sheet_row: int = 0


@dataclass(frozen=True)
class CatalogRow:
    """A catalog item as the reference list and the catalog updates show it."""

    code: str
    event: str
    kind: str
    text: str
    retired: bool = False

    @property
    def short_title(self) -> str:
        """The first words of the text, for the drop-down list beside the code."""
        return self.text if len(self.text) <= 100 else self.text[:97].rstrip() + "..."


@dataclass(frozen=True)
class CatalogChangeRow:
    """One change headquarters made to the catalog, as its log holds it (db/catalog/changes.py);
    it travels unchanged, so every office applies the same change in the same edition order."""

    change_id: str
    edition: int
    changed_at: datetime | None
    changed_by: str = ""
    office_id: str = ""
    action: str = ""
    code: str = ""
    payload: str = "{}"  # JSON: the action's values
    note: str = ""
    sheet_row: int = 0


@dataclass(frozen=True)
class ReferenceLists:
    """The values the data sheets' drop-downs offer: statuses, kinds, countries, codes."""

    statuses: tuple[tuple[str, str], ...]  # (code, English label)
    kinds: tuple[tuple[str, str], ...]
    countries: tuple[tuple[str, str], ...]  # (ISO code, name)
    catalog: tuple[CatalogRow, ...]


@dataclass(frozen=True)
class PackageContent:
    """Everything written to or read from one package, minus the human README."""

    manifest: Manifest
    activities: tuple[PackageActivity, ...] = ()
    deletions: tuple[DeletionRow, ...] = ()
    acknowledgements: tuple[AcknowledgementRow, ...] = ()
    catalog_updates: tuple[CatalogRow, ...] = ()
    history: tuple[HistoryRow, ...] = ()  # of the activities and deletions it carries
    catalog_changes: tuple[CatalogChangeRow, ...] = ()  # headquarters' catalog log, whole

