/** The prediction role: the models a node serves, their hot swap on announcements, and request validation. */
package io.aerocast.predict;
