"""Tests of Qiskit's models (src/qiskit_provider_models/_qiskit_models/):
their behaviour, the real payloads, and (drop_in/) the code that used
Qiskit's classes, run on ours."""
