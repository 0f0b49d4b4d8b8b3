/**
 * The GRU forecaster: a SameDiff graph composed of primitive ops for training (SameDiff's fused GRU op
 * has wrong gradients in 1.0.0-M2.1), and a plain-Java forward pass of the same weights for serving.
 */
package io.aerocast.model.gru;
