package dev.ssotguard.probe;

import dev.ssotguard.model.Severity;

/** A break of the policy seen on a live system, under the rule ID the scan uses for it. */
public record LiveFinding(String ruleId, Severity severity, String message) {}
