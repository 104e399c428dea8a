"""Handlers of the ``yuntian`` subcommands (see ``yuntian.cli``)."""
