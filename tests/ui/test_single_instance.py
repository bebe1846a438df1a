"""One instance per data folder through a local socket."""

from __future__ import annotations

import os
import socket
import sys

import pytest
from PySide6.QtCore import QDir

from minga.ui.single_instance import SingleInstance, server_name


@pytest.fixture
def instances(qapp):
    created: list[SingleInstance] = []

    def make(data_dir) -> SingleInstance:
        instance = SingleInstance(data_dir)
        created.append(instance)
        return instance

    yield make
    for instance in created:
        instance.close()


def test_second_start_on_same_data_dir_raises_the_first(qtbot, tmp_path, instances):
    first = instances(tmp_path / "data")
    assert first.try_become_primary() is True
    assert first.is_primary

    second = instances(tmp_path / "data")
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.try_become_primary() is False

    assert not second.is_primary
    assert first.is_primary


def test_each_knock_is_one_activation(qtbot, tmp_path, instances):
    first = instances(tmp_path)
    assert first.try_become_primary()
    activations: list[None] = []
    first.activation_requested.connect(lambda: activations.append(None))

    for _ in range(2):
        assert instances(tmp_path).try_become_primary() is False
    qtbot.waitUntil(lambda: len(activations) == 2, timeout=5000)


def test_different_data_dir_becomes_primary(qtbot, tmp_path, instances):
    first = instances(tmp_path / "teacher")
    other = instances(tmp_path / "advisor")

    assert first.try_become_primary() is True
    with qtbot.assertNotEmitted(first.activation_requested, wait=100):
        assert other.try_become_primary() is True
    assert first.name != other.name


def test_same_folder_spelled_differently_is_the_same_instance(tmp_path):
    (tmp_path / "data").mkdir()
    assert server_name(tmp_path / "data") == server_name(tmp_path / "x" / ".." / "data")
    assert server_name(tmp_path / "data") != server_name(tmp_path / "data2")


def test_after_close_a_new_start_becomes_primary(tmp_path, instances):
    first = instances(tmp_path)
    assert first.try_become_primary()
    first.close()

    assert instances(tmp_path).try_become_primary() is True


@pytest.mark.skipif(sys.platform == "win32", reason="stale sockets are a Unix thing")
def test_stale_socket_is_removed(tmp_path, instances):
    # A crashed primary leaves its socket file behind: nothing listens on it any more.
    path = os.path.join(QDir.tempPath(), server_name(tmp_path))
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)
    stale.close()
    assert os.path.exists(path)

    instance = instances(tmp_path)
    assert instance.try_become_primary() is True
    assert instance.is_primary
    assert instance.server_path == path
