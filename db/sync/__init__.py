"""Sync packages: export, import, the merge of versions, conflicts, signatures, status."""
