package dev.ssotguard.probe;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.policy.DomainPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Probes targets a few at a time, each under an overall deadline on top of its steps' own timeouts,
 * so that one dead host never stalls the run. Reports keep the targets' order.
 */
public final class ProbeRunner {
  /** One target to probe. {@link #toString()} never shows the password. */
  public record Job(
      ConnectionString target,
      String password,
      List<String> ipv4OnlyClients,
      DomainPolicy domains) {
    public Job {
      ipv4OnlyClients = List.copyOf(ipv4OnlyClients);
    }

    @Override
    public String toString() {
      return target.redacted();
    }
  }

  private final Prober prober;
  private final int parallelism;
  private final Duration deadline;

  public ProbeRunner(Prober prober, int parallelism, Duration deadline) {
    this.prober = prober;
    this.parallelism = parallelism;
    this.deadline = deadline;
  }

  public List<TargetReport> run(List<Job> jobs) {
    List<TargetReport> out = new ArrayList<>();
    if (jobs.isEmpty()) {
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(parallelism, jobs.size())),
            r -> {
              Thread t = new Thread(r, "ssot-probe");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<TargetReport>> futures = new ArrayList<>();
      for (Job j : jobs) {
        futures.add(
            pool.submit(
                () -> prober.probe(j.target(), j.password(), j.ipv4OnlyClients(), j.domains())));
      }
      for (int i = 0; i < jobs.size(); i++) {
        out.add(await(futures.get(i), jobs.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private TargetReport await(Future<TargetReport> future, Job job) {
    try {
      return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return failed(
          job, "gave up after " + deadline.toSeconds() + " s (the run's deadline per target)");
    } catch (ExecutionException e) {
      return failed(
          job,
          "the probe failed: " + e.getCause().getClass().getSimpleName().toLowerCase(Locale.ROOT));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(job, "interrupted");
    }
  }

  private static TargetReport failed(Job job, String why) {
    ConnectionString t = job.target();
    return new TargetReport(
        t.redacted(),
        t.engine().name().toLowerCase(Locale.ROOT),
        t.host(),
        t.port(),
        List.of(),
        List.of(),
        null,
        why,
        job.ipv4OnlyClients(),
        List.of());
  }
}
