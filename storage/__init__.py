"""How things are kept and moved: engine and sessions, migrations, backups, services, import/export.

Nothing in this package imports Qt.
"""
