"""Use cases the adviser starts from one case, shared by the GUI and the CLI: the melder's own
file (inzage), finding cases by the people in them, and the case's destroy-by date (changing it,
destroying the file now, applying a new retention period to closed cases)."""
