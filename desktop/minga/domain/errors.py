"""Typed errors. The CLI and the GUI turn them into sentences in the user's language.

Each error carries an English template (the translation source, marked for lupdate) and
its parameters; `message(catalog)` gives the translated sentence.
"""

from __future__ import annotations

from typing import Any

from minga.i18n import QT_TRANSLATE_NOOP, Catalog, catalog

CONTEXT = "errors"


class MingaError(Exception):
    """An expected problem the user can understand and act on (exit status 2)."""

    template: str = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, template: str | None = None, /, **params: Any):
        self.template = template or type(self).template
        self.params = params
        super().__init__(self.template.format(**params))

    def message(self, cat: Catalog | None = None) -> str:
        """The sentence in the language of `cat` (default: the current language)."""
        return (cat or catalog())(CONTEXT, self.template, **self.params)


# Names of form fields, used when a message is shown away from its form.
FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "subjects": QT_TRANSLATE_NOOP("fields", "Subjects"),
    "levels": QT_TRANSLATE_NOOP("fields", "Levels"),
    "oa_codes": QT_TRANSLATE_NOOP("fields", "Learning objectives"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "multigrade_strategy": QT_TRANSLATE_NOOP("fields", "Multigrade strategy"),
    "materials": QT_TRANSLATE_NOOP("fields", "Materials"),
    "duration_minutes": QT_TRANSLATE_NOOP("fields", "Duration"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "visibility": QT_TRANSLATE_NOOP("fields", "Visibility"),
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "school": QT_TRANSLATE_NOOP("fields", "School"),
    "rbd": QT_TRANSLATE_NOOP("fields", "RBD"),
    "microcentre": QT_TRANSLATE_NOOP("fields", "Microcentre"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "scale": QT_TRANSLATE_NOOP("fields", "Scale"),
    "territory": QT_TRANSLATE_NOOP("fields", "Territory"),
}


class ValidationError(MingaError):
    """A value the user typed is not acceptable. `field` names the form field."""

    def __init__(self, field: str, template: str, /, **params: Any):
        self.field = field
        super().__init__(template, **params)

    def message(self, cat: Catalog | None = None) -> str:
        """The sentence with the field's name before it (for the command line)."""
        cat = cat or catalog()
        label = FIELD_LABELS.get(self.field)
        text = self.bare_message(cat)
        return f"{cat.translate('fields', label)}: {text}" if label else text

    def bare_message(self, cat: Catalog | None = None) -> str:
        """The sentence alone, for showing next to the field in a form."""
        return super().message(cat)


class ValidationErrors(MingaError):
    """Several fields at once (a form left half done)."""

    template = QT_TRANSLATE_NOOP("errors", "Please correct the highlighted fields.")

    def __init__(self, errors: list[ValidationError]):
        self.errors = errors
        super().__init__()

    def message(self, cat: Catalog | None = None) -> str:
        return "\n".join(e.message(cat) for e in self.errors)

    def by_field(self) -> dict[str, ValidationError]:
        return {e.field: e for e in self.errors}


class CheckDigitWarning(ValidationError):
    """An RBD whose check digit does not match; the user may confirm it anyway."""


class NotFoundError(MingaError):
    template = QT_TRANSLATE_NOOP("errors", "The record {id} does not exist.")


class PermissionDeniedError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Only its author can change this record; it belongs to {owner}."
    )


class NotAllowedError(MingaError):
    """A write the authorization table refuses (minga.domain.authorization); `reason` is
    the table's sentence, translated in its own context."""

    template = QT_TRANSLATE_NOOP("errors", "This cannot be saved: {reason}")

    def message(self, cat: Catalog | None = None) -> str:
        cat = cat or catalog()
        params = dict(self.params)
        params["reason"] = cat("authorization", str(params.get("reason", "")), **params)
        return cat(CONTEXT, self.template, **params)


class NotInitializedError(MingaError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Minga is not set up in this data folder yet. Run 'minga init' or open the app.",
    )


class AlreadyInitializedError(MingaError):
    template = QT_TRANSLATE_NOOP("errors", "Minga is already set up in this data folder.")


class AttachmentError(MingaError):
    template = QT_TRANSLATE_NOOP("errors", "The file cannot be attached.")


class StoreError(MingaError):
    """Expected database trouble: locked, read-only, full, corrupt, newer."""

    template = QT_TRANSLATE_NOOP("errors", "The database could not be used.")


class BackupError(MingaError):
    template = QT_TRANSLATE_NOOP("errors", "The backup could not be made or restored.")
