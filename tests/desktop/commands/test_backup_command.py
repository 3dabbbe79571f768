"""`tenpoint backup`, `backups` and `restore` as IT runs them."""

from __future__ import annotations

import sqlite3

import pytest

from tests.desktop.cli_support import run


@pytest.fixture
def data(tmp_path, capsys):
    folder = str(tmp_path / "data")
    run(capsys, "--data-dir", folder, "setup", "--office-name", "UNHCR Nairobi", "--country",
        "KE")
    return folder


def office_name(data) -> str:
    with sqlite3.connect(f"{data}/tenpoint.sqlite") as connection:
        name = connection.execute("select name from office where is_local").fetchone()[0]
    connection.close()
    return name


def test_backup_then_list_then_restore(data, capsys, tmp_path, monkeypatch):
    code, out, _ = run(capsys, "--data-dir", data, "backup")
    assert code == 0 and "Backup written:" in out
    written = out.split(": ", 1)[1].strip()
    run(capsys, "--data-dir", data, "setup", "--office-name", "Renamed", "--country", "KE",
        "--force")
    code, out, _ = run(capsys, "--data-dir", data, "backups")
    assert code == 0 and "1 backup in" in out and "on request" in out and "UNHCR Nairobi" in out
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--data-dir", data, "restore", written)
    assert code == 1 and "--yes" in err and office_name(data) == "Renamed"
    code, out, _ = run(capsys, "--data-dir", data, "restore", written.rsplit("/", 1)[1], "--yes")
    assert code == 0 and "backed up first" in out
    assert office_name(data) == "UNHCR Nairobi"
    code, out, _ = run(capsys, "--data-dir", data, "backups")
    assert "before a restore" in out and "Renamed" in out


def test_restore_asks_on_a_terminal_and_no_keeps_everything(data, capsys, monkeypatch):
    _, out, _ = run(capsys, "--data-dir", data, "backup")
    written = out.split(": ", 1)[1].strip()
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    code, out, _ = run(capsys, "--data-dir", data, "restore", written)
    assert code == 1 and "Nothing was restored" in out
    _, out, _ = run(capsys, "--data-dir", data, "backups")
    assert "1 backup in" in out


def test_keep_rotates_and_to_writes_elsewhere_without_rotating(data, capsys, tmp_path):
    for _ in range(3):
        run(capsys, "--data-dir", data, "backup", "--keep", "2")
    _, out, _ = run(capsys, "--data-dir", data, "backups")
    assert "2 backups in" in out and "newest 2 backups are kept" in out
    elsewhere = tmp_path / "usb"
    for _ in range(3):
        assert run(capsys, "--data-dir", data, "backup", "--to", str(elsewhere))[0] == 0
    assert len(list(elsewhere.glob("*.sqlite"))) == 3


def test_a_damaged_backup_is_refused_with_a_sentence(data, capsys, tmp_path):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database at all" * 50)
    code, _, err = run(capsys, "--data-dir", data, "restore", str(damaged), "--yes")
    assert code == 1 and "is damaged" in err and office_name(data) == "UNHCR Nairobi"
