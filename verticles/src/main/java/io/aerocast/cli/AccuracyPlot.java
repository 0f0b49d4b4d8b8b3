package io.aerocast.cli;

import io.aerocast.model.eval.AccuracyExperiment;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Draws actual vs GRU forecast with the 90% interval band over the test period (top panel) and over
 * its last 7 days (bottom panel, where single hours are visible). Plain Java2D, headless.
 */
final class AccuracyPlot {

  private static final int WIDTH = 1400;
  private static final int PANEL = 360;
  private static final int MARGIN = 60;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d").withZone(ZoneOffset.UTC);

  private AccuracyPlot() {
  }

  static void write(AccuracyExperiment.Report report, String title, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL + 3 * MARGIN, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, MARGIN, 28);
    int n = report.test().size();
    int zoomFrom = Math.max(0, n - 7 * 24);
    panel(g, report, 0, n, MARGIN, "test period");
    panel(g, report, zoomFrom, n, 2 * MARGIN + PANEL, "last 7 days");
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  private static void panel(Graphics2D g, AccuracyExperiment.Report r, int from, int to, int top, String label) {
    double half = r.gru().halfWidth();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      min = Math.min(min, Math.min(r.test().target()[i], r.gruForecasts()[i] - half));
      max = Math.max(max, Math.max(r.test().target()[i], r.gruForecasts()[i] + half));
    }
    double lo = Math.floor(min);
    double hi = Math.ceil(max);
    int left = MARGIN;
    int right = WIDTH - MARGIN / 2;
    long t0 = r.test().targetTime()[from];
    long t1 = r.test().targetTime()[to - 1];
    Scale x = v -> left + (right - left) * (v - t0) / Math.max(1.0, t1 - t0);
    Scale y = v -> top + PANEL - PANEL * (v - lo) / Math.max(1e-9, hi - lo);

    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(new Color(230, 230, 230));
    for (int k = 0; k <= 5; k++) {
      double v = lo + (hi - lo) * k / 5;
      int py = (int) y.at(v);
      g.drawLine(left, py, right, py);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format("%.0f", v), 8, py + 4);
      g.setColor(new Color(230, 230, 230));
    }
    g.setColor(Color.DARK_GRAY);
    for (int k = 0; k <= 6; k++) {
      long t = t0 + (t1 - t0) * k / 6;
      g.drawString(DAY.format(Instant.ofEpochSecond(t)), (int) x.at(t) - 20, top + PANEL + 16);
    }
    g.drawString(label + "  (degC; band = " + Math.round(r.gru().intervalLevel() * 100) + "% conformal interval)",
        left, top - 6);

    Path2D band = new Path2D.Double();
    for (int i = from; i < to; i++) {
      double px = x.at(r.test().targetTime()[i]);
      double py = y.at(r.gruForecasts()[i] + half);
      if (i == from) {
        band.moveTo(px, py);
      } else {
        band.lineTo(px, py);
      }
    }
    for (int i = to - 1; i >= from; i--) {
      band.lineTo(x.at(r.test().targetTime()[i]), y.at(r.gruForecasts()[i] - half));
    }
    band.closePath();
    g.setColor(new Color(255, 140, 0, 60));
    g.fill(band);
    line(g, r, from, to, x, y, true, new Color(40, 40, 40));
    line(g, r, from, to, x, y, false, new Color(230, 100, 0));
    g.setColor(new Color(40, 40, 40));
    g.drawString("actual", right - 150, top + 14);
    g.setColor(new Color(230, 100, 0));
    g.drawString("GRU forecast", right - 100, top + 14);
  }

  private static void line(Graphics2D g, AccuracyExperiment.Report r, int from, int to, Scale x, Scale y,
      boolean actual, Color color) {
    Path2D path = new Path2D.Double();
    long previous = 0;
    for (int i = from; i < to; i++) {
      long t = r.test().targetTime()[i];
      double v = actual ? r.test().target()[i] : r.gruForecasts()[i];
      // A missing hour breaks the line instead of drawing across the gap.
      if (i == from || t - previous > 3600) {
        path.moveTo(x.at(t), y.at(v));
      } else {
        path.lineTo(x.at(t), y.at(v));
      }
      previous = t;
    }
    g.setColor(color);
    g.setStroke(new BasicStroke(1.2f));
    g.draw(path);
  }

  @FunctionalInterface
  private interface Scale {
    double at(double value);
  }
}
