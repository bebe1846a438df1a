"""The kernel under every use case (no Qt): the clock, the workspace, identity and
stamping, authorization of writes, the record helpers, attachments, atomic files and
progress (docs/architecture.md, Layers)."""
