package dev.ssotguard.extract;

/** An environment variable a Prisma schema reads a datasource URL from. */
public record PrismaVariable(String name) implements SourceFact {}
