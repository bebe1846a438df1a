"""The Study tab of the improvement-cycle editor: the data points per period (an
editable table), the run chart drawn from them as they are typed, its baseline and marked
changes, and the sentence of what the chart shows (a shift, a trend, runs)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from minga.domain import cycle_rules as rules
from minga.domain.errors import MingaError
from minga.ui.charts import RunChartView
from minga.ui.widgets.fields import plain_text_edit, scroll_column
from minga.ui.widgets.scroll import reflow_on_large_text
from minga.ui.widgets.table import fit_table_height, setup_table


class ValueDelegate(QStyledItemDelegate):
    """A data point's value: a number with up to two decimals, in the local format."""

    def createEditor(
        self,
        parent: QWidget,
        _option: QStyleOptionViewItem,
        _index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(2)
        spin.setRange(-1_000_000_000, 1_000_000_000)
        spin.setFrame(False)
        return spin


class CycleStudyTab:
    """Part of `CycleEditor` (its texts keep the `CycleEditor` translation context)."""

    def _build_study(self) -> QWidget:
        scroll, body, column = scroll_column(self, "cycleStudyBody")
        self.points_model = QStandardItemModel(0, 2, self)
        self.points_model.setObjectName("dataPointsModel")
        self.points_table = QTableView(body)
        setup_table(
            self.points_table,
            "dataPoints",
            QCoreApplication.translate("CycleEditor", "Data points"),
        )
        self.points_table.setAlternatingRowColors(False)
        self.points_table.setShowGrid(True)
        self.points_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.points_table.setModel(self.points_model)
        self.points_table.setItemDelegateForColumn(1, ValueDelegate(self.points_table))
        header = self.points_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for signal in (
            self.points_model.dataChanged,
            self.points_model.rowsInserted,
            self.points_model.rowsRemoved,
            self.points_model.rowsMoved,
        ):
            signal.connect(lambda *_a: self._points_changed())
        # The chart first (what the data say), then the data to type.
        self.chart = RunChartView(body)
        self.chart.setObjectName("runChart")
        self.chart.setAccessibleName(QCoreApplication.translate("CycleEditor", "Run chart"))
        self.chart.set_empty_text(
            QCoreApplication.translate("CycleEditor", "Enter data points to see the run chart.")
        )
        column.addWidget(self.chart)
        self.shift_label = QLabel(body)
        self.shift_label.setObjectName("shiftSummary")
        self.shift_label.setTextFormat(Qt.TextFormat.PlainText)
        self.shift_label.setWordWrap(True)
        column.addWidget(self.shift_label)
        self.add_field(
            column,
            "data_points",
            QCoreApplication.translate("CycleEditor", "Data per period (F2 to edit)"),
            self.points_table,
            parent=body,
        )
        buttons = QHBoxLayout()
        self.add_point_button = QPushButton(
            QCoreApplication.translate("CycleEditor", "Add period"), body
        )
        self.add_point_button.setObjectName("addPoint")
        self.add_point_button.clicked.connect(self.add_point)
        self.remove_point_button = QPushButton(
            QCoreApplication.translate("CycleEditor", "Remove"), body
        )
        self.remove_point_button.setObjectName("removePoint")
        self.remove_point_button.clicked.connect(self.remove_point)
        points_part = QHBoxLayout()
        points_part.addWidget(self.add_point_button)
        points_part.addWidget(self.remove_point_button)
        points_part.addStretch(1)
        buttons.addLayout(points_part, 1)
        # The run chart by the book: how many first points give the median, and the
        # changes that start a new baseline (saved at once, on a saved cycle).
        self.baseline_spin = QSpinBox(body)
        self.baseline_spin.setObjectName("baselinePoints")
        self.baseline_spin.setRange(rules.BASELINE_MIN, rules.BASELINE_MAX)
        self.baseline_spin.setValue(rules.BASELINE_DEFAULT)
        self.baseline_spin.setAccessibleName(
            QCoreApplication.translate("CycleEditor", "Baseline: first points for the median")
        )
        self.baseline_spin.valueChanged.connect(self._baseline_changed)
        baseline_label = QLabel(
            QCoreApplication.translate("CycleEditor", "Median from the first"), body
        )
        baseline_label.setBuddy(self.baseline_spin)
        self.change_button = QPushButton(
            QCoreApplication.translate("CycleEditor", "Mark a change here"), body
        )
        self.change_button.setObjectName("markChange")
        self.change_button.setToolTip(
            QCoreApplication.translate(
                "CycleEditor",
                "The selected period starts a new phase: its median comes from its own "
                "first points. Click again to remove the mark.",
            )
        )
        self.change_button.clicked.connect(self.toggle_change)
        baseline_part = QHBoxLayout()
        baseline_part.addWidget(baseline_label)
        baseline_part.addWidget(self.baseline_spin)
        baseline_part.addWidget(self.change_button)
        baseline_part.addStretch(1)
        buttons.addLayout(baseline_part)
        column.addLayout(buttons)
        # The median's choice under the period's buttons when they do not fit beside
        # them (large text, a narrow pane): nothing to scroll sideways.
        reflow_on_large_text(body, buttons, when_narrow=True)
        self.study_edit = plain_text_edit(
            body,
            "study_notes",
            QCoreApplication.translate("CycleEditor", "What we learnt"),
            lines=3,
            most=10,
        )
        self.study_edit.setPlaceholderText(
            QCoreApplication.translate(
                "CycleEditor", "What the data say, compared with the prediction."
            )
        )
        self.study_edit.textChanged.connect(lambda: self.edited("study_notes"))
        self.add_field(
            column,
            "study_notes",
            QCoreApplication.translate("CycleEditor", "What we learnt"),
            self.study_edit,
        )
        column.addStretch(1)
        return scroll

    # --- data points and the run chart --------------------------------------------------

    def _append_point(self, period: str, value: Any) -> None:
        period_item = QStandardItem(period)
        value_item = QStandardItem()
        if isinstance(value, int | float) and not isinstance(value, bool):
            value_item.setData(float(value), Qt.ItemDataRole.EditRole)
        else:
            value_item.setData(0.0, Qt.ItemDataRole.EditRole)
        value_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for item in (period_item, value_item):
            item.setEditable(not self.is_read_only)
        self.points_model.appendRow([period_item, value_item])

    def data_points(self) -> list[dict[str, Any]]:
        points = []
        for row in range(self.points_model.rowCount()):
            period = self.points_model.item(row, 0)
            value = self.points_model.item(row, 1)
            raw = value.data(Qt.ItemDataRole.EditRole) if value is not None else 0.0
            try:
                number = float(raw)
            except (TypeError, ValueError):
                number = math.nan
            points.append({"period": period.text() if period else "", "value": number})
        return points

    def add_point(self, period: str = "", value: float = 0.0) -> None:
        if self.is_read_only:
            return
        if not period:
            taken = {p["period"] for p in self.data_points()}
            number = self.points_model.rowCount() + 1
            period = QCoreApplication.translate("CycleEditor", "Period {number}").format(
                number=number
            )
            while period in taken:
                number += 1
                period = QCoreApplication.translate("CycleEditor", "Period {number}").format(
                    number=number
                )
        self._append_point(period, value)
        index = self.points_model.index(self.points_model.rowCount() - 1, 1)
        self.points_table.setCurrentIndex(index)
        self.points_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_point(self) -> None:
        index = self.points_table.currentIndex()
        if not self.is_read_only and index.isValid():
            self.points_model.removeRow(index.row())

    def _points_changed(self) -> None:
        fit_table_height(self.points_table, self.points_model.rowCount() + 1, least=4, most=14)
        self._update_chart()
        self.edited("data_points")

    def _update_chart(self) -> None:
        points = [p for p in self.data_points() if math.isfinite(p["value"])]
        # The cycle's own baseline and marked changes (`minga cycle baseline|change`):
        # the median stays where its first points put it.
        info = self._info
        periods = [p["period"] for p in points]
        chart = rules.run_chart(
            [p["value"] for p in points],
            baseline=info.baseline_points if info else rules.BASELINE_DEFAULT,
            changes=[
                periods.index(c) for c in (info.change_periods if info else ()) if c in periods
            ],
        )
        self.chart.set_texts(
            median=QCoreApplication.translate("CycleEditor", "Median"),
            shift=QCoreApplication.translate("CycleEditor", "Shift"),
            value=self.indicator_edit.text().strip()
            or QCoreApplication.translate("CycleEditor", "Value"),
        )
        self.chart.set_data(
            [p["period"] for p in points],
            [p["value"] for p in points],
            chart.median,
            [(s.start, s.end) for s in chart.shifts],
        )
        self.chart.set_phases([(p.start, p.end, p.median) for p in chart.phases])
        if not points:
            self.shift_label.setText("")
        elif chart.shifts:
            parts = []
            for shift in chart.shifts:
                side = (
                    QCoreApplication.translate("CycleEditor", "above")
                    if shift.side == "above"
                    else QCoreApplication.translate("CycleEditor", "below")
                )
                parts.append(
                    QCoreApplication.translate(
                        "CycleEditor",
                        "Shift: {points} points in a row {side} the median, from {first} to "
                        "{last}.",
                    ).format(
                        points=shift.points,
                        side=side,
                        first=points[shift.start]["period"],
                        last=points[shift.end]["period"],
                    )
                )
            self.shift_label.setText(
                " ".join(parts)
                + " "
                + QCoreApplication.translate(
                    "CycleEditor", "Something changed: a signal, not chance."
                )
                + self._other_signals(chart)
            )
        else:
            self.shift_label.setText(
                QCoreApplication.translate(
                    "CycleEditor",
                    "No shift yet: a shift is {count} or more points in a row on one side of "
                    "the median.",
                ).format(count=rules.SHIFT_MIN_POINTS)
                + self._other_signals(chart)
            )

    def _baseline_changed(self, points: int) -> None:
        info = self._info
        if info is None or not info.is_mine or info.baseline_points == points:
            self._update_chart()
            return
        try:
            self._info = self.ctx.improvement.set_baseline(info.id, points)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
        self._update_chart()

    def toggle_change(self) -> None:
        """Marks (or unmarks) a change at the selected saved period."""
        info = self._info
        index = self.points_table.currentIndex()
        if info is None or not info.is_mine or not index.isValid():
            return
        points = self.data_points()
        if index.row() >= len(points):
            return
        period = points[index.row()]["period"]
        try:
            self._info = self.ctx.improvement.mark_change(
                info.id, period, marked=period not in info.change_periods
            )
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
        self._update_chart()

    def _other_signals(self, chart: rules.RunChart) -> str:
        """The trend, runs and astronomical rules the chart meets, in one sentence."""
        names = {
            rules.TREND: QCoreApplication.translate(
                "CycleEditor", "a trend (5 or more points going one way)"
            ),
            rules.TOO_FEW_RUNS: QCoreApplication.translate("CycleEditor", "too few runs"),
            rules.TOO_MANY_RUNS: QCoreApplication.translate("CycleEditor", "too many runs"),
            rules.ASTRONOMICAL: QCoreApplication.translate(
                "CycleEditor", "a point far from the others (check it)"
            ),
        }
        found = [text for rule, text in names.items() if chart.signals_of(rule)]
        if not found:
            return ""
        return " " + QCoreApplication.translate("CycleEditor", "Also: {signals}.").format(
            signals=", ".join(found)
        )
