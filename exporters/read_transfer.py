"""Sends a read package from the reading child process to the application, cheaply.

Pickling tens of thousands of row objects one by one costs as much as reading them from the
sheet (the History sheet alone holds several rows per activity). Their field values as plain
tuples cost about half, and sent in batches the application unpacks one batch while the child
packs the next: both cores work instead of one after the other.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
from collections.abc import Callable, Sequence

from exporters.reader import ReadPackage

BATCH_ROWS = 2000
BULKY = ("activities", "history")  # the PackageContent fields that hold most rows


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(cls))


def pack(rows: Sequence) -> tuple[type, list[tuple]]:
    """Rows of one dataclass as the class and each row's field values."""
    cls = type(rows[0])
    values = operator.attrgetter(*_field_names(cls))
    return cls, [values(row) for row in rows]


def unpack(packed: tuple[type, list[tuple]]) -> list:
    """The rows pack() was given, equal field by field."""
    cls, rows = packed
    names, new = _field_names(cls), object.__new__
    result = []
    for values in rows:
        row = new(cls)  # a frozen dataclass without __post_init__: its fields are its state
        row.__dict__.update(zip(names, values, strict=True))
        result.append(row)
    return result


def send_read(send: Callable[[tuple], None], index: int, read: ReadPackage) -> None:
    """("rows", index, field, packed) batches, then ("done", index, the rest of read)."""
    content = read.content
    if content is not None:
        for name in BULKY:
            rows = getattr(content, name)
            for start in range(0, len(rows), BATCH_ROWS):
                send(("rows", index, name, pack(rows[start:start + BATCH_ROWS])))
        read = dataclasses.replace(read, content=dataclasses.replace(
            content, **{name: () for name in BULKY}))
    send(("done", index, read))


class Received:
    """Each file's batches of rows until its ("done", ...) message completes it."""

    def __init__(self) -> None:
        self._rows: dict[int, dict[str, list]] = {}

    def add(self, index: int, name: str, packed: tuple[type, list[tuple]]) -> None:
        self._rows.setdefault(index, {}).setdefault(name, []).extend(unpack(packed))

    def complete(self, index: int, read: ReadPackage) -> ReadPackage:
        rows = self._rows.pop(index, None)
        if not rows or read.content is None:
            return read
        return dataclasses.replace(read, content=dataclasses.replace(
            read.content, **{name: tuple(values) for name, values in rows.items()}))
