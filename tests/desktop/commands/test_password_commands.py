"""Password-protected packages on the command line: export, template and import."""

from __future__ import annotations

import getpass
import io
import json

import pytest

from desktop.cli import main
from desktop.commands.export_command import PASSWORD_VARIABLE
from exporters.encryption import PASSWORD_REQUIRED, WRONG_PASSWORD, is_encrypted_workbook
from tests.desktop.cli_support import run

PASSWORD = "Kakuma 2026 #7"


class Terminal(io.StringIO):
    """Standard input as a person's terminal (or not)."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch):
    """No test may wait on a real prompt; each says whether a terminal is there."""
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr("sys.stdin", Terminal(tty=False))

    def unexpected(prompt=""):
        raise AssertionError(f"asked for a password: {prompt}")
    monkeypatch.setattr(getpass, "getpass", unexpected)


def answers(monkeypatch, *typed: str) -> list[str]:
    """getpass answers these in turn; returns the prompts it was shown."""
    prompts, queue = [], list(typed)

    def fake(prompt=""):
        prompts.append(prompt)
        return queue.pop(0)
    monkeypatch.setattr(getpass, "getpass", fake)
    return prompts


@pytest.fixture
def offices(tmp_path, capsys):
    """Headquarters and Nairobi, and Nairobi's key fingerprint (as checked by phone)."""
    hq, nairobi = str(tmp_path / "hq"), str(tmp_path / "nairobi")
    run(capsys, "--data-dir", hq, "setup", "--office-name", "UNHCR HQ", "--hq")
    run(capsys, "--data-dir", nairobi, "setup", "--office-name", "Nairobi", "--country", "KE")
    _, out, _ = run(capsys, "--data-dir", nairobi, "keys", "list")
    fingerprint = out.splitlines()[0].split()[-1]
    return hq, nairobi, fingerprint


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(PASSWORD + "\r\nthe second line is not part of it\n", encoding="utf-8")
    return path


def import_json(capsys, hq, fingerprint, *args) -> tuple[int, dict, str]:
    code, out, err = run(capsys, "--data-dir", hq, "import", "--json", "--trust-key",
                         fingerprint, *args)
    return code, json.loads(out)["packages"][0], err


def codes(package: dict) -> list[str]:
    return [p["code"] for p in package["problems"]]


def test_an_export_with_a_password_file_imports_only_with_the_password(
        offices, tmp_path, password_file, capsys):
    hq, nairobi, fingerprint = offices
    package = tmp_path / "nairobi.xlsx"
    code, out, _ = run(capsys, "--data-dir", nairobi, "export", str(package),
                       "--password-file", str(password_file))
    assert code == 0 and "protected with a password" in out
    assert is_encrypted_workbook(package)
    code, refused, err = import_json(capsys, hq, fingerprint, str(package))
    assert code == 1 and refused["status"] == "rejected"
    assert codes(refused) == [PASSWORD_REQUIRED]
    assert "--password-file" in err and PASSWORD_VARIABLE in err
    code, imported, _ = import_json(capsys, hq, fingerprint, "--password-file",
                                    str(password_file), str(package))
    assert code == 0 and imported["status"] == "accepted"


def test_a_wrong_password_file_is_refused_with_its_own_message(
        offices, tmp_path, password_file, capsys):
    hq, nairobi, fingerprint = offices
    package = tmp_path / "nairobi.xlsx"
    run(capsys, "--data-dir", nairobi, "export", str(package), "--password-file",
        str(password_file))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("kakuma 2026 #7\n", encoding="utf-8")
    code, refused, err = import_json(capsys, hq, fingerprint, "--password-file", str(wrong),
                                     str(package))
    assert code == 1 and codes(refused) == [WRONG_PASSWORD]
    assert refused["problems"][0]["message"] != refused["problems"][0]["code"]


def test_on_a_terminal_import_asks_again_after_a_wrong_password(
        offices, tmp_path, password_file, capsys, monkeypatch):
    hq, nairobi, fingerprint = offices
    package = tmp_path / "nairobi.xlsx"
    run(capsys, "--data-dir", nairobi, "export", str(package), "--password-file",
        str(password_file))
    monkeypatch.setattr("sys.stdin", Terminal(tty=True))
    prompts = answers(monkeypatch, "not it", PASSWORD)
    code, imported, err = import_json(capsys, hq, fingerprint, str(package))
    assert code == 0 and imported["status"] == "accepted"
    assert len(prompts) == 2 and all("nairobi.xlsx" in p for p in prompts)
    assert err.count("The password is not correct.") == 1


