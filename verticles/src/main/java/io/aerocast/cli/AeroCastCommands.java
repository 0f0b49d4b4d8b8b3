package io.aerocast.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** The subcommands of aerocast.jar; anything else on the command line starts a node. */
@Command(name = "aerocast.jar", mixinStandardHelpOptions = true,
    description = "AeroCast offline commands.",
    subcommands = {TrainCommand.class, BenchCommand.class})
public final class AeroCastCommands {

  /** First arguments that select a subcommand rather than a node launch. */
  public static final Set<String> NAMES = Set.of("train", "bench");

  private AeroCastCommands() {
  }

  /** Runs a subcommand and returns its exit code. */
  public static int run(String[] args) {
    return new CommandLine(new AeroCastCommands())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("aerocast: " + e.getMessage());
          return 1;
        })
        .execute(args);
  }
}
