"""Run the emulator in its own process (for benchmarks, so its memory and CPU are not the client's).

``python -m tests.servers.figshare_upload_emulator [--part-size BYTES] [--seed-file PATH] [--data-dir DIR]``
(``--data-dir`` on a tmpfs such as /dev/shm takes the disk out of upload benchmarks) prints one JSON
line (``api_base_url``, ``upload_base_url``, ``storage_base_url``, ``token``, ``part_size`` and, with
``--seed-file``, ``article_id`` and ``file_id`` of a file ready to download), then serves until its standard
input is closed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.servers.figshare_upload_emulator._emulator import FIGSHARE_PART_SIZE, FigshareEmulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.servers.figshare_upload_emulator")
    parser.add_argument("--part-size", type=int, default=FIGSHARE_PART_SIZE)
    parser.add_argument("--seed-file", type=Path, help="a file to store as already uploaded and available")
    parser.add_argument("--data-dir", type=Path, help="where part files go (default: a new temporary folder)")
    arguments = parser.parse_args(argv)
    with FigshareEmulator(part_size=arguments.part_size, data_dir=arguments.data_dir) as emulator:
        ready: dict[str, object] = {
            "api_base_url": emulator.api_base_url,
            "upload_base_url": emulator.upload_base_url,
            "storage_base_url": emulator.storage_base_url,
            "token": emulator.token,
            "part_size": emulator.part_size,
        }
        if arguments.seed_file is not None:
            article_id = emulator.create_article()
            ready["article_id"] = article_id
            ready["file_id"] = emulator.add_file(article_id, arguments.seed_file.name, arguments.seed_file)
        print(json.dumps(ready), flush=True)
        sys.stdin.read()
        if emulator.errors:
            print("\n".join(emulator.errors), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
