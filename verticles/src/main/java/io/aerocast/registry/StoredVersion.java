package io.aerocast.registry;

import io.aerocast.model.GruForecaster;
import io.vertx.core.json.JsonObject;

/**
 * A model version loaded from the registry and verified.
 *
 * @param series    series id
 * @param version   version id
 * @param model     the serving model
 * @param artifact  the serving artifact bytes (what an announcement carries)
 * @param metadata  the version's metadata.json
 */
public record StoredVersion(String series, String version, GruForecaster model, byte[] artifact,
    JsonObject metadata) {
}
