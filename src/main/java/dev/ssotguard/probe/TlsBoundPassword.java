package dev.ssotguard.probe;

import java.util.Properties;
import org.postgresql.plugin.AuthenticationPlugin;
import org.postgresql.plugin.AuthenticationRequestType;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Gives pgJDBC the password only for an exchange that does not reveal it: SCRAM always, a cleartext
 * or MD5 exchange only inside TLS. A server (or a man in the middle) that refuses TLS and asks for
 * the password in clear gets nothing. pgJDBC creates it by name with the connection's properties;
 * {@link #TLS} says whether the session was opened with TLS required.
 */
public final class TlsBoundPassword implements AuthenticationPlugin {
  /** The property that says the session requires TLS ({@code sslmode=require}). */
  static final String TLS = "ssotguard.tls";

  /** Said when a password is refused, so the probe can name the reason. */
  static final String REFUSED =
      "the server asked for the password in clear or as MD5 without TLS; the probe refuses to send"
          + " it (enable TLS or SCRAM on the server)";

  private final String password;
  private final boolean tls;

  public TlsBoundPassword(Properties connection) {
    this.password = connection.getProperty("password");
    this.tls = "true".equals(connection.getProperty(TLS));
  }

  @Override
  public char[] getPassword(AuthenticationRequestType type) throws PSQLException {
    boolean revealing =
        type == AuthenticationRequestType.CLEARTEXT_PASSWORD
            || type == AuthenticationRequestType.MD5_PASSWORD;
    if (revealing && !tls) {
      throw new PSQLException(REFUSED, PSQLState.CONNECTION_REJECTED);
    }
    return password == null ? null : password.toCharArray();
  }
}
