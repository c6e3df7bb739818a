package kg.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded with a Bolt connector, so the Node application talks to it exactly
 * as it would to a standalone server. Started and stopped by src/db/local-server.ts.
 *
 * <p>Arguments: {@code --home DIR --plugins DIR --ready-file FILE [--port 7687] [--pagecache-mb
 * 256]}. The password for the {@code neo4j} user comes from the environment variable
 * NEO4J_LOCAL_PASSWORD rather than an argument so that it does not show up in process listings.
 * Once Bolt accepts that password, the process id is written to the ready file; the controlling
 * script waits for it instead of probing Bolt with a password that is not set yet, which would
 * count as failed logins and lock the user for a few seconds.
 */
public final class LocalNeo4jServer {
  private static final String SYSTEM_DATABASE = "system";
  private static final String LOOPBACK = "127.0.0.1";

  private LocalNeo4jServer() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parseOptions(args);
    Path home = Path.of(require(options, "home")).toAbsolutePath();
    Path plugins = Path.of(require(options, "plugins")).toAbsolutePath();
    Path readyFile = Path.of(require(options, "ready-file")).toAbsolutePath();
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    long pageCacheMb = Long.parseLong(options.getOrDefault("pagecache-mb", "256"));
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_LOCAL_PASSWORD must be set to at least 8 characters (Neo4j's minimum).");
    }
    Files.createDirectories(home);
    Files.deleteIfExists(readyFile);

    log("starting Neo4j in " + home + " with Bolt on " + LOOPBACK + ":" + port);
    DatabaseManagementService dbms;
    try {
      dbms = build(home, plugins, port, pageCacheMb);
    } catch (RuntimeException e) {
      // Typical causes: the port is taken or another process holds the store lock.
      log("Neo4j failed to start: " + messages(e).replace('\n', ' '));
      e.printStackTrace(System.out);
      System.exit(1);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log("shutting down");
                  try {
                    Files.deleteIfExists(readyFile);
                  } catch (Exception e) {
                    log("could not remove " + readyFile + ": " + e.getMessage());
                  }
                  dbms.shutdown();
                  log("stopped");
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    try {
      applyPassword(dbms, home.resolve("data"), password);
    } catch (Exception e) {
      log("could not set the password of user neo4j: " + messages(e).replace('\n', ' '));
      System.exit(3);
    }
    Files.writeString(readyFile, Long.toString(ProcessHandle.current().pid()));
    log("ready on bolt://" + LOOPBACK + ":" + port);
    // The JVM ends through the shutdown hook (SIGTERM/SIGINT); main only has to stay alive.
    stopped.await();
  }

  private static DatabaseManagementService build(
      Path home, Path plugins, int port, long pageCacheMb) {
    return new DatabaseManagementServiceBuilder(home)
        // Never reachable from other machines, whatever a default might say.
        .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // The default page cache takes half of the machine's memory.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
        // Usage reports would try to reach the internet, which dev and CI machines may lack.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // A development store does not need days of transaction logs for recovery or backup.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        // Preallocated transaction logs take 256 MiB per database from the first write on, which
        // a development or CI disk should not pay for a few thousand nodes.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
        // Bolt otherwise lingers about 10 s in graceful network shutdown, which makes every
        // stop (and each CI run) that much slower; the stores are flushed before this step.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
        .build();
  }

  /**
   * Makes the password of {@code neo4j} the requested one, so the password file stays the single
   * source of truth even if it was replaced between runs. A digest of the applied password is kept
   * in the data directory because the change itself costs seconds of Cypher warm-up on every start.
   */
  private static void applyPassword(DatabaseManagementService dbms, Path dataDir, String password)
      throws Exception {
    Path marker = dataDir.resolve("local-server-password.sha256");
    String digest = sha256(password);
    if (Files.isRegularFile(marker) && Files.readString(marker).trim().equals(digest)) {
      return;
    }
    try {
      dbms.database(SYSTEM_DATABASE)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
      log("password of user neo4j set");
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the value it already has.
      if (!messages(e).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
    Files.writeString(marker, digest);
  }

  private static String sha256(String text) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash);
  }

  private static String messages(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  private static Map<String, String> parseOptions(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || i + 1 >= args.length) {
        fail("unexpected argument: " + arg);
      }
      options.put(arg.substring(2), args[++i]);
    }
    return options;
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      fail("missing --" + name);
    }
    return value;
  }

  private static void log(String message) {
    System.out.println(Instant.now() + " [local-server] " + message);
    System.out.flush();
  }

  private static void fail(String message) {
    log(message);
    System.exit(2);
  }
}
