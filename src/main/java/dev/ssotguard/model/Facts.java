package dev.ssotguard.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable set of facts, kept by type in the order they were added. */
public final class Facts {
  private static final Facts EMPTY = new Facts(Map.of());

  private final Map<Class<? extends Fact>, List<Fact>> byType;

  private Facts(Map<Class<? extends Fact>, List<Fact>> byType) {
    this.byType = byType;
  }

  /** The facts of one type, in the order they were added (an immutable list, not a copy). */
  // Facts are kept under their exact class and every fact type is a record (final), so the list
  // under a type holds only that type.
  @SuppressWarnings("unchecked")
  public <T extends Fact> List<T> of(Class<T> type) {
    return (List<T>) byType.getOrDefault(type, List.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects facts; confined to the thread building the model. */
  public static final class Builder {
    private final Map<Class<? extends Fact>, List<Fact>> byType = new LinkedHashMap<>();

    public Builder add(Fact fact) {
      byType.computeIfAbsent(fact.getClass(), t -> new ArrayList<>()).add(fact);
      return this;
    }

    /** The facts of one type added so far, in order (a copy). */
    public <T extends Fact> List<T> of(Class<T> type) {
      List<T> typed = new ArrayList<>();
      for (Fact f : byType.getOrDefault(type, List.of())) {
        typed.add(type.cast(f));
      }
      return typed;
    }

    /** Whether a fact of the type has been added. */
    public boolean has(Class<? extends Fact> type) {
      return byType.containsKey(type);
    }

    public Builder addAll(Collection<? extends Fact> facts) {
      facts.forEach(this::add);
      return this;
    }

    public Facts build() {
      if (byType.isEmpty()) {
        return EMPTY; // most files establish nothing: one shared instance, not a map per file
      }
      Map<Class<? extends Fact>, List<Fact>> copy = new LinkedHashMap<>();
      byType.forEach((type, list) -> copy.put(type, List.copyOf(list)));
      return new Facts(Map.copyOf(copy));
    }
  }
}
