/** Training a series into a stored model version: shared by the CLI, the first-model bootstrap and the trainer role. */
package io.aerocast.train;
