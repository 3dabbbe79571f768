"""Translations made up for the tests, so they do not depend on the real ones being done: a few
headers, labels and sentences of the workbooks in French, Spanish, Russian and Arabic."""

from __future__ import annotations

from exporters.layout import readable_texts
from exporters.wording import ReadingWords, Wording

FRENCH = {
    ("activity", "Title"): "Titre",
    ("activity", "Item codes"): "Codes des points",
    ("activity", "Status"): "Statut",
    ("activity", "Kind"): "Type",
    ("activity", "Country"): "Pays",
    ("activity", "Lead organisation"): "Organisation chef de file",
    ("activity", "Start date"): "Date de début",
    ("activity", "End date"): "Date de fin",
    ("activity", "People reached"): "Personnes touchées",
    ("activity", "Description"): "Description",
    ("activity", "Progress notes"): "Notes d'avancement",
    ("workbook", "Activity ID"): "Identifiant de l'activité",
    ("workbook", "Owner office ID"): "Identifiant du bureau propriétaire",
    ("workbook", "Version"): "Version",
    ("workbook", "Revision"): "Révision",
    ("workbook", "Updated at (UTC)"): "Modifiée le (UTC)",
    ("workbook", "Changed at (UTC)"): "Modifié le (UTC)",
    ("workbook", "Change ID"): "Identifiant de la modification",
    ("workbook", "Action"): "Action",
    ("activity", "Planned"): "Prévue",
    ("activity", "Ongoing"): "En cours",
    ("activity", "Completed"): "Terminée",
    ("activity", "Capacity-building"): "Renforcement des capacités",
    ("activity", "Communication and outreach"): "Communication et sensibilisation",
    ("workbook", "Filled by Tenpoint: do not change it. Sorting, filtering and copying whole "
                 "rows are fine."): "Rempli par Tenpoint : ne le modifiez pas.",
    ("workbook", "The office the activity belongs to."): "Le bureau auquel l'activité "
                                                         "appartient.",
    ("workbook", "Key"): "Clé",
    ("workbook", "Value"): "Valeur",
    ("workbook", "Meaning"): "Signification",
    ("workbook", "Rows in the Activities sheet"): "Lignes de la feuille Activities",
    ("workbook", "Tenpoint template: follow-up activities for {office}"):
        "Modèle Tenpoint : activités de suivi pour {office}",
    ("workbook", "Tenpoint package: follow-up activities of {office}"):
        "Paquet Tenpoint : activités de suivi de {office}",
    ("workbook", "Status code"): "Code du statut",
    ("workbook", "One of the statuses in the Lists sheet."):
        "Un des statuts de la feuille Lists.",
    ("workbook", "Choose a value from the list (see the Lists sheet)."):
        "Choisissez une valeur de la liste (voir la feuille Lists).",
    ("workbook", "&A, page &P of &N"): "&A, page &P sur &N",
    ("workbook", "File"): "Fichier",
    ("workbook", "Row"): "Ligne",
    ("workbook", "Problem"): "Problème",
}
SPANISH = {
    ("activity", "Title"): "Título",
    ("activity", "Status"): "Estado",
    ("activity", "Item codes"): "Códigos de los puntos",
    ("workbook", "Activity ID"): "ID de la actividad",
    ("activity", "Ongoing"): "En curso",
    ("activity", "Capacity-building"): "Fortalecimiento de capacidades",
}
RUSSIAN = {
    ("activity", "Title"): "Название",
    ("activity", "Status"): "Статус",
    ("activity", "Item codes"): "Коды пунктов",
    ("workbook", "Activity ID"): "Идентификатор мероприятия",
    ("activity", "Ongoing"): "Выполняется",
    ("activity", "Capacity-building"): "Укрепление потенциала",
}
ARABIC = {
    ("activity", "Title"): "العنوان",
    ("activity", "Status"): "الحالة",
    ("activity", "Item codes"): "رموز البنود",
    ("workbook", "Activity ID"): "معرّف النشاط",
    ("activity", "Ongoing"): "قيد التنفيذ",
    ("activity", "Capacity-building"): "بناء القدرات",
}
LANGUAGES = {"fr": FRENCH, "es": SPANISH, "ru": RUSSIAN, "ar": ARABIC}


def translator(table: dict):
    """translate(context, text) as a .qm gives it: "" for a text it does not hold."""
    return lambda context, text: table.get((context, text), "")


def wording(language: str) -> Wording:
    """Writing in that made-up language (English where it has no word)."""
    return Wording(translator(LANGUAGES[language]), language)


def reading_words() -> ReadingWords:
    """Reading in every made-up language, as the desktop builds it from the .qm files."""
    return ReadingWords.of(readable_texts(), [translator(t) for t in LANGUAGES.values()])
