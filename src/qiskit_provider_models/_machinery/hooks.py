"""``__init_subclass__`` hooks of model classes: run once the subclass is built.

Python runs a base's ``__init_subclass__`` while the subclass is being
created, before ``_ModelMeta`` has worked out its fields and generated its
methods. Every model class gets the hook below instead: it keeps the call
until the class is built, then runs the user's hook (and, through
``super()``, those of the bases further up). A frozen model's private twin
runs no hook at all.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, cast

__all__ = ["run_pending_hook", "subclass_hook"]


_PENDING = "_qpm_pending_hook"


def subclass_hook(owner: list[type], user_hook: Any) -> classmethod[Any, ..., None]:
    """The ``__init_subclass__`` of one model class.

    Python calls it for each new subclass before ``_ModelMeta`` has built it;
    it keeps the call for ``run_pending_hook`` instead, so that the user's
    hook (``user_hook``) and those of the bases further up see the finished
    class. A frozen model's private twin runs no hook at all.
    """
    function: Callable[..., None] | None = (
        cast("classmethod[Any, ..., None]", user_hook).__func__
        if isinstance(user_hook, classmethod)
        else user_hook
    )

    def __init_subclass__(cls: type, **kwargs: Any) -> None:
        if "_qpm_builder_of" in cls.__dict__:
            return
        if not cls.__dict__.get("_qpm_ready", True):  # a model not built yet
            type.__setattr__(cls, _PENDING, functools.partial(__init_subclass__, cls, **kwargs))
            return
        if function is not None:
            function(cls, **kwargs)
        else:
            super(owner[0], cls).__init_subclass__(**kwargs)  # type: ignore[arg-type]

    if function is not None:
        functools.update_wrapper(__init_subclass__, function)
    return classmethod(__init_subclass__)


def run_pending_hook(cls: type) -> None:
    pending = cls.__dict__.get(_PENDING)
    if pending is not None:
        type.__delattr__(cls, _PENDING)
        pending()
