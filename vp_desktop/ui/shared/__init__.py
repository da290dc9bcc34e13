"""What every part of the UI shares: running slow work in the background, and the small
helpers around it."""
