"""Tables of the e-mail transport (local bookkeeping: never synced, never in bundles).

Registered on the store's `Base`, so `Base.metadata` describes the whole database once
this module is imported (`minga.mail` imports it). Created by Alembic revision 0003.

- `mail_settings`: the account, one row per setting (`minga.mail.settings` gives them
  types and defaults, so a new setting needs no migration). Never a password.
- `mail_outbox`: one row per bundle part and recipient address; it waits (`queued`)
  until a server accepted it (`sent`). Rows stay as the history of what was sent.
- `mail_inbox`: one row per received message that carried a Minga file, by Message-ID,
  so no message is processed twice; what became of it (`imported`, `review`, `waiting`
  for the other parts of a split bundle).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minga.store.models import ID, Base, clock_now

QUEUED = "queued"
SENT = "sent"

IMPORTED = "imported"
REVIEW = "review"
WAITING = "waiting"


class MailSetting(Base):
    """One setting of the e-mail account (key, JSON-encoded value)."""

    __tablename__ = "mail_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OutboxPart(Base):
    """One part of a bundle waiting for (or already accepted by) the SMTP server."""

    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_mail_outbox_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(ID, index=True)
    recipient_id: Mapped[str | None] = mapped_column(ID)
    recipient_name: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    # Fixed when queued, so a part sent twice (a connection lost after the server took
    # it) is recognised by the receiving inbox as the same message.
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    path: Mapped[str] = mapped_column(Text)
    part: Mapped[int] = mapped_column(Integer, default=1)
    parts: Mapped[int] = mapped_column(Integer, default=1)
    size: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default=QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=clock_now)
    # {"code": error class name, "params": {...}} of the last failure, or {}.
    last_error: Mapped[dict[str, Any]] = mapped_column(default=dict)
    queued_at: Mapped[dt.datetime] = mapped_column(default=clock_now)
    sent_at: Mapped[dt.datetime | None]


class InboxMessage(Base):
    """A received message that carried Minga files, and what became of them."""

    __tablename__ = "mail_inbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    sender: Mapped[str] = mapped_column(String(254), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    received_at: Mapped[dt.datetime] = mapped_column(default=clock_now)
    status: Mapped[str] = mapped_column(String(16))
    # The files saved from the message (paths in the data folder's inbox/).
    files: Mapped[list[str]] = mapped_column(default=list)
    bundle_id: Mapped[str | None] = mapped_column(ID)
    # {"code", "params"} of why it waits for review, or {}.
    reason: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The import summary (ImportResult.as_json()) once imported.
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
