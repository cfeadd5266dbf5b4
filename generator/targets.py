"""The API descriptions this project generates clients for, and where each one's files are.

Each target has its own lock (which upstream file, sha256-pinned), its overlays (shared ones in
``overlays/common`` plus its own folder), its build outputs, and its generated package. Those overlays describe the
API for every language and are shipped in ``dist/spec``; ``overlays/python`` holds what only the Python build needs
(openapi-python-client's limits), applied after them when the package is generated and never shipped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.lock import SpecLock
from generator.overlay import Action, load_overlays

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATOR = REPO_ROOT / "generator"
OVERLAYS = REPO_ROOT / "overlays"


@dataclass(frozen=True)
class ApiTarget:
    """One API description and everything built from it."""

    name: str
    title: str
    lock: Path
    overlay_dirs: tuple[Path, ...]
    """The generator-neutral overlays, shipped in ``dist/spec`` (folder by folder, file name order within)."""
    fetched_dir: Path
    patched: Path
    package: str
    config: Path
    shares_models_with: ApiTarget | None = None
    """Models that are the same in this target's package are taken from it, not generated twice."""
    generated_dir: Path = REPO_ROOT / "generated"
    python_overlay_dirs: tuple[Path, ...] = (OVERLAYS / "python",)
    """Overlays only the Python build applies, after ``overlay_dirs`` (never part of the shipped reference)."""

    @property
    def package_dir(self) -> Path:
        return self.generated_dir / self.package

    def at(self, root: Path) -> ApiTarget:
        """The same target in a copy of the repository's layout at ``root`` (its locks, overlays, outputs).

        The openapi-python-client settings stay the generator's own.
        """
        root = root.resolve()

        def move(path: Path) -> Path:
            return root / path.relative_to(REPO_ROOT)

        return replace(
            self,
            lock=move(self.lock),
            overlay_dirs=tuple(move(folder) for folder in self.overlay_dirs),
            python_overlay_dirs=tuple(move(folder) for folder in self.python_overlay_dirs),
            fetched_dir=move(self.fetched_dir),
            patched=move(self.patched),
            generated_dir=move(self.generated_dir),
            shares_models_with=None if self.shares_models_with is None else self.shares_models_with.at(root),
        )

    @property
    def fetched(self) -> Path:
        """Where `make spec` keeps the pinned upstream file."""
        return self.fetched_dir / Path(SpecLock.load(self.lock).mirror_path).name

    def share_with(self) -> tuple[str, Path, Path] | None:
        """What `generator.generate.generate` takes to share models with ``shares_models_with``."""
        other = self.shares_models_with
        return None if other is None else (other.package, other.patched, other.config)

    def overlay_files(self) -> list[Path]:
        """The generator-neutral overlay documents, in the order they apply (folder by folder, name order within)."""
        return [path for folder in self.overlay_dirs for path in sorted(folder.glob("*.yaml"))]

    def python_overlay_files(self) -> list[Path]:
        """The overlay documents only the Python build applies, after :meth:`overlay_files`."""
        return [path for folder in self.python_overlay_dirs for path in sorted(folder.glob("*.yaml"))]

    def reference_actions(self) -> list[Action]:
        """The generator-neutral overlay actions (what ``dist/spec`` ships), in application order."""
        return [action for folder in self.overlay_dirs for action in load_overlays(folder)]

    def actions(self) -> list[Action]:
        """Every overlay action of the Python build: the neutral ones, then the Python-only ones."""
        return self.reference_actions() + [
            action for folder in self.python_overlay_dirs if folder.is_dir() for action in load_overlays(folder)
        ]


V2 = ApiTarget(
    name="v2",
    title="REST API v2",
    lock=REPO_ROOT / "swagger" / "spec.lock.json",
    overlay_dirs=(OVERLAYS / "common", OVERLAYS / "v2"),
    fetched_dir=REPO_ROOT / "swagger" / "fetched",
    patched=REPO_ROOT / "swagger" / "openapi.patched.json",
    package="figshare_api",
    config=GENERATOR / "openapi-python-client.yaml",
)

V3 = ApiTarget(
    name="v3",
    title='REST API v3 ("items")',
    lock=REPO_ROOT / "swagger" / "v3" / "spec.lock.json",
    overlay_dirs=(OVERLAYS / "common", OVERLAYS / "v3"),
    fetched_dir=REPO_ROOT / "swagger" / "v3" / "fetched",
    patched=REPO_ROOT / "swagger" / "v3" / "openapi.patched.json",
    package="figshare_api_v3",
    config=GENERATOR / "openapi-python-client-v3.yaml",
    shares_models_with=V2,
)

TARGETS: dict[str, ApiTarget] = {target.name: target for target in (V2, V3)}


def targets_at(root: Path | None) -> dict[str, ApiTarget]:
    """Every target, in the repository (``root`` None) or in a copy of its layout at ``root``."""
    if root is None or root.resolve() == REPO_ROOT:
        return dict(TARGETS)
    return {name: target.at(root) for name, target in TARGETS.items()}
