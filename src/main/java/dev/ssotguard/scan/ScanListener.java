package dev.ssotguard.scan;

import java.util.function.IntSupplier;

/** What a caller may want to see of a scan while it runs; every method does nothing by default. */
public interface ScanListener {
  ScanListener SILENT = new ScanListener() {};

  /** Reading has begun; {@code filesRead} counts the files done so far. */
  default void reading(IntSupplier filesRead) {}

  /** How many files the scan reads, once the walk knows. */
  default void total(int files) {}

  /** A phase of the scan ended. */
  default void phaseDone(String phase) {}

  /** A line for the operator (PR mode's summary of what changed). */
  default void say(String line) {}
}
