"""The activity's rules (exporters/activity.py) against this database: what the editor's
service and the package check both check an activity against."""

from __future__ import annotations

from sqlmodel import Session

from db.catalog.changes import survivors
from db.storage.quick_read import sql_of
from exporters import problems
from exporters.activity import (
    FIELDS,
    ActivityContent,
    ActivityReference,
    Problem,
    activity_problems,
)
from exporters.cells import ILLEGAL_XML

# A text holding a control character (other than tab and line breaks) is refused, wherever
# it was typed: a package cannot carry one (XML has no place for it; the writer would drop
# it, so both ends would differ) and PostgreSQL cannot store NUL, so the same text is
# refused on both databases rather than failing on one. The value names the first one.
_TEXT_FIELDS = tuple(spec.name for spec in FIELDS if spec.max_length is not None)
_ORDER = {spec.name: position for position, spec in enumerate(FIELDS)}


def activity_reference(session: Session, own_country: str | None) -> ActivityReference:
    """The catalog's item codes and the known countries; own_country: the one country the
    activities' office records (None: any, as at headquarters). A merged item's code is
    spelled as the item that replaced it, so a link made before the merge lands there."""
    sql = sql_of(session)
    codes = {code.lower(): code for (code,) in sql.all("SELECT code FROM catalog_item")}
    codes.update({old.lower(): new for old, new in survivors(session).items()})
    countries = frozenset(code for (code,) in sql.all("SELECT iso2 FROM country"))
    return ActivityReference(codes, countries, own_country)


def control_character_problems(content: ActivityContent) -> list[Problem]:
    """A problem per text holding a control character, naming the first (e.g. "U+0000")."""
    found = []
    for name in _TEXT_FIELDS:
        value = getattr(content, name)
        match = ILLEGAL_XML.search(value) if isinstance(value, str) else None
        if match:
            found.append((name, problems.CONTROL_CHARACTER, f"U+{ord(match.group()):04X}"))
    return found


def checked_problems(content: ActivityContent, reference: ActivityReference) -> list[Problem]:
    """Every problem with content (the activity's rules and control characters), in field
    order: what the editor and the package check both refuse."""
    found = activity_problems(content, reference) + control_character_problems(content)
    return sorted(found, key=lambda problem: _ORDER[problem[0]])


def problems_here(session: Session, content: ActivityContent, own_country: str | None
                  ) -> list[Problem]:
    """Every problem with content, checked against this database's catalog and countries."""
    return checked_problems(content, activity_reference(session, own_country))
