package dev.ssotguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.testing.GitRepos;
import dev.ssotguard.testing.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssot scan --changed-since REF} on real git repositories (made with JGit). */
class ChangedSinceTest {
  private static final String SQLITE = "DATABASE_URL=sqlite:////var/lib/app/app.db\n";
  private static final String CLUSTER =
      """
      resource "digitalocean_database_cluster" "main" {
        name   = "main-pg"
        engine = "pg"
        version = "16"
        size   = "db-s-1vcpu-1gb"
        region = "fra1"
        node_count = 1
      }
      """;
  private static final String FIREWALL =
      """
      resource "digitalocean_database_firewall" "main" {
        cluster_id = digitalocean_database_cluster.main.id
        rule {
          type  = "tag"
          value = "app"
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void onlyTheChangedFilesFindingsAreReported() throws Exception {
    Path repo = temp.resolve("repo");
    write(repo, "old/settings.env", SQLITE);
    write(repo, "app/settings.env", "LOG_LEVEL=info\n");
    write(repo, "README.md", "docs\n");
    commit(repo);

    Scans.CliRun clean = Scans.cli("scan", repo.toString(), "--changed-since", "HEAD");
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).doesNotContain("SSOT301");
    assertThat(clean.err()).contains("0 file(s) changed and 0 deleted since HEAD");

    write(repo, "app/settings.env", "LOG_LEVEL=info\n" + SQLITE);
    write(repo, "new/worker.env", SQLITE);
    Scans.CliRun pr = Scans.cli("scan", repo.toString(), "--changed-since", "HEAD");
    assertThat(pr.exitCode()).isEqualTo(1);
    assertThat(pr.out()).contains("app/settings.env", "new/worker.env");
    // The old break is the full scan's, not this change's.
    assertThat(pr.out()).doesNotContain("old/settings.env");
    assertThat(pr.err()).contains("2 file(s) changed and 0 deleted since HEAD");
    assertThat(Scans.cli("scan", repo.toString()).out()).contains("old/settings.env");
  }

  @Test
  void aBranchIsJudgedByWhatItChangedNotByWhatMainGainedSince() throws Exception {
    Path repo = temp.resolve("branches");
    write(repo, "app/settings.env", "LOG_LEVEL=info\n");
    write(repo, "ops/settings.env", "LOG_LEVEL=info\n");
    commit(repo);
    try (Git git = Git.open(repo.toFile())) {
      git.branchCreate().setName("feature").call();
    }
    // main moves on: a break lands there after the branch forked.
    write(repo, "ops/settings.env", SQLITE);
    GitRepos.commitAll(repo, "main");
    try (Git git = Git.open(repo.toFile())) {
      git.checkout().setName("feature").call();
    }
    write(repo, "app/settings.env", SQLITE);
    GitRepos.commitAll(repo, "feature");
    Scans.CliRun pr = Scans.cli("scan", repo.toString(), "--changed-since", "main");
    // Against main's tip, ops/settings.env would differ too (main changed it after the fork).
    assertThat(pr.err()).contains("1 file(s) changed and 0 deleted since main");
    assertThat(pr.out()).contains("app/settings.env").doesNotContain("ops/settings.env");
  }

  @Test
  void aDeletedFirewallCountsTheTerraformItProtected() throws Exception {
    Path repo = temp.resolve("tf");
    write(repo, "infra/cluster.tf", CLUSTER);
    write(repo, "infra/firewall/firewall.tf", FIREWALL);
    commit(repo);
    assertThat(Scans.cli("scan", repo.toString(), "--changed-since", "HEAD").out())
        .doesNotContain("SSOT603");
    Files.delete(repo.resolve("infra/firewall/firewall.tf"));
    Scans.CliRun pr = Scans.cli("scan", repo.toString(), "--changed-since", "HEAD");
    assertThat(pr.out()).contains("SSOT603").contains("infra/cluster.tf");
    assertThat(pr.err()).contains("0 file(s) changed and 1 deleted since HEAD");
  }

  @Test
  void filesLeftOutOfTheWalkAreNotDeleted() throws Exception {
    Path repo = temp.resolve("vendored");
    write(repo, "infra/cluster.tf", CLUSTER);
    write(repo, "infra/firewall.tf", FIREWALL);
    write(repo, "vendor/module/main.tf", "variable \"x\" {}\n");
    write(repo, "generated/schema.tf", "variable \"y\" {}\n");
    commit(repo);
    Scans.CliRun pr =
        Scans.cli("scan", repo.toString(), "--changed-since", "HEAD", "--exclude", "generated");
    assertThat(pr.err()).contains("0 file(s) changed and 0 deleted since HEAD");
  }

  @Test
  void aScanRootBelowTheTopComparesOnlyItsOwnFiles() throws Exception {
    Path repo = temp.resolve("mono");
    write(repo, "svc/a/settings.env", "LOG_LEVEL=info\n");
    write(repo, "svc/b/settings.env", "LOG_LEVEL=info\n");
    commit(repo);
    write(repo, "svc/a/settings.env", SQLITE);
    write(repo, "svc/b/settings.env", SQLITE);
    Scans.CliRun pr =
        Scans.cli("scan", repo.resolve("svc/a").toString(), "--changed-since", "HEAD");
    assertThat(pr.out()).contains("settings.env").doesNotContain("svc/b");
    assertThat(pr.err()).contains("1 file(s) changed and 0 deleted");
  }

  @Test
  void indexStatDataIsTrustedAsGitTrustsIt() throws Exception {
    Path repo = temp.resolve("stat");
    write(repo, "app/settings.env", "LOG_LEVEL=info\n");
    Path file = repo.resolve("app/settings.env");
    FileTime written = Files.getLastModifiedTime(file);
    Thread.sleep(20);
    commit(repo);
    // Same size, same modification time as the index recorded: git does not look inside, nor do we.
    Files.writeString(file, "LOG_LEVEL=warn\n");
    Files.setLastModifiedTime(file, written);
    assertThat(Scans.cli("scan", repo.toString(), "--changed-since", "HEAD").err())
        .contains("0 file(s) changed");
    // A new modification time: the content is hashed and differs.
    Files.setLastModifiedTime(file, FileTime.from(written.toInstant().plusSeconds(5)));
    assertThat(Scans.cli("scan", repo.toString(), "--changed-since", "HEAD").err())
        .contains("1 file(s) changed");
  }

  @Test
  void aBadRevisionOrNoRepositoryIsAUsageError() throws Exception {
    Path repo = temp.resolve("r");
    write(repo, "a.env", "A=1\n");
    commit(repo);
    Scans.CliRun bad = Scans.cli("scan", repo.toString(), "--changed-since", "no-such-branch");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'no-such-branch' is not a commit").contains("Fix:");
    Path plain = temp.resolve("plain");
    write(plain, "a.env", "A=1\n");
    Scans.CliRun none = Scans.cli("scan", plain.toString(), "--changed-since", "HEAD");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("not in a git work tree");
  }

  @Test
  void damagedObjectsAreNotCalledAMissingCommit() throws Exception {
    Path repo = temp.resolve("damaged");
    write(repo, "a.env", "A=1\n");
    commit(repo);
    String head = Files.readString(repo.resolve(".git/refs/heads/main")).strip();
    Path object = repo.resolve(".git/objects/" + head.substring(0, 2) + "/" + head.substring(2));
    object.toFile().setWritable(true);
    Files.write(object, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    Scans.CliRun run = Scans.cli("scan", repo.toString(), "--changed-since", "HEAD");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("is not a commit").contains("git fsck");
  }

  private static void commit(Path repo) throws Exception {
    GitRepos.commitAll(repo, "base");
  }

  private static void write(Path root, String rel, String text) throws Exception {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
