package dev.ssotguard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.policy.Policy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FactsTest {
  @Test
  void factsAreReadByTypeInTheOrderTheyWereAdded() {
    Facts facts =
        Facts.builder()
            .add(new SqlFile("b.sql", true))
            .add(new TransactionPool("pool-a"))
            .add(new SqlFile("a.sql", false))
            .build();
    assertThat(facts.of(SqlFile.class)).extracting(SqlFile::path).containsExactly("b.sql", "a.sql");
    assertThat(facts.of(Credential.class)).isEmpty();
    assertThatThrownBy(() -> facts.of(SqlFile.class).add(new SqlFile("c.sql", true)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aValueAToolRuleJudgedIsAFactOtherRulesQueryByLine() {
    Model model =
        new Model(
            Facts.builder()
                .add(new ToolJudgedValue(new Location("superset_config.py", 3, 27), "superset"))
                .add(new TransactionPool("pool-a"))
                .build(),
            2,
            Policy.builtin(),
            LocalDate.of(2026, 12, 1));
    assertThat(model.isClaimedByTool(new Location("superset_config.py", 3, 1))).isTrue();
    assertThat(model.isClaimedByTool(new Location("superset_config.py", 4, 1))).isFalse();
    assertThat(model.transactionPools()).containsExactly("pool-a");
  }
}
