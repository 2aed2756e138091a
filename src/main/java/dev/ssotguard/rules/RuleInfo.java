package dev.ssotguard.rules;

import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, in one place; everything that lists rules is generated from it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** The public ID, e.g. SSOT401. */
  String id();

  /** The kebab-case name, e.g. superset-metadata-not-postgres. */
  String name();

  Severity severity();

  /** Which environments the rule judges. */
  Scope scope();

  /** The policy section the rule enforces. */
  String section();

  /** One line, no trailing period. */
  String summary();
}
