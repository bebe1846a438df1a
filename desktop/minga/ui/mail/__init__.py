"""The e-mail transport in the GUI: the "Correo" tab (`MailPanel`), the account dialog
(`MailSettingsDialog`) and the background `MailScheduler` (see `minga.mail`)."""

from minga.ui.mail.dialog import MailSettingsDialog
from minga.ui.mail.panel import MailPanel
from minga.ui.mail.scheduler import MailScheduler

__all__ = ["MailPanel", "MailScheduler", "MailSettingsDialog"]
