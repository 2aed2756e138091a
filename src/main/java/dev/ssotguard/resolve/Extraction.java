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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads and extracts files on a fixed pool of threads as they are handed in — while the walk is
 * still finding them — and gives their facts back in the workspace's order. Only facts are kept; a
 * file's bytes and text are dropped as soon as its extractor is done.
 */
public final class Extraction implements AutoCloseable {
  private static final long FATAL_CHECK_MILLIS = 250;

  private final FileExtractor extractor;
  private final ExecutorService pool;
  private final Map<String, Future<FileFacts>> started = new HashMap<>();
  private final AtomicInteger done = new AtomicInteger();

  /**
   * The first error that killed a pool thread. An OutOfMemoryError can strike inside the pool's own
   * bookkeeping and lose a queued file, whose future then never completes: waiting on it must end.
   */
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();

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
                  t.setUncaughtExceptionHandler((thread, e) -> fatal.compareAndSet(null, e));
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
        out.add(future == null ? extract(f) : await(future));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("file extraction failed", e.getCause());
    }
    return out;
  }

  /** The future's facts, unless a pool thread died of an error first. */
  private FileFacts await(Future<FileFacts> future)
      throws InterruptedException, ExecutionException {
    while (true) {
      try {
        return future.get(FATAL_CHECK_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        Throwable f = fatal.get();
        if (f instanceof Error error) {
          throw error;
        }
        if (f != null) {
          throw new IllegalStateException("file extraction failed", f);
        }
      }
    }
  }

  private FileFacts extract(SourceFile file) {
    try {
      FileFacts facts = extractor.extract(file);
      done.incrementAndGet();
      return facts;
    } catch (Error e) {
      fatal.compareAndSet(null, e);
      throw e;
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
