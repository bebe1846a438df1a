"""The window's small parts, shared by every area (Vorta's `views/partials`):

- `text`: words of the vocabulary, dates, percentages, and `plain_tooltip()`, the
  escaping of other people's text in tooltips;
- `fields`: labels, headings, banners, inline errors, plain-text boxes, date fields;
- `table`: the one read-only table model (`RowsModel` with `Column` specs), the one
  table setup, heights that fit the rows, columns that give way;
- `chips`: a flow layout and check-box chips; `confirm`: yes/no questions;
- `layout`: a list beside its detail; `picker`: choosing a practice.
"""
