"""Slow work off the GUI thread, run one way for the whole UI.

Every dialog that copies, checks, imports or rewrites data runs that work as a
`BackgroundOperation`: it reports progress, can be asked to stop between steps, and hands its
result or its error back on the GUI thread, after the thread has really ended. Each running
operation is counted by `running_operations()`; the lock consults that count and waits for a
backup half-written instead of closing the vault under it (as a password manager defers a lock
while it saves), then reports the real outcome after unlock.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.error_texts import vault_error_text

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The work stopped at a step because the adviser asked it to."""


class Reporter:
    """Handed to the work (on its own thread): report progress, and stop when asked."""

    def __init__(self, emit: Callable[[str, int, int], None], stop: threading.Event) -> None:
        self._emit = emit
        self._stop = stop

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise `Cancelled` when the adviser asked to stop (the work's transaction rolls back)."""
        if self._stop.is_set():
            raise Cancelled()

    def step(self, done: int, total: int) -> None:
        self.phase_step("", done, total)

    def phase_step(self, phase: str, done: int, total: int) -> None:
        self.check()
        self._emit(phase, done, total)


Work = Callable[[Reporter], object]


@dataclass(frozen=True, slots=True)
class Outcome:
    """How an operation ended; `error` is None on success."""

    title: str
    result: object = None
    error: BaseException | None = None
    # the task's own sentence for its error (e.g. a backup's), shown after unlock
    error_message: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)

    def error_sentence(self) -> str:
        """What stopped the work, in the task's own words when it has them."""
        if self.error is None:
            return ""
        return self.error_message or error_text(self.error)


def error_text(error: BaseException) -> str:
    """The adviser's sentence for what stopped an operation; never the error's own words."""
    if isinstance(error, Cancelled):
        return QCoreApplication.translate("Background", "Afgebroken; er is niets gewijzigd.")
    if isinstance(error, ValidationError):
        from vp_desktop.ui.shared.passphrase_widgets import language

        return error.describe(language())
    if isinstance(error, VaultError | NotFound):
        return str(vault_error_text(error))
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Background", "Het bestand kon niet worden gelezen of geschreven."
        )
    return QCoreApplication.translate(
        "Background", "Er ging iets mis. Er is niets gewijzigd; probeer het opnieuw."
    )


class _Runner(QThread):
    progressed = Signal(str, int, int)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(Reporter(self.progressed.emit, self._stop))
        except Exception as error:  # reported on the GUI thread; a bug is logged by kind only
            if not isinstance(error, Cancelled | VaultError | ValidationError | NotFound | OSError):
                log.error("background operation failed: %s", type(error).__name__)
            self.error = error


class BackgroundOperation(QObject):
    """One piece of slow work. Connect to its signals, then `start()` it."""

    progressed = Signal(str, int, int)  # (phase, done, total)
    succeeded = Signal(object)  # the work's result
    failed = Signal(object)  # the exception (Cancelled when stopped on request)
    finished = Signal(object)  # the Outcome, after succeeded or failed

    def __init__(
        self,
        title: str,
        work: Work,
        parent: QObject | None = None,
        *,
        describe_error: Callable[[BaseException], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self._describe_error = describe_error
        self._stop = threading.Event()
        self._runner: _Runner | None = None
        self._work = work

    @property
    def is_running(self) -> bool:
        return self._runner is not None

    def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("this operation is already running")
        runner = _Runner(self._work, self._stop)
        runner.progressed.connect(self.progressed)
        runner.finished.connect(self._ended)
        self._runner = runner
        running_operations().began(self)
        runner.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._stop.set()

    def wait(self) -> None:
        """Block until the thread has ended (its outcome still arrives through the signals)."""
        if self._runner is not None:
            self._runner.wait()

    def _ended(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        runner.wait()  # `finished` comes a moment before the thread has really ended
        message = ""
        if runner.error is not None and self._describe_error is not None:
            message = self._describe_error(runner.error)
        outcome = Outcome(self.title, runner.result, runner.error, message)
        # The runner is owned by Python: dropping the last reference deletes it (no deleteLater).
        try:
            if outcome.error is None:
                self.succeeded.emit(outcome.result)
            else:
                self.failed.emit(outcome.error)
            self.finished.emit(outcome)
        finally:
            running_operations().ended(self, outcome)


class OperationRegistry(QObject):
    """Every operation running in this app: the lock waits for them."""

    count_changed = Signal(int)
    operation_finished = Signal(object)  # Outcome
    all_finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._running: list[BackgroundOperation] = []

    def running(self) -> int:
        return len(self._running)

    def titles(self) -> list[str]:
        return [operation.title for operation in self._running]

    def began(self, operation: BackgroundOperation) -> None:
        self._running.append(operation)
        self.count_changed.emit(len(self._running))

    def ended(self, operation: BackgroundOperation, outcome: Outcome) -> None:
        if operation in self._running:
            self._running.remove(operation)
        self.count_changed.emit(len(self._running))
        self.operation_finished.emit(outcome)
        if not self._running:
            self.all_finished.emit()

    def wait_all(self) -> None:
        """Block until every thread has ended, then deliver their outcomes (closing the app)."""
        for operation in list(self._running):
            operation.wait()
        QCoreApplication.processEvents()


_registry: OperationRegistry | None = None


def running_operations() -> OperationRegistry:
    global _registry
    if _registry is None:
        _registry = OperationRegistry()
    return _registry
