"""db/activities"""
