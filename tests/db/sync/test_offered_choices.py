"""What an exported package's drop-downs offer: what the receiving import will accept."""

from __future__ import annotations

from openpyxl import load_workbook

from db.sync.exporting import export_template
from tests.db.sync.helpers import Site


def _country_choices(path) -> str:
    """The Country drop-down's source in the Activities sheet."""
    sheet = load_workbook(path)["Activities"]
    column = next(c.column_letter for c in sheet[1] if c.value == "Country")
    return next(v.formula1 for v in sheet.data_validations.dataValidation
                if f"{column}2" in str(v.sqref))


def test_the_country_drop_down_offers_what_the_import_accepts(catalog_template, tmp_path):
    """A field office's rows may only hold its own country; headquarters' any."""
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    try:
        assert _country_choices(nairobi.export()) == "'Lists'!$E$2:$E$2"
        export_template(nairobi.database, tmp_path / "t.xlsx", rows=2)
        assert _country_choices(tmp_path / "t.xlsx") == "'Lists'!$E$2:$E$2"
        export_template(hq.database, tmp_path / "own.xlsx", rows=2)
        assert _country_choices(tmp_path / "own.xlsx").endswith("$E$250")
    finally:
        nairobi.close()
        hq.close()
