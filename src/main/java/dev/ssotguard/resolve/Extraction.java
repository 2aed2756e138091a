package dev.ssotguard.resolve;

import dev.ssotguard.extract.FileExtractor;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.workspace.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and extracts files on a fixed pool of threads as they are handed in — while the walk is
 * still finding them — and gives their facts back in the workspace's order. Only facts are kept; a
 * file's bytes and text are dropped as soon as its extractor is done.
 */
public final class Extraction implements AutoCloseable {
  private final FileExtractor extractor;
  private final ExecutorService pool;
  private final Map<String, Future<FileFacts>> started = new HashMap<>();
  private final AtomicInteger done = new AtomicInteger();

  Extraction(FileExtractor extractor, int threads) {
    this.extractor = extractor;
    this.pool =
        threads <= 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "ssot-extract");
                  t.setDaemon(true);
                  return t;
                });
  }

  /** Starts reading a file; called from one thread (the walk's). */
  public void submit(SourceFile file) {
    if (pool != null) {
      started.computeIfAbsent(file.path(), p -> pool.submit(() -> extract(file)));
    }
  }

  /** How many files have been read so far, for a progress line. */
  public int done() {
    return done.get();
  }

  /** The facts of these files, in their order; files not handed in before are read now. */
  List<FileFacts> facts(List<SourceFile> files) {
    files.forEach(this::submit);
    List<FileFacts> out = new ArrayList<>(files.size());
    try {
      for (SourceFile f : files) {
        Future<FileFacts> future = started.get(f.path());
        out.add(future == null ? extract(f) : future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("file extraction failed", e.getCause());
    }
    return out;
  }

  private FileFacts extract(SourceFile file) {
    FileFacts facts = extractor.extract(file);
    done.incrementAndGet();
    return facts;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
