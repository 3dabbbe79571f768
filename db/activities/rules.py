"""The activity's rules (exporters/activity.py) against this database: what the editor's
service and the package check both check an activity against."""

from __future__ import annotations

from sqlmodel import Session

from db.catalog.changes import survivors
from db.storage.quick_read import sql_of
from exporters.activity import ActivityContent, ActivityReference, Problem, activity_problems


def activity_reference(session: Session, own_country: str | None) -> ActivityReference:
    """The catalog's item codes and the known countries; own_country: the one country the
    activities' office records (None: any, as at headquarters). A merged item's code is
    spelled as the item that replaced it, so a link made before the merge lands there."""
    sql = sql_of(session)
    codes = {code.lower(): code for (code,) in sql.all("SELECT code FROM catalog_item")}
    codes.update({old.lower(): new for old, new in survivors(session).items()})
    countries = frozenset(code for (code,) in sql.all("SELECT iso2 FROM country"))
    return ActivityReference(codes, countries, own_country)


def problems_here(session: Session, content: ActivityContent, own_country: str | None
                  ) -> list[Problem]:
    """Every problem with content, checked against this database's catalog and countries."""
    return activity_problems(content, activity_reference(session, own_country))