def test_on_a_terminal_three_wrong_passwords_leave_the_file_refused(
        offices, tmp_path, password_file, capsys, monkeypatch):
    hq, nairobi, fingerprint = offices
    package = tmp_path / "nairobi.xlsx"
    run(capsys, "--data-dir", nairobi, "export", str(package), "--password-file",
        str(password_file))
    monkeypatch.setattr("sys.stdin", Terminal(tty=True))
    prompts = answers(monkeypatch, "one", "two", "three", PASSWORD)
    code, refused, _ = import_json(capsys, hq, fingerprint, str(package))
    assert code == 1 and codes(refused) == [WRONG_PASSWORD]
    assert len(prompts) == 3


def test_ask_password_needs_the_same_password_twice(offices, tmp_path, capsys, monkeypatch):
    _, nairobi, _ = offices
    package = tmp_path / "nairobi.xlsx"
    answers(monkeypatch, PASSWORD, PASSWORD + " ")
    code, _, err = run(capsys, "--data-dir", nairobi, "export", str(package),
                       "--ask-password")
    assert code == 2 and "differ" in err and not package.exists()
    answers(monkeypatch, "")
    code, _, err = run(capsys, "--data-dir", nairobi, "export", str(package),
                       "--ask-password")
    assert code == 2 and "empty password" in err and not package.exists()
    answers(monkeypatch, PASSWORD, PASSWORD)
    code, _, _ = run(capsys, "--data-dir", nairobi, "export", str(package), "--ask-password")
    assert code == 0 and is_encrypted_workbook(package)


def test_an_empty_or_missing_password_file_writes_nothing(offices, tmp_path, capsys):
    _, nairobi, _ = offices
    package = tmp_path / "nairobi.xlsx"
    empty = tmp_path / "empty.txt"
    empty.write_text("\nsecond line\n", encoding="utf-8")
    for source in (empty, tmp_path / "missing.txt"):
        code, _, err = run(capsys, "--data-dir", nairobi, "export", str(package),
                           "--password-file", str(source))
        assert code == 2 and str(source) in err and not package.exists()


def test_the_password_is_never_a_plain_argument(offices, tmp_path, capsys):
    _, nairobi, _ = offices
    with pytest.raises(SystemExit):
        main(["--data-dir", nairobi, "export", str(tmp_path / "p.xlsx"), "--password",
              PASSWORD])
    _, err = capsys.readouterr()
    assert "--password-file" in err and PASSWORD not in err
    assert not (tmp_path / "p.xlsx").exists()
    with pytest.raises(SystemExit):
        main(["--data-dir", nairobi, "import", str(tmp_path / "p.xlsx"), "--password",
              PASSWORD])
    _, err = capsys.readouterr()
    assert "--password-file" in err and PASSWORD not in err
    with pytest.raises(SystemExit):
        main(["--data-dir", nairobi, "export", "--help"])
    out, _ = capsys.readouterr()
    assert "shell history" in " ".join(out.split())


def test_scripts_may_give_the_password_in_the_environment(
        offices, tmp_path, capsys, monkeypatch):
    hq, nairobi, fingerprint = offices
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    package, template = tmp_path / "nairobi.xlsx", tmp_path / "template.xlsx"
    assert run(capsys, "--data-dir", nairobi, "export", str(package))[0] == 0
    assert run(capsys, "--data-dir", nairobi, "template", str(template), "--rows", "2")[0] == 0
    assert is_encrypted_workbook(package) and is_encrypted_workbook(template)
    code, imported, _ = import_json(capsys, hq, fingerprint, str(package))
    assert code == 0 and imported["status"] == "accepted"


def test_a_template_can_be_protected(offices, tmp_path, password_file, capsys):
    _, nairobi, _ = offices
    template = tmp_path / "template.xlsx"
    code, _, _ = run(capsys, "--data-dir", nairobi, "template", str(template), "--rows", "2",
                     "--password-file", str(password_file))
    assert code == 0 and is_encrypted_workbook(template)
