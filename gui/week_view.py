"""The week of one desk: days side by side, quarter hours down, appointments as coloured blocks.

`layout_week` is pure and fast (a sort and a sweep per day): it decides which days are shown
(Monday to Friday, plus Saturday or Sunday when the desk opens then or something is booked), the
hours (the desk's earliest opening to its latest closing, stretched to fit what is booked) and,
for each day, the side-by-side lane of every appointment. `WeekView` paints that layout in one
`paintEvent` (no widget per appointment), so a week of 2,000 appointments loads and lays out at
once.

Keyboard: arrows move the cursor by a quarter hour or a day (past Monday or the last day they
go to the neighbouring week), PageUp/PageDown change week, Home/End go to the first or last
quarter hour, Enter activates the cursor's cell (a free slot or the appointments in it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.format import fmt_date, fmt_time
from gui.widgets import hint_label
from models.enums import AppointmentKind, AppointmentStatus
from models.rows import AppointmentRow, OpeningInterval

STEP = 15  # minutes per row
DAY_MINUTES = 24 * 60
DEFAULT_HOURS = (8 * 60, 18 * 60)  # shown when the desk has no opening hours and nothing booked

# --------------------------------------------------------------------------- pure layout


@dataclass(frozen=True, slots=True)
class Placed:
    """An appointment placed in the grid: its day column, minutes of the day and lane."""

    row: AppointmentRow
    column: int
    start: int  # minutes from midnight
    end: int
    lane: int
    lanes: int  # how many lanes its group of overlapping appointments needs


@dataclass(frozen=True)
class WeekLayout:
    """What the week view paints; built by `layout_week`."""

    monday: date
    days: tuple[date, ...]
    first: int  # minute of the day of the first row (a multiple of STEP)
    last: int  # minute of the day where the last row ends
    opening: tuple[tuple[tuple[int, int], ...], ...]  # per column, open intervals in minutes
    placed: tuple[tuple[Placed, ...], ...]  # per column, in start order

    @property
    def rows(self) -> int:
        return (self.last - self.first) // STEP

    def column_of(self, day: date) -> int | None:
        try:
            return self.days.index(day)
        except ValueError:
            return None

    def nearest_column(self, day: date) -> int:
        """The column of that day, or of the closest shown day before it (Sunday → Friday)."""
        best = 0
        for index, shown in enumerate(self.days):
            if shown <= day:
                best = index
        return best

    def slot_start(self, column: int, slot: int) -> datetime:
        return datetime.combine(self.days[column], time()) + timedelta(
            minutes=self.first + slot * STEP
        )

    def slot_of(self, moment: datetime | time) -> int:
        clock = moment.time() if isinstance(moment, datetime) else moment
        minute = clock.hour * 60 + clock.minute
        return max(0, min(self.rows - 1, (minute - self.first) // STEP))

    def is_open(self, column: int, slot: int) -> bool:
        minute = self.first + slot * STEP
        return any(a <= minute < b for a, b in self.opening[column])

    def at(self, column: int, slot: int) -> list[Placed]:
        """The appointments of that day that overlap that quarter hour."""
        begin = self.first + slot * STEP
        end = begin + STEP
        return [p for p in self.placed[column] if p.start < end and p.end > begin]

    def count(self) -> int:
        return sum(len(day) for day in self.placed)


def _minutes(clock: str) -> int:
    hours, _, minutes = clock.partition(":")
    return int(hours) * 60 + int(minutes[:2] or 0)


def week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def layout_day(rows: Iterable[AppointmentRow], column: int = 0) -> list[Placed]:
    """Give each appointment a lane so that overlapping ones stand side by side.

    A sweep in start order: each appointment takes the first lane free at its start; a group of
    appointments that overlap one another (directly or through others) shares one lane count.
    """
    ordered = sorted(rows, key=lambda r: (r.start, -r.minutes, r.id))
    placed: list[Placed] = []
    group: list[tuple[AppointmentRow, int, int, int]] = []
    lane_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        lanes = len(lane_ends)
        placed.extend(Placed(r, column, s, e, lane, lanes) for r, s, e, lane in group)

    for row in ordered:
        start = row.start.hour * 60 + row.start.minute
        end = min(start + max(row.minutes, 1), DAY_MINUTES)
        if group and start >= group_end:
            close_group()
            group, lane_ends, group_end = [], [], -1
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(end)
        group.append((row, start, end, lane))
        group_end = max(group_end, end)
    if group:
        close_group()
    return placed


def layout_week(
    rows: Sequence[AppointmentRow],
    monday: date,
    opening: Iterable[OpeningInterval] = (),
) -> WeekLayout:
    """Lay out a week of one desk's appointments (all of them: filter before calling)."""
    monday = week_monday(monday)
    by_weekday: dict[int, list[tuple[int, int]]] = {}
    for interval in opening:
        by_weekday.setdefault(interval.weekday, []).append(
            (_minutes(interval.start), _minutes(interval.end))
        )
    per_day: list[list[AppointmentRow]] = [[] for _ in range(7)]
    for row in rows:
        offset = (row.start.date() - monday).days
        if 0 <= offset < 7:
            per_day[offset].append(row)
    weekdays = [d for d in range(7) if d < 5 or by_weekday.get(d) or per_day[d]]
    days = tuple(monday + timedelta(days=d) for d in weekdays)

    first = min((a for spans in by_weekday.values() for a, _ in spans), default=None)
    last = max((b for spans in by_weekday.values() for _, b in spans), default=None)
    for d in weekdays:
        for row in per_day[d]:
            begin = row.start.hour * 60 + row.start.minute
            finish = min(begin + max(row.minutes, 1), DAY_MINUTES)
            first = begin if first is None else min(first, begin)
            last = finish if last is None else max(last, finish)
    if first is None or last is None:
        first, last = DEFAULT_HOURS
    first = first - first % STEP
    last = min(DAY_MINUTES, last + (-last) % STEP)
    if last <= first:
        last = min(DAY_MINUTES, first + STEP)

    return WeekLayout(
        monday=monday,
        days=days,
        first=first,
        last=last,
        opening=tuple(tuple(sorted(by_weekday.get(d, ()))) for d in weekdays),
        placed=tuple(tuple(layout_day(per_day[d], column)) for column, d in enumerate(weekdays)),
    )


