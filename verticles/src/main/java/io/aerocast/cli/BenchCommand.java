package io.aerocast.cli;

import picocli.CommandLine.Command;

/** Groups the benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
    subcommands = {BenchAccuracyCommand.class, BenchInferenceCommand.class, BenchHttpFloorCommand.class})
final class BenchCommand {
}
