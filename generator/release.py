"""Build and check a release: the steps of .github/workflows/release.yml, also run by tests/docs/test_release.py.

    python -m generator.release build DIST                  sdist and wheel into DIST (python -m build)
    python -m generator.release check DIST [--deps-from SITE_PACKAGES]
                                                            twine check --strict, then install the wheel in a
                                                            fresh venv and import figshare, figshare_api and
                                                            figshare_api_v3; the versions must agree
    python -m generator.release tag TAG DIST                TAG must be v<the built version>

The smoke test installs the wheel with its dependencies from the package index; ``--deps-from`` instead points
the fresh venv at an existing site-packages folder for the dependencies (offline, as the test suite does): only
that folder's modules become importable, not its ``.pth`` hooks, so an editable install there is not seen.
"""

from __future__ import annotations

import argparse
import email.parser
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

DISTRIBUTION = "figshare-sdk"
IMPORT_PACKAGES = ("figshare", "figshare_api", "figshare_api_v3")

SMOKE_SCRIPT = """
import importlib.metadata, json, sys
import figshare, figshare_api, figshare_api_v3
from figshare import Figshare
from figshare_api.models import Article
from figshare_api_v3.resources import Resources
owners = importlib.metadata.packages_distributions()
print(json.dumps({
    "version": figshare.__version__,
    "metadata_version": importlib.metadata.version("figshare-sdk"),
    "files": {name: sys.modules[name].__file__ for name in ("figshare", "figshare_api", "figshare_api_v3")},
    "figshare_owners": sorted(set(owners.get("figshare", []))),
    "typed": (__import__("pathlib").Path(figshare.__file__).parent / "py.typed").is_file(),
}))
"""


class ReleaseCheckError(Exception):
    """A built release is not what it must be."""


def _run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, check=False, **options)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise ReleaseCheckError(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result  # type: ignore[no-any-return]


def build(dist: Path, *, isolated: bool = True) -> tuple[Path, Path]:
    """Build the sdist and the wheel into `dist`; return (sdist, wheel).

    Args:
        dist: the output folder (created).
        isolated: build in an isolated environment with the build backend fetched from the package index;
            False uses the current environment's hatchling (offline).

    Returns:
        The paths of the sdist and of the wheel.

    Raises:
        ReleaseCheckError: the build failed or did not give exactly one sdist and one wheel.
    """
    dist.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(dist)]
    if not isolated:
        command.append("--no-isolation")
    _run(command, cwd=Path(__file__).resolve().parent.parent)
    return _one(dist, "*.tar.gz"), _one(dist, "*.whl")


def _one(dist: Path, pattern: str) -> Path:
    found = sorted(dist.glob(pattern))
    if len(found) != 1:
        raise ReleaseCheckError(f"expected one {pattern} in {dist}, found {[path.name for path in found]}")
    return found[0]


def wheel_version(wheel: Path) -> str:
    """The version in a wheel's METADATA.

    Args:
        wheel: the wheel file.

    Returns:
        Its ``Version`` field.

    Raises:
        ReleaseCheckError: the wheel has no METADATA or not of figshare-sdk.
    """
    with zipfile.ZipFile(wheel) as archive:
        names = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        if len(names) != 1:
            raise ReleaseCheckError(f"{wheel.name} has no single .dist-info/METADATA")
        metadata = email.parser.Parser().parsestr(archive.read(names[0]).decode("utf-8"))
    if metadata["Name"] != DISTRIBUTION:
        raise ReleaseCheckError(f"{wheel.name} is {metadata['Name']!r}, not {DISTRIBUTION!r}")
    return str(metadata["Version"])


def twine_check(*paths: Path) -> None:
    """``twine check --strict`` the files (metadata complete, README renders on PyPI).

    Args:
        paths: the sdist and the wheel.

    Raises:
        ReleaseCheckError: twine found a problem.
    """
    _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, paths)])


def smoke_test(wheel: Path, *, deps_from: Path | None = None, work: Path | None = None) -> dict[str, object]:
    """Install `wheel` in a fresh venv and import its packages there.

    Args:
        wheel: the wheel to install.
        deps_from: a site-packages folder that provides the dependencies (offline); None installs them from the
            package index.
        work: where to create the venv (a temporary folder by default).

    Returns:
        What the import reported: ``version``, ``metadata_version``, ``files``, ``figshare_owners``, ``typed``.

    Raises:
        ReleaseCheckError: the install or an import failed, a package was imported from elsewhere, the
            versions disagree with the wheel's, or another distribution also provides ``figshare``.
    """
    import json

    with tempfile.TemporaryDirectory(dir=work) as folder:
        venv = Path(folder) / "venv"
        _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
        python = venv / "bin" / "python"
        install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-cache-dir"]
        if deps_from is not None:
            install += ["--no-deps", "--no-index"]
        _run([*install, str(wheel)])
        site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip())
        if deps_from is not None:
            (site / "zz_release_check_dependencies.pth").write_text(f"{deps_from}\n", encoding="utf-8")
        report: dict[str, object] = json.loads(_run([str(python), "-I", "-c", SMOKE_SCRIPT], cwd=folder).stdout)
        files = report["files"]
        assert isinstance(files, dict)
        strays = {name: path for name, path in files.items() if not str(path).startswith(str(site))}
        if strays:
            raise ReleaseCheckError(f"imported from outside the fresh venv: {strays}")
    expected = wheel_version(wheel)
    if report["version"] != expected or report["metadata_version"] != expected:
        raise ReleaseCheckError(f"versions disagree: wheel {expected}, installed {report}")
    if report["figshare_owners"] != [DISTRIBUTION]:
        raise ReleaseCheckError(f"the figshare import package comes from {report['figshare_owners']}")
    if report["typed"] is not True:
        raise ReleaseCheckError("the installed figshare package has no py.typed")
    return report


def check_tag(tag: str, wheel: Path) -> None:
    """The release tag must be ``v`` and the built version.

    Args:
        tag: the git tag (``v0.1.0``).
        wheel: the built wheel.

    Raises:
        ReleaseCheckError: they differ.
    """
    version = wheel_version(wheel)
    if tag != f"v{version}":
        raise ReleaseCheckError(f"tag {tag!r} does not match the version {version!r} (src/figshare/__init__.py)")


def main(arguments: list[str] | None = None) -> int:
    """Command line: see the module's docstring."""
    parser = argparse.ArgumentParser(prog="python -m generator.release", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build")
    build_command.add_argument("dist", type=Path)
    build_command.add_argument("--no-isolation", action="store_true")
    check_command = commands.add_parser("check")
    check_command.add_argument("dist", type=Path)
    check_command.add_argument("--deps-from", type=Path)
    tag_command = commands.add_parser("tag")
    tag_command.add_argument("tag")
    tag_command.add_argument("dist", type=Path)
    options = parser.parse_args(arguments)
    try:
        if options.command == "build":
            for path in build(options.dist, isolated=not options.no_isolation):
                print(path)
        elif options.command == "check":
            sdist, wheel = _one(options.dist, "*.tar.gz"), _one(options.dist, "*.whl")
            twine_check(sdist, wheel)
            report = smoke_test(wheel, deps_from=options.deps_from)
            version = report["version"]
            print(f"{wheel.name}: twine check passed; installs and imports in a fresh venv (version {version})")
        else:
            check_tag(options.tag, _one(options.dist, "*.whl"))
            print(f"tag {options.tag} matches the built version")
    except ReleaseCheckError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
