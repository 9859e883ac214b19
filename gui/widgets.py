"""Small widgets the sections share: a keyboard-friendly table, empty states, counters."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.rows import DeskRow, UserRow

MIN_FILTER_CHARS = 12  # a filter combo on a narrow window: this many letters, then «…»


class RowTableView(QTableView):
    """A read-only table of whole rows: Enter or a double click activates the current row.

    Rows have a fixed height (a lazy model is never asked to measure them) and Tab leaves the
    table instead of walking its cells, so that a screen is usable with the keyboard alone.
    """

    row_activated = Signal(int)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        horizontal.setHighlightSections(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_column_widths(self, widths: Sequence[int | str]) -> None:
        """Widths in average characters, so that they follow the font size; a string is a
        sample of the widest content (a codice fiscale is capitals, wider than the average)."""
        unit = self.fontMetrics().averageCharWidth()
        header = self.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        for column, chars in enumerate(widths):
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
            # Never narrower than the bold title plus room for the sort arrow.
            needed = metrics.horizontalAdvance(str(title)) + 30 if title else 0
            if isinstance(chars, str):
                width = self.fontMetrics().horizontalAdvance(chars) + 20
            else:
                width = chars * unit + 16
            self.setColumnWidth(column, max(width, needed))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseDoubleClickEvent(event)
        if index.isValid():
            self.row_activated.emit(index.row())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model: QAbstractItemModel | None = self.model()
        if model is not None and not self.currentIndex().isValid() and model.rowCount() > 0:
            self.setCurrentIndex(model.index(0, 0))


class EmptyState(QLabel):
    """What a list says when it has nothing to show, and what to do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(24)


class TableOrEmpty(QStackedWidget):
    """A table that gives way to an explanation when it has no rows."""

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.empty = EmptyState()
        self.empty.setAccessibleName(table.accessibleName())
        self.addWidget(table)
        self.addWidget(self.empty)

    def show_table(self) -> None:
        self.setCurrentWidget(self.table)

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.setCurrentWidget(self.empty)

    def is_empty_shown(self) -> bool:
        return self.currentWidget() is self.empty


class CounterCard(QFrame):
    """A number with a caption, on the home page."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName("counterValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("counterCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


def hint_label(text: str = "") -> QLabel:
    """A grey explanatory line that wraps: what a field means or what a key does."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setAccessibleName(text)
    return label


class FlowLayout(QLayout):
    """Items left to right, going on to a new line when the width runs out (as Qt's example).

    A row of controls that fits a wide window in one line and still lets the window become
    narrow: its minimum width is that of its widest item, not the sum. Hidden items take no room.
    """

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 16, line_spacing: int = 4
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def sizeHint(self) -> QSize:
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items (or only measure, with move=False); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            # An item wider than the whole line shrinks to it, down to its minimum.
            width = max(min(hint.width(), area.width()), item.minimumSize().width())
            if x > area.x() and x + width > area.x() + area.width():
                x, y = area.x(), y + line_height + self._line_spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def control_group(*widgets: QWidget) -> QWidget:
    """Widgets side by side that a `FlowLayout` keeps on one line (a label and its field)."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return group


class LazyCombo(QComboBox):
    """A filter whose choices are asked for the first time it is used, not when it is built.

    The home section must not load the desks or the users at start-up: those reads go through
    the administration services, whose import is the slowest part of opening the program. The
    first item ("all …") has no data; subclasses fill in the rest in `_fill`.
    """

    def __init__(self, everyone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._everyone = everyone
        self.loaded = False
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem(everyone, None)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Ask for the choices again (F5), keeping the chosen one when it still exists."""
        self._fill()
        self.loaded = True

    def _fill(self) -> None:
        """Abstract: each lazy combo loads its own choices (every subclass overrides this)."""
        raise NotImplementedError

    def minimumSizeHint(self) -> QSize:
        """Wide enough for its longest choice when there is room, a dozen letters when not.

        A narrow window shrinks the filters (their text elided) instead of refusing to get
        narrower than the navigator row.
        """
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        frame = max(hint.width() - longest, 0)
        return QSize(
            min(hint.width(), frame + MIN_FILTER_CHARS * metrics.averageCharWidth()), hint.height()
        )

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_loaded()
        super().focusInEvent(event)


class LazyDeskCombo(LazyCombo):
    """A desk filter: "all desks", then each desk by name; the item data is the desk code."""

    def __init__(
        self,
        everyone: str,
        load: Callable[[], Sequence[DeskRow]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(everyone, parent)
        self._load = load

    def _fill(self) -> None:
        fill_desk_combo(self, self._load(), self._everyone)


class LazyUserCombo(LazyCombo):
    """An operator filter: "all operators", then each user by full name (data: the username)."""

    def __init__(
        self,
        everyone: str,
        load: Callable[[], Sequence[UserRow]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(everyone, parent)
        self._load = load

    def _fill(self) -> None:
        current = self.currentData()
        users = sorted(self._load(), key=lambda u: (u.full_name.casefold(), u.username))
        self.blockSignals(True)
        self.clear()
        self.addItem(self._everyone, None)
        for user in users:
            self.addItem(user.full_name or user.username, user.username)
            self.setItemData(self.count() - 1, user.username, Qt.ItemDataRole.ToolTipRole)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)


def fill_desk_combo(combo: QComboBox, desks: Sequence[DeskRow], everyone: str) -> None:
    """Offer "all desks" plus each desk by name; the item data is the desk code (or None)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everyone, None)
    for desk in desks:
        combo.addItem(f"{desk.name} ({desk.code})", desk.code)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
