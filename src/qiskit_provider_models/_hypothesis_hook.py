"""Hypothesis's entry point: ``st.from_type`` for every model class.

Hypothesis runs ``register`` while it is being imported, possibly while
``qiskit_provider_models.strategies`` itself is half imported, so nothing
here touches that module until a strategy is drawn. (``strategies.register``
does the same from the other side; whichever runs first registers.)
"""

from __future__ import annotations

from typing import Any


def register() -> None:
    """Register ``instances(M)`` for every model ``M``, now and declared later."""
    from hypothesis import strategies as st

    from ._machinery.model import Model, for_every_model

    def strategy_for(model: Any) -> Any:
        from .strategies import instances

        return instances(model)

    def add(model: type) -> None:
        st.register_type_strategy(model, strategy_for)

    for_every_model("hypothesis", add, Model)
