package dev.ssotguard.server;

/** Values from uploads in messages: control and format characters dropped, length bounded. */
final class Shown {
  private Shown() {}

  static String clip(String s, int max) {
    String clean = s.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    return clean.length() <= max ? clean : clean.substring(0, max) + "…";
  }
}
