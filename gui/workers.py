"""Background work: run a function on a thread pool, get its result back on the GUI thread.

`run_task(fn, on_done, on_error)` follows Picard's helper: the function runs on a QThreadPool and
its result (or exception) comes back through a queued signal, so callbacks always run on the GUI
thread. With `on_progress`, the function receives a `progress(done, total)` callable that returns
False once the task was cancelled. Tests pass `SynchronousPool()` to run tasks inline.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskPool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class SynchronousPool:
    """A pool that runs each task at once, in the calling thread (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class TaskHandle(QObject):
    """Carries a task's result back to the GUI thread; `cancel()` asks the task to stop.

    The handle lives in the GUI thread, so its slots, connected to signals emitted by the worker,
    run there (queued connections).
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__()
        self._cancelled = threading.Event()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.finished.connect(self._on_task_finished)
        self.failed.connect(self._on_task_failed)
        self.progressed.connect(self._on_task_progressed)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> bool:
        """Called from the worker thread: forward the progress; False means stop."""
        self.progressed.emit(int(done), int(total))
        return not self.cancelled

    @Slot(object)
    def _on_task_finished(self, result: object) -> None:
        _running.discard(self)
        self._on_done(result)

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        _running.discard(self)
        assert isinstance(exc, BaseException)
        self._on_error(exc)

    @Slot(int, int)
    def _on_task_progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._fn = fn
        self._handle = handle

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, which decides what it means
            self._handle.failed.emit(exc)
        else:
            self._handle.finished.emit(result)


def reraise(exc: BaseException) -> None:
    """Default error callback: raise on the GUI thread, so that the crash handler sees it."""
    raise exc


# Handles of running tasks: kept alive here until their result has been delivered.
_running: set[TaskHandle] = set()


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] = reraise,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    pool: TaskPool | None = None,
) -> TaskHandle:
    """Run `fn` off the GUI thread; call `on_done(result)` or `on_error(exc)` on the GUI thread.

    With `on_progress`, `fn` is called as `fn(progress)`, where `progress(done, total)` forwards
    to `on_progress` and returns False once `cancel()` was called on the returned handle.
    """
    handle = TaskHandle(on_done, on_error, on_progress)
    _running.add(handle)
    if on_progress is not None:

        def call() -> Any:
            return fn(handle.report)

    else:
        call = fn
    runnable = _Runnable(call, handle)
    runnable.setAutoDelete(True)
    (pool or QThreadPool.globalInstance()).start(runnable)
    return handle
