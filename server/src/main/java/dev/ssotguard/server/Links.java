package dev.ssotguard.server;

/** Links to a line of a scanned file on the forge; each path segment percent-encoded. */
final class Links {
  private Links() {}

  /** {@code BLOB_BASE/a/b.yaml#L12}, or null when the upload named no forge. */
  static String line(String blobBase, String path, int line) {
    if (blobBase == null || path == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(blobBase);
    for (String segment : path.split("/", -1)) {
      b.append('/').append(UrlCodec.encodeSegment(segment));
    }
    return b.append("#L").append(line).toString();
  }
}
