"""A reportlab canvas that knows the page count, for "page 1 of N" on every page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

#: draws the running texts of one page, given (canvas, page number, page count)
RunningTexts = Callable[[Canvas, int, int], None]


def counted_canvas(draw: RunningTexts) -> type[Canvas]:
    """A canvas class that holds the pages back until the end, then draws `draw` on each."""

    class CountedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw(self, number, total)
                super().showPage()
            super().save()

    return CountedCanvas
