"""Gossip Timeline front ends: the Qt window and the launcher that picks the window or the command line."""
