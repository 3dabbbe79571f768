"""Workbooks in the languages of the offices: written in the writer's, read in any of five.

The translations are made up (tests/exporters/fake_languages.py): what is tested is that
whatever the translators write is used when writing and recognised when reading, and that
the checksum and the signature do not depend on the language.
"""

from __future__ import annotations

import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import load_workbook

from exporters import layout, problems
from exporters.error_workbook import write_error_workbook
from exporters.layout import readable_texts
from exporters.reader import read_package
from exporters.records import KIND_TEMPLATE, PackageContent, ReferenceLists
from exporters.signature import Signer, signed_payload, verify
from exporters.template import write_template
from exporters.wording import ReadingWords, Wording, fold
from exporters.writer import write_package
from tests.exporters.conftest import activity, manifest
from tests.exporters.fake_languages import (
    ARABIC,
    FRENCH,
    LANGUAGES,
    reading_words,
    translator,
    wording,
)
from tests.workbook_cells import fill_row

LISTS = ReferenceLists(
    statuses=(("planned", "Planned"), ("ongoing", "Ongoing"), ("completed", "Completed")),
    kinds=(("capacity_building", "Capacity-building"), ("outreach", "Communication and outreach")),
    countries=(("SN", "Senegal"),),
    catalog=())


def headers(sheet) -> list:
    return [cell.value for cell in sheet[1]]


def template(path, language: str | None, ids: list[str]):
    """A Dakar template written in language (None: English, the default)."""
    write_template(path, manifest(kind=KIND_TEMPLATE, office_name="Dakar", country="SN"), ids,
                   LISTS, wording(language) if language else Wording())
    return path


def test_a_template_is_written_in_the_language_of_its_writer(tmp_path):
    path = template(tmp_path / "fr.xlsx", "fr", [str(uuid.uuid4())])
    book = load_workbook(path)
    assert book.sheetnames == ["README", "Manifest", "Activities", "Lists"]  # names stay
    sheet = book["Activities"]
    assert headers(sheet)[:3] == ["Titre", "Codes des points", "Statut"]
    assert headers(sheet)[-1] == "Identifiant de l'activité"
    identity = sheet.cell(1, headers(sheet).index("Identifiant de l'activité") + 1)
    assert "Never change" in identity.comment.text  # a note without a translation: English
    validations = {v.prompt: v.error for v in sheet.data_validations.dataValidation}
    assert validations["Un des statuts de la feuille Lists."] == (
        "Choisissez une valeur de la liste (voir la feuille Lists).")
    assert sheet.oddFooter.center.text == "&A, page &P sur &N"
    assert book["README"]["A1"].value == "Modèle Tenpoint : activités de suivi pour Dakar"
    manifest_sheet = book["Manifest"]
    assert headers(manifest_sheet) == ["Clé", "Valeur", "Signification"]
    keys = [row[0].value for row in manifest_sheet.iter_rows(min_row=2)]
    assert keys == [key for key, _meaning in layout.MANIFEST_FIELDS]  # machine codes stay
    lists = book["Lists"]
    assert lists["A1"].value == "Code du statut" and lists["B1"].value == "Statut"
    assert [lists["A2"].value, lists["B2"].value] == ["planned", "Prévue"]  # code, label
    assert lists["D2"].value == "Renforcement des capacités"
    assert lists["F2"].value == "Sénégal"  # the country's name in French (CLDR)


def test_without_a_wording_a_workbook_is_english_as_before(tmp_path):
    path = template(tmp_path / "en.xlsx", None, [str(uuid.uuid4())])
    book = load_workbook(path)
    assert headers(book["Activities"])[:3] == ["Title", "Item codes", "Status"]
    assert book["Lists"]["B2"].value == "Planned" and book["Lists"]["F2"].value == "Senegal"
    assert book["README"]["A1"].value == "Tenpoint template: follow-up activities for Dakar"


FILLED = [
    {"title": "Atelier sur le droit d'asile", "item_codes": "DES-SR-III-01; des-ap-i-a03",
     "status": "ongoing", "kind": "capacity_building", "start_date": "2026-02-01",
     "people_reached": 40, "lead_organisation": "Ministère de l'Intérieur"},
    {"title": "Campagne radio", "item_codes": "DES-SR-III-01", "status": "completed",
     "kind": "outreach", "end_date": "31/03/2026"},
]
HEADER = {"title": ("activity", "Title"), "item_codes": ("activity", "Item codes"),
          "status": ("activity", "Status"), "kind": ("activity", "Kind"),
          "start_date": ("activity", "Start date"), "end_date": ("activity", "End date"),
          "people_reached": ("activity", "People reached"),
          "lead_organisation": ("activity", "Lead organisation")}
