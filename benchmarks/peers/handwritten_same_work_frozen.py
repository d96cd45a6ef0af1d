"""The frozen "same work" baseline (see handwritten_same_work.py)."""

from peers.handwritten_same_work import frozen_peer as peer

__all__ = ["peer"]
