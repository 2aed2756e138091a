package dev.ssotguard.resolve;

import dev.ssotguard.model.Facts;

/**
 * One step of building the model: it reads what the files say and what earlier steps established
 * (facts by type), and adds facts. {@link ModelBuilder} runs the steps in a declared order, so a
 * step may read only the fact types the steps before it add.
 */
@FunctionalInterface
interface Resolver {
  void resolve(Resolution in, Facts.Builder out);
}
