"""Data files the core loads at run time (trigger patterns)."""
