"""readout: turn diplomatic readouts into evidenced event data."""

__version__ = "0.1.0"
ENGINE_VERSION = "readout-rules-0.1.0"
