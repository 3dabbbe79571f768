"""Fills a Tenpoint database with many realistic follow-up activities, for the benchmarks."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, date, datetime, timedelta

from db.installation.office import setup_office
from db.storage.database import Database

STATUSES = ("planned", "ongoing", "completed", "suspended", "cancelled")
STATUS_WEIGHTS = (30, 35, 25, 6, 4)
KINDS = ("legislative_policy_reform", "capacity_building", "operations", "outreach",
         "data_collection_analysis", "cooperation_coordination", None)
VERBS = ("Training of", "Workshop for", "Review of", "Support to", "Assessment of",
         "Information campaign for", "Coordination meeting with", "Profiling of",
         "Referral guidelines for", "Pilot project with")
SUBJECTS = ("border officials", "coast guards", "asylum adjudicators", "judges and prosecutors",
            "reception staff", "unaccompanied children", "victims of trafficking",
            "mixed migration flows", "the national refugee law", "returnees",
            "host communities", "civil society partners", "regional migration officers")
PLACES = ("in the northern districts", "at the main port of entry", "in the capital",
          "along the coastal route", "in the border region", "in transit centres", "")
ORGANISATIONS = ("Ministry of Interior", "Refugee Affairs Secretariat", "IOM", "UNHCR",
                 "National Red Cross Society", "Danish Refugee Council",
                 "Norwegian Refugee Council", "Immigration Department", "UNICEF",
                 "Ministry of Justice", "Coast Guard Command", "Legal Aid Network")
PEOPLE = ("amina", "omar", "li.wei", "j.okello", "m.haddad")
SQL_TIME = "%Y-%m-%d %H:%M:%S.%f"  # as SQLAlchemy stores UTC times in SQLite


def _sql(value: date | datetime | None) -> str | None:
    """Times and dates as text, the way the ORM writes them (no sqlite3 default adapters)."""
    if isinstance(value, datetime):
        return value.strftime(SQL_TIME)
    return value.isoformat() if value else None


def _catalog_texts(connection) -> tuple[list[str], list[str]]:
    rows = connection.execute("SELECT code, text FROM catalog_item WHERE retired = 0").fetchall()
    return [r[0] for r in rows], [r[1] for r in rows]


def _extra_offices(connection, count: int) -> list[str]:
    """Offices whose activities came in packages: shown read-only here."""
    now = _sql(datetime.now(UTC))
    uuids = [str(uuid.uuid4()) for _ in range(count)]
    connection.executemany(
        "INSERT INTO office (uuid, name, country_iso2, is_headquarters, is_local, created_at, "
        "updated_at) VALUES (?, ?, ?, 0, 0, ?, ?)",
        [(u, f"Field office {i + 1}", "TZ", now, now) for i, u in enumerate(uuids)])
    return uuids


def _activity_row(rng: random.Random, owner: str, texts: list[str], countries: list[str],
                  now: datetime) -> tuple:
    title = " ".join(p for p in (rng.choice(VERBS), rng.choice(SUBJECTS), rng.choice(PLACES))
                     if p)
    start = date(2009, 1, 1) + timedelta(days=rng.randrange(6000)) if rng.random() < .8 else None
    end = start + timedelta(days=rng.randrange(30, 700)) if start and rng.random() < .6 else None
    created = now - timedelta(minutes=rng.randrange(5_000_000))
    deleted = created + timedelta(days=3) if rng.random() < .02 else None
    user = rng.choice(PEOPLE)
    return (
        str(uuid.UUID(int=rng.getrandbits(128), version=4)), owner, title,
        rng.choice(texts)[:600], rng.choice(countries), rng.choice(ORGANISATIONS),
        ", ".join(rng.sample(ORGANISATIONS, rng.randrange(0, 4))), rng.choice(KINDS),
        rng.choices(STATUSES, STATUS_WEIGHTS)[0], _sql(start), _sql(end),
        rng.choice(texts)[:300] if rng.random() < .5 else "", "",
        "Mission report" if rng.random() < .3 else "",
        rng.randrange(10, 5000) if rng.random() < .4 else None, 0, 1,
        json.dumps({owner: 1}), _sql(created), user, _sql(created), user, _sql(deleted),
        user if deleted else None,
    )


def fill_activities(database: Database, count: int, seed: int = 2011, other_offices: int = 2,
                    headquarters: bool = False) -> None:
    """Add count activities (plus links and a history line each) in one bulk transaction;
    at headquarters, spread over other_offices offices whose packages came in."""
    rng = random.Random(seed)
    office = (setup_office(database, "UNHCR headquarters", None, is_headquarters=True)
              if headquarters else setup_office(database, "Dar es Salaam office", "TZ"))
    connection = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        codes, texts = _catalog_texts(cursor)
        countries = ["TZ"] * 8 + ["KE", "UG", "BI", "RW"]
        others = _extra_offices(cursor, other_offices)
        owners = others if headquarters else [office.uuid] * 9 + others
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = [_activity_row(rng, rng.choice(owners), texts, countries, now)
                for _ in range(count)]
        cursor.executemany(
            "INSERT INTO activity (uuid, owner_office_uuid, title, description, country_iso2, "
            "lead_organisation, partners, kind, status, start_date, end_date, progress_notes, "
            "outcome, evidence, people_reached, read_only, revision, version_vector, "
            "created_at, created_by, updated_at, updated_by, deleted_at, deleted_by) "
            "VALUES (" + ", ".join("?" * 24) + ")", rows)
        links = {(row[0], code) for row in rows for code in rng.sample(codes, rng.randrange(1, 4))}
        cursor.executemany(
            "INSERT INTO activity_item_link (activity_uuid, item_code) VALUES (?, ?)",
            sorted(links))
        cursor.executemany(
            "INSERT INTO activity_change (activity_uuid, changed_at, changed_by, office_uuid, "
            "action, change_uuid) VALUES (?, ?, ?, ?, 'created', ?)",
            [(row[0], row[18], row[19], row[1], uuid.uuid4().hex) for row in rows])
        connection.commit()
    finally:
        connection.close()
