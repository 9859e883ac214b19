"""What things are and the rules they obey: mapped classes, enums, row types and pure rules.

Nothing in this package performs I/O or imports Qt.
"""
