"""The repository explains itself: no file points at a document that is not in it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Documents that lived outside the repository once; built from parts so that this file
# does not find itself.
FOREIGN = re.compile(r"\b(?:" + "DESIGN|DOMAIN|CONVENTIONS" + r")\.md\b|\b" + "shared" + "/")
DOCS_PATH = re.compile(r"\bdocs/([\w.-]+\.md)\b")
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")


def _tracked_texts() -> dict[str, str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to know which files are tracked")
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    texts = {}
    for raw in filter(None, names):
        name = raw.decode()
        path = ROOT / name
        if not path.is_file():  # deleted in the working tree, not yet committed
            continue
        data = path.read_bytes()
        if b"\0" in data[:8192]:  # fonts, icons, compiled files
            continue
        texts[name] = data.decode("utf-8", errors="replace")
    return texts


def test_no_file_refers_to_a_document_outside_the_repository() -> None:
    found = [
        f"{name}:{text.count(chr(10), 0, match.start()) + 1}: {match.group(0)}"
        for name, text in _tracked_texts().items()
        for match in FOREIGN.finditer(text)
    ]
    assert found == [], "point these at docs/architecture.md or docs/domain.md"


def test_every_docs_page_that_is_named_exists() -> None:
    missing = [
        f"{name}: docs/{match.group(1)}"
        for name, text in _tracked_texts().items()
        for match in DOCS_PATH.finditer(text)
        if not (ROOT / "docs" / match.group(1)).is_file()
    ]
    assert missing == []


def test_relative_links_of_the_markdown_pages_resolve() -> None:
    broken = []
    for name, text in _tracked_texts().items():
        if not name.endswith(".md"):
            continue
        for match in MARKDOWN_LINK.finditer(text):
            target = match.group(1).split("#", 1)[0]
            if not target or re.match(r"[a-z]+:", target) or target.startswith("<"):
                continue  # an anchor on the same page, a URL, an address
            if not (ROOT / name).parent.joinpath(target).exists():
                broken.append(f"{name}: {match.group(1)}")
    assert broken == []


def test_the_architecture_and_domain_pages_exist_and_link_each_other() -> None:
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    domain = (ROOT / "docs" / "domain.md").read_text(encoding="utf-8")
    assert "](domain.md)" in architecture
    assert "](bundle-format.md)" in architecture
    assert "](architecture.md)" in domain