# --------------------------------------------------------------------------- colours and text

_KIND_COLOURS: dict[AppointmentKind, tuple[str, str]] = {
    # (fill, strong): light fills keep dark text readable; the strong tone draws the stripe.
    AppointmentKind.FIRST_CONTACT: ("#dbeafe", "#2563eb"),
    AppointmentKind.INTAKE: ("#e0e7ff", "#4f46e5"),
    AppointmentKind.ORIENTATION: ("#d1fae5", "#059669"),
    AppointmentKind.SKILLS_ASSESSMENT: ("#fef3c7", "#d97706"),
    AppointmentKind.JOB_SEARCH: ("#fce7f3", "#db2777"),
    AppointmentKind.GROUP_WORKSHOP: ("#ede9fe", "#7c3aed"),
    AppointmentKind.INTERNSHIP_TUTORING: ("#cffafe", "#0891b2"),
    AppointmentKind.COMPANY_TUTORING: ("#ccfbf1", "#0d9488"),
    AppointmentKind.COMPANY_VISIT: ("#ffedd5", "#ea580c"),
    AppointmentKind.MONITORING: ("#ecfccb", "#65a30d"),
    AppointmentKind.CLOSURE: ("#e5e7eb", "#4b5563"),
}
_CANCELLED = frozenset(
    {
        AppointmentStatus.CANCELLED_PARTICIPANT,
        AppointmentStatus.CANCELLED_SERVICE,
        AppointmentStatus.RESCHEDULED,
    }
)
STATUS_PREFIX: dict[AppointmentStatus, str] = {
    AppointmentStatus.DONE: "✓ ",
    AppointmentStatus.NO_SHOW: "✗ ",
    AppointmentStatus.CANCELLED_PARTICIPANT: "⊘ ",
    AppointmentStatus.CANCELLED_SERVICE: "⊘ ",
    AppointmentStatus.RESCHEDULED: "↷ ",
}

