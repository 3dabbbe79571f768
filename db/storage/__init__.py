"""db/storage"""
