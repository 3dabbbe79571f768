"""db/catalog"""
