package dev.ssotguard.extract;

/** The runtime a platform app spec deploys to ("do-app-platform", "render"). */
public record AppSpecRuntime(String runtime) implements SourceFact {}
