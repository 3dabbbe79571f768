"""tests/db/sync"""
