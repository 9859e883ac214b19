"""Printed documents (PDF, ReportLab): the desk's daily agenda and the participant's reminder card.

Each document comes in two steps: a service gathers plain data through portable SQL (so it can be
tested and shown without drawing anything), a renderer writes the PDF. ReportLab is imported only
inside the renderers, never at start-up.
"""

from __future__ import annotations

from storage.printing.agenda_pdf import (
    AgendaDocument,
    AgendaEntry,
    ReminderCard,
    agenda_document,
    italian_date,
    italian_datetime,
    reminder_card,
    render_agenda_pdf,
    render_reminder_card,
)

__all__ = [
    "AgendaDocument",
    "AgendaEntry",
    "ReminderCard",
    "agenda_document",
    "italian_date",
    "italian_datetime",
    "reminder_card",
    "render_agenda_pdf",
    "render_reminder_card",
]
