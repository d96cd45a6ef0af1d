"""The parts of benchmarks/backends.py, one job each.

``payloads`` reads the files, ``checks`` loads the peers and checks their
answers, ``operations`` times them, ``memory`` weighs their instance trees
and ``report`` writes the tables; backends.py runs them in that order. The
modules import ``backend_peers`` and ``timing`` as top-level names, from the
benchmarks folder that backends.py puts on ``sys.path``.
"""

from __future__ import annotations

#: The peer every ratio is to, and the one that must load.
BASELINE = "handwritten"
#: This library's peers: the ones the project's targets are about.
OURS = ("ours", "ours_frozen")
#: The key of the ``json.loads`` runner timed beside each from_dict.
JSON_LOADS = "json.loads"
