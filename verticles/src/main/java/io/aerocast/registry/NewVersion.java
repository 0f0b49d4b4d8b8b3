package io.aerocast.registry;

import io.aerocast.bus.message.RetrainReason;
import io.vertx.core.json.JsonObject;

import java.time.Instant;

/**
 * What the trainer knows about a version it is about to store.
 *
 * @param parentVersion   the version it was trained to replace, or empty
 * @param reason          why it was trained
 * @param dataFrom        first target time of its training data
 * @param dataTo          end (exclusive) of its training data
 * @param hyperParameters training options, as JSON
 * @param metrics         validation metrics, as JSON (e.g. rmse, mae, interval half-width)
 * @param trainSeconds    wall time of the training
 */
public record NewVersion(String parentVersion, RetrainReason reason, Instant dataFrom, Instant dataTo,
    JsonObject hyperParameters, JsonObject metrics, double trainSeconds) {
}
