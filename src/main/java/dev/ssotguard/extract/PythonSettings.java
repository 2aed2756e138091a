package dev.ssotguard.extract;

import dev.ssotguard.formats.python.PyModule;

/** A Python module's assignments, evaluated later against a container's environment. */
public record PythonSettings(PyModule module) implements SourceFact {}
