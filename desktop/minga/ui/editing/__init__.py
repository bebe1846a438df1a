"""The one editor framework: `EditorFrame` (payload, fill, store; dirty state, drafts,
Save and Close, inline validation messages), `DraftKeeper` (drafts written a few
seconds after the first edit), `settle` (save, discard or stay before another record)
and `RecordsPage` (a list of records beside one editor)."""
