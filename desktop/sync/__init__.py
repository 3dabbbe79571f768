"""The Sync area: export, import with preview, conflicts queue, package history."""
