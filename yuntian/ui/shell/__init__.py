"""The application's frame: session (first run, sign-in, sign-out), the main window and its
navigation, the home page, the status bar and the daily backup.

May import: every ui area (it assembles them), ui.common, services."""
