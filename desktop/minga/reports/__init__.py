"""Printed documents (ReportLab): the session guide, blank forms, the period report and a
teacher's portfolio. `minga.services.printing` is the way in; nothing here is imported at
start-up, and nothing here imports Qt.

- `fonts`: the embedded DejaVu Sans family (resources/fonts/, with its licence);
- `layout`: paper sizes, the page template (header, footer, "página X de Y", metadata),
  styles, escaping of user text and the shared flowables;
- `charts`: run charts, bar charts, shares of answers, the faces of the exit ticket;
- `images`: evidence photos as thumbnails;
- `indicators`, `session_guide`, `forms`, `reports`: the documents.
"""
