/** Evaluation: error metrics and conformal prediction intervals. */
package io.aerocast.model.eval;
