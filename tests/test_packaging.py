"""Packaging: the desktop entry, AppStream metadata, icons and wheel agree on one app id.

The validators come from Debian's desktop-file-utils and appstream. Without them these
tests skip, unless RJ_REQUIRE_TOOLS=1 (the README's test command), where they fail.
"""

from __future__ import annotations

import configparser
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from recovery_journal.paths import APP_ID, APP_NAME
from recovery_journal.resources import ICON_SIZES, app_icon, icon_png, icon_svg

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALL_SCRIPT = LINUX / "install-desktop-files.sh"
# Not part of a source tree: left out when the wheel is built from a copy.
NOT_SOURCE = (".*", "build", "dist", "*.egg-info", "__pycache__")  # .git, .venv, caches


def require_tool(name: str, package: str) -> str:
    """The tool's path; skips without it, fails under RJ_REQUIRE_TOOLS=1."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package})"
        if os.environ.get("RJ_REQUIRE_TOOLS") == "1":
            pytest.fail(message + "; RJ_REQUIRE_TOOLS=1 says it must be")
        pytest.skip(message)
    return path


def _pyproject() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as handle:
        project: dict[str, object] = tomllib.load(handle)["project"]
    return project


def _desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_metainfo_passes_appstream_validation() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_app_with_its_icon() -> None:
    entry = _desktop_entry()
    gui_scripts = _pyproject()["gui-scripts"]
    assert isinstance(gui_scripts, dict)
    assert entry["Exec"].split()[0] in gui_scripts
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    # Qt names X11 windows' class after the application name; docks match windows by it.
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Name"] == "Recovery Journal"
    for key in ("Name", "GenericName", "Comment", "Keywords"):  # discreet on a shared screen
        assert "kratom" not in entry[key].lower()


def test_metainfo_describes_this_app() -> None:
    root = ET.parse(METAINFO).getroot()
    project = _pyproject()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == project["license"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    binaries = {b.text for b in root.iterfind("provides/binary")}
    scripts, gui_scripts = project["scripts"], project["gui-scripts"]
    assert isinstance(scripts, dict) and isinstance(gui_scripts, dict)
    assert binaries == set(scripts) | set(gui_scripts)
    versions = [r.get("version") for r in root.iterfind("releases/release")]
    assert project["version"] in versions


@pytest.mark.usefixtures("qapp")
def test_every_icon_size_is_a_png_of_that_size() -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(icon_svg())).isValid()
    for size in ICON_SIZES:
        image = QImage(str(icon_png(size)))
        assert not image.isNull(), icon_png(size)
        assert (image.width(), image.height()) == (size, size), icon_png(size)
        assert image.hasAlphaChannel()  # rounded corners over any panel colour
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes >= set(ICON_SIZES)


def test_install_script_adds_and_removes_the_menu_entry(tmp_path: Path) -> None:
    bin_dir = tmp_path / "my bin"  # a space: the entry must quote the command
    bin_dir.mkdir()
    command = bin_dir / "recovery-journal"
    command.write_text("#!/bin/sh\n")
    command.chmod(0o755)
    share = tmp_path / "share"
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(share))
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"

    subprocess.run(["bash", str(INSTALL_SCRIPT)], env=env, check=True, capture_output=True)
    installed = share / "applications" / DESKTOP.name
    assert _desktop_entry(installed)["Exec"] == f'"{command}"'
    assert (share / "metainfo" / METAINFO.name).is_file()
    for size in ICON_SIZES:
        assert (share / "icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
        assert check.returncode == 0, check.stdout

    subprocess.run(
        ["bash", str(INSTALL_SCRIPT), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not installed.exists()
    assert not list(share.rglob(f"{APP_ID}.*"))


def test_wheel_ships_the_icons_and_translations(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    command = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q"]
    command += ["--disable-pip-version-check", "-w", str(tmp_path / "wheels")]
    if int(importlib.metadata.version("setuptools").split(".")[0]) >= 77:
        command.append("--no-build-isolation")  # offline: the build backend is here already
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    (wheel,) = (tmp_path / "wheels").glob("recovery_journal-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package = REPO / "recovery_journal"
    expected = [icon_svg(), *(icon_png(size) for size in ICON_SIZES)]
    expected += sorted((package / "translations").glob("*.qm"))
    for path in expected:
        assert path.relative_to(REPO).as_posix() in names
