"""IT's tenpoint.ini: what it presets, where the data goes, and that mistakes are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.installation.office import local_office, setup_office
from desktop.cli import main
from desktop.config import (
    INI_NAME,
    ConfigError,
    config_error_message,
    find_config,
    load_config,
)
from desktop.opening import apply_office_preset, open_context
from desktop.paths import PORTABLE_DATA_FOLDER


def write_ini(folder: Path, text: str) -> Path:
    path = folder / INI_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_ini_presets_office_folder_and_language(tmp_path):
    path = write_ini(tmp_path, "[office]\nname = UNHCR  Nairobi\ncountry = ke\n"
                               "headquarters = no\n[data]\nfolder = data\n"
                               "[interface]\nlanguage = fr\n")
    config = load_config(path)
    assert config.office.name == "UNHCR  Nairobi" and config.office.country == "KE"
    assert config.office.headquarters is False
    assert config.data_dir == (tmp_path / "data").resolve()
    assert config.language == "fr" and config.portable is False


def test_no_ini_presets_nothing(tmp_path):
    assert find_config(None, tmp_path) is None
    config = load_config(None)
    assert (config.office, config.data_dir, config.language) == (None, None, None)


def test_the_ini_beside_the_executable_is_found_and_config_option_wins(tmp_path):
    beside = write_ini(tmp_path, "[interface]\nlanguage = ar\n")
    other = tmp_path / "other.ini"
    other.write_text("[interface]\nlanguage = es\n", encoding="utf-8")
    assert find_config(None, tmp_path) == beside
    assert find_config(str(other), tmp_path) == other.resolve()


def test_portable_mode_keeps_data_beside_the_executable(tmp_path):
    install = tmp_path / "stick"
    install.mkdir()
    path = write_ini(install, "[data]\nportable = yes\n")
    config = load_config(path, install_dir=install)
    assert config.portable
    assert config.data_dir == (install / PORTABLE_DATA_FOLDER).resolve()


def test_a_notepad_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / INI_NAME
    path.write_bytes("\ufeff[office]\nname = Dakar\ncountry = SN\n".encode())
    assert load_config(path).office.country == "SN"


def test_environment_variables_expand_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TENPOINT_TEST_ROOT", str(tmp_path / "root"))
    path = write_ini(tmp_path, "[data]\nfolder = $TENPOINT_TEST_ROOT/tenpoint\n")
    assert load_config(path).data_dir == (tmp_path / "root" / "tenpoint").resolve()


@pytest.mark.parametrize(("text", "code", "named"), [
    ("[office]\nnmae = X\n", "unknown-key", "office/nmae"),
    ("[offices]\nname = X\n", "unknown-section", "offices"),
    ("[office]\nname = X\nheadquarters = maybe\n", "not-yes-no", "maybe"),
    ("[office]\ncountry = KE\n", "no-office-name", "[office] name"),
    ("[data]\nfolder = x\nportable = yes\n", "folder-and-portable", "portable"),
    ("[interface]\nlanguage = French\n", "bad-language", "French"),
    ("name = X\n", "syntax", ""),
])
def test_mistakes_are_refused_with_the_key_named(tmp_path, text, code, named):
    """A typo must not be ignored: IT would believe the office was preset."""
    path = write_ini(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert raised.value.code == code
    message = config_error_message(raised.value)
    assert str(path) in message and named in message


def test_a_missing_config_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(find_config(str(tmp_path / "nope.ini"), None))
    assert raised.value.code == "unreadable"


def test_preset_identity_is_applied_at_start_when_the_database_has_none(tmp_path):
    path = write_ini(tmp_path, "[office]\nname = Djibouti office\ncountry = DJ\n")
    context = open_context(str(tmp_path / "data"), load_config(path))
    try:
        identity = local_office(context.database)
        assert (identity.name, identity.country_iso2) == ("Djibouti office", "DJ")
        assert identity.regions  # derived from the country, as with tenpoint setup
    finally:
        context.close()


def test_preset_never_overwrites_an_existing_identity(database, tmp_path):
    """Packages already sent carry the identity; only `setup --force` may change it."""
    setup_office(database, "Nairobi", "KE")
    config = load_config(write_ini(tmp_path, "[office]\nname = Kampala\ncountry = UG\n"))
    assert apply_office_preset(database, config) is False
    assert local_office(database).name == "Nairobi"


def test_headquarters_preset_needs_no_country(database, tmp_path):
    config = load_config(write_ini(tmp_path, "[office]\nname = HQ\nheadquarters = yes\n"))
    assert apply_office_preset(database, config)
    identity = local_office(database)
    assert identity.is_headquarters and identity.country_iso2 is None


def test_unknown_preset_country_names_the_file_and_the_code(database, tmp_path):
    path = write_ini(tmp_path, "[office]\nname = X\ncountry = QQ\n")
    with pytest.raises(ConfigError) as raised:
        apply_office_preset(database, load_config(path))
    assert raised.value.code == "unknown-country"
    assert "QQ" in config_error_message(raised.value)
    assert local_office(database) is None


def test_cli_uses_the_ini_data_folder_and_identity(capsys, tmp_path):
    path = write_ini(tmp_path, "[office]\nname = Almaty office\ncountry = KZ\n"
                               "[data]\nfolder = office-data\n")
    code = main(["--config", str(path), "catalog", "stats", "--json"])
    assert code == 0
    assert (tmp_path / "office-data" / "tenpoint.sqlite").exists()
    capsys.readouterr()
    main(["--config", str(path), "setup", "--office-name", "Almaty office", "--country", "KZ"])
    assert "Almaty office (field office)" in capsys.readouterr().out


def test_data_dir_option_wins_over_the_ini(capsys, tmp_path):
    path = write_ini(tmp_path, "[data]\nfolder = from-ini\n")
    assert main(["--config", str(path), "--data-dir", str(tmp_path / "given"),
                 "catalog", "stats", "--json"]) == 0
    assert (tmp_path / "given" / "tenpoint.sqlite").exists()
    assert not (tmp_path / "from-ini").exists()


def test_cli_reports_a_broken_ini_and_fails(capsys, tmp_path):
    path = write_ini(tmp_path, "[office]\ncontry = KE\n")
    assert main(["--config", str(path), "catalog", "stats"]) == 1
    assert "office/contry" in capsys.readouterr().err


def test_the_example_in_the_installation_guide_is_valid(tmp_path):
    """IT copies the guide's example; it must load as documented."""
    guide = (Path(__file__).resolve().parents[2] / "docs" / "install.md").read_text("utf-8")
    blocks = [block.split("```", 1)[0] for block in guide.split("```ini\n")[1:]]
    example = next(block for block in blocks if "[office]" in block)
    config = load_config(write_ini(tmp_path, example))
    assert (config.office.name, config.office.country) == ("UNHCR Nairobi", "KE")
    assert config.office.headquarters is False and config.language == "fr"
    assert config.data_dir is not None and not config.portable


def test_a_hash_belongs_to_the_value(tmp_path):
    config = load_config(write_ini(tmp_path, "[office]\nname = Office #2 ; the second\n"))
    assert config.office.name == "Office #2"
