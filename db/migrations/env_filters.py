"""What autogenerate and the schema test leave out: the tables created in raw SQL."""

from db.storage.server import SHARED_SIGNING_KEY

FTS_TABLE_PREFIX = "catalog_item_fts"
# Trigger-kept index tables of the activities list (revision 0003) and of the Progress area
# (0006), and a server's shared signing key (0005, PostgreSQL only); not in the metadata.
RAW_SQL_TABLE_PREFIXES = (FTS_TABLE_PREFIX, "activity_fts", "activity_list_index",
                          "progress_link", SHARED_SIGNING_KEY)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Skip the full-text tables, the trigger-kept tables and the shared signing key."""
    return not (type_ == "table" and name.startswith(RAW_SQL_TABLE_PREFIXES))
