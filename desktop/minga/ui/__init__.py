"""The PySide6 interface: the application (`app`), the main window, its pages and dialogs.

Only this package imports Qt. Pages get what they need in a `context.UiContext` and call
services; they never query the ORM.
"""
