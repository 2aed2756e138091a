ENGINE_URL = "sqlite:///fixtures.db"