LABEL = {"status": dict(LISTS.statuses), "kind": dict(LISTS.kinds)}


def fill_by_hand(path, words: Wording) -> None:
    """Fill rows as a person does, with the words the template shows: its headers, and the
    labels its drop-downs offer."""
    book = load_workbook(path)
    sheet = book["Activities"]
    for row, values in enumerate(FILLED, 2):
        cells = {}
        for key, value in values.items():
            if key in LABEL:
                value = words.text("activity", LABEL[key][value])
            cells[words.text(*HEADER[key])] = value
        fill_row(sheet, row, cells)
    book.save(path)


def read_content(path, words: ReadingWords | None = None):
    read = read_package(path, words=words)
    assert read.problems == () and read.rejected_rows == ()
    return read


def test_a_french_template_filled_by_hand_reads_as_the_same_english_one(tmp_path):
    """The office in Senegal fills a French template; headquarters, in English, reads the
    same data as from an English template filled alike."""
    ids = [str(uuid.uuid4()) for _ in range(4)]
    english = template(tmp_path / "en.xlsx", None, ids)
    french = template(tmp_path / "fr.xlsx", "fr", ids)
    fill_by_hand(english, Wording())
    fill_by_hand(french, wording("fr"))
    assert load_workbook(french)["Activities"]["C2"].value == "En cours"
    from_english = read_content(english)
    from_french = read_content(french, reading_words())
    assert from_french.content.activities == from_english.content.activities
    assert from_french.blank_template_rows == 2
    first = from_french.content.activities[0]
    assert (first.status, first.kind, first.item_codes) == (
        "ongoing", "capacity_building", ("DES-SR-III-01", "des-ap-i-a03"))


def test_french_labels_read_without_the_lists_sheet(tmp_path):
    """The labels are known in every language, not only from the file's own Lists sheet (a
    person may delete it, or copy the rows into another workbook)."""
    ids = [str(uuid.uuid4()) for _ in range(2)]
    french = template(tmp_path / "fr.xlsx", "fr", ids)
    fill_by_hand(french, wording("fr"))
    book = load_workbook(french)
    del book["Lists"]
    book.save(french)
    activities = read_content(french, reading_words()).content.activities
    assert [(a.status, a.kind) for a in activities] == [
        ("ongoing", "capacity_building"), ("completed", "outreach")]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_header_or_label_in_any_known_language_is_recognised(tmp_path, language):
    """Headers typed over, and labels typed in, in any of the languages: read as English."""
    table = LANGUAGES[language]
    path = tmp_path / f"{language}.xlsx"
    write_package(path, one_activity(), LISTS)
    english = read_content(path)
    book = load_workbook(path)
    sheet = book["Activities"]
    status = headers(sheet).index("Status") + 1
    sheet.cell(2, status).value = table[("activity", "Ongoing")].upper()  # case is ignored
    for cell in sheet[1]:
        for (context, text), translated in table.items():
            if cell.value == text and context in ("activity", "workbook"):
                # Arabic typed with a right-to-left mark, and a space too many
                cell.value = f"\u200f{translated} " if language == "ar" else translated
    assert "Status" not in headers(sheet) and "Activity ID" not in headers(sheet)
    book.save(path)
    read = read_content(path, reading_words())
    assert read.checksum_matches and read.content.activities == english.content.activities


def one_activity() -> PackageContent:
    return PackageContent(manifest(country="SN"), (activity(
        status="ongoing", kind="capacity_building", country_iso2="SN"),))


def test_without_the_words_of_other_languages_a_french_file_is_refused_by_name(tmp_path):
    """An installation reading English only (an older Tenpoint) cannot find the columns:
    it refuses the file, naming the column, rather than misreading it."""
    path = template(tmp_path / "fr.xlsx", "fr", [str(uuid.uuid4())])
    fill_by_hand(path, wording("fr"))
    read = read_package(path)
    assert read.content is None
    assert [(p.code, p.column) for p in read.problems] == [
        (problems.MISSING_COLUMN, "Activity ID")]


