"""The caseload of the active client: filters and search, the case list, and the case editor.

Only the active client's cases are ever loaded; switching client or locking empties every model
and widget first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain import vocab
from vp_desktop.services.casework import case_list
from vp_desktop.services.clients import clients as client_service
from vp_desktop.services.errors import NotFound
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.casework.case_editor import CaseEditor
from vp_desktop.ui.casework.case_filter_proxy import CaseFilterProxy
from vp_desktop.ui.casework.case_list_view import CaseListView
from vp_desktop.ui.casework.case_table_model import CASE_ID_ROLE, CaseTableModel
from vp_desktop.ui.shared.code_pickers import lang_of
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.prompts import Choice
from vp_desktop.ui.shell.changes import DataKind
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace

SEARCH_DELAY_MS = 250


class CasesSection(Section):
    key = "cases"
    depends_on = DataKind.CASES | DataKind.CLIENTS | DataKind.SETTINGS
    client_scoped = True

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id: int | None = None
        self._shown_case_id: int | None = None
        self._notes_search: case_list.NotesSearch | None = None
        lang = lang_of(workspace)
        self._lang = lang
        self.model = CaseTableModel(lang, self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.editor = CaseEditor(workspace, lang)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self._build()
        self.editor.saved.connect(self._case_saved)
        self.editor.deleted.connect(self._case_deleted)
        self.clear()

    def title(self) -> str:
        return self.tr("Casussen")

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open en gesloten"), None)
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Gesloten"), "closed")
        self.year_filter = QComboBox()
        self.track_filter = QComboBox()
        self.track_filter.addItem(self.tr("Alle sporen"), None)
        for term in vocab.TRACKS:
            self.track_filter.addItem(term.label(self._lang), term.code)
        for combo, name in (
            (self.status_filter, self.tr("Filter op status")),
            (self.year_filter, self.tr("Filter op jaar")),
            (self.track_filter, self.tr("Filter op spoor")),
        ):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.reload)
        self.search_box = QLineEdit()
        self.search_box.setAccessibleName(self.tr("Zoeken in casussen"))
        self.search_box.setPlaceholderText(self.tr("Zoek op nummer of woord in de notities"))
        self.search_box.setToolTip(self.tr("Zoeken (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(
            self.search_box.fontMetrics().horizontalAdvance(self.search_box.placeholderText()) + 48
        )
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply_search)
        self.new_button = QPushButton(self.tr("Nieuwe casus"))
        self.new_button.setAccessibleName(self.tr("Nieuwe casus"))
        self.new_button.setToolTip(self.tr("Nieuwe casus (Ctrl+N)"))
        self.new_button.clicked.connect(self.start_new_case)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Aantal casussen"))
        for sequence, slot in (
            (QKeySequence.StandardKey.New, self.start_new_case),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        toolbar = QHBoxLayout()
        for widget in (self.status_filter, self.year_filter, self.track_filter, self.search_box):
            toolbar.addWidget(widget)
        toolbar.addWidget(self.count_label, 1)
        toolbar.addWidget(self.new_button)

        self.table = CaseListView(self.proxy)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 580])
        # Fixed minimums: the editor's own minimum differs between an open and a closed case
        # (the closing box, the file actions), which made the divider jump from case to case.
        left.setMinimumWidth(320)
        self.editor.setMinimumWidth(600)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.status_filter, self.year_filter)
        QWidget.setTabOrder(self.year_filter, self.track_filter)
        QWidget.setTabOrder(self.track_filter, self.search_box)
        QWidget.setTabOrder(self.search_box, self.new_button)
        QWidget.setTabOrder(self.new_button, self.table)

    # -- the Section contract ---------------------------------------------------------------

    def set_client(self, client_id: int | None) -> None:
        self.clear()
        self._client_id = client_id
        if client_id is None:
            return
        self._fill_years()
        self.reload()
        self._enable(True)

    def refresh(self) -> None:
        if self._client_id is None:
            return
        self._fill_years()
        self.reload()
        editor = self.editor
        if editor.case_id is not None and not editor.has_unsaved_changes():
            try:
                editor.show_case(self._client_id, editor.case_id)
            except NotFound:
                editor.clear()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def save_changes(self) -> bool:
        return self.editor.save()

    def discard_changes(self) -> None:
        self.editor.revert()

    def take_draft(self) -> dict[str, Any] | None:
        return self.editor.take_draft()

    def restore_draft(self, draft: dict[str, Any]) -> None:
        client_id = draft.get("client_id")
        if isinstance(client_id, int) and client_id != self._client_id:
            # Ask the main window to select that client (it calls set_client), so the list
            # and the sidebar show the draft's client.
            self.navigate_requested.emit(self.key, client_id, {})
            if self._client_id != client_id:
                self.set_client(client_id)
        if self.editor.restore_draft(draft):
            self._shown_case_id = self.editor.case_id
            self._select_case(self._shown_case_id)

    def clear(self) -> None:
        self._search_timer.stop()
        self._client_id = None
        self._notes_search = None
        self._shown_case_id = None
        self.editor.clear()
        self.model.clear()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.proxy.set_search("", set())
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Alle jaren"), None)
        self.year_filter.blockSignals(False)
        self.count_label.clear()
        self._enable(False)

    def current_target(self) -> dict[str, Any] | None:
        """The case on screen, so that it opens again after unlock (its id only)."""
        case_id = self.editor.case_id
        return {"case_id": case_id} if case_id is not None else None

    def navigate(self, target: dict[str, Any]) -> None:
        case_id = target.get("case_id")
        if self._client_id is None or not isinstance(case_id, int):
            return
        if case_id != self.editor.case_id:
            if not self._may_leave_editor():
                return
            self._show_case(case_id)
        if not self._select_case(case_id):
            self._reset_filters()  # the case was filtered out: show it in the full list

    # -- loading ----------------------------------------------------------------------------

    def _enable(self, enabled: bool) -> None:
        for widget in (
            self.status_filter,
            self.year_filter,
            self.track_filter,
            self.search_box,
            self.new_button,
            self.table,
        ):
            widget.setEnabled(enabled)

    def _fill_years(self) -> None:
        assert self._client_id is not None
        with self._workspace.session() as session:
            years = case_list.case_years(session, self._client_id)
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Alle jaren"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        index = self.year_filter.findData(chosen)
        self.year_filter.setCurrentIndex(max(index, 0))
        self.year_filter.blockSignals(False)

    def reload(self) -> None:
        """Load the client's cases for the chosen filters; keeps the shown case selected."""
        if self._client_id is None:
            return
        try:
            with self._workspace.session() as session:
                rows = case_list.list_cases(
                    session,
                    self._client_id,
                    status=self.status_filter.currentData(),
                    year=self.year_filter.currentData(),
                    track=self.track_filter.currentData(),
                )
        except (NotFound, VaultError) as error:
            self._workspace.prompts.error(self.tr("Casussen"), vault_error_text(error))
            return
        self.model.set_rows(rows)
        # New with every load: it keeps which case each contact belongs to.
        self._notes_search = case_list.NotesSearch(self._client_id)
        self.apply_search()

    def apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text()
        hits: set[int] = set()
        notes_search = self._notes_search
        if text.strip() and notes_search is not None:
            with self._workspace.session() as session:
                hits = notes_search.matching_case_ids(session, text)
        self.proxy.set_search(text, hits)
        self._select_case(self._shown_case_id)
        self._show_count()

    def _show_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = (
                self.tr("1 casus")
                if total == 1
                else self.tr("%1 casussen").replace("%1", str(total))
            )
        else:
            text = self.tr("%1 van %2 casussen").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    def _reset_filters(self) -> None:
        for combo in (self.status_filter, self.year_filter, self.track_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- selection and the editor -----------------------------------------------------------

    def _select_case(self, case_id: int | None) -> bool:
        """Select a case's row without asking anything; False when it is not in the view."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            row = self.model.row_of(case_id) if case_id is not None else None
            proxy_index = (
                self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
            )
            if proxy_index is None or not proxy_index.isValid():
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return False
            selection.setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(proxy_index)
            return True
        finally:
            selection.blockSignals(False)
            self.table.viewport().update()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        case_id = current.data(CASE_ID_ROLE)
        if case_id == self.editor.case_id:
            return
        if not self._may_leave_editor():
            self._select_case(self.editor.case_id)
            return
        self._show_case(case_id)

    def _may_leave_editor(self) -> bool:
        if not self.editor.has_unsaved_changes():
            return True
        choice = self._workspace.prompts.save_discard_cancel(
            self.tr("Wijzigingen opslaan?"),
            self.tr("De casus die open staat heeft wijzigingen die nog niet zijn opgeslagen."),
        )
        if choice == Choice.SAVE:
            return self.editor.save()
        return choice == Choice.DISCARD

    def _show_case(self, case_id: int) -> None:
        if self._client_id is None:
            return
        try:
            self.editor.show_case(self._client_id, case_id)
        except NotFound:
            self.reload()
            return
        self._shown_case_id = case_id

    def start_new_case(self) -> None:
        if self._client_id is None or not self._may_leave_editor():
            return
        with self._workspace.session() as session:
            client = client_service.get_client(session, self._client_id)
            integrity_only = client.role_integrity and not client.role_unwanted_behaviour
        track = "integrity" if integrity_only else "unwanted_behaviour"
        self._shown_case_id = None
        self._select_case(None)
        self.editor.new_case(self._client_id, track)

    def _case_saved(self, case_id: int) -> None:
        self._shown_case_id = case_id
        self._fill_years()
        self.reload()
        self.announce(DataKind.CASES, self._client_id)

    def _case_deleted(self, _case_id: int) -> None:
        self._shown_case_id = None
        self._fill_years()
        self.reload()
        self.announce(DataKind.CASES, self._client_id)
