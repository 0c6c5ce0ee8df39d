"""Where the default database lives: the user's data directory, unless told otherwise."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "gossip-timeline"
DB_ENV = "GOSSIP_TIMELINE_DB"


def default_db_path() -> Path:
    """`GOSSIP_TIMELINE_DB` if set, else library.db in the user's data directory."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library.db"


def seeds_dir() -> Path:
    """The sample articles shipped with the app."""
    from importlib.resources import files

    return Path(str(files("gossip_timeline.seeds")))
