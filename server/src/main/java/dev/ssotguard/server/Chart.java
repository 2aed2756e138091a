package dev.ssotguard.server;

import dev.ssotguard.server.Views.TrendPoint;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** The overview's trend as SVG polyline points: server-drawn, so the page needs no script. */
public final class Chart {
  public static final int WIDTH = 600;
  public static final int HEIGHT = 120;

  private Chart() {}

  public static String errors(List<TrendPoint> trend) {
    return points(trend, TrendPoint::errors);
  }

  public static String warnings(List<TrendPoint> trend) {
    return points(trend, TrendPoint::warnings);
  }

  /** The largest value drawn (the top of the chart), at least 1. */
  public static int top(List<TrendPoint> trend) {
    int max = 1;
    for (TrendPoint p : trend) {
      max = Math.max(max, Math.max(p.errors(), p.warnings()));
    }
    return max;
  }

  private static String points(List<TrendPoint> trend, ToIntFunction<TrendPoint> value) {
    int top = top(trend);
    StringBuilder b = new StringBuilder();
    int n = Math.max(1, trend.size() - 1);
    for (int i = 0; i < trend.size(); i++) {
      double x = (double) WIDTH * i / n;
      double y = HEIGHT - (double) (HEIGHT - 4) * value.applyAsInt(trend.get(i)) / top - 2;
      b.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    return b.toString().strip();
  }
}
