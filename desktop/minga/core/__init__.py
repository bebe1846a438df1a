"""Cross-cutting pieces every layer may use (no Qt, no database): the clock."""
