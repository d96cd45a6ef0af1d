"""Tests of the field types (src/qiskit_provider_models/_field_types/),
one kind of annotation each."""
