package dev.ssotguard.scan;

import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.model.Model;
import dev.ssotguard.report.Report;
import java.nio.file.Path;

/**
 * One scan's outcome.
 *
 * @param root the absolute, normalised folder scanned
 * @param knowledge the knowledge base the scan used
 * @param model who stores what where and who connects how
 * @param report the findings after waivers, baseline and PR scope, with the rules that ran
 * @param internalError whether a rule failed (its failure is an SSOT000 finding in the report)
 */
public record ScanResult(
    Path root, Knowledge knowledge, Model model, Report report, boolean internalError) {}
