"""The first-run dialog: who uses Minga on this computer, or a look at demo data.

One short form: role, name, school and RBD (teachers), microcentre, e-mail, language.
"Start" validates every field at once with `setup.validate_setup` and shows each
problem under its field; an RBD whose check digit does not follow módulo 11 shows the
warning with an "The RBD is correct" box to confirm it (docs/domain.md: never a refusal).
A valid form sets up the data folder (`setup.initialize`). "Explore with demo data"
closes the dialog with `FirstRunDialog.DEMO`; the caller fills a separate folder.
"I am coming back with a new computer" takes the advisor's invitation back (a member
who lost her computer and her keys): it shows the advisor's fingerprint and asks, then
this installation becomes that member with new keys (docs/moving-computers.md).

Changing the language emits `language_changed`; whoever installs translators does so,
and the dialog retranslates itself on the resulting LanguageChange event.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from minga.core.identity import Actor
from minga.domain.errors import CheckDigitWarning, MingaError, ValidationError, ValidationErrors
from minga.domain.vocab import Role
from minga.i18n import QT_TRANSLATE_NOOP, catalog, normalize_language
from minga.services.setup import SetupInput, initialize, validate_setup
from minga.ui.icons import app_icon, icon

if TYPE_CHECKING:
    from minga.store.db import Database

__all__ = ["LANGUAGE_NAMES", "FirstRunDialog"]

log = logging.getLogger(__name__)

#: Languages offered, each named in its own language (never translated).
LANGUAGE_NAMES: dict[str, str] = {"es": "Español (Chile)", "en": "English"}

FIELDS = ("role", "name", "school", "rbd", "microcentre", "email")


class _FieldBox(QWidget):
    """An editor with its inline error message underneath."""

    def __init__(self, name: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Box")
        self.editor = editor
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}Error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.error.setPalette(palette)
        self.error.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.layout_.addWidget(editor)
        self.layout_.addWidget(self.error)

    def set_error(self, text: str, *, keep_space: bool = False) -> None:
        """Shows `text`; an empty text hides the line, or with `keep_space` only blanks it
        (so the fields below do not jump while the person corrects this one)."""
        self.error.setText(text)
        if not keep_space:
            self.error.setVisible(bool(text))


class FirstRunDialog(QDialog):
    """Sets up an empty data folder, or asks for demo data (`result() == DEMO`)."""

    #: `exec()` result when the person chose to explore with demo data.
    DEMO = 2

    language_changed = Signal(str)
    """The language picked in the combo ("es" or "en")."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        language: str = "es",
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowIcon(app_icon())
        self.setModal(True)
        self.db = db
        self.data_dir = data_dir
        self.actor: Actor | None = None
        self._errors: dict[str, ValidationError] = {}
        self._general_error: MingaError | None = None

        self.title = QLabel(self)
        self.title.setObjectName("firstRunTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.intro = QLabel(self)
        self.intro.setObjectName("firstRunIntro")
        self.intro.setWordWrap(True)

        # --- fields -------------------------------------------------------------------
        self.teacher_radio = QRadioButton(self)
        self.teacher_radio.setObjectName("teacherRadio")
        self.advisor_radio = QRadioButton(self)
        self.advisor_radio.setObjectName("advisorRadio")
        self.role_group = QButtonGroup(self)
        self.role_group.addButton(self.teacher_radio)
        self.role_group.addButton(self.advisor_radio)
        self.teacher_radio.setChecked(True)
        roles = QWidget(self)
        roles_layout = QHBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.addWidget(self.teacher_radio)
        roles_layout.addWidget(self.advisor_radio)
        roles_layout.addStretch(1)

        self.name_edit = self._line_edit("nameEdit")
        self.school_edit = self._line_edit("schoolEdit")
        self.rbd_edit = self._line_edit("rbdEdit")
        self.rbd_edit.setPlaceholderText("4478-4")
        self.rbd_edit.setMaxLength(12)
        self.rbd_confirm = QCheckBox(self)
        self.rbd_confirm.setObjectName("rbdConfirm")
        self.rbd_confirm.hide()
        self.microcentre_edit = self._line_edit("microcentreEdit")
        self.email_edit = self._line_edit("emailEdit")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self._language = normalize_language(language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._language))

        self.boxes: dict[str, _FieldBox] = {
            "role": _FieldBox("role", roles, self),
            "name": _FieldBox("name", self.name_edit, self),
            "school": _FieldBox("school", self.school_edit, self),
            "rbd": _FieldBox("rbd", self.rbd_edit, self),
            "microcentre": _FieldBox("microcentre", self.microcentre_edit, self),
            "email": _FieldBox("email", self.email_edit, self),
        }
        self.boxes["rbd"].layout_.addWidget(self.rbd_confirm)
        self.labels = {name: QLabel(self) for name in (*FIELDS, "language")}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in FIELDS:
            self.labels[name].setBuddy(self.boxes[name].editor)
            self.form.addRow(self.labels[name], self.boxes[name])
        self.labels["language"].setBuddy(self.language_combo)
        self.form.addRow(self.labels["language"], self.language_combo)

        self.folder_note = QLabel(self)
        self.folder_note.setObjectName("folderNote")
        self.folder_note.setWordWrap(True)
        self.folder_note.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.folder_note.setVisible(data_dir is not None)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.general_error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.general_error.setPalette(palette)
        self.general_error.hide()

        # --- buttons ------------------------------------------------------------------
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.demo_button = QPushButton(icon("demo"), "", self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAutoDefault(False)
        self.rejoin_button = QPushButton(self)
        self.rejoin_button.setObjectName("rejoinButton")
        self.rejoin_button.setAutoDefault(False)
        # The demo stays apart on the left; "Start" is where a dialog's main button is.
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.demo_button)
        self.buttons.addWidget(self.rejoin_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.start_button)
        self.start_button.clicked.connect(self.start)
        self.demo_button.clicked.connect(self.explore_demo)
        self.rejoin_button.clicked.connect(self._rejoin_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.folder_note)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addLayout(self.buttons)

        # --- behaviour ----------------------------------------------------------------
        self.teacher_radio.toggled.connect(self._role_toggled)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        for name in ("name", "school", "microcentre", "email"):
            self.boxes[name].editor.textEdited.connect(  # type: ignore[attr-defined]
                lambda _text, field=name: self._clear_error(field)
            )
        self.rbd_edit.textEdited.connect(self._rbd_edited)

        self.retranslate_ui()
        self._role_toggled()
        width = self.fontMetrics().averageCharWidth() * 80
        self.setMinimumWidth(min(width, 720))
        self.name_edit.setFocus()

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    # --- state -----------------------------------------------------------------------

    def role(self) -> str:
        return Role.ADVISOR.value if self.advisor_radio.isChecked() else Role.TEACHER.value

    def language(self) -> str:
        """The language chosen ("es" or "en")."""
        return self._language

    def setup_input(self) -> SetupInput:
        """What the form holds, as the setup service takes it."""
        teacher = self.role() == Role.TEACHER
        return SetupInput(
            role=self.role(),
            name=self.name_edit.text(),
            school=self.school_edit.text() if teacher else "",
            rbd=self.rbd_edit.text() if teacher else "",
            microcentre=self.microcentre_edit.text(),
            email=self.email_edit.text(),
            accept_rbd_check_digit=teacher
            and not self.rbd_confirm.isHidden()
            and self.rbd_confirm.isChecked(),
        )

    def errors(self) -> dict[str, str]:
        """The inline messages shown now, by field."""
        return {name: box.error.text() for name, box in self.boxes.items() if box.error.text()}

    # --- actions ---------------------------------------------------------------------

    def start(self) -> bool:
        """Validates and sets up the folder; returns True and accepts when it worked."""
        data = self.setup_input()
        try:
            validate_setup(data)
        except ValidationErrors as exc:
            self._show_errors(exc.by_field())
            return False
        try:
            self.actor = initialize(self.db, data)
        except ValidationErrors as exc:  # pragma: no cover - validated just above
            self._show_errors(exc.by_field())
            return False
        except MingaError as exc:
            self._show_errors({})
            self._general_error = exc
            self._render_general_error()
            return False
        log.info("set up this installation for a %s", self.actor.role)
        self.accept()
        return True

    def explore_demo(self) -> None:
        """Closes the dialog asking for the demo data folder."""
        self.done(self.DEMO)

    def _rejoin_clicked(self) -> None:
        self.come_back()  # (clicked's "checked" argument is not a path)

    def come_back(self, path: Path | None = None) -> bool:
        """Joins with the advisor's invitation back, after the fingerprint is confirmed:
        this installation becomes that member, with new keys. True when it did."""
        from minga.core.identity import current_actor
        from minga.sync.keys import KeyVault
        from minga.sync.membership import join, peek_invitation

        chosen = path or self.invitation_path()
        if chosen is None:
            return False
        invitation = peek_invitation(chosen)
        if invitation is None or invitation.rejoin is None:
            self._general_error = MingaError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} is not an invitation to come back. Ask your advisor for one "
                    "(Integrantes, 'Volver a incorporar'), or fill in the form.",
                ),
                file=chosen.name,
            )
            self._render_general_error()
            return False
        if not self.confirm_invitation(invitation):
            return False
        root = self.data_dir or Path(self.db.path).parent
        try:
            join(_Folder(self.db, root), invitation, KeyVault(root), path=chosen)  # type: ignore[arg-type]
            with self.db.session() as session:
                self.actor = current_actor(session)
        except MingaError as exc:
            self._general_error = exc
            self._render_general_error()
            return False
        log.info("this installation came back as a member invited back")
        self.accept()
        return True

    def invitation_path(self) -> Path | None:
        """Asks for the invitation file (None: cancelled)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Invitation to come back"),
            "",
            self.tr("Minga invitation (*.minga)"),
        )
        return Path(name) if name else None

    def confirm_invitation(self, invitation: object) -> bool:
        from minga.ui.sync.import_panel import ask_invitation_fingerprint

        return ask_invitation_fingerprint(self, invitation)

    # --- errors ----------------------------------------------------------------------

    def _show_errors(self, errors: dict[str, ValidationError]) -> None:
        self._errors = dict(errors)
        self._general_error = None
        warning = errors.get("rbd")
        if isinstance(warning, CheckDigitWarning):
            self.rbd_confirm.setChecked(False)
            self.rbd_confirm.show()
        self._render_errors()
        self._render_general_error()
        for name in FIELDS:
            if name in errors and not self.boxes[name].isHidden():
                editor = self.boxes[name].editor
                target = self.teacher_radio if name == "role" else editor
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _render_errors(self) -> None:
        cat = catalog(self._language)
        for name, box in self.boxes.items():
            error = self._errors.get(name)
            box.set_error(error.bare_message(cat) if error is not None else "")
        self._fit_height()

    def _fit_height(self) -> None:
        """Grows or shrinks to the wrapped messages (Qt sizes top-level windows by their
        size hint, which knows nothing of text that wraps)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width())
        if wanted > 0 and wanted != self.height():
            self.resize(self.width(), max(wanted, self.minimumSizeHint().height()))

    def _render_general_error(self) -> None:
        error = self._general_error
        self.general_error.setText(error.message(catalog(self._language)) if error else "")
        self.general_error.setVisible(error is not None)
        self._fit_height()

    def _clear_error(self, name: str) -> None:
        if self._errors.pop(name, None) is not None:
            self.boxes[name].set_error("", keep_space=True)

    def _rbd_edited(self, _text: str) -> None:
        # A new number needs a new confirmation.
        self.rbd_confirm.setChecked(False)
        self.rbd_confirm.hide()
        self._clear_error("rbd")

    # --- role and language -----------------------------------------------------------

    def _role_toggled(self, _checked: bool = False) -> None:
        teacher = self.role() == Role.TEACHER
        self.form.setRowVisible(self.boxes["school"], teacher)
        self.form.setRowVisible(self.boxes["rbd"], teacher)
        for name in ("school", "rbd"):
            if not teacher:
                self._clear_error(name)

    def _language_chosen(self, index: int) -> None:
        language = self.language_combo.itemData(index)
        if not language or language == self._language:
            return
        self._language = language
        self.language_changed.emit(language)
        # Errors come from the services' catalog, which follows the combo at once.
        self._render_errors()
        self._render_general_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Minga"))
        self.title.setText(self.tr("Welcome to Minga"))
        self.intro.setText(
            self.tr(
                "Minga is your microcentre's notebook: your practices, sessions and what "
                "colleagues share. Tell us who uses it on this computer."
            )
        )
        self.labels["role"].setText(self.tr("I am"))
        self.teacher_radio.setText(self.tr("Teacher"))
        self.advisor_radio.setText(self.tr("Advisor"))
        self.labels["name"].setText(self.tr("&Full name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Ana María Huenchumilla Catrileo"))
        self.labels["school"].setText(self.tr("&School"))
        self.school_edit.setPlaceholderText(self.tr("e.g. Escuela Rural Los Boldos"))
        self.labels["rbd"].setText(self.tr("&RBD"))
        self.rbd_edit.setToolTip(
            self.tr("The school's Rol Base de Datos with its check digit, like 4478-4.")
        )
        self.rbd_confirm.setText(self.tr("The RBD is correct"))
        self.labels["microcentre"].setText(self.tr("&Microcentre"))
        self.microcentre_edit.setPlaceholderText(self.tr("e.g. Microcentro Los Copihues"))
        self.labels["email"].setText(self.tr("&E-mail (optional)"))
        self.email_edit.setPlaceholderText(self.tr("To send and receive bundles by e-mail"))
        self.labels["language"].setText(self.tr("&Language"))
        if self.data_dir is not None:
            self.folder_note.setText(
                self.tr("Your records stay on this computer, in {folder}").format(
                    folder=str(self.data_dir)
                )
            )
        self.start_button.setText(self.tr("Start"))
        self.demo_button.setText(self.tr("Explore with demo data"))
        self.rejoin_button.setText(self.tr("I am coming back with a new computer…"))
        self.rejoin_button.setToolTip(
            self.tr(
                "If you lost your computer and your keys, your advisor gives you an "
                "invitation to come back: with it, Minga becomes you again, with new keys."
            )
        )
        self.demo_button.setToolTip(
            self.tr(
                "Opens an invented microcentre in a separate folder, to try Minga "
                "without touching your own records."
            )
        )
        self._render_errors()
        self._render_general_error()


class _Folder:
    """The data folder as `membership.join` reads it (its database and its root)."""

    def __init__(self, db: Database, root: Path) -> None:
        self.db = db
        self.root = root
