"""Schema revisions, numbered in order: 0001, 0002, ..."""
