"""Qiskit's models: job and backend status, backend properties (with their
accessors, units, index and ``BackendPropertyError``), configuration and the
pulse models, declared with the public machinery only, as a plugin would
declare its own.

- job_status.py, backend_status.py;
- backend_properties.py, with property_accessors.py (``t1``, ``gate_error``,
  ...), property_index.py (the lazy index they read), units.py (SI prefixes)
  and backend_errors.py;
- backend_configuration.py, with configuration_accessors.py;
- pulse_configuration.py (``PulseBackendConfiguration``,
  ``configuration_from_dict``), with pulse_accessors.py (its units and
  channel methods), channels.py (``DriveChannel(0)``, ...) and
  configuration_errors.py (``BackendConfigurationError``);
- pulse_defaults.py (``PulseDefaults``, ``MeasurementKernel``,
  ``Discriminator``), with pulse_library.py (``PulseLibraryItem``,
  ``PulseQobjInstruction``, ``Command``).

May import: ``qiskit_provider_models._machinery`` (its public names) and
this package's own modules; never Qiskit, and nothing imports from here but
the package's top level.
"""
