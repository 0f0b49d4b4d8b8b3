/**
 * Readers for real observation files (NOAA LCD in three layouts, ISD, ISD-Lite, ASOS CSV, plain CSV):
 * format detection, the hourly row rule, unit normalisation, missing values as NaN. No Vert.x types.
 */
package io.aerocast.data;
