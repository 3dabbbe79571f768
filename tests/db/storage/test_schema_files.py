"""Finding the schema head without alembic: it must agree with alembic or stay out of the way."""

from __future__ import annotations

from db.resources import migrations_dir
from db.storage.migrations import schema_head
from db.storage.schema_files import declared_head


def script(folder, name: str, revision: str, down: str) -> None:
    (folder / name).write_text(f'"""x"""\nrevision: str = "{revision}"\n'
                               f"down_revision = {down}\n", encoding="utf-8")


def test_the_declared_head_is_alembic_s_head():
    assert declared_head(migrations_dir() / "versions") == schema_head()


def test_a_linear_history_has_its_last_revision_as_head(tmp_path):
    script(tmp_path, "a.py", "0001", "None")
    script(tmp_path, "b.py", "0002", '"0001"')
    assert declared_head(tmp_path) == "0002"


def test_two_heads_or_an_unreadable_script_leave_it_to_alembic(tmp_path):
    script(tmp_path, "a.py", "0001", "None")
    script(tmp_path, "b.py", "0002", '"0001"')
    script(tmp_path, "c.py", "0003", '"0001"')
    assert declared_head(tmp_path) is None
    (tmp_path / "c.py").write_text("REVISION = compute()\n", encoding="utf-8")
    assert declared_head(tmp_path) is None


def test_a_merge_revision_closes_both_branches(tmp_path):
    script(tmp_path, "a.py", "0001", "None")
    script(tmp_path, "b.py", "0002", '"0001"')
    script(tmp_path, "c.py", "0003", '"0001"')
    script(tmp_path, "d.py", "0004", '("0002", "0003")')
    assert declared_head(tmp_path) == "0004"
