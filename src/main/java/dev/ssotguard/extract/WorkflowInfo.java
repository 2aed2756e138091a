package dev.ssotguard.extract;

import dev.ssotguard.model.Location;
import java.util.List;

/**
 * A GitHub Actions workflow: its jobs with the lines they span and where they run.
 *
 * @param jobsLine the line of the {@code jobs:} key; lines before it are workflow-level
 */
public record WorkflowInfo(int jobsLine, List<Job> jobs) implements SourceFact {
  public WorkflowInfo {
    jobs = List.copyOf(jobs);
  }

  /**
   * One job; {@code runner} is "github-hosted", "github-self-hosted" or "unknown" (an expression, a
   * runner group, a reusable workflow call).
   */
  public record Job(String id, int firstLine, int lastLine, String runner, Location runsOn) {}

  /** The job whose lines hold {@code line}, or null for workflow-level lines. */
  public Job jobAt(int line) {
    for (Job j : jobs) {
      if (line >= j.firstLine() && line <= j.lastLine()) {
        return j;
      }
    }
    return null;
  }
}
