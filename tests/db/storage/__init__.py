"""tests/db/storage"""
