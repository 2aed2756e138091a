package dev.ssotguard.model;

/** A location that explains a finding, with what it shows. */
public record Related(Location location, String message) {}
