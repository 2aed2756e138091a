package dev.ssotguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
  @Test
  void masksPasswordsThatReachTheReportBoundary() {
    assertThat(Redaction.scrub("x postgresql://app:hunter2@db:5432/app y"))
        .isEqualTo("x postgresql://app:****@db:5432/app y");
    assertThat(Redaction.scrub("host=db password=hunter2 dbname=x"))
        .isEqualTo("host=db password=**** dbname=x");
    assertThat(Redaction.scrub("pg://db?u=noco&p=hunter2&d=x"))
        .isEqualTo("pg://db?u=noco&p=****&d=x");
  }

  @Test
  void tellsPasswordShapedValuesFromRedactedOnes() {
    assertThat(Redaction.holdsPassword("x postgresql://app:hunter2@db:5432/app")).isTrue();
    assertThat(Redaction.holdsPassword("host=db password=hunter2")).isTrue();
    assertThat(Redaction.holdsPassword("postgresql://app:****@db:5432/app")).isFalse();
    assertThat(Redaction.holdsPassword("host=db password=**** dbname=x")).isFalse();
    assertThat(Redaction.holdsPassword("redis://cache:6379 and sqlite:////data/app.db")).isFalse();
  }

  @Test
  void leavesRedactedAndPasswordlessTextAlone() {
    String redacted = "postgresql://app:****@db:5432/app and https://example.com/a:b@c";
    assertThat(Redaction.scrub("postgresql://app:****@db:5432/app"))
        .isEqualTo("postgresql://app:****@db:5432/app");
    assertThat(Redaction.scrub("sqlite:////data/app.db")).isEqualTo("sqlite:////data/app.db");
    assertThat(Redaction.scrub("postgresql://db.example.com:5432/app"))
        .isEqualTo("postgresql://db.example.com:5432/app");
    assertThat(Redaction.scrub(redacted)).startsWith("postgresql://app:****@db:5432/app");
  }

  @Test
  void anUnparsedAuthorityIsMaskedButPortsAreNot() {
    assertThat(Redaction.scrub("url postgresql://app:hunter2 was cut"))
        .isEqualTo("url postgresql://app:**** was cut");
    assertThat(Redaction.scrub("x mysql://app:hunter2")).isEqualTo("x mysql://app:****");
    assertThat(Redaction.scrub("value postgresql://:hunter2 here"))
        .isEqualTo("value postgresql://:**** here");
    for (String kept :
        new String[] {
          "(redis://cache:6379) and redis://cache:6379, then http://localhost:8088",
          "postgresql://h1:5432,h2:5433/db and postgresql://db:${PORT}/app"
        }) {
      assertThat(Redaction.scrub(kept)).isEqualTo(kept);
    }
  }

  @Test
  void everySecretParameterIsMaskedAfterEitherSeparator() {
    assertThat(Redaction.scrub("mongodb://h/db?tls=true;sslpassword=hunter2&x=1"))
        .isEqualTo("mongodb://h/db?tls=true;sslpassword=****&x=1");
    assertThat(Redaction.scrub("https://api.example.com/x?api_key=hunter2"))
        .isEqualTo("https://api.example.com/x?api_key=****");
  }
}
