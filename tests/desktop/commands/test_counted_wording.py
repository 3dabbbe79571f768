"""Counts on the command line take their number's plural form ("1 deletion", "2 deletions")
and a list of counts is one list in the language's way, not English words glued together."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from db.storage.backups import BackupInfo
from db.sync.importing import ACCEPTED, REJECTED, PackageOutcome
from desktop.commands.backup_command import format_backup
from desktop.commands.sync_report import MAX_PROBLEMS_SHOWN, format_outcome
from exporters.problems import Problem
from tests.desktop.shared.translation_support import translation


def test_one_new_activity_and_one_deletion_read_in_the_singular():
    text = format_outcome(PackageOutcome("nairobi.xlsx", ACCEPTED, new=1, deleted=1), False)
    assert "  1 new, 0 updated, 0 unchanged, 0 in conflict, and 0 rejected\n" in text
    assert "  (1 deletion)\n" in text


def test_the_counts_a_package_has_at_times_are_one_list():
    outcome = PackageOutcome("bulk.xlsx", ACCEPTED, deleted=2, outdated=1,
                             blank_template_rows=3)
    assert "(2 deletions, 1 older version ignored, and 3 empty template rows)" in \
        format_outcome(outcome, dry_run=True)


def test_the_problems_left_out_are_counted_in_their_plural_form():
    problems = tuple(Problem("bulk.xlsx", "Activities", row, "Title", None, "required")
                     for row in range(2, MAX_PROBLEMS_SHOWN + 3))
    text = format_outcome(PackageOutcome("bulk.xlsx", REJECTED, problems=problems), False)
    assert "  ... and 1 more problem\n" in text


def test_a_backup_of_one_activity_says_so():
    info = BackupInfo(Path("tenpoint-backup.sqlite"), datetime(2026, 3, 1, tzinfo=UTC),
                      "manual", 4096, office_name="UNHCR Nairobi", activity_count=1)
    assert "1 activity, UNHCR Nairobi" in format_backup(info)


def test_russian_counts_take_the_form_of_their_number(tmp_path):
    """Russian has three forms: what a translator gives is what the summary says."""
    forms = ("%Ln удаление", "%Ln удаления", "%Ln удалений")
    with translation(tmp_path, "ru", {("sync", "%Ln deletions"): forms}):
        texts = [format_outcome(PackageOutcome("p.xlsx", ACCEPTED, deleted=n), False)
                 for n in (1, 3, 5, 21)]
    details = [line for text in texts for line in text.splitlines() if line.startswith("  (")]
    assert details == ["  (1 удаление)", "  (3 удаления)", "  (5 удалений)", "  (21 удаление)"]
