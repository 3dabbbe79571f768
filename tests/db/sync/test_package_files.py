"""Which files of a folder an import reads, and why it leaves the others out."""

from __future__ import annotations

from db.sync.package_files import (
    SKIPPED_CSV,
    SKIPPED_FOLDER,
    SKIPPED_LOCK_FILE,
    SKIPPED_ODS,
    SKIPPED_OTHER,
    SKIPPED_OTHER_EXCEL,
    SKIPPED_XLS,
    SkippedFile,
    find_package_files,
    package_files,
)


def folder_with(tmp_path, *names: str):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(b"")
    return folder


def test_every_file_of_a_folder_not_read_is_named_with_why(tmp_path):
    folder = folder_with(tmp_path, "b.xlsx", "a.XLSX", "a.ods", "c.xls", "d.csv", "e.xlsm",
                         "notes.pdf", "~$b.xlsx", ".~lock.b.xlsx#", ".DS_Store", "Thumbs.db",
                         "._b.xlsx")
    (folder / "older").mkdir()
    found = find_package_files([str(folder)])
    assert found.files == (folder / "a.XLSX", folder / "b.xlsx")
    assert set(found.skipped) == {
        SkippedFile(folder / "a.ods", SKIPPED_ODS), SkippedFile(folder / "c.xls", SKIPPED_XLS),
        SkippedFile(folder / "d.csv", SKIPPED_CSV),
        SkippedFile(folder / "e.xlsm", SKIPPED_OTHER_EXCEL),
        SkippedFile(folder / "notes.pdf", SKIPPED_OTHER),
        SkippedFile(folder / "~$b.xlsx", SKIPPED_LOCK_FILE),
        SkippedFile(folder / ".~lock.b.xlsx#", SKIPPED_LOCK_FILE),
        SkippedFile(folder / "older", SKIPPED_FOLDER)}
    assert found.empty_folders == ()
    assert package_files([folder]) == list(found.files)


def test_a_folder_without_packages_is_empty_with_what_it_holds(tmp_path):
    folder = folder_with(tmp_path, "a.ods", "~$a.xlsx")
    empty = tmp_path / "nothing"
    empty.mkdir()
    found = find_package_files([folder, empty])
    assert found.files == () and found.empty_folders == (folder, empty)
    assert [s.path.name for s in found.skipped_in(folder)] == ["a.ods", "~$a.xlsx"]
    assert found.skipped_in(empty) == ()


def test_files_named_are_read_whatever_their_name(tmp_path):
    """A file named on its own is read: the reader says what it is (an .ods, say)."""
    found = find_package_files([str(tmp_path / "a.ods"), str(tmp_path / "missing.xlsx")])
    assert found.files == (tmp_path / "a.ods", tmp_path / "missing.xlsx")
    assert found.skipped == ()
