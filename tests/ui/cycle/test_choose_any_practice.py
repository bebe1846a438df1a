"""Aplicación is no dead end: a teacher chooses any colleague's shared practice, with
those presented at sessions first, even before any session with presentations was held;
the empty list says truthfully why it is empty; the list loads on the task runner."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from minga.services.practices import PracticeQuery
from minga.ui.adoption import AdoptionPage
from minga.ui.tasks import TaskRunner
from tests.ui.conftest import type_text


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_presented_practices_come_first_then_any_shared_one_can_be_chosen(
    qtbot, show_page, teacher_demo_ctx
):
    ctx = teacher_demo_ctx
    page = show_page(AdoptionPage, ctx)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    form = page.choose_form
    rows = form.presentations_model.rows()
    assert rows, "nothing offered"
    presented = [r.session_id is not None for r in rows]
    assert presented == sorted(presented, reverse=True)  # presented ones first
    dates = [r.session_date for r in rows if r.session_id]
    assert dates == sorted(dates, reverse=True)
    me = ctx.actor.person_id
    mine = {p.id for p in ctx.practices.page(_query_of(me), 0, 10_000)}
    assert not {r.practice_id for r in rows} & mine  # never her own

    # A practice no session presented: choosing it is possible.
    index = next(i for i, r in enumerate(rows) if r.session_id is None)
    wanted = rows[index]
    form.presentations_table.scrollTo(form.presentations_model.index(index, 0))
    _click_row(qtbot, form.presentations_table, index)
    qtbot.mouseClick(form.choose_button, Qt.MouseButton.LeftButton)
    chosen = [a for a in ctx.adoption.my_adoptions() if a.practice_id == wanted.practice_id]
    assert len(chosen) == 1
    assert chosen[0].session_id is None
    assert page.panes.detail.currentWidget() is page.editor


def _query_of(person_id: str) -> PracticeQuery:
    return PracticeQuery(author_id=person_id)


def test_before_any_session_a_new_teacher_can_choose_and_the_messages_tell_the_truth(
    qtbot, show_page, teacher_ctx
):
    # A fresh notebook: no session held, no colleague's practice.
    page = show_page(AdoptionPage, teacher_ctx)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    form = page.choose_form
    assert form.presentations_model.rowCount() == 0
    assert "no colleagues' practices in your notebook yet" in form.empty_note.text()
    assert "you chose" not in form.empty_note.text().lower()
    assert not form.choose_button.isEnabled()

    type_text(qtbot, form.search_edit, "huerto")
    form.reload(keep_search=True)  # the pause after typing
    assert form.empty_note.text() == "No results for «huerto»."


def test_the_chosen_ones_leave_the_list_and_the_last_message_says_so(
    qtbot, show_page, teacher_demo_ctx
):
    ctx = teacher_demo_ctx
    form = show_page(AdoptionPage, ctx).choose_form
    form.reload()
    for row in form.presentations_model.rows():
        ctx.adoption.choose(_choice(row))
    while True:
        form.reload()
        rows = form.presentations_model.rows()
        if not rows:
            break
        for row in rows:
            ctx.adoption.choose(_choice(row))
    assert "already chosen every practice your colleagues shared" in form.empty_note.text()


def _choice(row):
    from minga.services.adoption import AdoptionInput

    return AdoptionInput(practice_id=row.practice_id, session_id=row.session_id)


class _GatedRunner(TaskRunner):
    """A real worker thread whose jobs wait at a gate the test opens, so what shows while
    a load runs can be seen however fast the machine is."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()

    def run(self, fn, **kwargs):
        gate = self.gate

        def gated(progress):
            assert gate.wait(10), "the test never opened the gate"
            return fn(progress)

        return super().run(gated, **kwargs)


def test_the_list_loads_on_the_task_runner_with_a_visible_loading_text(
    qtbot, show_page, teacher_demo_ctx
):
    ctx = teacher_demo_ctx
    runner = _GatedRunner()  # a real worker thread, as in the window
    ctx.runner = runner
    page = show_page(AdoptionPage, ctx)
    assert page.is_loading
    assert page.count_label.text() == "Loading…"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        runner.gate.set()
    assert not page.is_loading
    assert page.model.rowCount() > 0

    runner.gate.clear()
    page.open_choose()
    form = page.choose_form
    assert form.status_label.text() == "Loading…"
    assert not form.choose_button.isEnabled()
    with qtbot.waitSignal(form.loaded, timeout=10_000):
        runner.gate.set()
    assert form.presentations_model.rowCount() > 0
    assert form.status_label.text() != "Loading…"
    assert form.choose_button.isEnabled()
    runner.wait_for_done(5000)


def test_the_list_lines_agree_with_the_details(teacher_demo_ctx):
    service = teacher_demo_ctx.adoption
    details = service.my_adoptions()
    rows = service.my_adoption_rows()
    assert [r.id for r in rows] == [d.id for d in details]
    for row, detail in zip(rows, details, strict=True):
        assert row.practice_title == detail.practice_title
        assert row.applications == len(detail.applications)
        covered = {s.application_id for s in detail.self_assessments}
        waiting = sum(
            1
            for a in detail.applications
            if a.id not in covered
            and not any(
                s.application_id is None and s.written_on >= a.applied_on
                for s in detail.self_assessments
            )
        )
        assert row.waiting == waiting
    assert any(r.waiting for r in rows)
