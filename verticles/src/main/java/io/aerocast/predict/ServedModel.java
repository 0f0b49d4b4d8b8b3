package io.aerocast.predict;

import io.aerocast.model.GruForecaster;

import java.time.Instant;

/**
 * One model version a node serves for one series.
 *
 * @param series   series id
 * @param version  version id
 * @param model    the forecaster (immutable, thread-safe)
 * @param loadedAt when this node installed it
 */
public record ServedModel(String series, String version, GruForecaster model, Instant loadedAt) {
}
