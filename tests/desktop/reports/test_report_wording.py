"""A report's words reach the translators and read well in any language: counts in their
plural form, action areas by their translated names, no text hidden from lupdate."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.reports.contents import area_text
from desktop.reports.writing import WrittenReport, contents_text
from tests.desktop.shared.translation_support import translation
from tools.translations.update import OPTIONS, ROOT, qt_tool

DATA = "Data collection and analysis"


def test_what_a_report_holds_is_counted_in_the_singular_too():
    assert contents_text(WrittenReport(Path("r.pdf"), 1, 1, 1)) == "1 activity, 1 event, and 1 page"
    assert contents_text(WrittenReport(Path("r.xlsx"), 2, 3)) == "2 activities and 3 events"


def test_the_action_area_of_the_scope_is_named_in_the_persons_language(tmp_path):
    with translation(tmp_path, "fr", {("catalog", DATA): "Collecte et analyse des données"}):
        assert area_text(f"2. {DATA}") == "2. Collecte et analyse des données"
    assert area_text("") == ""


def extracted(tmp_path: Path, *files: str) -> set[tuple[str, str]]:
    """(context, text) of every message lupdate finds in files, as the project runs it."""
    ts_file = tmp_path / "found.ts"
    subprocess.run([str(qt_tool("lupdate")), *OPTIONS, *(str(ROOT / f) for f in files), "-ts",
                    str(ts_file)], check=True)
    return {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts_file).getroot().iter("context")
            for message in context.iter("message")}


def test_lupdate_finds_the_texts_that_sat_inside_f_strings(tmp_path):
    found = extracted(tmp_path, "desktop/reports/pdf.py", "desktop/commands/catalog_command.py",
                      "desktop/commands/conflicts_command.py")
    assert {("reports", "Data sources"), ("reports", "No activities counted."),
            ("reports", "No events in this report."), ("reports", "No asking items."),
            ("reports", "No follow-up recorded."), ("cli", "(unresolved)"),
            ("cli", "local (by {who}):"), ("cli", "incoming (by {who}):")} <= found
