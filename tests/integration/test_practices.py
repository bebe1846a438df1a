"""Practices as a teacher keeps them: validation, edits, tombstones, evidence files."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from minga.domain.errors import (
    AttachmentError,
    NotFoundError,
    PermissionDeniedError,
    ValidationErrors,
)
from minga.i18n import catalog
from minga.services.practices import PracticeInput, PracticeQuery, PracticeService
from minga.store.models import Attachment, Practice


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_create_normalizes_what_the_teacher_typed(practices: PracticeService) -> None:
    detail = practices.create(
        PracticeInput(
            title="  Tiendita escolar  ",
            subjects=["Matemática", "MA"],
            levels=["3°", "1° básico", "2b"],
            oa_codes=["ma1oa9", "MA02 OA 09"],
            duration_minutes=90,
        )
    )
    assert detail.data.title == "Tiendita escolar"
    assert detail.data.subjects == ["MA"]
    assert detail.data.levels == ["1B", "2B", "3B"]
    assert detail.data.oa_codes == ["MA01 OA 09", "MA02 OA 09"]
    assert detail.author_name == "Ana María Huenchumilla"
    assert detail.school_name == "Escuela Rural Los Boldos"
    assert detail.is_mine


def test_a_form_left_half_done_names_every_bad_field(practices: PracticeService) -> None:
    with pytest.raises(ValidationErrors) as info:
        practices.create(
            PracticeInput(title="", levels=["9°"], oa_codes=["MA2"], duration_minutes=0)
        )
    assert set(info.value.by_field()) == {"title", "levels", "oa_codes", "duration_minutes"}
    text = info.value.message(catalog("en"))
    assert "Title: This field is required." in text
    assert "'9°' is not a level" in text
    assert practices.count(PracticeQuery()) == 0


def test_edit_delete_and_restore(practices: PracticeService) -> None:
    detail = practices.create(PracticeInput(title="Huerto escolar", levels=["1B"]))
    edited = practices.update(detail.id, PracticeInput(title="Huerto escolar: las habas"))
    assert edited.data.title == "Huerto escolar: las habas"
    assert edited.updated_at >= detail.updated_at
    practices.delete(detail.id)
    with pytest.raises(NotFoundError):
        practices.get(detail.id)
    with practices.db.session() as session:
        row = session.scalar(select(Practice).where(Practice.id == detail.id))
        assert row is not None
        assert row.deleted  # a tombstone, never a hard delete
    practices.restore(detail.id)
    assert practices.get(detail.id).data.title == "Huerto escolar: las habas"


def test_versions_increase_with_each_edit(practices: PracticeService) -> None:
    detail = practices.create(PracticeInput(title="A"))

    def version() -> str:
        with practices.db.session() as session:
            return session.scalar(select(Practice.version).where(Practice.id == detail.id))

    first = version()
    practices.update(detail.id, PracticeInput(title="B"))
    assert version() > first


def test_only_the_author_edits_a_practice(practices: PracticeService) -> None:
    detail = practices.create(PracticeInput(title="Mía"))
    with practices.db.session() as session:
        row = session.scalar(select(Practice).where(Practice.id == detail.id))
        row.owner = "someone-else"
    with pytest.raises(PermissionDeniedError):
        practices.update(detail.id, PracticeInput(title="Ajena"))
    with pytest.raises(PermissionDeniedError):
        practices.delete(detail.id)


def test_filters(practices: PracticeService) -> None:
    practices.create(PracticeInput(title="Sumas", subjects=["MA"], levels=["1B", "2B"]))
    practices.create(PracticeInput(title="Cuentos", subjects=["LE"], levels=["2B"], status="ready"))
    assert practices.count(PracticeQuery(subject="MA")) == 1
    assert practices.count(PracticeQuery(level="2B")) == 2
    assert practices.count(PracticeQuery(level="1B")) == 1
    assert practices.count(PracticeQuery(status="ready")) == 1
    titles = [r.title for r in practices.page(PracticeQuery(sort="title", descending=False))]
    assert titles == ["Cuentos", "Sumas"]
    assert [c.name for c in practices.authors()] == ["Ana María Huenchumilla"]


class TestAttachments:
    def test_photos_are_stored_once_by_their_hash(
        self, practices: PracticeService, tmp_path: Path
    ) -> None:
        detail = practices.create(PracticeInput(title="Huerto"))
        photo = tmp_path / "habas.png"
        photo.write_bytes(tiny_png())
        first = practices.attach(detail.id, photo)
        second = practices.attach(detail.id, photo)
        assert first.sha256 == second.sha256
        assert first.media_type == "image/png"
        assert first.path.read_bytes() == tiny_png()
        assert len(list(practices.files.root.rglob("*"))) == 2  # one folder, one file
        assert len(practices.get(detail.id).attachments) == 2
        practices.detach(first.id)
        assert [a.id for a in practices.get(detail.id).attachments] == [second.id]

    def test_a_missing_file_is_refused(self, practices: PracticeService, tmp_path: Path) -> None:
        detail = practices.create(PracticeInput(title="Huerto"))
        with pytest.raises(AttachmentError, match="does not exist"):
            practices.attach(detail.id, tmp_path / "no-existe.jpg")

    def test_an_oversized_file_is_refused_and_nothing_is_stored(
        self, practices: PracticeService, tmp_path: Path
    ) -> None:
        detail = practices.create(PracticeInput(title="Huerto"))
        practices.files.max_bytes = 1000
        big = tmp_path / "video.mp4"
        big.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 2000)
        with pytest.raises(AttachmentError) as info:
            practices.attach(detail.id, big)
        assert "too large" in info.value.message(catalog("en"))
        assert not practices.files.root.exists() or not any(practices.files.root.rglob("*"))
        with practices.db.session() as session:
            assert session.scalars(select(Attachment)).all() == []

    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("virus.exe", b"MZ\x90\x00"),
            ("foto.jpg", b"not really a jpeg"),
            ("nota.txt", b"\xff\xfe\x00"),
        ],
    )
    def test_files_are_checked_by_content_not_by_name(
        self, practices: PracticeService, tmp_path: Path, name: str, content: bytes
    ) -> None:
        detail = practices.create(PracticeInput(title="Huerto"))
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(AttachmentError, match="not a kind of file"):
            practices.attach(detail.id, path)
