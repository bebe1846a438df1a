"""`MailSettingsDialog`: the e-mail account, with presets and "Test connection".

The password field is a password field (no echo); the password goes to the OS keyring
when the dialog is saved, never to the settings. "Test connection" logs in with what is
typed (saved or not) on `ctx.runner` and says plainly how it went.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from minga.domain.errors import MingaError
from minga.mail import outbox
from minga.mail.settings import (
    MAX_PART_MB,
    MIN_PART_MB,
    PRESETS,
    SSL,
    STARTTLS,
    MailSettings,
    Passwords,
    guessed_servers,
    preset,
    preset_for_address,
    store_password,
    validate,
)
from minga.ui.context import UiContext
from minga.ui.widgets.checks import WrappingCheckBox
from minga.ui.widgets.scroll import fit_on_screen, scroll_area

log = logging.getLogger(__name__)


def _security_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("mail", "SSL/TLS"), SSL)
    box.addItem(QCoreApplication.translate("mail", "STARTTLS"), STARTTLS)
    return box


def _port_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1, 65535)
    return box


class MailSettingsDialog(QDialog):
    """Her address, password and the advisor's address first (the provider and its
    servers follow from her address); the servers, ports, security, IMAP and part size
    under "Server settings"."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, passwords: Passwords | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailSettingsDialog")
        self.ctx = ctx
        self.passwords = passwords or Passwords(ctx.workspace.root)
        self.setWindowTitle(self.tr("E-mail settings"))

        self.preset = QComboBox(self)
        self.preset.setObjectName("mailPreset")
        for item in PRESETS:
            self.preset.addItem(QCoreApplication.translate("mail", item.label), item.key)
        self.preset_note = QLabel(self)
        self.preset_note.setObjectName("mailPresetNote")
        self.preset_note.setWordWrap(True)
        self.preset_note.setTextFormat(Qt.TextFormat.PlainText)

        self.smtp_host = QLineEdit(self)
        self.smtp_host.setObjectName("smtpHost")
        self.smtp_port = _port_box(self)
        self.smtp_port.setObjectName("smtpPort")
        self.smtp_security = _security_box(self)
        self.smtp_security.setObjectName("smtpSecurity")
        self.user = QLineEdit(self)
        self.user.setObjectName("mailUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("mailPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit(self)
        self.from_address.setObjectName("mailFrom")
        self.advisor_address = QLineEdit(self)
        self.advisor_address.setObjectName("mailAdvisor")
        self.part_mb = QDoubleSpinBox(self)
        self.part_mb.setObjectName("mailPartMb")
        self.part_mb.setRange(MIN_PART_MB, MAX_PART_MB)
        self.part_mb.setDecimals(1)
        self.part_mb.setSuffix(" MB")

        self.imap_host = QLineEdit(self)
        self.imap_host.setObjectName("imapHost")
        self.imap_port = _port_box(self)
        self.imap_port.setObjectName("imapPort")
        self.imap_security = _security_box(self)
        self.imap_security.setObjectName("imapSecurity")
        self.imap_user = QLineEdit(self)
        self.imap_user.setObjectName("imapUser")
        self.imap_folder = QLineEdit(self)
        self.imap_folder.setObjectName("imapFolder")
        self.fetch_enabled = WrappingCheckBox(
            self.tr("Check the mailbox on its own while Minga is open"), self
        )
        self.fetch_enabled.setObjectName("mailFetchEnabled")
        self.cafile = QLineEdit(self)
        self.cafile.setObjectName("mailCafile")

        # What everyone fills in: her address (the provider and its servers follow from
        # it), her password and the advisor's address. The servers, ports, security and
        # the rest wait under "Server settings", shown for a provider Minga does not know.
        self.from_address.setPlaceholderText(self.tr("name@gmail.com"))
        self.from_address.editingFinished.connect(self._address_entered)
        essentials = QFormLayout()
        essentials.addRow(self.tr("Your e-mail address"), self.from_address)
        essentials.addRow(self.tr("Password"), self.password)
        essentials.addRow(self.tr("Advisor's address"), self.advisor_address)
        essentials.addRow(self.tr("Provider"), self.preset)

        self.advanced_toggle = QCheckBox(self.tr("Show the server settings"), self)
        self.advanced_toggle.setObjectName("mailShowAdvanced")
        self.advanced = QWidget(self)
        self.advanced.setObjectName("mailAdvanced")
        sending = QGroupBox(self.tr("Sending (SMTP)"), self.advanced)
        form = QFormLayout(sending)
        form.addRow(self.tr("Server"), self.smtp_host)
        form.addRow(self.tr("Port"), self.smtp_port)
        form.addRow(self.tr("Security"), self.smtp_security)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Largest part"), self.part_mb)
        receiving = QGroupBox(self.tr("Receiving (IMAP, optional)"), self.advanced)
        imap_form = QFormLayout(receiving)
        imap_form.addRow(self.tr("Server"), self.imap_host)
        imap_form.addRow(self.tr("Port"), self.imap_port)
        imap_form.addRow(self.tr("Security"), self.imap_security)
        imap_form.addRow(self.tr("User (if another)"), self.imap_user)
        imap_form.addRow(self.tr("Folder"), self.imap_folder)
        imap_form.addRow(self.tr("Extra certificate authority"), self.cafile)
        # Labels above their fields when the text is too large for both side by side.
        for layout_ in (essentials, form, imap_form):
            layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        advanced_layout = QVBoxLayout(self.advanced)
        advanced_layout.setContentsMargins(0, 0, 0, 0)
        advanced_layout.addWidget(sending)
        advanced_layout.addWidget(receiving)
        self.advanced_toggle.toggled.connect(self._advanced_toggled)

        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("mailTestButton")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("mailTestResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # The fields scroll when the text is large; testing and saving stay at the bottom,
        # on the screen (at 200 % the whole form is taller than a 768-pixel screen).
        self.body = QWidget(self)
        self.body.setObjectName("mailSettingsBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(essentials)
        body.addWidget(self.preset_note)
        body.addWidget(self.fetch_enabled)
        body.addWidget(self.advanced_toggle)
        body.addWidget(self.advanced)
        body.addStretch(1)
        self.scroll = scroll_area(self.body, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

        self._load(outbox.load_settings(ctx.workspace))
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self._show_advanced_for(self.preset.currentData())

    # --- values --------------------------------------------------------------------------

    def _load(self, settings: MailSettings) -> None:
        key = next(
            (p.key for p in PRESETS if p.smtp_host and p.smtp_host == settings.smtp_host),
            "custom",
        )
        self.preset.setCurrentIndex(self.preset.findData(key))
        self._show_note(key)
        self.smtp_host.setText(settings.smtp_host)
        self.smtp_port.setValue(settings.smtp_port)
        self._set_security(self.smtp_security, settings.smtp_security)
        self.user.setText(settings.user)
        self.from_address.setText(settings.from_address)
        self._last_address = settings.from_address
        self.advisor_address.setText(settings.advisor_address)
        self.part_mb.setValue(settings.part_mb)
        self.imap_host.setText(settings.imap_host)
        self.imap_port.setValue(settings.imap_port)
        self._set_security(self.imap_security, settings.imap_security)
        self.imap_user.setText(settings.imap_user)
        self.imap_folder.setText(settings.imap_folder)
        self.fetch_enabled.setChecked(settings.fetch_enabled)
        self.cafile.setText(settings.cafile)
        if settings.configured and settings.user:
            self.password.setPlaceholderText(self.tr("(saved; type to change it)"))

    @staticmethod
    def _set_security(box: QComboBox, value: str) -> None:
        index = box.findData(value)
        box.setCurrentIndex(index if index >= 0 else 0)

    def _show_note(self, key: str) -> None:
        self.preset_note.setText(QCoreApplication.translate("mail", preset(key).note))

    def _preset_chosen(self, _index: int) -> None:
        key = self.preset.currentData()
        chosen = preset(key)
        self._show_note(key)
        if chosen.smtp_host:
            self.smtp_host.setText(chosen.smtp_host)
            self.imap_host.setText(chosen.imap_host)
        else:  # another provider: the usual server names of the address's domain
            smtp_host, imap_host = guessed_servers(self.from_address.text())
            known = {p.smtp_host for p in PRESETS} | {p.imap_host for p in PRESETS}
            # Empty, or a known provider's server left from before: her domain's names.
            if smtp_host and self.smtp_host.text().strip() in known:
                self.smtp_host.setText(smtp_host)
            if imap_host and self.imap_host.text().strip() in known:
                self.imap_host.setText(imap_host)
        self.smtp_port.setValue(chosen.smtp_port)
        self._set_security(self.smtp_security, chosen.smtp_security)
        self.imap_port.setValue(chosen.imap_port)
        self._set_security(self.imap_security, chosen.imap_security)
        self._show_advanced_for(key)

    def _show_advanced_for(self, key: str) -> None:
        """The server settings open for a provider Minga does not know (they must be
        filled in), and stay folded for Gmail and Outlook."""
        self.advanced_toggle.setChecked(key == "custom")
        self._advanced_toggled(self.advanced_toggle.isChecked())

    def _advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        # The dialog takes the height of what it shows (no gaps where the servers were).
        QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        """The height of the whole form, but no taller than the screen (its fields scroll
        then, and the buttons stay on it)."""
        layout = self.layout()
        rest = layout.sizeHint().height() - self.scroll.sizeHint().height()
        margins = layout.contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        # Room for the fields beside the scroll bar: nothing to scroll sideways.
        fields = self.body.sizeHint().width() + bar + margins.left() + margins.right() + 4
        width = max(self.width(), self.sizeHint().width(), fields)
        fit_on_screen(self, width, rest + self.body.sizeHint().height() + 2)

    def _address_entered(self) -> None:
        """Her address chooses the provider and fills in the user name."""
        address = self.from_address.text().strip()
        if "@" not in address:
            return
        if not self.user.text().strip() or self.user.text().strip() == self._last_address:
            self.user.setText(address)
        self._last_address = address
        key = preset_for_address(address) or "custom"
        if key != self.preset.currentData():
            self.preset.setCurrentIndex(self.preset.findData(key))  # -> _preset_chosen
        elif key == "custom":
            self._preset_chosen(self.preset.currentIndex())

    def settings(self) -> MailSettings:
        """What the form says (not validated)."""
        return MailSettings(
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_security=self.smtp_security.currentData(),
            user=self.user.text().strip(),
            from_address=self.from_address.text().strip(),
            advisor_address=self.advisor_address.text().strip(),
            part_mb=round(self.part_mb.value(), 1),
            imap_host=self.imap_host.text().strip(),
            imap_port=self.imap_port.value(),
            imap_security=self.imap_security.currentData(),
            imap_user=self.imap_user.text().strip(),
            imap_folder=self.imap_folder.text().strip() or "INBOX",
            cafile=self.cafile.text().strip(),
            fetch_enabled=self.fetch_enabled.isChecked(),
        )

    # --- actions --------------------------------------------------------------------------

    def save(self) -> None:
        """Validates, stores the settings and the password (keyring); closes on success."""
        try:
            settings = validate(self.settings())
            outbox.save_settings(self.ctx.workspace, settings)
            if self.password.text():
                store_password(self.passwords, settings, self.password.text())
        except MingaError as exc:
            self.result_label.setText(exc.message())
            return
        self.password.clear()
        self.accept()

    def test_connection(self) -> None:
        """Logs in with what is typed, in the background, and shows the result."""
        try:
            settings = validate(self.settings())
        except MingaError as exc:
            self.result_label.setText(exc.message())
            return
        typed = self.password.text() or None
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        ws, passwords = self.ctx.workspace, self.passwords
        self.ctx.runner.run(
            lambda progress: outbox.check_connection(
                ws, settings, password=typed, passwords=passwords
            ),
            on_done=self._tested,
            on_error=self._test_failed,
        )

    def _tested(self, checks: list[Any]) -> None:
        self.test_button.setEnabled(True)
        lines = []
        for check in checks:
            what = self.tr("Sending") if check.kind == "smtp" else self.tr("Receiving")
            if check.ok:
                lines.append(self.tr("{what}: it works.").format(what=what))
            else:
                lines.append(
                    self.tr("{what}: it does not work. {reason}").format(
                        what=what, reason=check.error.message()
                    )
                )
        self.result_label.setText("\n".join(lines))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, MingaError):
            self.result_label.setText(exc.message())
            return
        self.result_label.setText("")
        self.ctx.bridge.show_exception(exc)
