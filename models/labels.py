"""Italian names of the domain's codes for messages and documents made outside the GUI.

The GUI has its own copies in gui/labels.py, marked for Qt's translation; these are for the
storage services' messages, PDFs and exports, which are Italian.
"""

from __future__ import annotations

from models.enums import AppointmentKind, AppointmentMode, AppointmentStatus, ServiceType

KIND_LABELS: dict[AppointmentKind, str] = {
    AppointmentKind.FIRST_CONTACT: "Primo contatto",
    AppointmentKind.INTAKE: "Colloquio di presa in carico",
    AppointmentKind.ORIENTATION: "Orientamento",
    AppointmentKind.SKILLS_ASSESSMENT: "Bilancio di competenze",
    AppointmentKind.JOB_SEARCH: "Ricerca attiva del lavoro",
    AppointmentKind.GROUP_WORKSHOP: "Laboratorio di gruppo",
    AppointmentKind.INTERNSHIP_TUTORING: "Tutoraggio tirocinio",
    AppointmentKind.COMPANY_TUTORING: "Tutoraggio con l’azienda",
    AppointmentKind.COMPANY_VISIT: "Visita in azienda",
    AppointmentKind.MONITORING: "Monitoraggio",
    AppointmentKind.CLOSURE: "Chiusura del percorso",
}
MODE_LABELS: dict[AppointmentMode, str] = {
    AppointmentMode.IN_PERSON: "In presenza",
    AppointmentMode.PHONE: "Telefono",
    AppointmentMode.VIDEO: "Video",
}
STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "Prenotato",
    AppointmentStatus.CONFIRMED: "Confermato",
    AppointmentStatus.DONE: "Svolto",
    AppointmentStatus.NO_SHOW: "Assente",
    AppointmentStatus.CANCELLED_PARTICIPANT: "Annullato dal partecipante",
    AppointmentStatus.CANCELLED_SERVICE: "Annullato dal servizio",
    AppointmentStatus.RESCHEDULED: "Spostato",
}
# In the middle of a sentence: «assente», «annullato dal servizio».
APPOINTMENT_STATUS: dict[AppointmentStatus, str] = {k: v.lower() for k, v in STATUS_LABELS.items()}

SERVICE_LABELS: dict[ServiceType, str] = {
    ServiceType.RECEPTION: "Accoglienza",
    ServiceType.SPECIALIST_INTERVIEW: "Colloquio specialistico",
    ServiceType.PATHWAY_DEFINITION: "Definizione del percorso",
    ServiceType.SKILLS_ASSESSMENT: "Bilancio di competenze",
    ServiceType.ORIENTATION: "Orientamento",
    ServiceType.TRAINING: "Formazione",
    ServiceType.INTERNSHIP_TUTORING: "Tutoraggio tirocinio",
    ServiceType.COMPANY_SCOUTING: "Scouting aziendale",
    ServiceType.JOB_MATCHING: "Incrocio domanda/offerta",
    ServiceType.JOB_ACCOMPANIMENT: "Accompagnamento al lavoro",
    ServiceType.COACHING: "Coaching",
    ServiceType.COUNSELLING: "Counselling individuale",
    ServiceType.ACTIVE_JOB_SEARCH: "Ricerca attiva del lavoro",
    ServiceType.SUPPORT_NETWORK: "Attivazione della rete di sostegno",
    ServiceType.SKILLS_CERTIFICATION: "Certificazione delle competenze",
}
