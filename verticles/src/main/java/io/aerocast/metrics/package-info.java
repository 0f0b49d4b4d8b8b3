/** Prometheus metrics: meter names, tags and the prediction meters. */
package io.aerocast.metrics;
