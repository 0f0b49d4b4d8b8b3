/** The immutable records that travel on the AeroCast event bus; each validates itself on construction. */
package io.aerocast.bus.message;
