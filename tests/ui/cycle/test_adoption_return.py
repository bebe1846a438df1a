"""Coming back to Aplicación: the rows shown stay when nothing they come from changed
(reading and laying out some 1,800 of them again took longer than the page's budget on a
`large` notebook), and are read again when something did."""

from __future__ import annotations

from minga.ui.adoption import AdoptionPage


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
