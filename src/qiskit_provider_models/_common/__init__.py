"""What every part uses: ``field`` and ``ABSENT`` (fields.py),
``ValidationError`` (errors.py), how values are quoted in its messages
(describe.py), and the ``extras`` mapping (extras.py).

May import: the standard library and typing_extensions only, nothing of the
other parts (the field types, the machinery, Qiskit's models sit above).
"""
