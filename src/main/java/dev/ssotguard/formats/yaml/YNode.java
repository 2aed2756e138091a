package dev.ssotguard.formats.yaml;

/** An immutable YAML node with its 1-based start position. */
public sealed interface YNode permits YMap, YSeq, YScalar {
  int line();

  int column();

  /** The scalar text, or null for collections and YAML null. */
  default String text() {
    return this instanceof YScalar s ? s.value() : null;
  }

  default YMap asMap() {
    return this instanceof YMap m ? m : null;
  }

  default YSeq asSeq() {
    return this instanceof YSeq s ? s : null;
  }
}
