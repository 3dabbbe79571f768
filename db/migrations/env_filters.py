"""What autogenerate and the schema test leave out: the FTS5 indexes, created in raw SQL."""

FTS_TABLE_PREFIX = "catalog_item_fts"
# Trigger-kept index tables of the activities list (revision 0003) and of the Progress area
# (0006); not in the metadata.
RAW_SQL_TABLE_PREFIXES = (FTS_TABLE_PREFIX, "activity_fts", "activity_list_index",
                          "progress_link")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Skip the FTS5 virtual tables, their shadow tables and the list index table."""
    return not (type_ == "table" and name.startswith(RAW_SQL_TABLE_PREFIXES))
