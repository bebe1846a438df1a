"""The session editor: the plan (date, time, place, modality, focus, agenda), the
presentations, the evaluation of the presented practices, attendance, the minutes and
the satisfaction survey, one tab each (`minga.ui.sessions.tabs`).

The advisor who planned the session edits it. The editor has one save model, the
editor frame's: Save (Ctrl+S) writes the plan, the attendance and the minutes, and a
draft keeps them. Presentations, evaluations and survey answers are records of their
own, added with their own buttons at once by their tabs, which then have the session
read again. Everyone else reads the session, and a teacher answers their own
satisfaction survey. The agenda's total and the warnings of the monthly allowance
(8 horas pedagógicas, 360 minutes) and of the 15-minute slot show while typing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from minga.domain import cycle_rules as rules
from minga.domain.cycle_rules import AgendaItem
from minga.domain.errors import MingaError
from minga.domain.vocab import Role, SessionModality
from minga.services.sessions import SessionDetail, SessionInput
from minga.ui.context import UiContext
from minga.ui.editing.frame import EditorFrame
from minga.ui.editing.members import members
from minga.ui.sessions.tabs import (
    ATTENDANCE_TAB,
    EVALUATION_TAB,
    MINUTES_TAB,
    PLAN_TAB,
    PRESENTATIONS_TAB,
    SURVEY_TAB,
    AttendanceTab,
    EvaluationTab,
    MinutesTab,
    PlanTab,
    PresentationsTab,
    SurveyTab,
)
from minga.ui.sessions.tabs.plan import PLAN_KEYS
from minga.ui.widgets.text import day_text

__all__ = [
    "ATTENDANCE_TAB",
    "EVALUATION_TAB",
    "MINUTES_TAB",
    "PLAN_TAB",
    "PRESENTATIONS_TAB",
    "SESSION_DRAFT_KIND",
    "SURVEY_TAB",
    "SessionEditor",
]

SESSION_DRAFT_KIND = "session"


class SessionEditor(EditorFrame):
    """One microcentre session, to plan (the advisor) or to read (everyone else)."""

    draft_kind = SESSION_DRAFT_KIND

    print_guide_requested = Signal(str)
    """"Print guide" was pressed on a saved session (its id): Imprimir opens on its guide."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self._detail: SessionDetail | None = None
        self._members: list[Any] = []
        self._other_month_minutes = 0
        self.is_advisor = ctx.actor.role == Role.ADVISOR
        super().__init__(ctx, parent)
        self.setObjectName("sessionEditor")
        self.print_button = QPushButton(self.tr("Print guide"), self)
        self.print_button.setObjectName("printGuide")
        self.print_button.setToolTip(self.tr("Make the printed guide of this session (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_guide)
        self.extra_buttons.addWidget(self.print_button)
        self.set_tab_order()
        self.new_session()

    def build_content(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setUsesScrollButtons(True)
        self.plan = PlanTab(self)
        self.plan.agenda_changed.connect(self._update_warnings)
        self.presentations = PresentationsTab(self.ctx, self)
        self.presentations.changed.connect(self._reload)
        self.evaluation = EvaluationTab(self.ctx, self.is_advisor, self)
        self.attendance = AttendanceTab(self)
        self.minutes = MinutesTab(self)
        self.survey = SurveyTab(self.ctx, self.is_advisor, self)
        self.tabs.addTab(self.plan, self.tr("Plan"))
        self.tabs.addTab(self.presentations, self.tr("Presentations"))
        self.tabs.addTab(self.evaluation, self.tr("Evaluation"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.minutes, self.tr("Minutes"))
        self.tabs.addTab(self.survey, self.tr("Survey"))
        return self.tabs

    def _saved_tabs(self) -> tuple[PlanTab, AttendanceTab, MinutesTab]:
        """The tabs whose fields Save writes (the editor's payload)."""
        return (self.plan, self.attendance, self.minutes)

    # --- loading -------------------------------------------------------------------------

    @property
    def detail(self) -> SessionDetail | None:
        return self._detail

    def _empty_payload(self) -> dict[str, Any]:
        return {
            "title": "",
            "date": self.ctx.today().isoformat(),
            "start_time": "09:00",
            "place": "",
            "modality": str(SessionModality.IN_PERSON),
            "focus": "",
            "coordinator_id": "",
            "agenda": [],
            "attendance": {},
            "minutes_text": "",
        }

    def new_session(self) -> None:
        """An empty plan for a new session (the advisor's)."""
        if self.drafts is not None:
            self.drafts.forget()
        self._detail = None
        self.record_id = None
        self._other_month_minutes = 0
        self._members = members(self.ctx)
        self.plan.set_people(self._members, "")
        self.attendance.set_people(self._members, [])
        self.clear_errors()
        self.status_label.clear()
        self.heading.setText(self.tr("New session"))
        self.show_notice("")
        self.set_read_only(not self.is_advisor)
        self.set_baseline(self._empty_payload())
        self._refresh_parts()
        self.tabs.setCurrentIndex(PLAN_TAB)

    def load_session(self, detail: SessionDetail, *, keep_tab: bool = False) -> None:
        """Shows a saved session, with a draft of unsaved changes if one was kept."""
        if self.drafts is not None:
            self.drafts.forget()
        self._detail = detail
        self.record_id = detail.id
        self._members = members(self.ctx)
        self.plan.set_people(self._members, detail.coordinator_id or "")
        self.attendance.set_people(self._members, detail.attendance)
        month = next((w for w in detail.warnings if w.code == rules.MONTH_ALLOWANCE_EXCEEDED), None)
        self._other_month_minutes = (
            int(month.params["minutes"]) - detail.agenda_minutes if month is not None else 0
        )
        self.clear_errors()
        self.status_label.clear()
        self.heading.setText(
            self.tr("Session {number} · {date}").format(
                number=detail.number, date=day_text(detail.date)
            )
        )
        read_only = not detail.is_mine
        self.set_read_only(read_only)
        if read_only:
            self.show_notice(
                self.tr(
                    "{owner} plans this session; you can read it. Answer the satisfaction "
                    "survey in the Survey tab."
                ).format(owner=detail.owner_name or self.tr("The advisor"))
                if not self.is_advisor
                else self.tr("{owner} plans this session; you can read it.").format(
                    owner=detail.owner_name or self.tr("Another person")
                )
            )
        else:
            self.show_notice("")
        self.set_baseline(self._payload_of(detail))
        if not read_only and self.drafts is not None:
            draft = self.drafts.for_record(detail.id)
            if draft is not None:
                self.apply_draft(draft)
        self._refresh_parts()
        if not keep_tab:
            self.tabs.setCurrentIndex(PLAN_TAB)

    def _payload_of(self, detail: SessionDetail) -> dict[str, Any]:
        return {
            "title": detail.title,
            "date": detail.date.isoformat(),
            "start_time": detail.start_time,
            "place": detail.place,
            "modality": detail.modality,
            "focus": detail.focus,
            "coordinator_id": detail.coordinator_id or "",
            "agenda": [item.as_json() for item in detail.agenda],
            "attendance": {a.person_id: a.status for a in detail.attendance},
            "minutes_text": detail.minutes_text,
        }

    def load_draft(self, draft: Any) -> None:
        """Restores a draft (after a crash, or left open) into the editor."""
        if draft.record_id:
            try:
                detail = self.ctx.sessions.get(draft.record_id)
            except MingaError:
                detail = None
            if detail is not None and detail.is_mine:
                self.load_session(detail)
                if self.draft_id != draft.id:
                    self.apply_draft(draft)
                return
        self.new_session()
        self.apply_draft(draft)

    # --- the payload: the plan, attendance and minutes tabs' parts ------------------------

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for tab in self._saved_tabs():
            data.update(tab.payload())
        return data

    def draft_title(self) -> str:
        return self.plan.title_edit.text().strip() or self.tr("New session")

    def fill(self, payload: dict[str, Any]) -> None:
        for tab in self._saved_tabs():
            tab.fill(payload)

    def live_warnings(self) -> list[rules.RuleWarning]:
        """The allowance warning for the agenda as typed, and the slot warnings saved."""
        found = rules.check_allowance(self.plan.agenda_total(), self._other_month_minutes)
        if self._detail is not None:
            for presentation in self._detail.presentations:
                found.extend(presentation.warnings)
        return found

    def _update_warnings(self) -> None:
        self.show_warnings([w.message() for w in self.live_warnings()])

    # --- the saved session's parts ---------------------------------------------------------

    def print_guide(self) -> None:
        """Opens Imprimir on this session's guide; what is typed is saved first, since the
        guide is printed from the saved session."""
        if self.record_id is None:
            return
        if self.has_unsaved_changes() and not self.save():
            return
        self.print_guide_requested.emit(self.record_id)

    def _refresh_parts(self) -> None:
        """Presentations, evaluations, attendance summary and survey of the session."""
        detail = self._detail
        saved = detail is not None
        # Only a saved session has a guide to print.
        self.print_button.setEnabled(saved)
        self.presentations.show_session(detail, self._members)
        for tab in self._saved_tabs():
            tab.set_read_only(self.is_read_only)
        self.evaluation.show_session(detail, self._members)
        self.attendance.refresh_summary()
        self.minutes.show_session(
            detail, self._members, can_edit=detail is not None and detail.is_mine
        )
        self.survey.show_session(detail, self._members)
        self._update_warnings()
        for index in (PRESENTATIONS_TAB, EVALUATION_TAB, SURVEY_TAB):
            self.tabs.setTabEnabled(index, saved)

    def reload_parts(self) -> None:
        """After an agreement was written: the session's parts read again."""
        self._reload()

    def _reload(self) -> None:
        """Reads the session again (after a presentation was written) without touching
        what is being typed in the plan."""
        if self.record_id is None:
            return
        try:
            detail = self.ctx.sessions.get(self.record_id)
        except MingaError as exc:
            self.ctx.bridge.show_exception(exc)
            return
        self._detail = detail
        self._refresh_parts()

    # --- saving --------------------------------------------------------------------------

    def session_input(self) -> SessionInput:
        data = self.payload()
        return SessionInput(
            date=dt.date.fromisoformat(data["date"]),
            title=data["title"],
            start_time=data["start_time"],
            place=data["place"],
            modality=data["modality"],
            focus=data["focus"],
            agenda=[AgendaItem(str(i["title"]), int(i["minutes"])) for i in data["agenda"]],
            coordinator_id=data.get("coordinator_id") or None,
        )

    def store(self) -> bool:
        data = self.payload()
        base = self._baseline
        sessions = self.ctx.sessions
        if self.record_id is None:
            detail = sessions.plan(self.session_input(), attendance=data["attendance"] or None)
            self.record_id = detail.id
            if data["minutes_text"].strip():
                detail = sessions.set_minutes(detail.id, data["minutes_text"])
        else:
            detail = None
            if any(data[k] != base.get(k) for k in PLAN_KEYS):
                detail = sessions.update(self.record_id, self.session_input())
            changed = {
                pid: status
                for pid, status in data["attendance"].items()
                if base.get("attendance", {}).get(pid) != status
            }
            if changed:
                detail = sessions.record_attendance(self.record_id, changed)
            if data["minutes_text"] != base.get("minutes_text"):
                detail = sessions.set_minutes(self.record_id, data["minutes_text"])
            if detail is None:
                detail = sessions.get(self.record_id)
        if self.drafts is not None:
            self.drafts.discard()
        tab = self.tabs.currentIndex()
        self.load_session(detail, keep_tab=True)
        self.tabs.setCurrentIndex(tab)
        self.ctx.bridge.info(self.tr("Session «{title}» saved.").format(title=detail.title))
        for warning in detail.warnings:
            if warning.code != rules.SLOT_EXCEEDED:
                self.ctx.bridge.warning(warning.message())
        self.saved.emit(detail.id)
        return True

    # --- keyboard and visibility --------------------------------------------------------

    def reveal(self, widget: QWidget) -> None:
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            if page is widget or page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(tab)
                break
        super().reveal(widget)

    def plan_fields(self) -> list[QWidget]:
        """The plan's fields in Tab order."""
        return self.plan.fields()

    def set_tab_order(self) -> None:
        chain = [
            self.tabs.tabBar(),
            *self.plan_fields(),
            self.save_button,
            self.close_button,
            self.print_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(PLAN_TAB)
        target = self.close_button if self.is_read_only else self.plan.title_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
