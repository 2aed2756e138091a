from sqlalchemy import create_engine

# An in-memory database for a cache warm-up: nothing persists.
cache = create_engine("sqlite://")
scratch = create_engine("sqlite:///:memory:")
