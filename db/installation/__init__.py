"""This installation: its office identity, its signing keys, restoring a backup, quick start."""
