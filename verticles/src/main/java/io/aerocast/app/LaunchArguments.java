package io.aerocast.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line split into what AeroCast handles itself ({@code -conf}, {@code --roles}, help) and
 * what passes through to the Vert.x application launcher ({@code --cluster}, the verticle class name,
 * {@code --instances}, ...).
 *
 * @param conf        the {@code -conf} value (file or inline JSON), or null
 * @param roles       the {@code --roles} value, or null
 * @param clustered   whether {@code --cluster} (or {@code -cluster}, {@code -c}) was given
 * @param help        whether help was asked for
 * @param passThrough the arguments for {@code VertxApplication}
 */
public record LaunchArguments(String conf, String roles, boolean clustered, boolean help, List<String> passThrough) {

  public LaunchArguments {
    passThrough = List.copyOf(passThrough);
  }

  /**
   * Splits the command line.
   *
   * @throws IllegalArgumentException when a flag that needs a value has none
   */
  public static LaunchArguments parse(String[] args) {
    String conf = null;
    String roles = null;
    boolean clustered = false;
    boolean help = false;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String inlineValue = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (flag) {
        case "-conf", "--conf" -> {
          conf = inlineValue != null ? inlineValue : valueAfter(args, i++, flag);
        }
        case "--roles", "-roles" -> {
          roles = inlineValue != null ? inlineValue : valueAfter(args, i++, flag);
        }
        case "-h", "-help", "--help" -> help = true;
        default -> {
          if (arg.equals("-c") || arg.equals("-cluster") || arg.equals("--cluster")) {
            clustered = true;
          }
          rest.add(arg);
        }
      }
    }
    return new LaunchArguments(conf, roles, clustered, help, rest);
  }

  /** Config keys set by flags, by key path. */
  public Map<String, String> configOverrides() {
    return roles == null ? Map.of() : Map.of("node.roles", roles);
  }

  /** The verticle class named on the command line ({@code vertx run} style), or null for the whole node. */
  public String verticleClass() {
    return passThrough.isEmpty() || passThrough.get(0).startsWith("-") ? null : passThrough.get(0);
  }

  private static String valueAfter(String[] args, int i, String flag) {
    if (i + 1 >= args.length || args[i + 1].startsWith("-") && !args[i + 1].startsWith("{")) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i + 1];
  }
}
