import re

# Patterns of a scanner script are not databases.
PATTERNS = {
    "postgres": [r"postgres(?:ql)?://[^\s\"'`]+"],
    "mysql": [r"mysql://[^\s\"'`]+", r"jdbc:mysql://[^\s\"'`]+"],
    "sqlite": [r"sqlite:///[^\s\"'`]+", r"sqlite:///(.+?)\.db"],
    "mongo": [r"mongodb(\+srv)?://\S+"],
}
COMPILED = {k: [re.compile(p) for p in v] for k, v in PATTERNS.items()}
