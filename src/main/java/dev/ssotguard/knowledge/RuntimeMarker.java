package dev.ssotguard.knowledge;

/**
 * A file whose presence makes a folder an app on a runtime (knowledge/runtimes.yaml {@code
 * markers}): {@code vercel.json}, {@code fly.toml}, a {@code Procfile} beside an {@code app.json}.
 *
 * @param file the marker's file name
 * @param runtime the runtime id
 * @param companion a file that must sit beside it, or null
 * @param inFolder the folder the marker lies in, the app being the folder above (Vercel's {@code
 *     .vercel/project.json}), or null when the app is the marker's own folder
 */
public record RuntimeMarker(String file, String runtime, String companion, String inFolder) {
  /**
   * The app folder this marker marks, for a file of this name in {@code dir} (relative, "" at the
   * root), or null when the file lies elsewhere.
   */
  public String appFolder(String dir) {
    if (inFolder == null) {
      return dir;
    }
    if (dir.equals(inFolder)) {
      return "";
    }
    return dir.endsWith("/" + inFolder)
        ? dir.substring(0, dir.length() - inFolder.length() - 1)
        : null;
  }
}
