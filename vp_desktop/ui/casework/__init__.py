"""What the adviser does from one case or across all cases: the melder's own file, the case's
destroy-by date (see, change, destroy now), and finding cases by the people in them."""
