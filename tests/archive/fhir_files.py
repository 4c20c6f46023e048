"""Reading an archive's FHIR part files (fhir/<ResourceType>/<part>.ndjson) back, in part order."""

from __future__ import annotations

import json
from pathlib import Path


def fhir_resources(folder: Path) -> list[tuple[str, dict]]:
    """(resource type, resource) for every line, type by type, part by part."""
    return [(path.parent.name, json.loads(line)) for path in sorted((folder / "fhir").glob("*/*.ndjson"))
            for line in path.read_text(encoding="utf-8").splitlines()]
