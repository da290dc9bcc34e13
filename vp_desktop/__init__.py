"""VP Desktop: the confidential caseload of an external vertrouwenspersoon, offline, encrypted."""

__version__ = "0.2.0"
APP_NAME = "VP Desktop"
