/** Forecasting: features, the GRU (SameDiff training, plain-Java serving), baselines, intervals, registry. No Vert.x types. */
package io.aerocast.model;
