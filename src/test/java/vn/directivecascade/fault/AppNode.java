package vn.directivecascade.fault;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.directivecascade.rest.EngineRestClient;

/**
 * One application node: the packaged jar in its own JVM on its own port, on the fault tests'
 * PostgreSQL database, with the demo users (no demo cascades) and the production profile.
 */
final class AppNode implements AutoCloseable {

  private static final Duration START_PATIENCE = Duration.ofSeconds(180);
  static final String ADMIN_PASSWORD_VARIABLE = "DIRECTIVE_CASCADE_ADMIN_PASSWORD";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final List<String> extraArguments;
  private String profiles = "demo,postgres";
  private final Map<String, String> environment = new HashMap<>();
  private Process process;

  AppNode(String name, int port, String... extraArguments) {
    this.name = name;
    this.port = port;
    this.extraArguments = List.of(extraArguments);
  }

  /** As deployed: the postgres profile alone, no demo users; the administrator's password from the environment, if given. */
  AppNode production(String administratorPassword) {
    profiles = "postgres";
    if (administratorPassword != null) {
      environment.put(ADMIN_PASSWORD_VARIABLE, administratorPassword);
    }
    return this;
  }

  String name() {
    return name;
  }

  EngineRestClient rest() {
    return new EngineRestClient(port);
  }

  /** Launches the JVM; {@link #awaitUp()} waits until it serves. Each launch appends to the node's log. */
  AppNode launch() throws IOException {
    Path logs = Path.of(System.getProperty("fault.logs", "target/fault-logs"));
    Files.createDirectories(logs);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
        "-jar", System.getProperty("fault.jar", "target/directive-cascade.jar"),
        "--server.port=" + port,
        "--spring.profiles.active=" + profiles,
        "--spring.datasource.url=" + FaultDatabase.url(),
        "--spring.datasource.username=" + FaultDatabase.user(),
        "--spring.datasource.password=" + FaultDatabase.password(),
        "--directive-cascade.demo.cascades=false",
        // Tells the nodes apart in Camunda's job log (on one machine they share an IP address).
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    if (extraArguments.stream().noneMatch(argument -> argument.startsWith("--directive-cascade.mail.transport="))) {
      // Mails as files beside the node's log, unless the test gives the node an SMTP server.
      command.addAll(List.of("--directive-cascade.mail.transport=folder", "--directive-cascade.mail.folder=" + logs.resolve(name + "-mail")));
    }
    command.addAll(extraArguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove(ADMIN_PASSWORD_VARIABLE); // only what this node is given
    builder.environment().putAll(environment);
    process = builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(logs.toFile(), name + ".log")))
        .start();
    return this;
  }

  /** Waits until the node reports UP; fails with the log's location if it dies or takes too long. */
  AppNode awaitUp() throws InterruptedException {
    Instant deadline = Instant.now().plus(START_PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see target/fault-logs/" + name + ".log");
      }
      if (health() == 200) {
        return this;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not up after " + START_PATIENCE + ", see target/fault-logs/" + name + ".log");
  }

  /** HTTP status of /actuator/health: 200 UP, 503 DOWN, -1 when the node does not answer. */
  int health() {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
          .timeout(Duration.ofSeconds(10)).build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Waits for the JVM to end by itself; its exit code. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " still running after " + START_PATIENCE);
    }
    return process.exitValue();
  }

  Path log() {
    return Path.of(System.getProperty("fault.logs", "target/fault-logs"), name + ".log");
  }

  /** kill -9: no shutdown hook, no graceful stop of the job executor, transactions cut off. */
  void killHard() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops the nodes a test started (any of them may not have been started). */
  static void closeAll(AppNode... nodes) throws InterruptedException {
    for (AppNode node : nodes) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        killHard();
      }
    }
  }
}
