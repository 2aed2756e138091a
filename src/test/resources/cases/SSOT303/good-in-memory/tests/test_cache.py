from sqlalchemy import create_engine

ENGINE = create_engine("sqlite:///:memory:")
SHARED = "sqlite:///file:cachedb?mode=memory&cache=shared&uri=true"
