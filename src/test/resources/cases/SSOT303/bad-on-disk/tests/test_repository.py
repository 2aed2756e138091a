from sqlalchemy import create_engine


def test_roundtrip():
    # expect: SSOT303
    engine = create_engine("sqlite:///test.db")
    assert engine is not None
