"""``python -m redactor``: the same as the ``redactor`` command.

Useful where the scripts folder is not on PATH (a Windows user install,
a venv not activated): ``py -m redactor check minutes.txt``.
"""
from redactor.cli.main import main

if __name__ == "__main__":
    main()
