package dev.ssotguard.cli;

/** The formats of {@code inventory}. */
enum InventoryFormat {
  TEXT,
  JSON;

  static final class Converter extends Choice<InventoryFormat> {
    Converter() {
      super(InventoryFormat.class);
    }
  }
}
