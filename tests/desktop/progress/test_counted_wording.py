"""The Progress area in the person's language: counts in their plural form, figures in the
locale's digits, the catalog's regions and action areas by their translated names, and a
report's format told by the chosen filter whatever its translation says."""

from __future__ import annotations

from pathlib import Path

from db.progress.choices import ProgressChoices
from db.progress.targets import TargetProgress
from desktop.progress import report_export
from desktop.progress.filter_bar import ProgressFilterBar
from desktop.progress.tables import number_text, percent_text
from desktop.progress.targets_page import reached_text, threshold_text
from tests.desktop.shared.translation_support import translation

WEST_AFRICA, DATA = "West Africa", "Data collection and analysis"


def target(unit: str, threshold: int, gap: int) -> TargetProgress:
    return TargetProgress("DES-AP-I-T1", "I", "A law", 2014, unit, threshold, False, "one",
                          threshold - gap, gap == 0, gap, (), ())


def test_a_target_of_one_country_one_to_go():
    assert threshold_text(target("countries", 1, 1)) == "1 country"
    assert threshold_text(target("achievements", 3, 1)) == "3 achievements"
    assert reached_text(target("countries", 1, 1)) == "1 to go"


def test_figures_are_written_in_the_locales_digits(tmp_path):
    assert (number_text(1234), percent_text(42)) == ("1,234", "42 %")
    with translation(tmp_path, "fr", {("ProgressTables", "{number} %"): "{number}\u00a0%"}):
        assert (number_text(1234), percent_text(42)) == ("1\u202f234", "42\u00a0%")


def test_regions_and_action_areas_are_offered_by_their_translated_names(qtbot, tmp_path):
    choices = ProgressChoices((("WAF", WEST_AFRICA),), (("DKR", "Dakar 2008", "WAF"),), (),
                              (), ((2, DATA),), None, True)
    with translation(tmp_path, "fr", {("catalog", WEST_AFRICA): "Afrique de l’Ouest",
                                      ("catalog", DATA): "Collecte et analyse des données"}):
        bar = ProgressFilterBar(choices)
        qtbot.addWidget(bar)
    assert bar.region_combo.itemText(1) == "Afrique de l’Ouest"
    assert bar.area_combo.itemText(1) == "2. Collecte et analyse des données"


def test_the_chosen_filter_picks_the_format_whatever_its_translation_says(tmp_path):
    with translation(tmp_path, "fr", {("ReportExport", "PDF document (*.pdf)"):
                                      "Document imprimable (*.PDF)"}):
        pdf = report_export.file_filters()[".pdf"]
        assert report_export.chosen_path("/tmp/rapport", pdf) == Path("/tmp/rapport.pdf")
    assert report_export.chosen_path("/tmp/report", "Excel workbook (*.xlsx)") == Path(
        "/tmp/report.xlsx")
    assert report_export.chosen_path("/tmp/report.pdf", "") == Path("/tmp/report.pdf")


def test_the_status_label_stands_beside_its_box(qtbot):
    """The long "count the follow-up reported in 2011" box once widened the label column and
    left "Status:" far from its box."""
    choices = ProgressChoices((("WAF", WEST_AFRICA),), (("DKR", "Dakar 2008", "WAF"),), (),
                              (), ((2, DATA),), None, True)
    bar = ProgressFilterBar(choices)
    qtbot.addWidget(bar)
    bar.resize(1200, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    bar.layout().activate()
    label = bar.layout().itemAtPosition(1, 4).widget()
    text_end = label.geometry().left() + label.fontMetrics().horizontalAdvance(
        label.text().replace("&", ""))
    gap = bar.status_combo.geometry().left() - text_end
    assert gap < 3 * label.fontMetrics().horizontalAdvance("M")
