"""What the Sync area says about a package's counts: each count in its number's plural form,
one list in the language's way, and a problem's place worded whole."""

from __future__ import annotations

from db.sync.importing import ACCEPTED, PackageOutcome
from desktop.shared.sync_messages import problem_message, problem_place
from desktop.sync.messages import outcome_notes, summary_text
from exporters.problems import TOO_LONG, Problem
from tests.desktop.shared.translation_support import translation


def test_a_package_of_one_new_activity_is_summed_up_in_the_singular():
    outcome = PackageOutcome("nairobi.xlsx", ACCEPTED, new=1)
    assert summary_text((outcome,)) == (
        "nairobi.xlsx: 1 new, 0 updated, 0 unchanged, 0 in conflict, and 0 rejected.")


def test_the_preview_notes_count_one_thing_in_the_singular():
    notes = outcome_notes(PackageOutcome("nairobi.xlsx", ACCEPTED, deleted=1, outdated=1,
                                         catalog_updates=1, acknowledged=1))
    assert notes == ["1 older version will be ignored: it never overwrites newer data.",
                     "1 deletion.", "1 activity acknowledged by headquarters.",
                     "1 catalog update."]


def test_the_counts_are_listed_the_languages_way(tmp_path):
    outcome = PackageOutcome("nairobi.xlsx", ACCEPTED, new=2, updated=1)
    with translation(tmp_path, "fr", {("sync", "%Ln new", "activities"): ("%Ln nouvelle",
                                                                            "%Ln nouvelles")}):
        text = summary_text((outcome,))
    assert text.startswith("nairobi.xlsx: 2 nouvelles, 1 updated, ") and " et 0 rejected" in text


def test_a_text_too_long_by_its_number_of_characters():
    problem = Problem("bulk.xlsx", "Activities", 4, "Title", "501", TOO_LONG)
    assert problem_message(problem) == "The text is too long (501 characters)."
    assert problem_place(problem) == 'bulk.xlsx, sheet "Activities", row 4, column "Title"'


def test_a_problem_names_its_column_as_the_interface_s_language_heads_it(tmp_path):
    """A French office filled a French template: the message says "Titre", not "Title"."""
    problem = Problem("bulk.xlsx", "Activities", 4, "Title", "501", TOO_LONG)
    with translation(tmp_path, "fr", {("activity", "Title"): "Titre",
                                      ("sync", "{place}, column \"{column}\""):
                                          "{place}, colonne « {column} »"}):
        assert problem_place(problem) == 'bulk.xlsx, sheet "Activities", row 4, colonne « Titre »'
