"""At a field office, headquarters' catalog changes arriving in an update show in the browser
as soon as the import ends: a new item in the tree, the merged item retired."""

from __future__ import annotations

from db.catalog.changes import record_edits
from exporters.catalog_edits import ADD_ITEM, SUPERSEDE, CatalogEdit
from tests.db.catalog.test_changes import OLD, SURVIVOR
from tests.db.sync.helpers import Site
from tests.desktop.browser.helpers import make_context, shown_area


def test_an_update_s_new_item_shows_in_the_office_s_tree_after_the_import(
        qtbot, catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    office = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    try:
        area = shown_area(qtbot, make_context(office.database, tmp_path / "nairobi"))
        assert area.tree_model.index_of_code(OLD).isValid()
        # An item added to a conference the office follows already: its regions stay the same.
        record_edits(hq.database, [
            CatalogEdit(ADD_ITEM, {"code": "DES-SR-III-90", "section_code": "DES-SR-III",
                                   "kind": "recommendation", "text": "Added in 2013"}),
            CatalogEdit(SUPERSEDE, {"code": OLD, "into": SURVIVOR})], "hq")
        office.receive(hq.export(region_code="EHSA"))
        area.refresh()  # what the Sync area's activities_changed calls after an import
        assert area.tree_model.index_of_code("DES-SR-III-90").isValid()
        assert not area.tree_model.index_of_code(OLD).isValid()  # retired: hidden by default
    finally:
        hq.close()
        office.close()
