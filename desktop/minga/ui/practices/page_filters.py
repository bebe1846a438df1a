"""Parts of the Prácticas page: the filter combo boxes, the search box's pause, the
sort order, and deleting a practice with its undo bar and restoring from the trash."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from shiboken6 import isValid

from minga.domain.errors import MingaError
from minga.services.practices import Choice, PracticeQuery
from minga.ui.tasks import PAGE_FETCH
from minga.ui.widgets.confirm import confirm
from minga.ui.widgets.text import plain_tooltip


class PracticesFiltersAndDeletion:
    """Part of `PracticesPage` (its texts keep the `PracticesPage` translation context)."""

    def _filter_combo(
        self,
        parent: QWidget,
        name: str,
        accessible: str,
        everything: str,
        choices: list[tuple[str, str]],
    ) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        self._fill_combo(combo, everything, choices)
        combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        combo.currentIndexChanged.connect(lambda _index: self._fit_combo(combo))
        layout = parent.layout()
        if layout is not None:
            layout.addWidget(combo)
        return combo

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, None)
            for value, text in choices:
                combo.addItem(text, value)
                tooltip = plain_tooltip(text)  # names come from other computers
                combo.setItemData(combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)
        # The popup shows whole names even when the closed combo is narrow.
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)
        PracticesFiltersAndDeletion._fit_combo(combo)

    @staticmethod
    def _fit_combo(combo: QComboBox) -> None:
        """As wide as the choice shown (combos clip long text; the filter bar wraps)."""
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text = QSize(combo.fontMetrics().horizontalAdvance(combo.currentText()) + 4, 1)
        size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
        combo.setMinimumWidth(size.width())
        combo.updateGeometry()

    # --- filters -----------------------------------------------------------------------

    def current_query(self) -> PracticeQuery:
        """The query the filter bar describes (order as the list has it now)."""
        return replace(
            self.model.query,
            text=self.search_edit.text().strip(),
            subject=self.subject_combo.currentData(),
            level=self.level_combo.currentData(),
            author_id=self.author_combo.currentData(),
            school_id=self.school_combo.currentData(),
            status=self.status_combo.currentData(),
            deleted=self.trash_check.isChecked(),
        )

    def apply_filters(self) -> None:
        """Runs the search and filters now."""
        self._search_pending = False
        if self._narrow is not None:
            self._apply_layout()
        query = self.current_query()
        if query != self.model.query:
            self._select_after_load = self._current_id()
            self.model.set_query(query)

    def _search_edited(self, _text: str) -> None:
        if self._search_timer.isActive():
            self._search_pending = True
            self._search_timer.start()  # wait for a pause in the typing
            return
        self.apply_filters()
        self._search_timer.start()

    def _search_entered(self) -> None:
        # Enter: search now and go to the results, ready for the arrow keys.
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_pause(self) -> None:
        if self._search_pending:
            self._search_pending = False
            self.apply_filters()

    def _load_choices(self) -> None:
        service = self.ctx.practices
        self.ctx.runner.run(
            lambda _progress: (service.authors(), service.schools()),
            on_done=self._choices_loaded,
            on_error=self._show_error,
            priority=PAGE_FETCH,
        )

    def _choices_loaded(self, result: tuple[list[Choice], list[Choice]]) -> None:
        if not isValid(self):  # the page was closed while they loaded
            return
        authors, schools = result
        self._fill_combo(
            self.author_combo,
            QCoreApplication.translate("PracticesPage", "All authors"),
            [(c.id, c.name) for c in authors],
        )
        self._fill_combo(
            self.school_combo,
            QCoreApplication.translate("PracticesPage", "All schools"),
            [(c.id, c.name) for c in schools],
        )

    def _trash_toggled(self, on: bool) -> None:
        self._hide_undo()
        self.apply_filters()
        self._update_actions()

    def _sort_chosen(self, index: int) -> None:
        column, order = self.sort_combo.itemData(index)
        self.table.horizontalHeader().setSortIndicator(column, order)

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if not self.model.is_sortable(column):
            # Levels and subjects are lists: put the arrow back where the order really is.
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            header.blockSignals(False)
            header.viewport().update()
            return
        self._select_after_load = self._current_id()
        self._sync_sort_combo()

    def _sync_sort_combo(self) -> None:
        header = self.table.horizontalHeader()
        wanted = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        for index in range(self.sort_combo.count()):
            if self.sort_combo.itemData(index) == wanted:
                self.sort_combo.setCurrentIndex(index)
                return

    # --- delete, undo, restore -----------------------------------------------------------

    def delete_selected(self) -> bool:
        """Moves the selected practice to the trash after asking; offers Undo."""
        row = self._current_row()
        info = self.model.row_info(row) if row is not None else None
        if info is None or self.trash_check.isChecked():
            return False
        if info.author_id != self.ctx.actor.person_id:
            self.ctx.bridge.warning(
                QCoreApplication.translate(
                    "PracticesPage", "Only its author can delete the practice «{title}»."
                ).format(title=info.title)
            )
            return False
        if not confirm(
            self,
            QCoreApplication.translate("PracticesPage", "Delete practice"),
            QCoreApplication.translate("PracticesPage", "Delete the practice «{title}»?").format(
                title=info.title
            ),
            QCoreApplication.translate("PracticesPage", "Delete"),
            QCoreApplication.translate("PracticesPage", "Cancel"),
            informative=QCoreApplication.translate(
                "PracticesPage", "It goes to the trash, where you can restore it."
            ),
        ):
            return False
        try:
            self.ctx.practices.delete(info.id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        if self._form is not None and self._form.practice_id == info.id:
            self._form.clear()
            self._show_placeholder()
        self._last_deleted = (info.id, info.title)
        message = QCoreApplication.translate(
            "PracticesPage", "«{title}» was moved to the trash."
        ).format(title=info.title)
        self.undo_label.setText(message)
        self.undo_bar.show()
        self.ctx.bridge.info(message)
        self._row_after_load = row
        self.model.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def undo_delete(self) -> bool:
        """Brings back the practice deleted last."""
        if self._last_deleted is None:
            return False
        practice_id, title = self._last_deleted
        if not self._restore(practice_id, title):
            return False
        self._hide_undo()
        return True

    def restore_selected(self) -> bool:
        """In the trash: takes the selected practice out of it."""
        row = self._current_row()
        info = self.model.row_info(row) if row is not None else None
        if info is None or not self.trash_check.isChecked():
            return False
        self._row_after_load = row
        return self._restore(info.id, info.title)

    def _restore(self, practice_id: str, title: str) -> bool:
        try:
            self.ctx.practices.restore(practice_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return False
        self.ctx.bridge.info(
            QCoreApplication.translate("PracticesPage", "«{title}» was restored.").format(
                title=title
            )
        )
        if self._form is not None and self._form.practice_id == practice_id:
            self._form.clear()
            self._show_placeholder()
        if not self.trash_check.isChecked():
            self._select_after_load = practice_id
        self.model.refresh()
        return True

    def _hide_undo(self) -> None:
        self.undo_bar.hide()
        self._last_deleted = None
