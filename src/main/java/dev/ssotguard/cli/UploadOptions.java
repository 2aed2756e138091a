package dev.ssotguard.cli;

import picocli.CommandLine.Option;

/**
 * Where an upload goes and what it says about the scanned commit. Every field has a CI default:
 * GitHub Actions' and GitLab CI's variables, then the scanned folder's git checkout.
 */
final class UploadOptions {
  @Option(
      names = "--repository",
      paramLabel = "OWNER/NAME",
      description =
          "The repository the report is of (default: $GITHUB_REPOSITORY, $CI_PROJECT_PATH).")
  String repository;

  @Option(
      names = "--branch",
      paramLabel = "NAME",
      description = "The branch scanned (default: from CI variables, else the checkout's).")
  String branch;

  @Option(
      names = "--commit",
      paramLabel = "SHA",
      description = "The commit scanned (default: from CI variables, else the checkout's HEAD).")
  String commit;

  @Option(
      names = "--allow-http",
      description =
          "Send the token over plain http to a host that is not this machine (default: refused;"
              + " use https).")
  boolean allowHttp;
}
