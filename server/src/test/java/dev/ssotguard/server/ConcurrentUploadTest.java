package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 uploads at once from a loopback load generator: 100 distinct scans of 25 repositories, each
 * sent twice. Nothing is lost and nothing duplicated: the rows are counted.
 */
class ConcurrentUploadTest {
  @TempDir Path temp;

  @Test
  void twoHundredConcurrentUploadsLoseNothingAndDuplicateNothing() throws Exception {
    Fixtures.Scan scan = Fixtures.scan("hostile", temp);
    int findings = scan.report().get("findings").size();
    int datastores = scan.inventory().get("datastores").size();
    List<String> bodies = new ArrayList<>();
    for (int repo = 0; repo < 25; repo++) {
      for (int commit = 0; commit < 4; commit++) {
        String body =
            Fixtures.envelope(
                "load/repo-" + repo, "c" + commit, "2026-12-01T10:0" + commit + ":00Z", scan);
        bodies.add(body);
        bodies.add(body);
      }
    }
    try (TestServer server = TestServer.start(false)) {
      ExecutorService pool = Executors.newFixedThreadPool(200);
      try {
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (String b : bodies) {
          sent.add(pool.submit(() -> server.upload(TestServer.TOKEN, b)));
        }
        int created = 0;
        int duplicates = 0;
        for (Future<HttpResponse<String>> f : sent) {
          HttpResponse<String> r = f.get();
          assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
          if (r.statusCode() == 201) {
            created++;
          } else {
            duplicates++;
          }
        }
        assertThat(created).isEqualTo(100);
        assertThat(duplicates).isEqualTo(100);
      } finally {
        pool.shutdownNow();
      }
      assertThat(server.count("repositories")).isEqualTo(25);
      assertThat(server.count("scans")).isEqualTo(100);
      assertThat(server.count("findings")).isEqualTo(100L * findings);
      assertThat(server.count("datastores")).isEqualTo(100L * datastores);
      // every repository points at its newest scan (commit c3, scanned last)
      assertThat(
              server.count(
                  "repositories r JOIN scans s ON s.id = r.latest_scan_id WHERE s.commit_sha = 'c3'"))
          .isEqualTo(25);
    }
  }
}
