"""Which mounted volumes count as USB drives to write a bundle on."""

from __future__ import annotations

from minga.ui.sync.drives import Volume, removable_volumes

GB = 1024**3


def test_linux_sticks_are_those_mounted_under_media_run_media_or_mnt():
    volumes = [
        ("/", "", True, False, 50 * GB),
        ("/home", "home", True, False, 20 * GB),
        ("/boot/efi", "EFI", True, False, GB),
        ("/media/ana/KINGSTON", "KINGSTON", True, False, 7 * GB),
        ("/run/media/ana/PENDRIVE", "", True, False, 3 * GB),
        ("/mnt/usb", "DATOS", True, False, GB),
        ("/mnt", "", True, False, GB),  # /mnt itself is not a drive under it
        ("/media/ana/CDROM", "CDROM", True, True, 0),  # read-only
        ("/media/ana/EMPTY", "EMPTY", False, False, 0),  # not ready (card reader)
        ("/media/ana/KINGSTON", "KINGSTON", True, False, 7 * GB),  # listed twice
    ]

    found = removable_volumes(volumes, platform="linux")

    assert found == [
        Volume("/mnt/usb", "DATOS", GB),
        Volume("/media/ana/KINGSTON", "KINGSTON", 7 * GB),
        Volume("/run/media/ana/PENDRIVE", "PENDRIVE", 3 * GB),  # no label: the folder's name
    ]


def test_windows_drives_are_the_roots_other_than_the_system_drive():
    volumes = [
        ("C:/", "Windows", True, False, 80 * GB),
        ("D:/", "Recuperación", True, True, GB),  # read-only
        ("E:/", "KINGSTON", True, False, 7 * GB),
        ("F:\\", "", True, False, GB),
        ("G:/", "Lector", False, False, 0),  # an empty card reader
        ("C:/Users/Ana/montado", "", True, False, GB),  # a folder mount, not a drive root
    ]

    found = removable_volumes(volumes, platform="win32", system_drive="C:")

    assert found == [Volume("F:\\", "F:", GB), Volume("E:/", "KINGSTON (E:)", 7 * GB)]
    # Windows on another system drive: C: is then an ordinary data drive.
    other = removable_volumes(volumes, platform="win32", system_drive="D:")
    assert [v.name for v in other] == ["F:", "KINGSTON (E:)", "Windows (C:)"]


def test_mac_drives_are_under_volumes():
    volumes = [
        ("/", "Macintosh HD", True, False, 100 * GB),
        ("/Volumes/PENDRIVE", "PENDRIVE", True, False, GB),
        ("/Volumes", "", True, False, GB),
    ]

    assert removable_volumes(volumes, platform="darwin") == [
        Volume("/Volumes/PENDRIVE", "PENDRIVE", GB)
    ]


def test_nothing_plugged_in_gives_no_drive():
    assert removable_volumes([], platform="linux") == []
    assert removable_volumes([("/", "", True, False, GB)], platform="linux") == []
