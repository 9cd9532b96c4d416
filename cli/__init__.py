"""The ``redactor`` command line (click), one module per command."""
