package dev.ssotguard.model;

/**
 * A value a tool's metadata-store rule (SSOT401/402) judged, such as the {@code
 * SQLALCHEMY_DATABASE_URI} line of the config a Superset container reads: other rules (the generic
 * SQLite rule) leave the line to that verdict.
 *
 * @param toolId the tool whose store the value chooses (knowledge/tools.yaml id)
 */
public record ToolJudgedValue(Location location, String toolId) implements Fact {}
