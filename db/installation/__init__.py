"""db/installation"""