_TEXT = QColor("#1f2933")
_MUTED_TEXT = QColor("#52606d")
_ALERT_TEXT = QColor("#b42318")
_GRID = QColor("#e4e7eb")
_GRID_HOUR = QColor("#c5ccd6")
_CLOSED = QColor("#eef1f5")
_TODAY = QColor("#f3f8fe")
_HEADER = QColor("#eef1f5")
_CURSOR = QColor("#1d5fa8")
_SELECTED = QColor("#0b1f33")
_CANCELLED_FILL = QColor("#f5f6f8")


def block_text(row: AppointmentRow) -> str:
    """The first line of a block: status sign, time and person."""
    return f"{STATUS_PREFIX.get(row.status, '')}{fmt_time(row.start)} {row.participant_name}"


def describe(row: AppointmentRow) -> str:
    """A full description of one appointment (tooltip and screen readers)."""
    end = row.start + timedelta(minutes=row.minutes)
    return (
        f"{row.participant_name} · {fmt_time(row.start)}–{fmt_time(end)} · "
        f"{labels.appointment_kind_label(row.kind)} · {labels.appointment_mode_label(row.mode)}"
        f" · {row.operator_name} · {labels.appointment_status_label(row.status)}"
    )


# --------------------------------------------------------------------------- the grid


