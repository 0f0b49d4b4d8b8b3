/** Offline subcommands of aerocast.jar (picocli): train, bench accuracy. Progress on stderr, results on stdout. */
package io.aerocast.cli;
