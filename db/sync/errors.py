"""Typed errors of the sync services: codes and values, worded by desktop/."""

from __future__ import annotations

from db.errors import TenpointDataError


class ExportScopeError(TenpointDataError):
    """The export asked for does not fit this installation.

    code: hq_needs_scope (headquarters must name an office or region), office_has_no_scope
    (an office exports only its own package), unknown_office, unknown_region,
    template_needs_country (a field office's template needs its country).
    """

    def __init__(self, code: str, value: str | None = None) -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


class ConflictNotFoundError(TenpointDataError):
    """No open conflict has this number (it may have been resolved already)."""

    def __init__(self, conflict_id: int) -> None:
        super().__init__(str(conflict_id))
        self.conflict_id = conflict_id


class ConflictChoiceError(TenpointDataError):
    """A resolution that is not keep local, keep incoming or edited (with the edited values)."""

    def __init__(self, choice: str) -> None:
        super().__init__(choice)
        self.choice = choice


class PackageFileError(TenpointDataError):
    """A package file could not be written (code from exporters: disk full, locked, ...)."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
