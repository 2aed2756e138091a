from sqlalchemy import create_engine


def test_export_roundtrip(tmp_path):
    engine = create_engine("sqlite:///exports-test.db")
    assert engine.dialect.name == "sqlite"
