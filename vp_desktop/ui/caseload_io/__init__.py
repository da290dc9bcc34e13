"""Importing and exporting a caseload (CSV or Excel)."""