def test_the_checksum_and_signature_are_the_same_in_every_language(tmp_path):
    """Computed over values and codes, never over the words a language shows: an English
    and a French export of the same data carry the same checksum and signature, and the
    French file verifies where it is read."""
    signer = Signer(Ed25519PrivateKey.generate())
    content = one_activity()
    english = write_package(tmp_path / "en.xlsx", content, LISTS, signer=signer)
    french = write_package(tmp_path / "fr.xlsx", content, LISTS, signer=signer,
                           wording=wording("fr"))
    assert french.checksum == english.checksum and french.signature == english.signature
    sheet = load_workbook(tmp_path / "fr.xlsx")["Activities"]
    assert "Statut" in headers(sheet) and "En cours" in [c.value for c in sheet[2]]
    read = read_content(tmp_path / "fr.xlsx", reading_words())
    assert read.checksum_matches is True
    assert verify(read.content.manifest.signing_key, signed_payload(read.content),
                  read.content.manifest.signature)


def test_a_translation_two_columns_share_names_neither(tmp_path):
    """A translator's slip (one word for two columns) must not put one column's values in
    the other: neither is recognised by it, and the file is refused by name."""
    slip = {("activity", "Title"): "Nom", ("activity", "Item codes"): "Nom"}
    words = ReadingWords.of(readable_texts(), [translator(slip)])
    index = layout.header_index(layout.ACTIVITY_INPUT_COLUMNS, words)
    assert "nom" not in index and index["title"].key == "title"
    path = tmp_path / "slip.xlsx"
    write_template(path, manifest(kind=KIND_TEMPLATE), [str(uuid.uuid4())], LISTS,
                   Wording(translator(slip)))
    book = load_workbook(path)
    fill_row(book["Activities"], 2, {"Nom": "A title"})
    book.save(path)
    read = read_package(path, words=words)
    assert read.content is None and read.problems[0].code == problems.MISSING_COLUMN


def test_english_wins_over_a_translation_that_spells_another_english_header():
    words = ReadingWords.of(readable_texts(), [translator({("activity", "Kind"): "Status"})])
    index = layout.header_index(layout.ACTIVITY_INPUT_COLUMNS, words)
    assert index["status"].key == "status" and index["kind"].key == "kind"


def test_words_are_compared_without_case_accents_or_direction_marks():
    assert fold(" \u200fقيد  التنفيذ\u200e") == fold("قيد التنفيذ")
    assert fold("PRÉVUE") == fold("prevue") == "prevue"
    assert layout.normalize_header("Date de début (UTC)") == "date de debut"


def test_the_reading_words_are_plain_data_for_the_reading_process():
    import pickle

    words = reading_words()
    assert pickle.loads(pickle.dumps(words)) == words
    assert words.spellings("activity", "Title") == ("Title", "Titre", "Título", "Название",
                                                    ARABIC[("activity", "Title")])
    assert ("activity", "Planned") in readable_texts()  # labels, not only headers


def test_the_error_workbook_is_in_the_language_of_the_importer(tmp_path):
    from exporters.problems import Problem
    from exporters.reader import RejectedRow

    problem = Problem("fr.xlsx", "Activities", 3, "Status", "Peut-être",
                      problems.INVALID_STATUS)
    rejected = RejectedRow("Activities", 3, {"title": "Atelier", "status": "Peut-être"},
                           (problem,))
    path = tmp_path / "errors.xlsx"
    write_error_workbook(path, [("fr.xlsx", rejected)], wording=wording("fr"))
    book = load_workbook(path)
    assert book.sheetnames == ["Problems", "Rejected Activities"]
    assert headers(book["Problems"])[:3] == ["Fichier", "Sheet", "Ligne"]
    assert book["Problems"]["D2"].value == "Statut"  # the column, as the person's sheet says
    assert headers(book["Rejected Activities"])[:4] == [
        "Fichier", "Ligne", "Identifiant de l'activité", "Titre"]
    assert FRENCH[("workbook", "Problem")] in headers(book["Problems"])


def test_an_arabic_workbook_runs_from_the_right_edge(tmp_path):
    path = template(tmp_path / "ar.xlsx", "ar", [str(uuid.uuid4())])
    book = load_workbook(path)
    assert all(book[name].sheet_view.rightToLeft for name in book.sheetnames)
    assert book["Activities"]["A1"].value == ARABIC[("activity", "Title")]
    english = load_workbook(template(tmp_path / "en.xlsx", None, [str(uuid.uuid4())]))
    assert not any(english[name].sheet_view.rightToLeft for name in english.sheetnames)
    errors = tmp_path / "errors.xlsx"
    write_error_workbook(errors, [], wording=wording("ar"))
    assert load_workbook(errors)["Problems"].sheet_view.rightToLeft
