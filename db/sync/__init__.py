"""db/sync"""
