"""The canonical content checksum: computed over cell values, so a re-save keeps it, an edit not."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC
from operator import attrgetter

from exporters import layout, value_types
from exporters.cells import utc_naive
from exporters.layout import Column
from exporters.records import PackageContent

SEPARATOR = "\x1f"  # a control character the writer never lets into a cell


def _text(values: list) -> list[str]:
    return [(value or "").strip() for value in values]


def _number(values: list) -> list[str]:
    return ["" if value is None else str(value) for value in values]


def _day(values: list) -> list[str]:
    return [value.isoformat() if value else "" for value in values]


def _moment(values: list) -> list[str]:
    # A UTC time's isoformat() starts with the naive "YYYY-MM-DDTHH:MM:SS" (19 characters),
    # then fractions and the offset: cutting there is utc_naive(value).isoformat(), faster.
    return [(value.isoformat()[:19] if value.tzinfo is UTC else utc_naive(value).isoformat())
            if value else "" for value in values]


def _codes(values: list) -> list[str]:
    return [";".join(value) for value in values]


def _version(values: list) -> list[str]:
    return [",".join(f"{key}:{vector[key]}" for key in sorted(vector)) for vector in values]


# The canonical form of each value type, compared column by column (several times faster than
# converting value by value).
CANONICAL = {value_types.CODES: _codes, value_types.DATE: _day, value_types.DATETIME: _moment,
             value_types.INTEGER: _number, value_types.VERSION: _version}


def covered(columns: tuple[Column, ...]) -> tuple:
    """(field, canonical form) of the sheet's checksummed columns, in the sheet's order."""
    return tuple((column.key, CANONICAL.get(column.kind, _text))
                 for column in columns if column.checksummed)


ACTIVITY_FIELDS = covered(layout.ACTIVITY_COLUMNS)
DELETION_FIELDS = covered(layout.DELETION_COLUMNS)
ACKNOWLEDGEMENT_FIELDS = covered(layout.ACKNOWLEDGEMENT_COLUMNS)
HISTORY_FIELDS = covered(layout.HISTORY_COLUMNS)


def _lines(prefix: str, rows: Iterable, fields: tuple) -> list[str]:
    """One canonical line per record, sorted, so row order does not matter."""
    rows = list(rows)
    if not rows:
        return []
    columns = [canonical(list(map(attrgetter(name), rows))) for name, canonical in fields]
    return sorted(prefix + SEPARATOR.join(line) for line in zip(*columns, strict=True))


def content_checksum(content: PackageContent) -> str:
    """SHA-256 over the data sheets' values, in a canonical order independent of row order.

    History lines come last and only when there are some, so a package without history keeps
    the checksum it had before the history travelled.
    """
    digest = hashlib.sha256()
    manifest = content.manifest
    digest.update(json.dumps([manifest.package_id, manifest.kind, manifest.office_id]).encode())
    lines = (_lines("A", content.activities, ACTIVITY_FIELDS)
             + _lines("D", content.deletions, DELETION_FIELDS)
             + _lines("K", content.acknowledgements, ACKNOWLEDGEMENT_FIELDS)
             + _lines("H", content.history, HISTORY_FIELDS))
    if lines:  # each line ends with a newline: hashed at once, as if line by line
        digest.update(("\n".join(lines) + "\n").encode("utf-8"))
    return digest.hexdigest()
