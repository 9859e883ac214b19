"""The booking rules, in one place: used by the GUI, the command line and the importer alike.

Pure functions over plain data. The storage service loads a `BookingContext` inside the write
transaction and calls `check_booking` before inserting, so that the rules and the write see the
same state; `free_slots` walks the same rules forward to propose the next free starts.

The rules: a positive, sensible duration; a day the desk is open (not a national holiday of the
`holidays` package for the desk's province, not the municipality's patron-saint day, not inside a
closure); inside one of the desk's opening intervals for that weekday and inside the operator's
hours at that desk (an operator with no hours recorded anywhere is taken to be there whenever the
desk is open: the one-person desk); no overlap with another active appointment of the operator or
of the participant; and, in person, no more overlapping appointments at the desk than its rooms.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property, lru_cache
from typing import Any

from models.enums import AppointmentStatus
from models.errors import ConflictError, ValidationError

MAX_MINUTES = 480
GRID_MINUTES = 15
WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")


# Which status may follow which; anything else is refused with a message.
TRANSITIONS: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    AppointmentStatus.BOOKED: frozenset(
        {
            AppointmentStatus.CONFIRMED,
            AppointmentStatus.DONE,
            AppointmentStatus.NO_SHOW,
            AppointmentStatus.CANCELLED_PARTICIPANT,
            AppointmentStatus.CANCELLED_SERVICE,
        }
    ),
    AppointmentStatus.CONFIRMED: frozenset(
        {
            AppointmentStatus.DONE,
            AppointmentStatus.NO_SHOW,
            AppointmentStatus.CANCELLED_PARTICIPANT,
            AppointmentStatus.CANCELLED_SERVICE,
        }
    ),
    # A no-show or done recorded by mistake can be put right the same way.
    AppointmentStatus.NO_SHOW: frozenset({AppointmentStatus.DONE}),
    AppointmentStatus.DONE: frozenset({AppointmentStatus.NO_SHOW}),
}
MOVABLE = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED})
NEEDS_REASON = frozenset(
    {AppointmentStatus.CANCELLED_PARTICIPANT, AppointmentStatus.CANCELLED_SERVICE}
)


def can_become(current: AppointmentStatus, wanted: AppointmentStatus) -> bool:
    """Whether an appointment in `current` may be set to `wanted` (the GUI greys the rest)."""
    return wanted in TRANSITIONS.get(current, frozenset())


@dataclass(frozen=True)
class Busy:
    """An active appointment that holds time: what a new booking must not overlap."""

    start: datetime
    minutes: int
    label: str  # what the clash message names, e.g. "l'appuntamento di Rossi Mario"
    in_person: bool = True
    appointment_id: int | None = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class DeskCalendar:
    """When a desk is open: weekly intervals, closures, patron day, holidays of its province."""

    code: str
    name: str
    province: str | None = None
    rooms: int = 1
    opening: dict[int, tuple[tuple[time, time], ...]] = field(default_factory=dict)
    closures: tuple[tuple[date, date, str], ...] = ()
    patron_day: str | None = None  # MM-DD
    patron_name: str | None = None

    def closed_reason(self, day: date) -> str | None:
        """Why the desk is closed that day, in Italian; None when it is open."""
        for first, last, reason in self.closures:
            if first <= day <= last:
                return f"chiusura «{reason}» dal {_it(first)} al {_it(last)}"
        if self.patron_day and day.strftime("%m-%d") == self.patron_day:
            saint = f" ({self.patron_name})" if self.patron_name else ""
            return f"festa del santo patrono{saint}"
        holiday = holiday_name(day, self.province)
        if holiday:
            return f"giorno festivo ({holiday})"
        if not self.opening.get(day.weekday()):
            return f"non apre di {WEEKDAYS[day.weekday()]}"
        return None


class BusyIndex:
    """Busy intervals sorted by start, so that overlaps are found by bisection, not by scanning."""

    def __init__(self, busy: Sequence[Busy]) -> None:
        self.items = sorted(busy, key=lambda b: b.start)
        self.starts = [b.start for b in self.items]
        self.longest = timedelta(minutes=max((b.minutes for b in self.items), default=0))

    def overlapping(self, start: datetime, end: datetime) -> list[Busy]:
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return [b for b in self.items[low:high] if b.end > start]


@dataclass(frozen=True)
class BookingContext:
    """Everything the rules need about one booking, loaded in the writing transaction."""

    desk: DeskCalendar
    operator_label: str
    # The operator's hours at this desk by weekday; None means no hours recorded anywhere.
    operator_hours: dict[int, tuple[tuple[time, time], ...]] | None
    operator_busy: Sequence[Busy] = ()
    participant_label: str = ""
    participant_busy: Sequence[Busy] = ()
    desk_busy: Sequence[Busy] = ()

    @cached_property
    def operator_index(self) -> BusyIndex:
        return BusyIndex(self.operator_busy)

    @cached_property
    def participant_index(self) -> BusyIndex:
        return BusyIndex(self.participant_busy)

    @cached_property
    def desk_index(self) -> BusyIndex:
        return BusyIndex([b for b in self.desk_busy if b.in_person])


def _it(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@lru_cache(maxsize=64)
def _holidays(province: str | None, year: int) -> Any:
    import holidays

    country: Any = holidays.Italy  # type: ignore[attr-defined]
    if province and province.upper() in country.subdivisions:
        return country(subdiv=province.upper(), years=year, language="it_IT")
    return country(years=year, language="it_IT")


def holiday_name(day: date, province: str | None = None) -> str | None:
    """The Italian name of the public holiday on that day (national or provincial), if any."""
    name = _holidays(province, day.year).get(day)
    return str(name) if name else None


def check_duration(minutes: int) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError("minutes", "deve essere un numero intero di minuti.", label="Durata")
    if minutes <= 0:
        raise ValidationError("minutes", "deve essere di almeno un minuto.", label="Durata")
    if minutes > MAX_MINUTES:
        raise ValidationError(
            "minutes",
            f"{minutes} minuti sono troppi: al massimo {MAX_MINUTES} (8 ore).",
            label="Durata",
        )


def _inside(intervals: Sequence[tuple[time, time]], start: datetime, end: datetime) -> bool:
    if end.date() != start.date() and end.time() != time(0, 0):
        return False
    begin, finish = start.time(), end.time() if end.date() == start.date() else time.max
    return any(a <= begin and finish <= b for a, b in intervals)


def _hours_text(intervals: Sequence[tuple[time, time]]) -> str:
    return ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in intervals)


def conflicts(
    ctx: BookingContext, start: datetime, minutes: int, *, in_person: bool = True
) -> list[str]:
    """Every rule the booking breaks, in Italian (empty when it can be booked)."""
    end = start + timedelta(minutes=minutes)
    reasons: list[str] = []
    desk = ctx.desk
    closed = desk.closed_reason(start.date())
    if closed:
        return [f"lo sportello {desk.code} il {_it(start.date())} è chiuso: {closed}"]
    opening = desk.opening.get(start.weekday(), ())
    if not _inside(opening, start, end):
        reasons.append(
            f"alle {start:%H:%M}–{end:%H:%M} lo sportello {desk.code} è chiuso "
            f"(di {WEEKDAYS[start.weekday()]} apre {_hours_text(opening)})"
        )
    if ctx.operator_hours is not None:
        hours = ctx.operator_hours.get(start.weekday(), ())
        if not _inside(hours, start, end):
            where = (
                f"di {WEEKDAYS[start.weekday()]} è allo sportello {_hours_text(hours)}"
                if hours
                else f"non è allo sportello {desk.code} di {WEEKDAYS[start.weekday()]}"
            )
            reasons.append(f"{ctx.operator_label} {where}")
    for clash in ctx.operator_index.overlapping(start, end):
        reasons.append(
            f"{ctx.operator_label} ha già {clash.label} alle {clash.start:%H:%M}–{clash.end:%H:%M}"
        )
    for clash in ctx.participant_index.overlapping(start, end):
        who = ctx.participant_label or "la persona"
        reasons.append(f"{who} ha già {clash.label} alle {clash.start:%H:%M}–{clash.end:%H:%M}")
    if in_person and not reasons:
        in_room = ctx.desk_index.overlapping(start, end)
        if _peak(in_room, start, end) >= desk.rooms:
            rooms = "la sola stanza" if desk.rooms == 1 else f"tutte le {desk.rooms} stanze"
            reasons.append(
                f"allo sportello {desk.code} {rooms} sono occupate alle {start:%H:%M}–{end:%H:%M}"
            )
    return reasons


def _peak(busy: Sequence[Busy], start: datetime, end: datetime) -> int:
    """The most appointments running at the same moment within [start, end)."""
    events: list[tuple[datetime, int]] = []
    for b in busy:
        events.append((max(b.start, start), 1))
        events.append((min(b.end, end), -1))
    events.sort(key=lambda e: (e[0], e[1]))
    running = peak = 0
    for _moment, delta in events:
        running += delta
        peak = max(peak, running)
    return peak


def check_booking(
    ctx: BookingContext, start: datetime, minutes: int, *, in_person: bool = True
) -> None:
    """Raise ValidationError for a bad duration, ConflictError naming every clash."""
    check_duration(minutes)
    reasons = conflicts(ctx, start, minutes, in_person=in_person)
    if reasons:
        raise ConflictError("Impossibile prenotare: " + "; ".join(reasons) + ".")


def free_slots(
    ctx: BookingContext,
    minutes: int,
    *,
    after: datetime,
    days: int = 60,
    grid: int = GRID_MINUTES,
    in_person: bool = True,
) -> Iterator[datetime]:
    """Free starts from `after` on, in order, on a `grid`-minute grid, for at most `days` days."""
    check_duration(minutes)
    first = after.date()
    for offset in range(days + 1):
        day = first + timedelta(days=offset)
        if ctx.desk.closed_reason(day):
            continue
        intervals = ctx.desk.opening.get(day.weekday(), ())
        if ctx.operator_hours is not None:
            intervals = _intersect(intervals, ctx.operator_hours.get(day.weekday(), ()))
        for a, b in intervals:
            moment = datetime.combine(day, a)
            last = datetime.combine(day, b) - timedelta(minutes=minutes)
            while moment <= last:
                if moment >= after and not conflicts(ctx, moment, minutes, in_person=in_person):
                    yield moment
                moment += timedelta(minutes=grid)


def _intersect(
    left: Sequence[tuple[time, time]], right: Sequence[tuple[time, time]]
) -> tuple[tuple[time, time], ...]:
    out = []
    for a, b in left:
        for c, d in right:
            start, end = max(a, c), min(b, d)
            if start < end:
                out.append((start, end))
    return tuple(sorted(out))
