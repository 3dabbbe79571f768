"""tests/db/catalog"""
