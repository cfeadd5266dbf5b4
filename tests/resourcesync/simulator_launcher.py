"""Run resync-simulator (PyPI 1.1.0) as a real ResourceSync Source for tests, on 127.0.0.1 and a free port.

    python simulator_launcher.py --resources 20 --seed 7 [--spec-version 1.0]

prints ``ready <port>`` once it listens, then reads commands from stdin, one per line:

    simulate N   apply N random create/update/delete events; prints ``simulated N`` when done
    quit         stop

The launcher fix: the simulator's own change loop (``Source.simulate_changes``) and ``random_resources`` call
``random.sample`` on a dict view, which Python 3.11 refuses. Here the events are drawn from a list of the
current resource names instead, with a seeded generator so runs repeat, and applied on the server's event
loop so that no request ever sees a half-applied change. The simulator's own HTTP thread is not used: its
handlers are served by a Tornado server bound to 127.0.0.1 only. Nothing in site-packages is changed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import sys
import threading

import tornado.httpserver
import tornado.netutil
import tornado.web
from simulator.changememory import DynamicChangeList
from simulator.http import HTTPInterface
from simulator.source import DynamicResourceListBuilder, Source

EVENT_TYPES = ("create", "update", "delete")


def build_source(base_uri: str, port: int, resources: int, spec_version: str) -> Source:
    settings = {
        "number_of_resources": resources,
        "average_payload": 200,
        "change_delay": 0,
        "event_types": list(EVENT_TYPES),
        "max_events": 0,
        "stats_interval": 1000,
    }
    source = Source(settings, base_uri, port, spec_version)
    builder = DynamicResourceListBuilder(
        source, {"class": "DynamicResourceListBuilder", "uri_path": "resourcelist.xml"}
    )
    source.add_resource_list_builder(builder)
    memory = DynamicChangeList(
        source, {"class": "DynamicChangeList", "uri_path": "changelist.xml", "max_changes": 10000}
    )
    source.add_changememory(memory)
    source.bootstrap()
    return source


def apply_events(source: Source, count: int, rng: random.Random) -> None:
    """The fixed change loop: like the simulator's, but sampling from a list (Python 3.11+)."""
    for _ in range(count):
        event = rng.choice(EVENT_TYPES)
        names = sorted(source._repository, key=int)
        if event == "create" or not names:
            source._create_resource()
        elif event == "update":
            source._update_resource(rng.choice(names))
        else:
            source._delete_resource(rng.choice(names))


async def serve(arguments: argparse.Namespace) -> None:
    random.seed(arguments.seed)  # the simulator draws payload lengths from the global generator
    rng = random.Random(arguments.seed)
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    port = sockets[0].getsockname()[1]
    source = build_source(f"http://127.0.0.1:{port}", port, arguments.resources, arguments.spec_version)
    interface = HTTPInterface(source)
    application = tornado.web.Application(handlers=interface.handlers, **interface.settings)
    server = tornado.httpserver.HTTPServer(application)
    server.add_sockets(sockets)
    loop = asyncio.get_running_loop()
    stopped = asyncio.Event()

    def run_command(line: str) -> None:
        words = line.split()
        if words[:1] == ["simulate"]:
            apply_events(source, int(words[1]), rng)
            print(f"simulated {words[1]}", flush=True)
        elif words[:1] == ["quit"] or not words:
            stopped.set()

    def read_commands() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(run_command, line)
            if line.strip() == "quit":
                return
        loop.call_soon_threadsafe(stopped.set)

    threading.Thread(target=read_commands, daemon=True).start()
    print(f"ready {port}", flush=True)
    await stopped.wait()
    server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--resources", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--spec-version", choices=("1.0", "1.1"), default="1.1")
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(serve(arguments))


if __name__ == "__main__":
    main()
