/** From hourly observations to model inputs: the feature spec, the hourly grid, the scaler and windows. */
package io.aerocast.model.features;
