package dev.ssotguard.connection;

/** One host of a connection string; {@code port} is 0 when not written. */
public record HostPort(String host, int port) {}
