"""Sample articles imported on first run."""
