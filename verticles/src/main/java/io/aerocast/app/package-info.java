/** Process wiring: the launcher, the Vert.x lifecycle hooks and the node deployer. No business logic. */
package io.aerocast.app;
