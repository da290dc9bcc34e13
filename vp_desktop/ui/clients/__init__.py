"""Client organisations: the client dialog and the dashboard over all clients."""
