"""One module per competitor; each defines ``peer()`` returning a ``Peer``,
or raises ImportError when its library is not installed."""

MODULES = [
    "handwritten",
    "handwritten_checked",
    "handwritten_same_work",
    "handwritten_same_work_frozen",
    "handwritten_same_work_plain",
    "ours",
    "ours_frozen",
    "ours_plain",
    "dataclass_slots",
    "qiskit14",
    "pydantic_v2",
    "msgspec_",
    "attrs_cattrs",
    "mashumaro_",
    "stdlib_dataclasses",
]
