package io.aerocast.predict;

import io.vertx.core.json.JsonObject;

import java.util.Set;

/**
 * A validated /eval body: {@code {"predicted": p, "actual": a}} with optional {@code "series"}.
 *
 * @param predicted the forecast that was made
 * @param actual    the value observed
 * @param series    the series, or null for the default
 */
public record EvalRequest(double predicted, double actual, String series) {

  private static final Set<String> FIELDS = Set.of("predicted", "actual", "series");

  public static EvalRequest parse(JsonObject body, double maxAbs) {
    for (String field : body.fieldNames()) {
      if (!FIELDS.contains(field)) {
        throw InputValidation.bad("unknown field; accepted: predicted, actual, series");
      }
    }
    InputValidation check = new InputValidation(maxAbs);
    if (!body.containsKey("predicted") || !body.containsKey("actual")) {
      throw InputValidation.bad("both 'predicted' and 'actual' are required");
    }
    return new EvalRequest(check.number(body.getValue("predicted"), "predicted"),
        check.number(body.getValue("actual"), "actual"), InputValidation.optionalString(body, "series"));
  }
}
