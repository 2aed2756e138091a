package dev.ssotguard.workspace;

import java.io.File;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from writing anything. On first use per file system JGit measures its timestamp
 * resolution — writing probe files beside the files it reads and caching the result in {@code
 * ~/.config/jgit/config} — which took three seconds here, on every fresh CI runner. The JGit config
 * is kept in memory instead, with a conservative resolution preset for every mounted file store
 * (JGit uses it only to decide when to re-read its own files; the scan's own comparison uses the
 * index's stat data as git does). User and system git configs are still read, never written.
 */
final class ReadOnlyJGit {
  /** JGit's SystemReader is process-wide, so it is set once per process. */
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();

  private static final String RESOLUTION = "1 second";

  private ReadOnlyJGit() {}

  static void install() {
    if (!INSTALLED.compareAndSet(false, true)) {
      return;
    }
    SystemReader defaults = SystemReader.getInstance();
    SystemReader.setInstance(
        new SystemReader.Delegate(defaults) {
          @Override
          public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return presetConfig(parent, fs, defaults);
          }
        });
  }

  private static FileBasedConfig presetConfig(Config parent, FS fs, SystemReader system) {
    FileBasedConfig config =
        new FileBasedConfig(parent, new File("/nonexistent/ssot-guard/jgit-config"), fs) {
          @Override
          public void load() {
            // Nothing on disk: the presets below are the whole config.
          }

          @Override
          public void save() {
            // Never written.
          }

          @Override
          public boolean isOutdated() {
            return false;
          }
        };
    // The key JGit looks up: "<java.vendor>|<java.version>|<file store name>".
    String prefix =
        system.getProperty("java.vendor") + '|' + system.getProperty("java.version") + '|';
    for (FileStore store : FileSystems.getDefault().getFileStores()) {
      config.setString("filesystem", prefix + store.name(), "timestampResolution", RESOLUTION);
      config.setString("filesystem", prefix + store.name(), "minRacyThreshold", "0 seconds");
    }
    return config;
  }
}
