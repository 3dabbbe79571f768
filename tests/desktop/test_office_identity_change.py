"""File > Office identity: a change is confirmed in the GUI, with what it changes; the
conferences the office follows are listed with why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from db.installation.office import local_office, setup_office
from desktop.setup_dialog import SetupDialog


def open_dialog(qtbot, context) -> SetupDialog:
    """The dialog as File > Office identity opens it: filled with the identity set up."""
    identity = local_office(context.database)
    dialog = SetupDialog(context)
    qtbot.addWidget(dialog)
    if identity is not None:
        dialog.name_edit.setText(identity.name)
        dialog.hq_check.setChecked(identity.is_headquarters)
        if identity.country_iso2:
            dialog.select_country(identity.country_iso2)
    dialog.open()
    return dialog


def plain(html: str) -> str:
    """Rich text as a person reads it: one line per paragraph."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def save(qtbot, dialog: SetupDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def confirmation(qtbot, dialog: SetupDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible())
    return dialog.confirm_box


@pytest.fixture
def nairobi(app_context):
    return setup_office(app_context.database, "Nairobi", "KE")


def test_a_changed_name_asks_first_and_cancel_changes_nothing(qtbot, app_context, nairobi):
    dialog = open_dialog(qtbot, app_context)
    assert dialog.windowTitle() == "Office identity"
    dialog.name_edit.setText("Nairobi Branch Office")
    save(qtbot, dialog)
    box = confirmation(qtbot, dialog)
    assert box.text() == ("This installation is set up as “Nairobi”, Kenya (KE). Change it to "
                          "“Nairobi Branch Office”, Kenya (KE)?")
    said = box.informativeText()
    assert "keeps its ID and its signing key" in said
    assert "Packages already sent keep the old name and country" in said
    assert "--force" not in box.text() + said and not dialog.error_label.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert local_office(app_context.database) == nairobi
    assert dialog.isVisible() and dialog.identity is None


def test_confirming_saves_the_change_and_keeps_the_office_id(qtbot, app_context, nairobi):
    dialog = open_dialog(qtbot, app_context)
    dialog.name_edit.setText("Kampala")
    dialog.select_country("UG")
    save(qtbot, dialog)
    box = confirmation(qtbot, dialog)
    assert ("Activities recorded for a country other than Uganda (UG) can no longer be sent"
            in box.informativeText())
    with qtbot.waitSignal(dialog.accepted):
        dialog.change_button.click()
    saved = local_office(app_context.database)
    assert (saved.uuid, saved.name, saved.country_iso2) == (nairobi.uuid, "Kampala", "UG")
    assert dialog.identity == saved


def test_becoming_headquarters_says_what_changes_in_the_packages(qtbot, app_context, nairobi):
    dialog = open_dialog(qtbot, app_context)
    dialog.hq_check.setChecked(True)
    save(qtbot, dialog)
    said = confirmation(qtbot, dialog).informativeText()
    assert "As headquarters, this installation takes in the offices' packages" in said
    assert "Activities recorded for" not in said
    dialog.change_button.click()
    assert local_office(app_context.database).is_headquarters


def test_headquarters_renamed_warns_of_the_offices_not_headquarters(qtbot, app_context):
    setup_office(app_context.database, "UNHCR HQ", None, is_headquarters=True)
    dialog = open_dialog(qtbot, app_context)
    dialog.name_edit.setText("UNHCR Headquarters, Geneva")
    save(qtbot, dialog)
    box = confirmation(qtbot, dialog)
    assert box.text() == ("This installation is set up as “UNHCR HQ”, with no country. Change "
                          "it to “UNHCR Headquarters, Geneva”, with no country?")
    said = box.informativeText()
    assert "each office knows headquarters by the new ones" in said
    assert "headquarters knows this office by the new ones" not in said
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert local_office(app_context.database).name == "UNHCR HQ"


def test_saving_the_same_identity_asks_nothing(qtbot, app_context, nairobi):
    dialog = open_dialog(qtbot, app_context)
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert dialog.confirm_box is None and dialog.identity == nairobi


def test_the_first_start_saves_without_asking(qtbot, app_context):
    dialog = open_dialog(qtbot, app_context)
    assert dialog.windowTitle() == "Set up this office"
    dialog.name_edit.setText("Nairobi")
    dialog.select_country("KE")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert dialog.confirm_box is None and local_office(app_context.database).name == "Nairobi"


def test_the_conferences_say_why_kenya_follows_each(qtbot, app_context):
    dialog = open_dialog(qtbot, app_context)
    dialog.select_country("KE")
    lines = plain(dialog.regions_label.text()).split("\n")
    assert lines[0].startswith("Gulf of Aden: Sana'a 2008 (named in Selected follow-up "
                               "activity SAN-SEL-F-18: “Monthly Regional Teleconferences")
    assert lines[1].endswith(": Dar es Salaam 2010 (took part)")


def test_headquarters_follows_every_conference_whatever_its_country(qtbot, app_context):
    dialog = open_dialog(qtbot, app_context)
    dialog.select_country("KE")
    dialog.hq_check.setChecked(True)
    assert plain(dialog.regions_label.text()) == "Headquarters sees every region's conferences."


def test_the_conferences_line_is_not_cut_off_after_a_country_is_chosen(qtbot, app_context):
    dialog = open_dialog(qtbot, app_context)
    qtbot.waitExposed(dialog)
    dialog.select_country("KE")
    label = dialog.regions_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert dialog.height() <= dialog.screen().availableGeometry().height()
