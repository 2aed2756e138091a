package dev.ssotguard.model;

/** A DigitalOcean connection pool in transaction mode, by name (Terraform). */
public record TransactionPool(String name) implements Fact {}
