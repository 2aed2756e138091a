package dev.ssotguard.cli;

import java.util.Map;

/** Where the scanned commit's files are on the forge, from the variables a CI runner sets. */
final class Forge {
  private Forge() {}

  /**
   * {@code $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA} when all three are set and look
   * like what GitHub sets (an http(s) URL, {@code owner/name}, a hex commit), else null.
   */
  static String blobBase(Map<String, String> env) {
    String server = env.get("GITHUB_SERVER_URL");
    String repository = env.get("GITHUB_REPOSITORY");
    String sha = env.get("GITHUB_SHA");
    if (server == null || repository == null || sha == null) {
      return null;
    }
    if (!server.matches("https?://[A-Za-z0-9.:-]{1,255}/?")
        || !repository.matches("[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}")
        || !sha.matches("[0-9a-fA-F]{7,64}")) {
      return null;
    }
    return server.replaceAll("/+$", "") + "/" + repository + "/blob/" + sha;
  }
}
