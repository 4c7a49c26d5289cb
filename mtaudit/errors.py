"""Errors meant for people: the CLI prints them as one line, without a traceback."""


class UsageError(Exception):
    """A usage or configuration mistake (exit code 2). Say what is wrong and how to fix it."""


class ModelUnavailable(Exception):
    """No translation model could be loaded for a language pair."""
