"""Typed failures of the workbook layer (codes and values; desktop/ words them)."""

from __future__ import annotations


class OperationCancelled(Exception):  # noqa: N818 - it is an outcome, not an error
    """The person pressed Cancel; nothing was written."""


class PackageWriteError(Exception):
    """The package could not be written (disk full, folder missing, file locked)."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
