package dev.ssotguard.model;

/**
 * A CI pipeline file: a database its jobs reach on a local host is a job's throwaway service
 * container (RULES.md SSOT901), so what the file says of it is test data.
 *
 * @param system the CI system ("GitHub Actions", "GitLab CI")
 */
public record CiPipeline(String path, String system) implements Fact {}
