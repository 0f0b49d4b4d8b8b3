package io.aerocast.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.aerocast.model.GruForecaster;
import io.aerocast.predict.ServedModel;

import java.time.Instant;

/**
 * Writes the /predict response text directly:
 * {@code {"series":..,"model_version":..,"target_time":..,"forecast":x,"interval":{"lo":..,"hi":..,"level":..}}},
 * or {@code "forecasts":[{"forecast":..,"interval":..}, ...]} for a batch. A {@code JsonObject} tree and its
 * encoder cost more here than the forecast; the text is small and fixed in shape.
 *
 * <p>Keeps the text of the last target time: consecutive requests almost always share it. One instance
 * per event loop; not thread-safe.
 */
final class ForecastJson {

  private Instant lastTarget;
  private String lastTargetText;

  String write(ServedModel served, Instant target, double[] forecasts, boolean batch) {
    GruForecaster model = served.model();
    StringBuilder out = new StringBuilder(batch ? 96 + 112 * forecasts.length : 224);
    out.append("{\"series\":");
    quote(out, served.series());
    out.append(",\"model_version\":");
    quote(out, served.version());
    out.append(",\"target_time\":\"").append(targetText(target)).append('"');
    if (batch) {
      out.append(",\"forecasts\":[");
      for (int i = 0; i < forecasts.length; i++) {
        out.append(i == 0 ? "{" : ",{");
        forecast(out, forecasts[i], model);
        out.append('}');
      }
      out.append(']');
    } else {
      out.append(',');
      forecast(out, forecasts[0], model);
    }
    return out.append('}').toString();
  }

  private static void forecast(StringBuilder out, double value, GruForecaster model) {
    double half = model.halfWidth();
    out.append("\"forecast\":").append(value)
        .append(",\"interval\":{\"lo\":").append(value - half)
        .append(",\"hi\":").append(value + half)
        .append(",\"level\":").append(model.intervalLevel()).append('}');
  }

  private String targetText(Instant target) {
    if (!target.equals(lastTarget)) {
      lastTargetText = target.toString();
      lastTarget = target;
    }
    return lastTargetText;
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
  }
}
