"""tests/db/activities"""
