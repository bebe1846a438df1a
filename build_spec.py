"""PyInstaller spec for the frozen Minga app: a one-folder build with two programs.

    .venv/bin/python build_spec.py            # builds dist/minga/ (minga + minga-cli)
    MINGA_BUILD_DEBUG=1 .venv/bin/python build_spec.py   # with a console and debug imports

`minga` is the app (no console window on Windows); `minga-cli` is its console twin for the
command line and scripts. Both share one folder of libraries. Resources (translations,
fonts, icons, curriculum data) and the Alembic migrations ship beside them. Only the Qt
modules Minga imports are collected.

PyInstaller only takes spec files named `*.spec`, so run as a script this file copies
itself to `build/minga.spec` and hands that to PyInstaller, which executes the part below
the `if` with its own names (Analysis, PYZ, EXE, COLLECT) defined.
"""

import os
import re
import shutil
import sys
from pathlib import Path

if "SPECPATH" in globals():
    ROOT = Path(SPECPATH).resolve()  # noqa: F821 (defined by PyInstaller)
else:
    ROOT = Path(__file__).resolve().parent
if ROOT.name == "build":  # the copy in build/ runs from there
    ROOT = ROOT.parent
DEBUG = os.environ.get("MINGA_BUILD_DEBUG", "") not in ("", "0")


def package_version() -> str:
    text = (ROOT / "desktop" / "minga" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def app_id() -> str:
    text = (ROOT / "desktop" / "minga" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'APP_ID = "([^"]+)"', text).group(1)


# Qt modules Minga never uses: left out to keep the frozen app small.
EXCLUDED = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
    "PySide6.QtUiTools",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
    "PySide6.QtNfc",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtStateMachine",
    "PySide6.QtGraphs",
    "PySide6.QtLocation",
    # Pillow (ReportLab's image reader): no AVIF photos, no Tk or Qt bridges.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "IPython",
    "pytest",
    "hypothesis",
]

# Modules loaded by name at run time, which the import scanner cannot see.
HIDDEN = [
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.kwallet",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "sqlalchemy.dialects.sqlite",
    "alembic.runtime.migration",
    "alembic.operations.ops",
    "alembic.ddl.sqlite",
    "logging.handlers",
]


def datas() -> list[tuple[str, str]]:
    found = [(str(ROOT / "resources"), "minga/_resources")]
    migrations = ROOT / "desktop" / "minga" / "store" / "migrations"
    for path in migrations.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".mako"):
            target = Path("minga/store/migrations") / path.relative_to(migrations).parent
            found.append((str(path), str(target)))
    return found


if "Analysis" in globals():  # executed by PyInstaller as the spec
    from PyInstaller.utils.hooks import copy_metadata

    entry = str(ROOT / "desktop" / "minga" / "__main__.py")
    analysis = Analysis(  # noqa: F821
        [entry],
        pathex=[str(ROOT / "desktop")],
        datas=datas() + copy_metadata("keyring") + copy_metadata("minga"),
        hiddenimports=HIDDEN,
        excludes=EXCLUDED,
        noarchive=DEBUG,
    )
    # The GTK platform theme needs GTK, which is not shipped: Qt falls back to Fusion.
    # The on-screen keyboard plugin (from PySide6-Addons) would drag in Qt Quick and QML
    # (~17 MB) that nothing else in Minga uses.
    unwanted = (
        "libqgtk3",
        "virtualkeyboard",
        "libQt6Quick",
        "libQt6Qml",
        "libQt6VirtualKeyboard",
    )
    analysis.binaries = [b for b in analysis.binaries if not any(u in b[0] for u in unwanted)]
    # Qt's own translations: only the languages Minga speaks (saves ~7 MB).
    analysis.datas = [
        entry
        for entry in analysis.datas
        if "/translations/" not in entry[0].replace("\\", "/")
        or re.search(r"_(es|en)(_\w+)?\.qm$", entry[0])
        or entry[0].startswith("minga")
    ]
    pyz = PYZ(analysis.pure)  # noqa: F821
    icon = ROOT / "resources" / "icons" / ("minga.ico" if sys.platform == "win32" else "minga.png")
    # Debug symbols out of the shared libraries (libpython alone loses ~18 MB); Windows
    # binaries carry none.
    strip = sys.platform != "win32" and not DEBUG
    common = {
        "exclude_binaries": True,
        "debug": "imports" if DEBUG else False,
        "strip": strip,
        "upx": False,
        "icon": str(icon) if icon.exists() else None,
    }
    app = EXE(pyz, analysis.scripts, name="minga", console=DEBUG, **common)  # noqa: F821
    cli = EXE(pyz, analysis.scripts, name="minga-cli", console=True, **common)  # noqa: F821
    COLLECT(  # noqa: F821
        app, cli, analysis.binaries, analysis.datas, name="minga", strip=strip, upx=False
    )
elif __name__ == "__main__":
    import PyInstaller.__main__

    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    spec = build / "minga.spec"
    shutil.copyfile(__file__, spec)
    print(f"Minga {package_version()} ({app_id()}): building dist/minga/")
    PyInstaller.__main__.run(
        [
            str(spec),
            "--noconfirm",
            "--clean",
            "--log-level",
            "DEBUG" if DEBUG else "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(build / "pyinstaller"),
        ]
    )
