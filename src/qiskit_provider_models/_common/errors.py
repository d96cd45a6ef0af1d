"""The library's one error class for bad input."""

from __future__ import annotations

from typing import Any

from .describe import repr_prefix

__all__ = ["ValidationError"]


class ValidationError(TypeError, ValueError):
    """A payload or argument does not fit a model.

    It derives from both ``TypeError`` (what old provider code catches around
    ``from_dict``, since Qiskit raised it) and ``ValueError`` (what validation
    errors are elsewhere), so either ``except`` clause catches it.

    Attributes:
        model: the model class that rejected the input.
        key: the offending top-level key: a field name, an unknown or
            non-``str`` key, or ``None`` when the input as a whole is wrong
            (not a mapping).
        path: where the offending value sits, from the outermost payload
            inward (keys and list indices); ``()`` for the input as a whole.
        problem: what is wrong there, without the model and path.

    The message is ``"<Model>.<path>: <problem>"``, for example
    ``"Job.jobs[3].queue_info.position: expected int, got str ('3')"``.

    >>> from qiskit_provider_models import JobStatus, ValidationError
    >>> try:
    ...     JobStatus.from_dict({"job_id": "1", "status": "DONE"})
    ... except ValidationError as error:
    ...     print(error.key, "|", error)
    status_msg | JobStatus.status_msg: required key is missing
    """

    model: type
    path: tuple[Any, ...]
    problem: str

    def __init__(self, model: type, path: tuple[Any, ...], problem: str) -> None:
        self.model = model
        self.path = path
        self.problem = problem
        where = format_path(path)
        super().__init__(f"{model.__qualname__}{where}: {problem}")

    @property
    def key(self) -> Any:
        return self.path[0] if self.path else None

    def __reduce__(self) -> tuple[Any, ...]:
        # The default would call __init__ with the message as its only argument.
        return (type(self), (self.model, self.path, self.problem))


def format_path(path: tuple[Any, ...]) -> str:
    """Render a path as ``.jobs[3].queue_info.position``.

    List indices are written ``[3]``; keys that are identifiers ``.key``;
    any other key as its ``repr`` in brackets, ``['a b']``.
    """
    text = ""
    for step in path:
        if type(step) is int:
            text += f"[{step}]"
        elif type(step) is str and step.isidentifier():
            text += f".{step}"
        else:
            text += f"[{_short_repr(step)}]"
    return text


def _short_repr(value: object) -> str:
    try:
        text = repr_prefix(value, 81)  # a huge key is not written whole to be cut
    except Exception:  # a hostile key's __repr__ must not hide the real error
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= 80 else text[:77] + "..."
