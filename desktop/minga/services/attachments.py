"""Moved to `minga.core.attachments`; this name stays only while the move is under way."""

from minga.core.attachments import (  # noqa: F401
    _CHUNK,
    _SIGNATURES,
    _ZIP_DOCS,
    MAX_ATTACHMENT_BYTES,
    SNIFF_BYTES,
    AttachmentStore,
    StoredFile,
    sniff_media_type,
)
