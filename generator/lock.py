"""The spec lock: which upstream file, at which commit, with which sha256."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

RAW_URL_TEMPLATE = "https://raw.githubusercontent.com/{repository}/{commit}/{path}"


@dataclass(frozen=True)
class SpecLock:
    """One pinned upstream spec file."""

    description: str
    repository: str
    path: str
    commit: str
    commit_date: str
    sha256: str
    format: str
    mirror_path: str

    @property
    def raw_url(self) -> str:
        """The raw.githubusercontent.com address of the pinned commit's file."""
        return RAW_URL_TEMPLATE.format(repository=self.repository, commit=self.commit, path=self.path)

    @classmethod
    def load(cls, path: Path) -> SpecLock:
        return cls(**json.loads(path.read_text(encoding="utf-8")))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")
