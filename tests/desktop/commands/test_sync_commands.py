"""The sync commands as IT and headquarters run them: export, import, template, conflicts."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.desktop.cli_support import run
from tests.workbook_cells import fill_row


@pytest.fixture
def offices(tmp_path, capsys):
    """Headquarters and Nairobi, each set up in its own data folder, each trusting the
    other's signing key (registered from the key files IT passed on)."""
    hq, nairobi = str(tmp_path / "hq"), str(tmp_path / "nairobi")
    run(capsys, "--data-dir", hq, "setup", "--office-name", "UNHCR HQ", "--hq")
    _, out, _ = run(capsys, "--data-dir", nairobi, "setup", "--office-name", "Nairobi",
                    "--country", "KE")
    nairobi_id = [line.split()[-1] for line in out.splitlines() if "Office ID" in line][0]
    for sender, receiver in ((hq, nairobi), (nairobi, hq)):
        key = f"{sender}-key.txt"
        run(capsys, "--data-dir", sender, "keys", "export", key)
        run(capsys, "--data-dir", receiver, "keys", "trust", key)
    return hq, nairobi, nairobi_id


def fill_template(path, rows) -> None:
    book = load_workbook(path)
    sheet = book["Activities"]
    for number, (title, codes) in enumerate(rows, start=2):
        fill_row(sheet, number, {"Title": title, "Item codes": codes})
    book.save(path)


def test_offices_and_headquarters_exchange_packages_both_ways(offices, tmp_path, capsys):
    hq, nairobi, nairobi_id = offices
    template = tmp_path / "bulk.xlsx"
    code, out, _ = run(capsys, "--data-dir", nairobi, "template", str(template), "--rows", "5")
    assert code == 0 and "Nairobi (KE) with 5 rows" in out
    fill_template(template, [("Radio spots", "DES-SR-III-01"), ("Training", "DES-AP-I-A03")])
    code, out, _ = run(capsys, "--data-dir", nairobi, "import", "--accept-unsigned",
                       str(template))
    assert code == 0 and "2 new" in out and "(3 empty template rows)" in out
    package = tmp_path / "nairobi.xlsx"
    code, out, _ = run(capsys, "--data-dir", nairobi, "export", str(package))
    assert code == 0 and "2 activities" in out
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--dry-run", str(package))
    assert code == 0 and "would be imported" in out and "2 new" in out
    code, out, _ = run(capsys, "--data-dir", hq, "import", str(tmp_path / "nairobi.xlsx"))
    assert code == 0 and "=> imported" in out
    update = tmp_path / "to-nairobi.xlsx"
    code, out, _ = run(capsys, "--data-dir", hq, "export", str(update), "--office", nairobi_id)
    assert code == 0 and "2 acknowledgements" in out
    code, out, _ = run(capsys, "--data-dir", nairobi, "import", "--json", str(update))
    report = json.loads(out)
    assert code == 0 and report["packages"][0]["counts"]["acknowledged"] == 2


def test_a_folder_imports_every_package_in_it_with_a_summary_each(offices, tmp_path, capsys):
    hq, nairobi, _ = offices
    folder = tmp_path / "inbox"
    folder.mkdir()
    template = folder / "filled.xlsx"
    run(capsys, "--data-dir", hq, "template", str(template), "--office-name", "Kigali",
        "--country", "RW", "--rows", "3")
    fill_template(template, [("Hotline", "des-sr-iii-02")])
    run(capsys, "--data-dir", nairobi, "export", str(folder / "nairobi.xlsx"))
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--accept-unsigned", str(folder))
    assert code == 0
    assert "filled.xlsx: filled template from Kigali" in out
    assert "nairobi.xlsx: office package from Nairobi" in out


def test_a_rejected_package_exits_non_zero_and_says_where(offices, tmp_path, capsys):
    hq, _, _ = offices
    template = tmp_path / "t.xlsx"
    run(capsys, "--data-dir", hq, "template", str(template), "--office-name", "Kigali",
        "--country", "RW", "--rows", "3")
    fill_template(template, [("Good row", "DES-SR-III-01"), ("Bad row", "XYZ-1")])
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--dry-run", "--json",
                       "--accept-unsigned", str(template))
    problem = json.loads(out)["packages"][0]["problems"][0]
    assert code == 1
    assert (problem["sheet"], problem["row"], problem["column"], problem["value"],
            problem["code"]) == ("Activities", 3, "Item codes", "XYZ-1", "unknown_item_code")
    assert "XYZ-1" in problem["message"] and "row 3" in problem["place"]
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--accept-unsigned", str(template))
    assert code == 1 and "REJECTED" in out and "1 new" in out
    errors = tmp_path / "errors.xlsx"
    code, out, _ = run(capsys, "--data-dir", hq, "import", str(template), "--accept-unsigned",
                       "--valid-rows-only", str(errors))
    assert code == 0 and "valid rows imported" in out and errors.exists()
    assert "Unknown catalog item code" in load_workbook(errors)["Problems"]["F2"].value


