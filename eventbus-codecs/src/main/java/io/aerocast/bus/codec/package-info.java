/** Binary event bus codecs for the message records: a format-version byte, a length, then explicit fields. */
package io.aerocast.bus.codec;
