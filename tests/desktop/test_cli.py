"""The `tenpoint` command as IT and users run it: setup, catalog stats, catalog show."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.desktop.cli_support import run


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "data")


def test_setup_sets_the_identity_and_shows_the_regions(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "setup", "--office-name", "Nairobi",
                       "--country", "KE")
    assert code == 0
    assert "Nairobi (field office)" in out and "(KE)" in out
    assert "Dar es Salaam" in out
    assert data_dir in out


def test_setup_refuses_to_change_an_identity_without_force(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "setup", "--office-name", "Nairobi", "--country", "KE")
    code, _, err = run(capsys, "--data-dir", data_dir, "setup", "--office-name", "Kampala",
                       "--country", "UG")
    assert code == 1 and "--force" in err
    code, out, _ = run(capsys, "--data-dir", data_dir, "setup", "--office-name", "Kampala",
                       "--country", "UG", "--force")
    assert code == 0 and "Kampala" in out


def test_setup_with_an_unknown_country_says_which_code(capsys, data_dir):
    code, _, err = run(capsys, "--data-dir", data_dir, "setup", "--office-name", "X",
                       "--country", "QQ")
    assert code == 1 and "QQ" in err


def test_headquarters_needs_no_country(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "setup", "--office-name", "HQ", "--hq")
    assert code == 0 and "headquarters" in out


def test_folder_options_are_taken_after_the_command_too(capsys, tmp_path, data_dir):
    """As with git-style commands: `tenpoint catalog stats --data-dir D` (it was refused)."""
    run(capsys, "setup", "--office-name", "Nairobi", "--country", "KE", "--data-dir", data_dir)
    code, out, err = run(capsys, "catalog", "stats", "--json", "--data-dir", data_dir)
    assert code == 0, err
    assert json.loads(out)["by_kind"]["target"] == 25
    elsewhere = str(tmp_path / "elsewhere")
    code, out, _ = run(capsys, "--data-dir", elsewhere, "setup", "--office-name", "Kampala",
                       "--country", "UG", "--data-dir", data_dir, "--force")
    assert code == 0 and data_dir in out  # after the command wins, as it is read last
    assert not (tmp_path / "elsewhere").exists()


def test_catalog_stats_json_has_the_catalog_counts(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "catalog", "stats", "--json")
    stats = json.loads(out)
    assert code == 0
    assert stats["by_kind"]["recommendation"] == 266
    assert stats["by_kind"]["target"] == 25 and stats["by_kind"]["action"] == 58
    documents = {d["code"]: d for d in stats["documents"]}
    assert documents["DES-SR"]["by_kind"] == {"recommendation": 64}
    assert stats["historical_activities"] == 67
    assert [e["code"] for e in stats["events"]] == ["SAN", "DKR", "SJO", "DES", "ALA", "MNL"]


def test_catalog_stats_text_lists_events_and_documents(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "catalog", "stats")
    assert code == 0
    assert "DES-AP" in out and "Action Plan target" in out
    assert out.startswith("Catalog version 1, edition 0: ")  # no change by headquarters yet


def test_catalog_show_prints_the_item_with_its_source_and_references(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "catalog", "show", "DES-SR-I-01")
    assert code == 0
    assert "DES-SR-I-01" in out and "[I (i)]" in out
    assert "Source:    line" in out and "line(s)" not in out
    assert "Cited by:" in out and "DES-AP-" in out


def test_catalog_show_flags_a_suspect_reference(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "catalog", "show", "DES-AP-I-A18")
    assert code == 0 and "suspect" in out and "(unresolved)" in out


def test_catalog_show_unknown_code_fails_with_a_message(capsys, data_dir):
    code, _, err = run(capsys, "--data-dir", data_dir, "catalog", "show", "NOPE-1")
    assert code == 1 and "NOPE-1" in err


def test_console_script_reports_its_version():
    result = subprocess.run([sys.executable, "-m", "desktop", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.startswith("Tenpoint 0.")


def test_catalog_show_accepts_codes_typed_in_lower_case(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "catalog", "show", "san-sr-4-01")
    assert code == 0 and out.startswith("SAN-SR-4-01")
    assert "Deploping" in out  # typos stay verbatim
    assert "Repeated in Annex I" in out and "Deploing" in out
