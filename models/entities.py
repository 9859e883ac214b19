"""The mapped classes of the whole domain, first version (shared/DESIGN.md "Domain").

Constraints live in the schema: unique codes, foreign keys, CHECKs on durations, dates and
percentages, and the indexes the screens query by.
"""

from __future__ import annotations

import datetime as dt
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Tracked, enum_type, flag, utcnow
from models.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AppointmentKind,
    AppointmentMode,
    AppointmentStatus,
    AttendanceStatus,
    AuditAction,
    Benefit,
    CompanyContactKind,
    CompanySize,
    ConsentSigner,
    ConventionKind,
    Counterpart,
    DeliveryMode,
    EducationLevel,
    EmploymentCondition,
    InternshipOutcome,
    InternshipType,
    IscedBand,
    L68Category,
    MeetingMode,
    OutcomeType,
    PathwayStatus,
    Referrer,
    Role,
    ServiceType,
    Sex,
    TargetGroup,
)

# --------------------------------------------------------------------------- people and desks


class User(Tracked, Base):
    """Someone who uses the program. Never deleted: disabled, so their history stays theirs."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_type(Role, "role"))
    email: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = flag(True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default=sql_text("0"))
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    # Set by a coordinator's reset: the next sign-in must choose a new password.
    must_change_password: Mapped[bool] = flag(False)

    __table_args__ = (CheckConstraint("length(username) >= 2", name="username_length"),)


class Desk(Tracked, Base):
    """A help desk (sportello), usually hosted by a municipality, open by appointment."""

    __tablename__ = "desks"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(100))
    province: Mapped[str | None] = mapped_column(String(2))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(32))
    rooms: Mapped[int] = mapped_column(Integer, default=1, server_default=sql_text("1"))
    # The municipality's patron-saint day as MM-DD, when the holidays package does not know it.
    patron_day: Mapped[str | None] = mapped_column(String(5))
    patron_name: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = flag(True)

    opening_hours: Mapped[list[OpeningHours]] = relationship(
        back_populates="desk", cascade="all, delete-orphan", order_by="OpeningHours.weekday"
    )
    closures: Mapped[list[DeskClosure]] = relationship(
        back_populates="desk", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("rooms >= 1 AND rooms <= 50", name="rooms_range"),
        CheckConstraint("patron_day IS NULL OR length(patron_day) = 5", name="patron_day_format"),
    )


class OpeningHours(Base):
    """One opening interval of a desk on a weekday (0 = Monday); a day may have several."""

    __tablename__ = "opening_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)

    desk: Mapped[Desk] = relationship(back_populates="opening_hours")

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("end_time > start_time", name="interval_order"),
    )


class DeskClosure(Base):
    """A date range in which a desk is closed (holidays of its own, works, strikes)."""

    __tablename__ = "desk_closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))

    desk: Mapped[Desk] = relationship(back_populates="closures")

    __table_args__ = (CheckConstraint("end_date >= start_date", name="date_order"),)


class OperatorAvailability(Base):
    """When an operator or tutor is at a desk: weekday and interval."""

    __tablename__ = "operator_availability"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("end_time > start_time", name="interval_order"),
    )


# --------------------------------------------------------------------------- participants


class Participant(Tracked, Base):
    """A person followed by the service (anagrafica). Special-category data: see DOMAIN.md."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Pseudonymous internal code printed on documents instead of the name (e.g. P-2026-000123).
    internal_code: Mapped[str] = mapped_column(String(20), unique=True)
    codice_fiscale: Mapped[str | None] = mapped_column(String(16), unique=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[Sex | None] = mapped_column(enum_type(Sex, "sex"))
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_place: Mapped[str | None] = mapped_column(String(100))
    birth_place_code: Mapped[str | None] = mapped_column(String(4))
    citizenship: Mapped[str | None] = mapped_column(String(60))
    residence_permit_expiry: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(5))
    municipality: Mapped[str | None] = mapped_column(String(100))
    domicile: Mapped[str | None] = mapped_column(String(300))
    education_level: Mapped[EducationLevel | None] = mapped_column(
        enum_type(EducationLevel, "education_level")
    )
    isced_band: Mapped[IscedBand | None] = mapped_column(enum_type(IscedBand, "isced_band"))
    employment_condition: Mapped[EmploymentCondition | None] = mapped_column(
        enum_type(EmploymentCondition, "employment_condition")
    )
    did_date: Mapped[date | None] = mapped_column(Date)
    months_unemployed: Mapped[int | None] = mapped_column(Integer)
    benefit: Mapped[Benefit | None] = mapped_column(enum_type(Benefit, "benefit"))
    referrer: Mapped[Referrer | None] = mapped_column(enum_type(Referrer, "referrer"))
    # Law 68/99 block: percentage and category only, never a diagnosis.
    l68_registered: Mapped[bool] = flag(False)
    l68_date: Mapped[date | None] = mapped_column(Date)
    l68_cpi: Mapped[str | None] = mapped_column(String(100))
    invalidity_percent: Mapped[int | None] = mapped_column(Integer)
    l68_category: Mapped[L68Category | None] = mapped_column(enum_type(L68Category, "l68_category"))
    accessibility_needs: Mapped[str | None] = mapped_column(Text)
    driving_licence: Mapped[bool] = flag(False)
    own_transport: Mapped[bool] = flag(False)
    availability_notes: Mapped[str | None] = mapped_column(Text)
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desks.id"), index=True)
    # Erasure requested during the retention period: kept, but restricted.
    restricted: Mapped[bool] = flag(False)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Lower-case, accent-free "surname name" used by search-as-you-type (added by migration 0002).
    search_key: Mapped[str] = mapped_column(String(220), default="", server_default="")

    target_groups: Mapped[list[ParticipantTargetGroup]] = relationship(cascade="all, delete-orphan")
    consents: Mapped[list[Consent]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint(
            "invalidity_percent IS NULL OR (invalidity_percent BETWEEN 0 AND 100)",
            name="invalidity_range",
        ),
        CheckConstraint(
            "codice_fiscale IS NULL OR length(codice_fiscale) IN (11, 16)", name="cf_length"
        ),
        CheckConstraint("length(last_name) > 0 AND length(first_name) > 0", name="names"),
        CheckConstraint(
            "months_unemployed IS NULL OR months_unemployed >= 0", name="months_unemployed"
        ),
        Index("ix_participants_name", "last_name", "first_name"),
        Index("ix_participants_search_key", "search_key"),
        Index("ix_participants_birth_date", "birth_date"),
        Index("ix_participants_phone", "phone"),
    )


