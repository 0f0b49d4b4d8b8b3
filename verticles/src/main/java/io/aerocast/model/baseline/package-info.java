/** Baseline forecasters the GRU must beat: persistence, seasonal persistence and a ridge AR model. */
package io.aerocast.model.baseline;
