"""The encrypted vault: SQLCipher file, models, migrations, typed errors."""
