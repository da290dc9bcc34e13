"""The fictional demo practice: its clients, cases, notes and signals, written into
a vault of its own."""