class WeekGrid(QAbstractScrollArea):
    """Paints a `WeekLayout` and moves a cell cursor over it; scrolls vertically when needed."""

    activated = Signal(object, object)  # start: datetime, rows: list[AppointmentRow]
    day_requested = Signal(object)  # date: the cursor wants a day of another week
    cursor_moved = Signal(object)  # date: the cursor's day (within the week)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(False)
        self.layout_data: WeekLayout = layout_week([], date.today())
        self.column = 0
        self.slot = 0
        self.selected_id: int | None = None
        self.today = date.today()
        self.holidays: dict[date, str] = {}  # the public holidays of the week shown, by day
        font = QFont(self.font())
        self._small = QFont(font)
        self._small.setPointSizeF(max(font.pointSizeF() - 1, 7.0))
        self._bold = QFont(font)
        self._bold.setBold(True)
        metrics = QFontMetrics(self._small)
        self._line = metrics.height()
        self.min_row_height = metrics.height() + 6
        self.time_width = QFontMetrics(font).horizontalAdvance("00:00") + 16
        self.header_height = 2 * QFontMetrics(self._bold).height() + 10
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())

    # -- data
    def set_layout(
        self,
        layout: WeekLayout,
        *,
        day: date | None = None,
        holidays: dict[date, str] | None = None,
    ) -> None:
        old = self.layout_data
        if holidays is not None:
            self.holidays = holidays
        minute = old.first + self.slot * STEP
        self.layout_data = layout
        self.today = date.today()
        self.column = layout.nearest_column(day) if day is not None else 0
        self.slot = max(0, min(layout.rows - 1, (minute - layout.first) // STEP))
        ids = {p.row.id for column in layout.placed for p in column}
        if self.selected_id not in ids:
            self.selected_id = None
        self._pick_selection()
        self._update_scrollbar()
        self.ensure_cursor_visible()
        self.viewport().update()
        self._describe()

    def set_cursor(self, column: int, slot: int, *, emit: bool = False) -> None:
        layout = self.layout_data
        column = max(0, min(len(layout.days) - 1, column))
        slot = max(0, min(layout.rows - 1, slot))
        day_changed = column != self.column
        self.column, self.slot = column, slot
        self._pick_selection()
        self.ensure_cursor_visible()
        self.viewport().update()
        self._describe()
        if emit and day_changed:
            self.cursor_moved.emit(layout.days[column])

    def cursor_day(self) -> date:
        return self.layout_data.days[self.column]

    def cursor_start(self) -> datetime:
        return self.layout_data.slot_start(self.column, self.slot)

    def cursor_rows(self) -> list[AppointmentRow]:
        return [p.row for p in self.layout_data.at(self.column, self.slot)]

    def selected(self) -> AppointmentRow | None:
        if self.selected_id is None:
            return None
        for placed in self.layout_data.placed[self.column]:
            if placed.row.id == self.selected_id:
                return placed.row
        for column in self.layout_data.placed:
            for placed in column:
                if placed.row.id == self.selected_id:
                    return placed.row
        return None

    def _pick_selection(self) -> None:
        """The selected appointment follows the cursor: the first one in its cell, if any."""
        here = self.layout_data.at(self.column, self.slot)
        previous = self.selected_id
        if not any(p.row.id == self.selected_id for p in here):
            self.selected_id = here[0].row.id if here else None
        if previous != self.selected_id:
            self.selection_changed.emit()

    # -- geometry
    def row_height(self) -> int:
        rows = max(self.layout_data.rows, 1)
        available = self.viewport().height() - self.header_height
        return max(self.min_row_height, available // rows)

    def column_width(self) -> float:
        days = max(len(self.layout_data.days), 1)
        return max(40.0, (self.viewport().width() - self.time_width) / days)

    def content_height(self) -> int:
        return self.header_height + self.layout_data.rows * self.row_height()

    def column_x(self, column: int) -> int:
        return self.time_width + round(column * self.column_width())

    def slot_y(self, slot: int) -> int:
        return self.header_height + slot * self.row_height() - self.verticalScrollBar().value()

    def cell_rect(self, column: int, slot: int) -> QRect:
        x = self.column_x(column)
        return QRect(x, self.slot_y(slot), self.column_x(column + 1) - x, self.row_height())

    def block_rect(self, placed: Placed) -> QRect:
        x0 = self.column_x(placed.column)
        width = self.column_x(placed.column + 1) - x0 - 3
        lane_width = width / max(placed.lanes, 1)
        left = x0 + 1 + round(placed.lane * lane_width)
        right = x0 + 1 + round((placed.lane + 1) * lane_width)
        per_minute = self.row_height() / STEP
        top = self.header_height + round((placed.start - self.layout_data.first) * per_minute)
        bottom = self.header_height + round((placed.end - self.layout_data.first) * per_minute)
        top -= self.verticalScrollBar().value()
        bottom -= self.verticalScrollBar().value()
        return QRect(left, top + 1, max(right - left - 1, 2), max(bottom - top - 2, 3))

    def rect_of(self, appointment_id: int) -> QRect | None:
        """Where an appointment is painted (tests and tooltips use this)."""
        for column in self.layout_data.placed:
            for placed in column:
                if placed.row.id == appointment_id:
                    return self.block_rect(placed)
        return None

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        if point.x() < self.time_width or point.y() < self.header_height:
            return None
        column = int((point.x() - self.time_width) // self.column_width())
        y = point.y() + self.verticalScrollBar().value() - self.header_height
        slot = y // self.row_height()
        layout = self.layout_data
        if not (0 <= column < len(layout.days) and 0 <= slot < layout.rows):
            return None
        return column, slot

    def placed_at(self, point: QPoint) -> Placed | None:
        cell = self.cell_at(point)
        if cell is None:
            return None
        for placed in self.layout_data.placed[cell[0]]:
            if self.block_rect(placed).contains(point):
                return placed
        return None

    def _update_scrollbar(self) -> None:
        bar = self.verticalScrollBar()
        bar.setPageStep(max(self.viewport().height() - self.header_height, 1))
        bar.setSingleStep(self.row_height())
        bar.setRange(0, max(0, self.content_height() - self.viewport().height()))

    def ensure_cursor_visible(self) -> None:
        bar = self.verticalScrollBar()
        top = self.slot * self.row_height()
        visible = self.viewport().height() - self.header_height
        if top < bar.value():
            bar.setValue(top)
        elif top + self.row_height() > bar.value() + visible:
            bar.setValue(top + self.row_height() - visible)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbar()

    def sizeHint(self) -> QSize:
        return QSize(800, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.header_height + 4 * self.min_row_height)

    # -- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_data
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, layout, event.rect())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, layout: WeekLayout, clip: QRect) -> None:
        width = self.viewport().width()
        height = self.viewport().height()
        row_h = self.row_height()
        scroll = self.verticalScrollBar().value()
        painter.fillRect(0, 0, width, height, QColor("#ffffff"))
        first_slot = max(0, scroll // row_h)
        last_slot = min(layout.rows - 1, (scroll + height - self.header_height) // row_h + 1)

        # Cells: closed hours grey, today's column tinted.
        for column, day in enumerate(layout.days):
            x0, x1 = self.column_x(column), self.column_x(column + 1)
            holiday = self.holidays.get(day)
            for slot in range(first_slot, last_slot + 1):
                y = self.slot_y(slot)
                if holiday or not layout.is_open(column, slot):
                    painter.fillRect(x0, y, x1 - x0, row_h, _CLOSED)
                elif day == self.today:
                    painter.fillRect(x0, y, x1 - x0, row_h, _TODAY)

        # Grid lines and the hours in the left column.
        painter.setFont(self._small)
        for slot in range(first_slot, last_slot + 2):
            y = self.slot_y(slot)
            minute = layout.first + slot * STEP
            painter.setPen(_GRID_HOUR if minute % 60 == 0 else _GRID)
            painter.drawLine(self.time_width, y, width, y)
            if minute % 60 == 0 and slot <= last_slot:
                painter.setPen(_MUTED_TEXT)
                painter.drawText(
                    QRect(0, y, self.time_width - 6, self._line + 2),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    f"{minute // 60:02d}:00",
                )
        painter.setPen(_GRID_HOUR)
        for column in range(len(layout.days) + 1):
            x = self.column_x(column)
            painter.drawLine(x, self.header_height, x, height)

        # Appointments.
        top_visible, bottom_visible = self.header_height, height
        for column in range(len(layout.days)):
            for placed in layout.placed[column]:
                rect = self.block_rect(placed)
                if rect.bottom() < top_visible or rect.top() > bottom_visible:
                    continue
                if not rect.intersects(clip):
                    continue
                self._paint_block(painter, placed, rect)

        # The cursor.
        cell = self.cell_rect(self.column, self.slot)
        pen = QPen(_CURSOR if self.hasFocus() else QColor("#7b9cc4"))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(cell.adjusted(1, 1, -1, -1))

        # The day header, drawn last so that scrolled content slides under it.
        painter.fillRect(0, 0, width, self.header_height, _HEADER)
        painter.setPen(_GRID_HOUR)
        painter.drawLine(0, self.header_height - 1, width, self.header_height - 1)
        for column, day in enumerate(layout.days):
            x0, x1 = self.column_x(column), self.column_x(column + 1)
            rect = QRect(x0 + 4, 3, x1 - x0 - 8, self.header_height - 6)
            painter.setFont(self._bold)
            painter.setPen(_CURSOR if day == self.today else _TEXT)
            title = f"{labels.weekday_short(day.weekday())} {day:%d/%m}"
            if day == self.today:
                title += " · " + self.tr("oggi")
            metrics = painter.fontMetrics()
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
            )
            holiday = self.holidays.get(day)
            note = holiday or ("" if layout.opening[column] else self.tr("chiuso"))
            if note:
                painter.setFont(self._small)
                painter.setPen(_MUTED_TEXT)
                small = painter.fontMetrics()
                painter.drawText(
                    rect,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                    small.elidedText(note, Qt.TextElideMode.ElideRight, rect.width()),
                )

    def _paint_block(self, painter: QPainter, placed: Placed, rect: QRect) -> None:
        row = placed.row
        fill, strong = _KIND_COLOURS.get(row.kind, ("#e5e7eb", "#4b5563"))
        cancelled = row.status in _CANCELLED
        painter.fillRect(rect, _CANCELLED_FILL if cancelled else QColor(fill))
        painter.fillRect(rect.x(), rect.y(), 3, rect.height(), QColor(strong))
        border = QPen(QColor(strong if not cancelled else "#9aa5b1"))
        if row.status == AppointmentStatus.CONFIRMED:
            border.setWidth(2)
        if cancelled:
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if row.id == self.selected_id:
            # The chosen appointment: a dark double outline, unlike any kind's colour.
            pen = QPen(_SELECTED)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setPen(QPen(QColor("#ffffff")))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        inner = rect.adjusted(6, 2, -3, -1)
        if inner.width() < 14 or inner.height() < self._line - 2:
            return
        if row.status == AppointmentStatus.NO_SHOW:
            painter.setPen(_ALERT_TEXT)
        elif cancelled:
            painter.setPen(_MUTED_TEXT)
        else:
            painter.setPen(_TEXT)
        painter.setFont(self._small)
        metrics = painter.fontMetrics()
        fits = max(1, inner.height() // self._line)
        if fits == 1:
            lines = [block_text(row)]
        else:
            end = row.start + timedelta(minutes=row.minutes)
            prefix = STATUS_PREFIX.get(row.status, "")
            lines = [
                f"{prefix}{fmt_time(row.start)}–{fmt_time(end)}",
                row.participant_name,
                labels.appointment_kind_label(row.kind),
                row.operator_name,
            ][:fits]
        y = inner.y()
        for line in lines:
            painter.drawText(
                QRect(inner.x(), y, inner.width(), self._line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width()),
            )
            y += self._line

    # -- keyboard and mouse
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        layout = self.layout_data
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Up:
            self.set_cursor(self.column, self.slot - 1)
        elif key == Qt.Key.Key_Down:
            self.set_cursor(self.column, self.slot + 1)
        elif key == Qt.Key.Key_Left:
            if self.column == 0:
                # The previous week's last day shown (Sunday falls back to Friday or Saturday).
                self.day_requested.emit(layout.monday - timedelta(days=1))
            else:
                self.set_cursor(self.column - 1, self.slot, emit=True)
        elif key == Qt.Key.Key_Right:
            if self.column >= len(layout.days) - 1:
                self.day_requested.emit(layout.monday + timedelta(days=7))
            else:
                self.set_cursor(self.column + 1, self.slot, emit=True)
        elif key == Qt.Key.Key_PageUp:
            self.day_requested.emit(self.cursor_day() - timedelta(days=7))
        elif key == Qt.Key.Key_PageDown:
            self.day_requested.emit(self.cursor_day() + timedelta(days=7))
        elif key == Qt.Key.Key_Home:
            self.set_cursor(self.column, 0)
        elif key == Qt.Key.Key_End:
            self.set_cursor(self.column, layout.rows - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_cursor()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def activate_cursor(self) -> None:
        rows = self.cursor_rows()
        selected = self.selected()
        if selected is not None and selected in rows:
            rows = [selected] + [r for r in rows if r.id != selected.id]
        self.activated.emit(self.cursor_start(), rows)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        cell = self.cell_at(point)
        if cell is not None:
            placed = self.placed_at(point)
            self.set_cursor(cell[0], cell[1], emit=True)
            if placed is not None and placed.row.id != self.selected_id:
                self.selected_id = placed.row.id
                self.selection_changed.emit()
                self.viewport().update()
                self._describe()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        cell = self.cell_at(point)
        if cell is None:
            return
        placed = self.placed_at(point)
        self.set_cursor(cell[0], cell[1], emit=True)
        start = self.cursor_start()
        self.activated.emit(start, [placed.row] if placed is not None else [])

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            placed = self.placed_at(event.pos())
            if placed is not None:
                QToolTip.showText(event.globalPos(), describe(placed.row), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def _describe(self) -> None:
        """What a screen reader says about the cursor's cell."""
        layout = self.layout_data
        if not layout.days:
            return
        start = self.cursor_start()
        where = f"{labels.weekday_long(start.weekday())} {fmt_date(start.date())} {fmt_time(start)}"
        rows = self.cursor_rows()
        if rows:
            what = "; ".join(describe(r) for r in rows[:3])
            if len(rows) > 3:
                what += " " + self.tr("e altri {n}").format(n=len(rows) - 3)
        elif layout.is_open(self.column, self.slot) and not self.holidays.get(start.date()):
            what = self.tr("libero")
        else:
            what = self.tr("sportello chiuso")
        self.setAccessibleDescription(f"{where}: {what}")


# --------------------------------------------------------------------------- the view


class WeekView(QWidget):
    """The week grid with an operator filter and a legend; the agenda feeds it rows."""

    activated = Signal(object, object)  # start: datetime, rows: list[AppointmentRow]
    day_requested = Signal(object)  # date
    cursor_moved = Signal(object)  # date
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Settimana dello sportello"))
        self._rows: list[AppointmentRow] = []
        self._opening: tuple[OpeningInterval, ...] = ()
        self._holidays: dict[date, str] = {}
        self._holiday_cache: dict[tuple[date, str | None], dict[date, str]] = {}
        self._holiday_key: tuple[date, str | None] | None = None
        self._holiday_timer = QTimer(self)
        self._holiday_timer.setSingleShot(True)
        self._holiday_timer.setInterval(0)
        self._holiday_timer.timeout.connect(self._load_holidays)
        self.desk_code: str | None = None
        self.monday: date | None = None

        self.operator_combo = QComboBox()
        self.operator_combo.setAccessibleName(self.tr("Operatore mostrato"))
        self.operator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.operator_combo.addItem(self.tr("Tutti gli operatori"), None)
        self.operator_combo.currentIndexChanged.connect(self._on_operator_changed)
        operator_label = QLabel(self.tr("Ope&ratore:"))
        operator_label.setBuddy(self.operator_combo)

        self.legend = hint_label(
            self.tr(
                "✓ svolto · ✗ non presentato · ⊘ annullato · ↷ spostato · bordo spesso: "
                "confermato · in grigio: sportello chiuso"
            )
        )

        self.grid = WeekGrid()
        self.grid.setAccessibleName(self.tr("Griglia della settimana"))
        self.grid.activated.connect(self.activated)
        self.grid.day_requested.connect(self.day_requested)
        self.grid.cursor_moved.connect(self.cursor_moved)
        self.grid.selection_changed.connect(self.selection_changed)

        self.hint = hint_label()

        top = QHBoxLayout()
        top.addWidget(operator_label)
        top.addWidget(self.operator_combo)
        top.addSpacing(16)
        top.addWidget(self.legend, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.grid)

    # -- data
    def set_week(
        self,
        monday: date,
        desk_code: str,
        opening: Sequence[OpeningInterval],
        rows: Sequence[AppointmentRow],
        *,
        day: date | None = None,
        province: str | None = None,
    ) -> None:
        """Show a loaded week (one `list_appointments` call made by the caller).

        The public holidays come a moment later (the first lookup loads the holidays package,
        slower than laying out a whole week): the grid greys them out when they arrive.
        """
        self.monday = week_monday(monday)
        self.desk_code = desk_code
        self._opening = tuple(opening)
        self._rows = list(rows)
        self._holiday_key = (self.monday, province)
        cached = self._holiday_cache.get(self._holiday_key)
        self._holidays = cached if cached is not None else {}
        if cached is None:
            self._holiday_timer.start()
        self._fill_operators()
        self._relayout(day)

    def _load_holidays(self) -> None:
        from models.booking import holiday_name

        if self._holiday_key is None:
            return
        monday, province = key = self._holiday_key
        days = (monday + timedelta(days=n) for n in range(7))
        found = {d: name for d in days if (name := holiday_name(d, province))}
        self._holiday_cache[key] = found
        self._holidays = found
        self.grid.holidays = found
        self.grid.viewport().update()

    def is_loaded(self, monday: date, desk_code: str | None) -> bool:
        return self.monday == week_monday(monday) and self.desk_code == desk_code

    def operator(self) -> str | None:
        data = self.operator_combo.currentData()
        return str(data) if data else None

    def set_operator(self, username: str | None) -> None:
        index = self.operator_combo.findData(username) if username else 0
        if index < 0:
            self.operator_combo.addItem(username or "", username)
            index = self.operator_combo.count() - 1
        self.operator_combo.setCurrentIndex(index)

    def shown_rows(self) -> list[AppointmentRow]:
        operator = self.operator()
        if operator is None:
            return list(self._rows)
        return [r for r in self._rows if r.operator == operator]

    def layout_data(self) -> WeekLayout:
        return self.grid.layout_data

    def set_day(self, day: date) -> None:
        """Move the cursor to that day of the week shown, keeping the time."""
        self.grid.set_cursor(self.grid.layout_data.nearest_column(day), self.grid.slot)

    def set_cursor_start(self, moment: datetime) -> None:
        layout = self.grid.layout_data
        self.grid.set_cursor(layout.nearest_column(moment.date()), layout.slot_of(moment))

    def selected(self) -> AppointmentRow | None:
        return self.grid.selected()

    def select(self, appointment_id: int) -> None:
        """Put the cursor on an appointment and select it."""
        for column in self.grid.layout_data.placed:
            for placed in column:
                if placed.row.id == appointment_id:
                    self.set_cursor_start(placed.row.start)
                    self.grid.selected_id = appointment_id
                    self.grid.viewport().update()
                    self.selection_changed.emit()
                    return

    # -- private
    def _fill_operators(self) -> None:
        current = self.operator()
        names = {r.operator: r.operator_name for r in self._rows}
        if current and current not in names:
            names[current] = self.operator_combo.currentText()
        self.operator_combo.blockSignals(True)
        self.operator_combo.clear()
        self.operator_combo.addItem(self.tr("Tutti gli operatori"), None)
        for username, name in sorted(names.items(), key=lambda item: (item[1], item[0])):
            self.operator_combo.addItem(name, username)
        index = self.operator_combo.findData(current) if current else 0
        self.operator_combo.setCurrentIndex(max(index, 0))
        self.operator_combo.blockSignals(False)

    def _relayout(self, day: date | None = None) -> None:
        if self.monday is None:
            return
        keep = day if day is not None else self._cursor_day()
        rows = self.shown_rows()
        self.grid.set_layout(
            layout_week(rows, self.monday, self._opening), day=keep, holidays=self._holidays
        )
        if rows:
            self.hint.setText(
                self.tr(
                    "Frecce: spostarsi di un quarto d'ora o di un giorno · PagSu/PagGiù: "
                    "settimana precedente o successiva · Invio: prenota nella casella libera "
                    "o apre le azioni dell'appuntamento."
                )
            )
        elif self.operator():
            self.hint.setText(
                self.tr(
                    "Nessun appuntamento di {name} in questa settimana. Scegliete «Tutti gli "
                    "operatori» per vedere gli altri, oppure premete Invio su una casella libera "
                    "per prenotare."
                ).format(name=self.operator_combo.currentText())
            )
        else:
            self.hint.setText(
                self.tr(
                    "Nessun appuntamento in questa settimana. Premete Invio (o fate doppio clic) "
                    "su una casella libera per prenotare; PagSu e PagGiù cambiano settimana."
                )
            )

    def _cursor_day(self) -> date | None:
        layout = self.grid.layout_data
        if self.monday is None or layout.monday != self.monday or not layout.days:
            return self.monday
        return self.grid.cursor_day()

    def _on_operator_changed(self, _index: int) -> None:
        self._relayout()
        self.selection_changed.emit()