class ParticipantTargetGroup(Base):
    """One target group of a participant (a person may belong to several)."""

    __tablename__ = "participant_target_groups"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    group: Mapped[TargetGroup] = mapped_column(
        enum_type(TargetGroup, "target_group"), primary_key=True
    )


class Consent(Tracked, Base):
    """A signed privacy notice with the consents it collected; a withdrawal keeps the record."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    notice_version: Mapped[str] = mapped_column(String(20))
    signed_on: Mapped[date] = mapped_column(Date)
    art9_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    share_referrer: Mapped[bool] = mapped_column(Boolean, default=False)
    share_companies: Mapped[bool] = mapped_column(Boolean, default=False)
    signer: Mapped[ConsentSigner] = mapped_column(enum_type(ConsentSigner, "consent_signer"))
    signer_name: Mapped[str | None] = mapped_column(String(200))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    participant: Mapped[Participant] = relationship(back_populates="consents")

    __table_args__ = (
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= signed_on", name="withdrawal_after_signature"
        ),
    )


# --------------------------------------------------------------------------- agenda


class Appointment(Tracked, Base):
    """A booked meeting at a desk. Rescheduling creates a new one linked to the old."""

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    operator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    kind: Mapped[AppointmentKind] = mapped_column(enum_type(AppointmentKind, "appointment_kind"))
    mode: Mapped[AppointmentMode] = mapped_column(
        enum_type(AppointmentMode, "appointment_mode"), default=AppointmentMode.IN_PERSON
    )
    status: Mapped[AppointmentStatus] = mapped_column(
        enum_type(AppointmentStatus, "appointment_status"), default=AppointmentStatus.BOOKED
    )
    start: Mapped[datetime] = mapped_column(DateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    cancel_reason: Mapped[str | None] = mapped_column(String(300))
    rescheduled_from_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    series_uuid: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 480", name="minutes_range"),
        Index("ix_appointments_desk_start", "desk_id", "start"),
        Index("ix_appointments_operator_start", "operator_id", "start"),
        Index("ix_appointments_participant_start", "participant_id", "start"),
        Index("ix_appointments_start_status", "start", "status"),
    )


# ---------------------------------------------------------------- programmes and pathways


class FundingProgramme(Tracked, Base):
    """A funded programme or notice (e.g. a provincial disability employment plan)."""

    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    funder: Mapped[str] = mapped_column(String(200))
    notice_code: Mapped[str | None] = mapped_column(String(64))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget_hours: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    budget_euros: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    retention_years: Mapped[int] = mapped_column(Integer, default=5, server_default=sql_text("5"))

    caps: Mapped[list[ServiceCap]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_order"),
        CheckConstraint("retention_years BETWEEN 1 AND 30", name="retention_range"),
        CheckConstraint("budget_hours IS NULL OR budget_hours >= 0", name="budget_hours"),
        CheckConstraint("budget_euros IS NULL OR budget_euros >= 0", name="budget_euros"),
    )


class ServiceCap(Base):
    """The most hours a programme pays for one service type per participant."""

    __tablename__ = "service_caps"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"))
    service_type: Mapped[ServiceType] = mapped_column(enum_type(ServiceType, "service_type"))
    max_hours: Mapped[Decimal] = mapped_column(Numeric(6, 2))

    __table_args__ = (
        UniqueConstraint("programme_id", "service_type", name="uq_service_caps_programme_type"),
        CheckConstraint("max_hours > 0", name="max_hours_positive"),
    )


class Pathway(Tracked, Base):
    """The individual pathway (percorso / presa in carico) of one participant in one programme."""

    __tablename__ = "pathways"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), index=True)
    case_manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    tutor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget_hours: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    budget_euros: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    status: Mapped[PathwayStatus] = mapped_column(
        enum_type(PathwayStatus, "pathway_status"), default=PathwayStatus.OPEN
    )
    closure_reason: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        CheckConstraint("planned_end IS NULL OR planned_end >= start_date", name="planned_end"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_date"),
        # At most one open pathway per participant and programme.
        Index(
            "uq_pathways_open_per_programme",
            "participant_id",
            "programme_id",
            unique=True,
            sqlite_where=sql_text("status = 'open'"),
            postgresql_where=sql_text("status = 'open'"),
        ),
    )


class TutorAssignment(Base):
    """Tutor history of a pathway: who followed it from which date."""

    __tablename__ = "tutor_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    pathway_id: Mapped[int] = mapped_column(
        ForeignKey("pathways.id", ondelete="CASCADE"), index=True
    )
    tutor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    from_date: Mapped[date] = mapped_column(Date)
    assigned_by: Mapped[str | None] = mapped_column(String(64))


class PlannedService(Tracked, Base):
    """A line of the individual plan (PIP/PAI): service type, hours and value."""

    __tablename__ = "planned_services"

    id: Mapped[int] = mapped_column(primary_key=True)
    pathway_id: Mapped[int] = mapped_column(ForeignKey("pathways.id", ondelete="CASCADE"))
    service_type: Mapped[ServiceType] = mapped_column(enum_type(ServiceType, "service_type"))
    planned_hours: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    hourly_rate: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))

    __table_args__ = (
        UniqueConstraint("pathway_id", "service_type", name="uq_planned_services_pathway_type"),
        CheckConstraint("planned_hours > 0", name="planned_hours_positive"),
    )


class Course(Tracked, Base):
    """A group course (e.g. a 29-hour empowerment course) delivered in editions."""

    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    service_type: Mapped[ServiceType] = mapped_column(enum_type(ServiceType, "service_type"))
    total_hours: Mapped[Decimal] = mapped_column(Numeric(6, 2))

    __table_args__ = (CheckConstraint("total_hours > 0", name="total_hours_positive"),)


class CourseEdition(Tracked, Base):
    """One edition of a course in a town, with dates and enrolled participants."""

    __tablename__ = "course_editions"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    town: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_order"),
    )


class Enrollment(Base):
    """A participant enrolled in a course edition."""

    __tablename__ = "enrollments"

    edition_id: Mapped[int] = mapped_column(
        ForeignKey("course_editions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), primary_key=True)
    enrolled_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_enrollments_participant", "participant_id"),)


class EditionSession(Tracked, Base):
    """One class session of an edition: the unit of the attendance register."""

    __tablename__ = "edition_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(
        ForeignKey("course_editions.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(200))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (CheckConstraint("end_time > start_time", name="interval_order"),)


class Attendance(Base):
    """Attendance of one enrolled participant at one session."""

    __tablename__ = "attendances"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("edition_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), primary_key=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_type(AttendanceStatus, "attendance_status")
    )
    minutes_attended: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("minutes_attended >= 0", name="minutes_nonnegative"),
        Index("ix_attendances_participant", "participant_id"),
    )


class ServiceDelivery(Tracked, Base):
    """An hour (or more) of service actually delivered within a pathway: what funders pay for."""

    __tablename__ = "service_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    pathway_id: Mapped[int] = mapped_column(ForeignKey("pathways.id"))
    service_type: Mapped[ServiceType] = mapped_column(enum_type(ServiceType, "service_type"))
    mode: Mapped[DeliveryMode] = mapped_column(
        enum_type(DeliveryMode, "delivery_mode"), default=DeliveryMode.INDIVIDUAL
    )
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    place: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    edition_session_id: Mapped[int | None] = mapped_column(ForeignKey("edition_sessions.id"))
    cap_override_reason: Mapped[str | None] = mapped_column(String(300))
    # Set when a signed register covers the delivery: it can no longer be changed.
    locked: Mapped[bool] = flag(False)

    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 720", name="minutes_range"),
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time > start_time",
            name="interval_order",
        ),
        Index("ix_service_deliveries_pathway_date", "pathway_id", "date"),
        Index("ix_service_deliveries_operator_date", "operator_id", "date"),
    )


# ---------------------------------------------------------------- tutoring and job search


class TutoringNote(Tracked, Base):
    """A meeting with the participant, the family, a company or a service, and what came of it."""

    __tablename__ = "tutoring_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    pathway_id: Mapped[int | None] = mapped_column(ForeignKey("pathways.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    counterpart: Mapped[Counterpart] = mapped_column(enum_type(Counterpart, "counterpart"))
    mode: Mapped[MeetingMode] = mapped_column(enum_type(MeetingMode, "meeting_mode"))
    place: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    next_step_due: Mapped[dt.date | None] = mapped_column(Date)
    confidential: Mapped[bool] = flag(False)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("service_deliveries.id"))

    __table_args__ = (
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time > start_time",
            name="interval_order",
        ),
        Index("ix_tutoring_notes_participant_date", "participant_id", "date"),
        Index("ix_tutoring_notes_author_due", "author_id", "next_step_due"),
    )


class TutoringNoteVersion(Base):
    """A previous text of an edited note, with who replaced it and when."""

    __tablename__ = "tutoring_note_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(
        ForeignKey("tutoring_notes.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    edited_by: Mapped[str] = mapped_column(String(64))
    edited_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Company(Tracked, Base):
    """A company: host of internships, employer, or subject of Law 68/99 consultancy."""

    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    vat_number: Mapped[str | None] = mapped_column(String(11), unique=True)
    tax_code: Mapped[str | None] = mapped_column(String(16))
    ateco_code: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(String(300))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    size: Mapped[CompanySize | None] = mapped_column(enum_type(CompanySize, "company_size"))
    # Computable headcount for Law 68/99 (art. 4), not the total number of employees.
    headcount: Mapped[int | None] = mapped_column(Integer)
    disabled_employed: Mapped[int] = mapped_column(Integer, default=0, server_default=sql_text("0"))
    notes: Mapped[str | None] = mapped_column(Text)
    # Archived companies leave the lists but keep their history (never deleted with internships).
    archived: Mapped[bool] = flag(False)

    __table_args__ = (
        CheckConstraint("headcount IS NULL OR headcount >= 0", name="headcount_nonnegative"),
        CheckConstraint("disabled_employed >= 0", name="disabled_nonnegative"),
        Index("ix_companies_name", "name"),
    )


class CompanyContact(Tracked, Base):
    """A contact with a company: call, visit, meeting or consultancy."""

    __tablename__ = "company_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[CompanyContactKind] = mapped_column(
        enum_type(CompanyContactKind, "company_contact_kind")
    )
    note: Mapped[str | None] = mapped_column(Text)


class JobSearchSession(Tracked, Base):
    """An individual job-search session with a tutor."""

    __tablename__ = "job_search_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    pathway_id: Mapped[int | None] = mapped_column(ForeignKey("pathways.id"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    date: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    channels: Mapped[str | None] = mapped_column(String(300))
    cv_updated: Mapped[bool] = flag(False)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint("minutes > 0 AND minutes <= 720", name="minutes_range"),)


class JobApplication(Tracked, Base):
    """An application sent (or to send) to a company."""

    __tablename__ = "job_applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"), index=True)
    company_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    channel: Mapped[ApplicationChannel] = mapped_column(
        enum_type(ApplicationChannel, "application_channel")
    )
    applied_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_type(ApplicationStatus, "application_status"), default=ApplicationStatus.TO_SEND
    )
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("job_search_sessions.id"))


class Internship(Tracked, Base):
    """A tirocinio with a host company, two tutors and a monthly stipend."""

    __tablename__ = "internships"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    pathway_id: Mapped[int | None] = mapped_column(ForeignKey("pathways.id"))
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    type: Mapped[InternshipType] = mapped_column(enum_type(InternshipType, "internship_type"))
    promoter: Mapped[str | None] = mapped_column(String(200))
    site: Mapped[str | None] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    extended_to: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[int] = mapped_column(Integer)
    company_tutor: Mapped[str | None] = mapped_column(String(200))
    promoter_tutor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    monthly_stipend: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    stipend_payer: Mapped[str | None] = mapped_column(String(200))
    inail_policy: Mapped[str | None] = mapped_column(String(64))
    liability_policy: Mapped[str | None] = mapped_column(String(64))
    communication_date: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[InternshipOutcome] = mapped_column(
        enum_type(InternshipOutcome, "internship_outcome"), default=InternshipOutcome.ONGOING
    )
    interruption_reason: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="date_order"),
        CheckConstraint("extended_to IS NULL OR extended_to >= end_date", name="extension"),
        CheckConstraint("hours_per_week > 0 AND hours_per_week <= 40", name="hours_range"),
        CheckConstraint("monthly_stipend IS NULL OR monthly_stipend >= 0", name="stipend"),
    )


class Convention(Tracked, Base):
    """A Law 68/99 convention (art. 14 with a social cooperative, art. 11/12)."""

    __tablename__ = "conventions"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    kind: Mapped[ConventionKind] = mapped_column(enum_type(ConventionKind, "convention_kind"))
    cooperative: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    posts_covered: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_order"),
        CheckConstraint("posts_covered >= 0", name="posts_nonnegative"),
    )


class Outcome(Tracked, Base):
    """What came of a pathway: a contract, an internship, back to education, or nothing."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    pathway_id: Mapped[int | None] = mapped_column(ForeignKey("pathways.id"))
    type: Mapped[OutcomeType] = mapped_column(enum_type(OutcomeType, "outcome_type"))
    employer: Mapped[str | None] = mapped_column(String(200))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"))
    occupation: Mapped[str | None] = mapped_column(String(200))
    hours_per_week: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    months: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("months IS NULL OR months > 0", name="months_positive"),
        CheckConstraint(
            "hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 60)",
            name="hours_range",
        ),
    )


