"""Gossip Timeline core: reading, extraction and storage. Never imports Qt."""
