"""Use-case services: one function per user action, one transaction each.

Each takes the Database and the acting user, checks the role, writes the audit trail for every
change, and returns plain row types from models.rows.
"""
