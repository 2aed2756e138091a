package dev.ssotguard.extract;

import java.util.List;

/**
 * The paths a deployment config declares as its functions, relative to its folder ({@code
 * vercel.json}'s {@code builds[].src} and {@code functions} keys): only those files run on the
 * runtime the config marks.
 */
public record FunctionPaths(List<String> globs) implements SourceFact {
  public FunctionPaths {
    globs = List.copyOf(globs);
  }
}
