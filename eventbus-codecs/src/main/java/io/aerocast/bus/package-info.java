/** The AeroCast event bus vocabulary: addresses, failure codes and codec registration. */
package io.aerocast.bus;
