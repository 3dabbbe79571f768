"""Reading the catalog data files (resources/catalog) into plain rows for the loader."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from db.errors import CatalogDataError
from db.resources import catalog_dir

# Item fields that have columns of their own; everything else goes into the item's "extra".
ITEM_COLUMNS = {"code", "kind", "label", "ordinal", "parent", "subheading", "lines", "text",
                "cited_as", "action_areas", "notes", "xref", "deadline"}


@dataclass
class CatalogRows:
    """Every row the catalog holds, table by table, as dictionaries of column values."""

    version: int
    source_sha256: str
    action_areas: list[dict] = field(default_factory=list)
    regions: list[dict] = field(default_factory=list)
    countries: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    item_areas: list[dict] = field(default_factory=list)
    cross_references: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)
    participation: list[dict] = field(default_factory=list)


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogDataError(path.name, str(exc)) from exc


def _iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def bundled_catalog_version(folder: Path | None = None) -> int:
    """The catalog version this build ships (resources/catalog/meta.json)."""
    return int(_read((folder or catalog_dir()) / "meta.json")["catalog_version"])


def read_catalog(folder: Path) -> CatalogRows:
    """Read and flatten every catalog file in folder."""
    meta = _read(folder / "meta.json")
    rows = CatalogRows(version=int(meta["catalog_version"]), source_sha256=meta["source_sha256"])
    _read_action_areas(_read(folder / "action_areas.json"), rows)
    _read_countries(_read(folder / "countries.json"), rows)
    _read_events(_read(folder / "events.json"), rows)
    _read_participation(_read(folder / "participation.json"), rows)
    known_documents = {d["code"] for d in rows.documents}
    for path in sorted((folder / "items").glob("*.json")):
        document = _read(path)
        if document["code"] not in known_documents:
            raise CatalogDataError(path.name, f"document {document['code']} not in events.json")
        _read_document_items(document, rows)
    return rows


def _read_action_areas(data: dict, rows: CatalogRows) -> None:
    for area in data["action_areas"]:
        rows.action_areas.append({
            "number": area["number"], "name": area["name"], "chapter": area.get("chapter"),
            "variants": _dumps(area.get("variants", [])),
        })


def _read_countries(data: dict, rows: CatalogRows) -> None:
    for country in data["countries"]:
        rows.countries.append({
            "iso2": country["iso2"], "name": country["name"],
            "aliases": "|".join(country.get("aliases", [])),
        })
    for place in data.get("places", []):
        rows.places.append({"name": place["name"], "country_iso2": place["country"]})


def _read_events(data: dict, rows: CatalogRows) -> None:
    for region in data["regions"]:
        rows.regions.append({"code": region["code"], "name": region["name"],
                             "description": region.get("description", "")})
    for ordinal, event in enumerate(data["events"], start=1):
        rows.events.append({
            "code": event["code"], "ordinal": event.get("order", ordinal), "title": event["title"],
            "short_name": event["short_name"], "kind": event["kind"], "city": event["city"],
            "country_iso2": event["country"], "start_date": _iso_date(event["start_date"]),
            "end_date": _iso_date(event["end_date"]), "region_code": event["region"],
            "organizers": event.get("organizers", ""), "url": event.get("url", ""),
            "first_line": event["lines"][0], "last_line": event["lines"][-1],
        })
        for doc_ordinal, document in enumerate(event["documents"], start=1):
            rows.documents.append({
                "code": document["code"], "event_code": event["code"], "ordinal": doc_ordinal,
                "kind": document["kind"], "title": document["title"],
                "issued_on": _iso_date(document.get("date")),
                "first_line": document["lines"][0], "last_line": document["lines"][-1],
                "annexes": _dumps(document.get("annexes", [])),
            })


def _read_participation(data: dict, rows: CatalogRows) -> None:
    for row in data["participation"]:
        rows.participation.append({
            "event_code": row["event"], "country_iso2": row["country"], "place": row.get("place"),
            "role": row["role"], "regional": bool(row["regional"]),
            "source_lines": _dumps(row.get("lines", [])), "evidence": row.get("evidence", ""),
        })


def _read_document_items(document: dict, rows: CatalogRows) -> None:
    for section_ordinal, section in enumerate(document["sections"], start=1):
        extra = {k: v for k, v in section.items()
                 if k not in {"code", "key", "label", "title", "line", "parent", "items"}}
        rows.sections.append({
            "code": section["code"], "document_code": document["code"],
            "parent_code": section.get("parent"), "ordinal": section_ordinal,
            "key": section["key"], "label": section.get("label", ""), "title": section["title"],
            "line": section["line"], "extra": _dumps(extra),
        })
        for item in section.get("items", []):
            _read_item(item, section["code"], document["code"], rows)


def _read_item(item: dict, section_code: str, document_code: str, rows: CatalogRows) -> None:
    code = item["code"]
    rows.items.append({
        "code": code, "document_code": document_code, "section_code": section_code,
        "parent_code": item.get("parent"), "kind": item["kind"], "ordinal": item["ordinal"],
        "label": item.get("label", ""), "cited_as": item.get("cited_as"),
        "subheading": item.get("subheading"), "text": item["text"],
        "source_lines": _dumps(item["lines"]), "notes": _dumps(item.get("notes", [])),
        "extra": _dumps({k: v for k, v in item.items() if k not in ITEM_COLUMNS}),
        "retired": False,
    })
    for link in item.get("action_areas", []):
        rows.item_areas.append({"item_code": code, "area_number": link["area"],
                                "basis": link["basis"]})
    xref = item.get("xref")
    if xref:
        for link in xref.get("links", []):
            rows.cross_references.append({
                "source_code": code, "target_code": link.get("code"), "printed": xref["printed"],
                "suspect": bool(link.get("suspect")), "reason": link.get("reason"),
            })
    if item["kind"] == "target":
        rows.targets.append({"item_code": code, "area_section_code": section_code,
                             "deadline_year": int(item.get("deadline", "2012"))})
