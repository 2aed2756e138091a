package dev.ssotguard.probe;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A and AAAA asked separately from one explicit resolver, without cache or search path, so that
 * "resolves over IPv6 only" is seen as it is (DOMAIN.md §1: Supabase Direct has no A record).
 */
public final class DnsCheck {
  private final Resolver resolver;

  /**
   * @param server the resolver to ask; its answers are never cached
   */
  public DnsCheck(InetSocketAddress server, Duration timeout) {
    SimpleResolver r = new SimpleResolver(server);
    r.setTimeout(timeout);
    this.resolver = r;
  }

  public List<DnsAnswer> resolve(String host) {
    return List.of(ask(host, Type.A), ask(host, Type.AAAA));
  }

  private DnsAnswer ask(String host, int type) {
    String typeName = Type.string(type);
    Lookup lookup;
    try {
      lookup = new Lookup(Name.fromString(host.endsWith(".") ? host : host + "."), type);
    } catch (TextParseException e) {
      return new DnsAnswer(typeName, DnsAnswer.Outcome.FAILED, List.of());
    }
    lookup.setResolver(resolver);
    lookup.setCache(null);
    lookup.setSearchPath((Name[]) null);
    Record[] records = lookup.run();
    return switch (lookup.getResult()) {
      case Lookup.SUCCESSFUL ->
          new DnsAnswer(typeName, DnsAnswer.Outcome.ADDRESSES, addresses(records));
      case Lookup.HOST_NOT_FOUND ->
          new DnsAnswer(typeName, DnsAnswer.Outcome.NO_SUCH_NAME, List.of());
      case Lookup.TYPE_NOT_FOUND -> new DnsAnswer(typeName, DnsAnswer.Outcome.NO_RECORD, List.of());
      case Lookup.TRY_AGAIN -> new DnsAnswer(typeName, DnsAnswer.Outcome.TIMEOUT, List.of());
      default -> new DnsAnswer(typeName, DnsAnswer.Outcome.FAILED, List.of());
    };
  }

  private static List<String> addresses(Record[] records) {
    List<String> out = new ArrayList<>();
    if (records != null) {
      for (Record r : records) {
        if (r instanceof ARecord a) {
          out.add(a.getAddress().getHostAddress());
        } else if (r instanceof AAAARecord aaaa) {
          out.add(aaaa.getAddress().getHostAddress());
        }
      }
    }
    return out;
  }
}
