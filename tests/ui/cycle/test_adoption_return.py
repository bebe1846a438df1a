"""Coming back to Aplicación: the rows shown stay when nothing they come from changed
(reading and laying out some 1,800 of them again took longer than the page's budget on a
`large` notebook), and are read again when something did."""

from __future__ import annotations

import threading

from minga.ui.adoption import AdoptionPage
from minga.ui.tasks import TaskRunner


def test_coming_back_reads_the_list_again_only_after_a_change(show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    page = show_page(AdoptionPage, ctx)
    fills: list[int] = []
    page.loaded.connect(lambda: fills.append(page.model.rowCount()))
    shown = page.model.rowCount()
    assert shown > 1

    # Nothing changed: the list is not read nor laid out again, nothing says "Cargando…".
    page.area_shown()
    assert fills == []
    assert not page.is_loading
    assert page.model.rowCount() == shown

    # Withdrawn elsewhere (another area, the command line): the list is read again.
    withdrawn = page.model.row_id(0)
    ctx.adoption.withdraw(withdrawn)
    page.area_shown()
    assert fills == [shown - 1]
    assert page.model.row_of(withdrawn) is None

    # And once read, coming back again reads nothing.
    page.area_shown()
    assert fills == [shown - 1]


def test_the_fingerprint_follows_every_table_the_list_shows(teacher_demo_ctx):
    ctx = teacher_demo_ctx
    before = ctx.adoption.my_rows_fingerprint()
    assert ctx.adoption.my_rows_fingerprint() == before
    adoption = ctx.adoption.my_adoptions()[0]
    ctx.adoption.withdraw(adoption.id)
    assert ctx.adoption.my_rows_fingerprint() != before


class _StepRunner(TaskRunner):
    """A real worker thread that runs one job each time the test says `step()`."""

    def __init__(self) -> None:
        super().__init__()
        self.steps = threading.Semaphore(0)

    def run(self, fn, **kwargs):
        steps = self.steps

        def stepped(progress):
            assert steps.acquire(timeout=10), "the test never let the job run"
            return fn(progress)

        return super().run(stepped, **kwargs)

    def step(self) -> None:
        self.steps.release()


def test_an_empty_list_shows_the_newest_first_then_all(qtbot, show_page, teacher_demo_ctx):
    ctx = teacher_demo_ctx
    everything = [row.id for row in ctx.adoption.my_adoption_rows()]
    runner = _StepRunner()
    ctx.runner = runner
    page = show_page(AdoptionPage, ctx)
    page.first_rows = 3
    page.refresh()  # the list is empty: the newest first
    runner.step()  # (the page's own first reading, started with the default size)
    runner.step()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert not page.is_loading  # the first data is in
    assert page.count_label.text() == "Loading…"  # and the others are on their way
    assert [page.model.row_id(i) for i in range(3)] == everything[:3]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        runner.step()
    assert [page.model.row_id(i) for i in range(page.model.rowCount())] == everything
    assert page.count_label.text() == f"{len(everything)} practice(s) chosen"
    assert runner.wait_for_done(5000)