def test_conflicts_are_listed_and_resolved_from_the_command_line(offices, tmp_path, capsys):
    hq, nairobi, nairobi_id = offices
    from db.activities.service import create_activity, update_activity
    from db.storage.database import open_database
    from exporters.activity import ActivityContent

    nairobi_db = open_database(tmp_path / "nairobi" / "tenpoint.sqlite")
    record = create_activity(nairobi_db, ActivityContent("Review", ("DES-SR-III-01",)), "amina")
    nairobi_db.close()
    run(capsys, "--data-dir", nairobi, "export", str(tmp_path / "1.xlsx"))
    run(capsys, "--data-dir", hq, "import", str(tmp_path / "1.xlsx"))
    for folder, title in ((hq, "HQ title"), (nairobi, "Office title")):
        database = open_database(tmp_path / folder / "tenpoint.sqlite")
        update_activity(database, record.uuid, ActivityContent(title, ("DES-SR-III-01",)), "x")
        database.close()
    run(capsys, "--data-dir", nairobi, "export", str(tmp_path / "2.xlsx"))
    code, out, _ = run(capsys, "--data-dir", hq, "import", str(tmp_path / "2.xlsx"))
    assert code == 0 and "1 in conflict" in out
    code, out, _ = run(capsys, "--data-dir", hq, "conflicts")
    assert code == 0 and "1 open conflict. Resolve it with" in out
    assert "title: HQ title" in out and "title: Office title" in out
    conflict_id = out.split("#")[1].split()[0]
    code, out, _ = run(capsys, "--data-dir", hq, "conflicts", "resolve", conflict_id,
                       "--keep", "incoming")
    assert code == 0 and "kept the incoming version" in out
    code, out, _ = run(capsys, "--data-dir", hq, "conflicts", "list")
    assert "No open conflicts." in out
    code, _, err = run(capsys, "--data-dir", hq, "conflicts", "resolve", conflict_id,
                       "--keep", "local")
    assert code == 1 and "no open conflict" in err


def test_headquarters_must_say_whom_an_update_is_for(offices, tmp_path, capsys):
    hq, nairobi, _ = offices
    code, _, err = run(capsys, "--data-dir", hq, "export", str(tmp_path / "x.xlsx"))
    assert code == 1 and "--office" in err and not (tmp_path / "x.xlsx").exists()
    code, _, err = run(capsys, "--data-dir", hq, "export", str(tmp_path / "x.xlsx"),
                       "--region", "NOWHERE")
    assert code == 1 and "Unknown region" in err
    code, _, err = run(capsys, "--data-dir", nairobi, "export", str(tmp_path / "x.xlsx"),
                       "--region", "EHSA")
    assert code == 1 and "only its own package" in err


def test_import_starts_its_reading_process_before_the_database_opens(offices, tmp_path,
                                                                       capsys, monkeypatch):
    from desktop import cli
    from desktop.commands import import_command

    hq, nairobi, _ = offices
    package = tmp_path / "nairobi.xlsx"
    run(capsys, "--data-dir", nairobi, "export", str(package))
    events, open_context = [], cli.open_context
    monkeypatch.setattr(import_command, "prepare_reading", lambda: events.append("prepare"))
    monkeypatch.setattr(cli, "open_context",
                        lambda *a: events.append("open") or open_context(*a))
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--dry-run", str(package))
    assert code == 0 and "new" in out
    assert events == ["prepare", "open"]


