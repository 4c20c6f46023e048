"""The README's gallery and scripts/screenshots agree: every picture the README shows exists, and every
view the script photographs is in the README. (The script itself needs Xvfb and a minute: not run here.)"""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "docs" / "screenshots"
# Markdown ![alt](docs/screenshots/x.png) and HTML src="docs/screenshots/x.png" alike (not the folder's link).
REFERENCE = re.compile(r"docs/screenshots/([\w.-]+\.(?:png|jpe?g|gif|svg|webp))")


def _script():
    """scripts/screenshots.py as a module (its imports at load time are the standard library only)."""
    name = "scripts_screenshots"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "screenshots.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[name]


def _referenced() -> set[str]:
    return set(REFERENCE.findall((ROOT / "README.md").read_text(encoding="utf-8")))


def test_every_picture_the_readme_shows_is_in_docs_screenshots():
    referenced = _referenced()
    assert referenced, "the README shows no screenshot"
    missing = sorted(name for name in referenced if not (FOLDER / name).is_file())
    assert not missing, f"README.md shows pictures that docs/screenshots lacks: {missing}"


def test_every_view_the_script_photographs_is_in_the_readme_with_its_caption():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shots = _script().SHOTS
    assert len({shot.file for shot in shots}) == len(shots)
    missing = [shot.file for shot in shots if shot.file not in _referenced()]
    assert not missing, f"scripts/screenshots.py makes pictures the README does not show: {missing}"
    uncaptioned = [shot.file for shot in shots if shot.caption not in readme]
    assert not uncaptioned, f"the README lacks the script's caption for: {uncaptioned}"


def test_docs_screenshots_holds_exactly_the_scripts_pictures_small_enough_to_commit():
    script = _script()
    assert sorted(path.name for path in FOLDER.iterdir()) == sorted(shot.file for shot in script.SHOTS)
    for shot in script.SHOTS:
        path = FOLDER / shot.file
        assert path.stat().st_size <= script.MAX_BYTES, (shot.file, path.stat().st_size)
        head = path.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n", shot.file
        width, height = struct.unpack(">II", head[16:24])  # the IHDR chunk comes first
        assert width >= 800 and height >= 800, (shot.file, width, height)