# --------------------------------------------------------------------------- signed registers


class SignedRegister(Tracked, Base):
    """A monthly timesheet or a course session's attendance register, signed on paper.

    Signing locks the deliveries it covers (listed in `SignedRegisterItem`). A coordinator may
    unlock it with a reason: the row then stays as history with who, when and why, and signing
    again makes a new row, so every unlock reason is kept. `scope` says what is signed
    (`timesheet:<participant uuid>:<YYYY-MM>:<service or *>`, `attendance:<session uuid>`): one
    active (not unlocked) register per scope is a plain partial unique index.
    """

    __tablename__ = "signed_registers"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "timesheet" | "attendance"
    scope: Mapped[str] = mapped_column(String(100))
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"))
    month: Mapped[date | None] = mapped_column(Date)  # first day of the month
    # None on a timesheet: all the services of the month.
    service_type: Mapped[ServiceType | None] = mapped_column(enum_type(ServiceType, "service_type"))
    edition_session_id: Mapped[int | None] = mapped_column(ForeignKey("edition_sessions.id"))
    signed_on: Mapped[date] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(64))
    reprints: Mapped[int] = mapped_column(Integer, default=0, server_default=sql_text("0"))
    unlocked_at: Mapped[datetime | None] = mapped_column(DateTime)
    unlocked_by: Mapped[str | None] = mapped_column(String(64))
    unlock_reason: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        CheckConstraint("kind IN ('timesheet', 'attendance')", name="kind_values"),
        CheckConstraint(
            "(kind = 'timesheet' AND participant_id IS NOT NULL AND month IS NOT NULL"
            " AND edition_session_id IS NULL) OR (kind = 'attendance'"
            " AND edition_session_id IS NOT NULL AND participant_id IS NULL AND month IS NULL"
            " AND service_type IS NULL)",
            name="kind_fields",
        ),
        CheckConstraint("reprints >= 0", name="reprints_nonnegative"),
        CheckConstraint(
            "(unlocked_at IS NULL AND unlocked_by IS NULL AND unlock_reason IS NULL) OR "
            "(unlocked_at IS NOT NULL AND unlocked_by IS NOT NULL AND unlock_reason IS NOT NULL)",
            name="unlock_complete",
        ),
        Index(
            "uq_signed_registers_active_scope",
            "scope",
            unique=True,
            sqlite_where=sql_text("unlocked_at IS NULL"),
            postgresql_where=sql_text("unlocked_at IS NULL"),
        ),
        Index("ix_signed_registers_participant_month", "participant_id", "month"),
        Index("ix_signed_registers_edition_session", "edition_session_id"),
    )


class SignedRegisterItem(Base):
    """A delivery that a signed register covers: what was on the paper when it was signed."""

    __tablename__ = "signed_register_items"

    register_id: Mapped[int] = mapped_column(
        ForeignKey("signed_registers.id", ondelete="CASCADE"), primary_key=True
    )
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("service_deliveries.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_signed_register_items_delivery", "delivery_id"),)


# --------------------------------------------------------------------------- audit and settings


class AuditEvent(Base):
    """Append-only trail of every change, view and export; rows are chained by hash."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction, "audit_action"))
    entity: Mapped[str] = mapped_column(String(64))
    entity_uuid: Mapped[str | None] = mapped_column(String(36))
    # What happened, without personal data: field names changed, counts, file kinds.
    summary: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_entity", "entity", "entity_uuid"),
    )


class AppSetting(Base):
    """A key/value setting kept with the data (letterhead, backup count, idle lock minutes)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
