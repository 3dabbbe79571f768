"""What autogenerate and the schema test leave out: the FTS5 index, created in raw SQL."""

FTS_TABLE_PREFIX = "catalog_item_fts"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Skip the FTS5 virtual table and its shadow tables; they are not in the metadata."""
    return not (type_ == "table" and name.startswith(FTS_TABLE_PREFIX))
