"""Client organisations and the dashboard over them."""
