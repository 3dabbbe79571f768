"""The schema revisions the migration scripts declare, read without alembic.

Opening a database that is already at this build's head is the common start; alembic's
import alone costs about 0.2 s, so that case is answered from the scripts' own lines
(`revision = "0004"`, `down_revision = "0003"`) by declared_head, and alembic is imported
only by the functions that need it. Anything unusual (a merge, a script these patterns do not
read) answers None, and the caller asks alembic (db/storage/migrations.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from db.resources import migrations_dir

MIGRATIONS_DIR = migrations_dir()  # found inside a frozen bundle too

_REVISION = re.compile(r"^revision(?:\s*:[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def declared_head(versions_dir: Path) -> str | None:
    """The single head revision the scripts in versions_dir declare, or None if unsure."""
    revisions, parents = set(), set()
    for script in versions_dir.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        down = _DOWN_REVISION.search(text)
        if revision is None or down is None:
            if script.name == "__init__.py":
                continue
            return None
        revisions.add(revision.group(1))
        parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
