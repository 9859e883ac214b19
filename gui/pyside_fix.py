"""Guard against PySide6 6.12.0 on CPython 3.11 taking a reference from None at each void call.

With that pair, every call of a Qt method that returns nothing (QLabel.setText, QPainter.fillRect,
QPen.setWidth...) hands back None without the reference the caller then drops, so None loses one
reference per call. CPython 3.12 made None immortal and nothing happens there; on 3.11 the count
reaches zero after some tens of thousands of calls and the interpreter aborts with "Fatal Python
error: none_dealloc". One repaint of the agenda's week grid makes hundreds of such calls, so the
program would abort after a few minutes of use.

The real fix is a PySide6 without the bug (6.11.3 does not have it). Until then `protect_none()`
raises None's reference count by 2**40, out of reach of any leak, which is what CPython 3.12 does
for its immortal objects; None is never freed anyway. It changes nothing on CPython 3.12 or later,
on other interpreters, or when a quick probe finds no leak.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

BOOST = 1 << 40
_PROBE_CALLS = 100

_protected = False


def none_leaks() -> bool:
    """True when calling a void Qt method takes a reference from None."""
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        point.setX(1)
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def protect_none() -> bool:
    """Make None's reference count unreachable for the leak; True when that was needed."""
    global _protected
    if _protected:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not none_leaks():
        return False
    # ob_refcnt is the first field of every object in a CPython release build; check it is.
    count = ctypes.c_ssize_t.from_address(id(None))
    if abs(count.value - sys.getrefcount(None)) > 2:
        log.warning("PySide6 leaks references to None and the workaround does not apply here")
        return False
    count.value += BOOST
    _protected = True
    from PySide6 import __version__ as pyside_version

    log.warning(
        "PySide6 %s leaks a reference to None at each void call on Python %d.%d: protected None "
        "(install a PySide6 without the bug, e.g. 6.11.3)",
        pyside_version,
        *sys.version_info[:2],
    )
    return True
