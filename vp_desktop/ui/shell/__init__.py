"""The frame of the app: start screen, main window, sidebar, lock screen and lock
controller, settings, and the desktop's signals (session lock, integrity watch)."""
