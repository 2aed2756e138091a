package dev.ssotguard.resolve;

import dev.ssotguard.connection.Hosts;
import dev.ssotguard.connection.SecretClassifier;
import dev.ssotguard.connection.SecretState;
import dev.ssotguard.extract.FileFacts;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.Tool;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.Facts;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.PasswordSite;
import dev.ssotguard.model.Service;
import java.util.HashMap;
import java.util.Map;

/**
 * A tool's own database password variable (tools.yaml {@code passwords}: Odoo's {@code PASSWORD},
 * Gitea's {@code DB_PASSWD}) holding a literal is a committed credential, though its name alone
 * does not say "database": adds a {@link Credential} for each. Reads {@link Service} and {@link
 * MetadataStore} facts (the store's host is the password's host).
 */
final class ToolPasswords implements Resolver {
  @Override
  public void resolve(Resolution in, Facts.Builder out) {
    Knowledge knowledge = in.knowledge();
    SecretClassifier secrets = knowledge.secrets();
    Map<String, Boolean> tracked = new HashMap<>();
    for (FileFacts f : in.files()) {
      tracked.put(f.file().path(), f.file().tracked());
    }
    Map<String, MetadataStore> stores = new HashMap<>();
    for (MetadataStore m : out.of(MetadataStore.class)) {
      stores.putIfAbsent(m.toolId() + "\0" + m.service(), m);
    }
    for (Service s : out.of(Service.class)) {
      Tool tool = knowledge.toolForImage(s.image()).orElse(null);
      if (tool == null) {
        continue;
      }
      MetadataStore store = stores.get(tool.id() + "\0" + s.name());
      String host = store == null || store.host() == null ? "" : store.host();
      for (String name : tool.passwordVariables()) {
        EnvValue v = s.env().get(name);
        // Only a literal written on the service's own line: an interpolated value's literal lives
        // in the .env file it came from, which is read (and reported) as such.
        if (v == null
            || !v.known()
            || !v.evidence().isEmpty()
            || secrets.classify(name, v.value()) != SecretState.LITERAL) {
          continue;
        }
        String scope = " of compose service '" + s.name() + "'";
        out.add(
            new Credential(
                v.location(),
                s.environment(),
                new PasswordSite.InSetting(name, scope),
                host,
                Hosts.isRemote(host),
                tracked.getOrDefault(v.location().path(), true),
                "setting:" + scope + ":" + name,
                Credential.sameValueOf(v.value())));
      }
    }
  }
}
