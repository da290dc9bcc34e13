"""What the adviser does, as plain functions over a session.

No Qt here; every case query is scoped by client.
"""
