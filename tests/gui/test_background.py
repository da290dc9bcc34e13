"""The one way the UI runs slow work: result or error back on the GUI thread, progress, cancel,
and a count of running work that the lock waits for."""

from __future__ import annotations

import threading

import pytest

from vp_desktop.services.errors import NotFound
from vp_desktop.ui.shared.background import (
    BackgroundOperation,
    Cancelled,
    Reporter,
    error_text,
    running_operations,
)


def test_the_result_comes_back_and_the_count_goes_down(qtbot) -> None:
    release = threading.Event()

    def work(reporter: Reporter) -> int:
        reporter.step(1, 2)
        release.wait(10)
        return 42

    operation = BackgroundOperation("Rekenen", work)
    steps: list[tuple[int, int]] = []
    operation.progressed.connect(lambda _phase, done, total: steps.append((done, total)))
    operation.start()
    assert running_operations().running() == 1 and running_operations().titles() == ["Rekenen"]
    with (
        qtbot.waitSignal(operation.succeeded) as done,
        qtbot.waitSignal(running_operations().all_finished),
    ):
        release.set()
    assert done.args == [42] and steps == [(1, 2)]
    assert running_operations().running() == 0


def test_an_error_is_handed_back_with_the_advisers_sentence(qtbot) -> None:
    def work(_reporter: Reporter) -> None:
        raise NotFound("case")

    operation = BackgroundOperation("Zoeken", work)
    with qtbot.waitSignal(operation.finished) as finished:
        operation.start()
    outcome = finished.args[0]
    assert not outcome.ok and isinstance(outcome.error, NotFound)
    assert (
        error_text(outcome.error) == "Dit item bestaat niet (meer). Kies het opnieuw in de lijst."
    )


def test_cancel_stops_the_work_at_its_next_step(qtbot) -> None:
    started = threading.Event()

    def work(reporter: Reporter) -> None:
        started.set()
        while True:
            reporter.check()
            threading.Event().wait(0.01)

    operation = BackgroundOperation("Importeren", work)
    operation.start()
    assert started.wait(10)
    with qtbot.waitSignal(operation.failed) as failed:
        operation.cancel()
    assert isinstance(failed.args[0], Cancelled)
    assert error_text(failed.args[0]) == "Afgebroken; er is niets gewijzigd."


def test_a_bug_is_logged_by_its_kind_only(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    def work(_reporter: Reporter) -> None:
        raise KeyError("naam van een melder")

    operation = BackgroundOperation("Fout", work)
    with qtbot.waitSignal(operation.failed):
        operation.start()
    assert "KeyError" in caplog.text and "melder" not in caplog.text
