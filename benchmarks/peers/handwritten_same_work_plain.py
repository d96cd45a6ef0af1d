"""The plain-Model "same work" baseline (see handwritten_same_work.py)."""

from peers.handwritten_same_work import plain_peer as peer

__all__ = ["peer"]
