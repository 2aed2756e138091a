package dev.ssotguard.cli;

import dev.ssotguard.scan.ScanException;
import dev.ssotguard.scan.ScanListener;
import dev.ssotguard.scan.ScanRequest;
import dev.ssotguard.scan.ScanResult;
import dev.ssotguard.scan.Scanner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads a repository takes, turned into a {@link ScanRequest}. */
public final class ScanOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      description = "The folder to scan (default: .).")
  Path path = Path.of(".");

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      split = ",",
      description =
          "Leave out paths matching GLOB, read like a .gitignore line at PATH (no slash: any"
              + " depth; `/` inside: from PATH; `**` across folders); repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      description = "Files larger than this are not parsed (default: 2097152).")
  long maxFileSize = ScanRequest.DEFAULT_MAX_FILE_SIZE;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "The policy file (default: ssot-policy.yaml at PATH when present, else the built-in policy).")
  Path policyFile;

  /** The scan these options describe. */
  ScanRequest request(ScanRequest.Scope scope) {
    ScanRequest request =
        ScanRequest.of(path)
            .withExcludes(excludes)
            .withLimits(maxFileSize, threads)
            .withScope(scope)
            .withToolVersion(VersionProvider.version());
    if (policyFile != null) {
      request = request.withPolicy(policyFile);
    }
    return request;
  }

  /** Runs the scan of the whole tree; empty (with the message printed) when it cannot run. */
  Optional<ScanResult> run(PrintWriter err) {
    return run(err, new ScanRequest.Scope.WholeTree());
  }

  /** Runs the scan, with progress and phase times on {@code err}; empty when it cannot run. */
  Optional<ScanResult> run(PrintWriter err, ScanRequest.Scope scope) {
    return run(err, r -> r, scope);
  }

  /** As {@link #run(PrintWriter, ScanRequest.Scope)}, with the request adjusted by a command. */
  Optional<ScanResult> run(
      PrintWriter err, UnaryOperator<ScanRequest> adjust, ScanRequest.Scope scope) {
    PhaseTimer timer = PhaseTimer.fromEnvironment(err);
    try (Progress progress = Progress.onTerminal(err)) {
      ScanListener listener =
          new ScanListener() {
            @Override
            public void reading(IntSupplier filesRead) {
              progress.start(filesRead);
            }

            @Override
            public void total(int files) {
              progress.total(files);
            }

            @Override
            public void phaseDone(String phase) {
              timer.lap(phase);
            }

            @Override
            public void say(String line) {
              err.println(line);
            }
          };
      return Optional.of(new Scanner().scan(adjust.apply(request(scope)), listener));
    } catch (ScanException e) {
      err.println(e.getMessage());
      return Optional.empty();
    }
  }
}
