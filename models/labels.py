"""Italian names of the domain's codes for messages and documents made outside the GUI.

The GUI has its own copies in gui/labels.py, marked for Qt's translation; these are for the
storage services' messages, PDFs and exports, which are Italian.
"""

from __future__ import annotations

from models.enums import AppointmentStatus

APPOINTMENT_STATUS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "prenotato",
    AppointmentStatus.CONFIRMED: "confermato",
    AppointmentStatus.DONE: "svolto",
    AppointmentStatus.NO_SHOW: "assente",
    AppointmentStatus.CANCELLED_PARTICIPANT: "annullato dal partecipante",
    AppointmentStatus.CANCELLED_SERVICE: "annullato dal servizio",
    AppointmentStatus.RESCHEDULED: "spostato",
}
