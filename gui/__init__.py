"""What people see: the main window, its sections, dialogs, Qt item models and workers.

The GUI imports models/ and storage/ services only (never SQLAlchemy); widgets receive plain row
objects. Every visible string goes through Qt's translation, with Italian as the source language.
"""