def test_a_folder_names_every_file_it_did_not_read_and_why(offices, tmp_path, capsys):
    hq, nairobi, _ = offices
    folder = tmp_path / "inbox"
    folder.mkdir()
    run(capsys, "--data-dir", nairobi, "export", str(folder / "nairobi.xlsx"))
    for name in ("kampala.ods", "list.csv", "old.xls", "~$nairobi.xlsx",
                 ".~lock.nairobi.xlsx#"):
        (folder / name).write_bytes(b"")
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--dry-run", str(folder))
    assert code == 0 and "nairobi.xlsx: office package from Nairobi" in out
    lines = {line.split(" (")[0]: line for line in out.splitlines() if "Not read" in line}
    assert set(lines) == {f"Not read: {folder / name}" for name in (
        "kampala.ods", "list.csv", "old.xls", "~$nairobi.xlsx", ".~lock.nairobi.xlsx#")}
    assert "save it as .xlsx" in lines[f"Not read: {folder / 'kampala.ods'}"]
    assert "lock file" in lines[f"Not read: {folder / '~$nairobi.xlsx'}"]
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--dry-run", "--json", str(folder))
    assert {(Path(s["file"]).name, s["reason"]) for s in json.loads(out)["not_read"]} >= {
        ("kampala.ods", "ods"), ("~$nairobi.xlsx", "lock_file")}


def test_a_folder_with_nothing_to_import_says_so_naming_it(offices, tmp_path, capsys):
    hq, _, _ = offices
    folder = tmp_path / "inbox"
    folder.mkdir()
    code, _, err = run(capsys, "--data-dir", hq, "import", str(folder))
    assert code == 1 and err.strip() == f"No package (.xlsx) in {folder}."
    (folder / "a.ods").write_bytes(b"")
    code, _, err = run(capsys, "--data-dir", hq, "import", str(folder))
    assert code == 1
    assert err.startswith(f"No package (.xlsx) in {folder}; found: a.ods (not an Excel "
                          "workbook: open it, save it as .xlsx")


def test_a_row_typed_into_an_exported_package_is_reported_as_changed(offices, tmp_path,
                                                                     capsys):
    """Load, append a row with a fresh ID and valid values, save: the package is no longer as
    exported, and the import says so before anything is written."""
    hq, nairobi, _ = offices
    from db.activities.service import create_activity
    from db.storage.database import open_database
    from exporters.activity import ActivityContent

    database = open_database(tmp_path / "nairobi" / "tenpoint.sqlite")
    create_activity(database, ActivityContent("Review", ("DES-SR-III-01",)), "amina")
    database.close()
    package = tmp_path / "nairobi.xlsx"
    run(capsys, "--data-dir", nairobi, "export", str(package))
    book = load_workbook(package)
    sheet = book["Activities"]
    row = [cell.value for cell in sheet[2]]
    row[0], row[1] = str(uuid.uuid4()), "Typed in by hand"
    for column, value in enumerate(row, start=1):
        sheet.cell(3, column, value)
    book.save(package)
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--dry-run", str(package))
    assert code == 1 and "REJECTED" in out
    assert "Cells were changed after the package was exported" in out
    assert 'Rows added to the sheet "Activities" after export: 1 (the package listed 1, ' \
           "the file holds 2)" in out
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--dry-run", "--accept-unsigned",
                       "--json", str(package))
    [summary] = json.loads(out)["packages"]
    assert code == 0 and summary["signature"] == "bad_signature"
    assert summary["counts"]["new"] == 2 and summary["checksum_matches"] is False
    assert summary["row_counts"] == [{"sheet": "Activities", "listed": 1, "found": 2,
                                      "added": 1, "missing": 0}]
    assert "checksum_mismatch" in [p["code"] for p in summary["problems"]]


def test_the_same_package_imported_again_is_not_read_again(offices, tmp_path, capsys,
                                                           monkeypatch):
    """The command gives the reader its database: a file it accepted before is known by its
    bytes, so a re-import neither reads 20,000 rows again nor takes a backup."""
    from db.sync import importing
    hq, nairobi, _ = offices
    run(capsys, "--data-dir", nairobi, "template", str(tmp_path / "t.xlsx"), "--rows", "1")
    package = tmp_path / "nairobi.xlsx"
    run(capsys, "--data-dir", nairobi, "export", str(package))
    code, out, _ = run(capsys, "--data-dir", hq, "import", str(package))
    assert code == 0 and "=> imported" in out

    def no_read(*_args, **_kwargs):
        raise AssertionError("the package was read again")
    monkeypatch.setattr(importing, "read_packages_isolated", no_read)
    code, out, _ = run(capsys, "--data-dir", hq, "import", str(package))
    assert code == 0 and "Already imported" in out
