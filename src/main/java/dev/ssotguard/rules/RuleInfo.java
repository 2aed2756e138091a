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

  /**
   * GitHub code scanning's {@code security-severity}, 0.0 to 10.0 as text (9.0+ critical, 7.0+
   * high, 4.0+ medium, below low): a leaked credential or an open database firewall ranks high, a
   * misnamed migration low.
   */
  String securitySeverity();

  /**
   * SARIF's {@code precision}: very-high, high, medium or low — measured on the real repositories
   * of bench/corpus where the rule fires there (README "Precision on real repositories").
   */
  String precision();
}
