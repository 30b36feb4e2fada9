package vn.directivecascade.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the Docker files (docker/) in step with the application: database wiring, the Spring profile,
 * required passwords, published ports, health checks, the nginx upstream of the cluster and the Dockerfile.
 * Plain JUnit, no Spring context; paths are relative to the project root (Maven's working directory).
 */
class DockerFilesTest {

    private static final Path DOCKER_DIR = Path.of("docker");
    private static final Path SINGLE_COMPOSE = DOCKER_DIR.resolve("compose.yaml");
    private static final Path CLUSTER_COMPOSE = DOCKER_DIR.resolve("compose-cluster.yaml");
    private static final Path NGINX_CONF = DOCKER_DIR.resolve("nginx-cluster.conf");
    private static final Path DOCKERFILE = DOCKER_DIR.resolve("Dockerfile");
    private static final Path ENV_EXAMPLE = DOCKER_DIR.resolve(".env.example");
    private static final Path POM = Path.of("pom.xml");
    private static final Path POSTGRES_PROFILE = Path.of("src/main/resources/application-postgres.yaml");

    private static final int APP_PORT = 8080;
    private static final String JDBC_PREFIX = "jdbc:postgresql://db:5432/";
    /** A whole-value Compose interpolation that refuses to run when the variable is unset or empty. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}$");
    private static final Pattern APP_NODE = Pattern.compile("app\\d+");
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    // ---------------------------------------------------------------- compose.yaml (single node)

    @Test
    void singleNodeComposeHasDbAndApp() {
        Map<String, Object> services = services(SINGLE_COMPOSE);

        assertThat(services.keySet()).as("services of %s", SINGLE_COMPOSE).contains("db", "app");
        assertDatabaseService(SINGLE_COMPOSE, service(services, "db", SINGLE_COMPOSE));
        assertApplicationService(SINGLE_COMPOSE, "app", service(services, "app", SINGLE_COMPOSE),
                databaseName(services, SINGLE_COMPOSE));
    }

    @Test
    void singleNodeAppPublishesPort8080() {
        Map<String, Object> app = service(services(SINGLE_COMPOSE), "app", SINGLE_COMPOSE);

        assertThat(publishedPorts(app))
                .as("%s: app must publish host port %d to container port %d", SINGLE_COMPOSE, APP_PORT, APP_PORT)
                .containsEntry(APP_PORT, APP_PORT);
    }

    // ---------------------------------------------------------------- compose-cluster.yaml

    @Test
    void clusterComposeHasDbLoadBalancerAndAtLeastTwoAppNodes() {
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        List<String> nodes = appNodes(services);

        assertThat(services.keySet()).as("services of %s", CLUSTER_COMPOSE).contains("db", "app1", "app2", "lb");
        assertThat(nodes).as("%s: application nodes appN of the homogeneous cluster", CLUSTER_COMPOSE).hasSizeGreaterThanOrEqualTo(2);

        assertDatabaseService(CLUSTER_COMPOSE, service(services, "db", CLUSTER_COMPOSE));
        String databaseName = databaseName(services, CLUSTER_COMPOSE);
        for (String node : nodes) {
            Map<String, Object> app = service(services, node, CLUSTER_COMPOSE);
            assertApplicationService(CLUSTER_COMPOSE, node, app, databaseName);
            assertThat(app.get("ports"))
                    .as("%s: %s must not publish host ports, only the load balancer (lb) does", CLUSTER_COMPOSE, node)
                    .isNull();
        }
    }

    @Test
    void clusterNodesRunTheSameImage() {
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        List<String> nodes = appNodes(services);
        Map<String, Object> first = service(services, nodes.get(0), CLUSTER_COMPOSE);

        for (String node : nodes) {
            Map<String, Object> app = service(services, node, CLUSTER_COMPOSE);
            assertThat(app.get("image"))
                    .as("%s: %s must use the same image as %s (homogeneous cluster)", CLUSTER_COMPOSE, node, nodes.get(0))
                    .isEqualTo(first.get("image"));
            assertThat(environment(app, CLUSTER_COMPOSE, node))
                    .as("%s: %s must have the same environment as %s (homogeneous cluster)", CLUSTER_COMPOSE, node, nodes.get(0))
                    .isEqualTo(environment(first, CLUSTER_COMPOSE, nodes.get(0)));
        }
    }

    @Test
    void clusterLoadBalancerIsNginxOnPort8080WithTheClusterConfig() throws IOException {
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        Map<String, Object> lb = service(services, "lb", CLUSTER_COMPOSE);

        assertThat(String.valueOf(lb.get("image"))).as("%s: lb image", CLUSTER_COMPOSE).startsWith("nginx:");

        int listenPort = nginxListenPort();
        assertThat(publishedPorts(lb))
                .as("%s: lb must publish host port %d to nginx's listen port %d (from %s)",
                        CLUSTER_COMPOSE, APP_PORT, listenPort, NGINX_CONF)
                .containsEntry(APP_PORT, listenPort);

        List<String> mounts = stringList(lb.get("volumes"), CLUSTER_COMPOSE, "lb.volumes");
        String confMount = mounts.stream().filter(m -> m.contains("nginx-cluster.conf")).findFirst().orElse(null);
        assertThat(confMount).as("%s: lb must mount %s", CLUSTER_COMPOSE, NGINX_CONF).isNotNull();
        String[] parts = confMount.split(":");
        assertThat(DOCKER_DIR.resolve(parts[0]).normalize())
                .as("%s: lb mounts %s, which must be %s (relative to the compose file)", CLUSTER_COMPOSE, parts[0], NGINX_CONF)
                .isEqualTo(NGINX_CONF.normalize());
        assertThat(parts.length > 1 ? parts[1] : "")
                .as("%s: nginx-cluster.conf must be mounted into nginx's conf.d", CLUSTER_COMPOSE)
                .startsWith("/etc/nginx/conf.d/")
                .endsWith(".conf");

        Map<String, String> conditions = dependsOn(lb, CLUSTER_COMPOSE, "lb");
        for (String node : appNodes(services)) {
            assertThat(conditions)
                    .as("%s: lb must wait until %s is healthy", CLUSTER_COMPOSE, node)
                    .containsEntry(node, "service_healthy");
        }
    }

    @Test
    void nginxUpstreamListsEveryAppNodeWithStickySessions() throws IOException {
        String conf = withoutHashComments(read(NGINX_CONF));

        Matcher upstream = Pattern.compile("upstream\\s+(\\S+)\\s*\\{([^}]*)}").matcher(conf);
        assertThat(upstream.find()).as("%s must define an upstream block", NGINX_CONF).isTrue();
        String upstreamName = upstream.group(1);
        String body = upstream.group(2);

        assertThat(body).as("%s: upstream %s must use ip_hash (sticky sessions for the webapps)", NGINX_CONF, upstreamName)
                .containsPattern("(?m)^\\s*ip_hash\\s*;");

        Set<String> servers = new TreeSet<>();
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+([^\\s;]+)").matcher(body);
        while (server.find()) {
            servers.add(server.group(1));
        }
        Set<String> expected = appNodes(services(CLUSTER_COMPOSE)).stream()
                .map(node -> node + ":" + APP_PORT)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(servers)
                .as("%s: upstream %s servers must be exactly the appN services of %s on port %d",
                        NGINX_CONF, upstreamName, CLUSTER_COMPOSE, APP_PORT)
                .isEqualTo(expected);

        assertThat(conf).as("%s: requests must be proxied to upstream %s", NGINX_CONF, upstreamName)
                .containsPattern("proxy_pass\\s+http://" + Pattern.quote(upstreamName) + "\\s*;");
    }

    // ---------------------------------------------------------------- both compose files

    @Test
    void passwordsAreRequiredVariablesNeverLiterals() {
        for (Path file : List.of(SINGLE_COMPOSE, CLUSTER_COMPOSE)) {
            Map<String, Object> services = services(file);
            assertThat(environment(service(services, "db", file), file, "db"))
                    .as("%s: db must set POSTGRES_PASSWORD", file)
                    .containsKey("POSTGRES_PASSWORD");
            for (Map.Entry<String, Object> entry : services.entrySet()) {
                Map<String, Object> service = asMap(entry.getValue(), file + ": service " + entry.getKey());
                environment(service, file, entry.getKey()).forEach((name, value) -> {
                    if (name.toUpperCase(Locale.ROOT).contains("PASSWORD")) {
                        assertThat(value)
                                .as("%s: %s.%s must be a required variable like ${POSTGRES_PASSWORD:?message}, never a literal",
                                        file, entry.getKey(), name)
                                .isNotNull()
                                .contains(":?")
                                .matches(REQUIRED_VARIABLE);
                    }
                });
            }
        }
    }

    @Test
    void envExampleDocumentsEveryVariableOfTheComposeFiles() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : read(ENV_EXAMPLE).split("\\R")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                documented.put(trimmed.substring(0, trimmed.indexOf('=')).trim(),
                        trimmed.substring(trimmed.indexOf('=') + 1).trim());
            }
        }

        for (Path file : List.of(SINGLE_COMPOSE, CLUSTER_COMPOSE)) {
            Matcher reference = VARIABLE_REFERENCE.matcher(read(file));
            while (reference.find()) {
                assertThat(documented)
                        .as("%s uses ${%s}, which %s must document", file, reference.group(1), ENV_EXAMPLE)
                        .containsKey(reference.group(1));
            }
        }
        assertThat(documented.get("POSTGRES_PASSWORD"))
                .as("%s must show a placeholder for POSTGRES_PASSWORD", ENV_EXAMPLE)
                .isNotBlank();
    }

    @Test
    void appServicesBuildFromTheRepositoryRoot() {
        for (Path file : List.of(SINGLE_COMPOSE, CLUSTER_COMPOSE)) {
            Map<String, Object> services = services(file);
            for (String name : services.keySet()) {
                if (!name.equals("app") && !APP_NODE.matcher(name).matches()) {
                    continue;
                }
                Object build = service(services, name, file).get("build");
                assertThat(build).as("%s: %s must be built by docker/Dockerfile", file, name).isInstanceOf(Map.class);
                Map<String, Object> buildMap = asMap(build, file + ": " + name + ".build");
                assertThat(DOCKER_DIR.resolve(String.valueOf(buildMap.get("context"))).normalize().toString())
                        .as("%s: %s build context must be the repository root (the pom needs bpmn/ and forms/)", file, name)
                        .isEmpty();
                assertThat(buildMap.get("dockerfile"))
                        .as("%s: %s build dockerfile (relative to the context)", file, name)
                        .isEqualTo("docker/Dockerfile");
            }
        }
    }

    // ---------------------------------------------------------------- Dockerfile

    @Test
    void dockerfileBuildsInOneStageAndRunsAsNonRootInAnother() throws IOException {
        List<String> instructions = dockerInstructions();
        List<Integer> froms = indexesOf(instructions, "FROM");

        assertThat(froms).as("%s: multi-stage build needs at least two FROM lines", DOCKERFILE).hasSizeGreaterThanOrEqualTo(2);
        assertThat(instructions.get(froms.get(0))).as("%s: build stage image", DOCKERFILE).contains("maven:").contains("17");
        int runtimeStart = froms.get(froms.size() - 1);
        assertThat(instructions.get(runtimeStart)).as("%s: runtime stage image", DOCKERFILE).contains("17");

        List<Integer> users = indexesOf(instructions, "USER");
        assertThat(users).as("%s: the image must switch to a non-root USER", DOCKERFILE).isNotEmpty();
        int lastUser = users.get(users.size() - 1);
        assertThat(lastUser).as("%s: USER must be set in the runtime stage (after the last FROM)", DOCKERFILE)
                .isGreaterThan(runtimeStart);
        String user = arguments(instructions.get(lastUser)).split(":")[0].trim();
        assertThat(user).as("%s: USER must not be root", DOCKERFILE).isNotBlank().isNotIn("root", "0");
    }

    @Test
    void dockerfileCopiesWhatThePomNeedsAndPackagesTheJarItRuns() throws IOException {
        List<String> instructions = dockerInstructions();

        Set<String> copied = new LinkedHashSet<>();
        for (String instruction : instructions) {
            if (keyword(instruction).equals("COPY") && !instruction.contains("--from")) {
                List<String> words = new ArrayList<>(Arrays.asList(arguments(instruction).split("\\s+")));
                words.removeIf(word -> word.startsWith("--"));
                for (String source : words.subList(0, Math.max(0, words.size() - 1))) {
                    copied.add(source.replaceFirst("^\\./", "").replaceFirst("/$", ""));
                }
            }
        }
        assertThat(copied)
                .as("%s must COPY pom.xml, src and the top-level bpmn and forms folders the pom packages", DOCKERFILE)
                .contains("pom.xml", "src", "bpmn", "forms");

        String mavenPackage = instructions.stream()
                .filter(i -> keyword(i).equals("RUN") && i.contains("mvn") && i.contains("package"))
                .findFirst().orElse("");
        assertThat(mavenPackage)
                .as("%s: the build must run 'mvn ... -DskipTests package' (which also skips the pom's PostgreSQL test-database step)",
                        DOCKERFILE)
                .contains("-DskipTests");

        Matcher finalName = Pattern.compile("<finalName>\\s*([^<\\s]+)\\s*</finalName>").matcher(read(POM));
        assertThat(finalName.find()).as("%s must declare <finalName>", POM).isTrue();
        String jar = finalName.group(1) + ".jar";
        assertThat(instructions.stream().filter(i -> keyword(i).equals("COPY") && i.contains("--from")))
                .as("%s must copy target/%s (the pom's finalName) out of the build stage", DOCKERFILE, jar)
                .anyMatch(i -> i.contains("target/" + jar));
        assertThat(instructions.stream().filter(i -> keyword(i).equals("ENTRYPOINT") || keyword(i).equals("CMD")))
                .as("%s must start %s", DOCKERFILE, jar)
                .anyMatch(i -> i.contains(jar) && i.contains("java"));
    }

    @Test
    void dockerfileExposesAndHealthChecksPort8080() throws IOException {
        List<String> instructions = dockerInstructions();

        assertThat(instructions.stream().filter(i -> keyword(i).equals("EXPOSE"))
                .flatMap(i -> Arrays.stream(arguments(i).split("\\s+"))))
                .as("%s must EXPOSE %d", DOCKERFILE, APP_PORT)
                .anyMatch(port -> port.equals(String.valueOf(APP_PORT)) || port.equals(APP_PORT + "/tcp"));

        String healthcheck = instructions.stream().filter(i -> keyword(i).equals("HEALTHCHECK")).findFirst().orElse(null);
        assertThat(healthcheck).as("%s must have a HEALTHCHECK", DOCKERFILE).isNotNull();
        assertThat(arguments(healthcheck)).as("%s: HEALTHCHECK must check GET / on port %d", DOCKERFILE, APP_PORT)
                .doesNotStartWith("NONE")
                .contains("CMD")
                .contains("localhost:" + APP_PORT + "/");
    }

    @Test
    void healthCheckToolIsInstalledInTheRuntimeImage() throws IOException {
        List<String> instructions = dockerInstructions();
        List<Integer> froms = indexesOf(instructions, "FROM");
        String runtimeStage = String.join("\n", instructions.subList(froms.get(froms.size() - 1), instructions.size()));

        List<String> commands = new ArrayList<>();
        instructions.stream().filter(i -> keyword(i).equals("HEALTHCHECK")).forEach(commands::add);
        for (Path file : List.of(SINGLE_COMPOSE, CLUSTER_COMPOSE)) {
            Map<String, Object> services = services(file);
            for (String name : services.keySet()) {
                if (name.equals("app") || APP_NODE.matcher(name).matches()) {
                    commands.add(healthcheckTest(service(services, name, file), file, name));
                }
            }
        }
        for (String tool : List.of("curl", "wget")) {
            if (commands.stream().anyMatch(c -> c.contains(tool))) {
                assertThat(runtimeStage)
                        .as("%s: a health check uses %s, so the runtime stage must install it", DOCKERFILE, tool)
                        .containsPattern("install[^\\n]*\\b" + tool + "\\b");
            }
        }
    }

    // ---------------------------------------------------------------- application side

    @Test
    void postgresProfileExists() throws IOException {
        assertThat(POSTGRES_PROFILE)
                .as("the compose files activate the Spring profile 'postgres', so %s must exist", POSTGRES_PROFILE)
                .exists();
        assertThat(read(POSTGRES_PROFILE)).as("%s must configure PostgreSQL", POSTGRES_PROFILE).contains("postgres");
    }

    // ---------------------------------------------------------------- shared checks

    private static void assertDatabaseService(Path file, Map<String, Object> db) {
        assertThat(String.valueOf(db.get("image"))).as("%s: db image", file).startsWith("postgres:16");

        Map<String, String> env = environment(db, file, "db");
        assertThat(env.get("POSTGRES_DB")).as("%s: db POSTGRES_DB", file).isNotBlank();
        assertThat(env).as("%s: db must set POSTGRES_USER", file).containsKey("POSTGRES_USER");
        assertThat(env.get("POSTGRES_PASSWORD")).as("%s: db POSTGRES_PASSWORD must be a required variable", file)
                .isNotNull().contains(":?").matches(REQUIRED_VARIABLE);

        assertThat(stringList(db.get("volumes"), file, "db.volumes"))
                .as("%s: db must keep /var/lib/postgresql/data in a named volume", file)
                .anyMatch(volume -> volume.endsWith(":/var/lib/postgresql/data") && !volume.startsWith(".") && !volume.startsWith("/"));

        assertThat(healthcheckTest(db, file, "db")).as("%s: db healthcheck", file).contains("pg_isready");
    }

    private static void assertApplicationService(Path file, String name, Map<String, Object> app, String databaseName) {
        assertThat(dependsOn(app, file, name))
                .as("%s: %s must depend on db with condition service_healthy", file, name)
                .containsEntry("db", "service_healthy");

        Map<String, String> env = environment(app, file, name);
        assertThat(Arrays.stream(String.valueOf(env.get("SPRING_PROFILES_ACTIVE")).split(",")).map(String::trim))
                .as("%s: %s SPRING_PROFILES_ACTIVE must contain the 'postgres' profile", file, name)
                .contains("postgres");

        String url = env.get("SPRING_DATASOURCE_URL");
        assertThat(url).as("%s: %s SPRING_DATASOURCE_URL must point at the db service", file, name)
                .isNotNull().startsWith(JDBC_PREFIX);
        assertThat(url.substring(JDBC_PREFIX.length()).split("[?;]")[0])
                .as("%s: %s SPRING_DATASOURCE_URL database must be db's POSTGRES_DB", file, name)
                .isEqualTo(databaseName);

        assertThat(env.get("SPRING_DATASOURCE_USERNAME")).as("%s: %s SPRING_DATASOURCE_USERNAME", file, name).isNotBlank();
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD"))
                .as("%s: %s SPRING_DATASOURCE_PASSWORD must be a required variable", file, name)
                .isNotNull().contains(":?").matches(REQUIRED_VARIABLE);

        assertThat(healthcheckTest(app, file, name))
                .as("%s: %s healthcheck must check GET / on port %d", file, name, APP_PORT)
                .contains("localhost:" + APP_PORT + "/");
    }

    // ---------------------------------------------------------------- YAML helpers

    private static Map<String, Object> services(Path file) {
        Map<String, Object> compose;
        try {
            compose = asMap(new Yaml().load(read(file)), file.toString());
        } catch (IOException e) {
            throw new AssertionError(file + " cannot be read", e);
        }
        return asMap(compose.get("services"), file + ": services");
    }

    private static Map<String, Object> service(Map<String, Object> services, String name, Path file) {
        assertThat(services).as("%s: service %s", file, name).containsKey(name);
        return asMap(services.get(name), file + ": service " + name);
    }

    private static List<String> appNodes(Map<String, Object> services) {
        return services.keySet().stream().filter(name -> APP_NODE.matcher(name).matches()).sorted().toList();
    }

    private static String databaseName(Map<String, Object> services, Path file) {
        return environment(service(services, "db", file), file, "db").get("POSTGRES_DB");
    }

    /** The environment in either Compose form: a mapping, or a list of NAME=value. */
    private static Map<String, String> environment(Map<String, Object> service, Path file, String name) {
        Object environment = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object item : list) {
                String entry = String.valueOf(item);
                int equals = entry.indexOf('=');
                result.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? null : entry.substring(equals + 1));
            }
        } else if (environment != null) {
            fail("%s: %s.environment is neither a mapping nor a list", file, name);
        }
        return result;
    }

    /** depends_on as service name to condition; the short list form means service_started. */
    private static Map<String, String> dependsOn(Map<String, Object> service, Path file, String name) {
        Object dependsOn = service.get("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key),
                    value instanceof Map<?, ?> options && options.get("condition") != null
                            ? String.valueOf(options.get("condition")) : "service_started"));
        } else if (dependsOn instanceof List<?> list) {
            list.forEach(item -> result.put(String.valueOf(item), "service_started"));
        } else if (dependsOn != null) {
            fail("%s: %s.depends_on is neither a mapping nor a list", file, name);
        }
        return result;
    }

    /** Published ports as host port to container port, from the short ("[ip:]host:container[/proto]") or long form. */
    private static Map<Integer, Integer> publishedPorts(Map<String, Object> service) {
        Map<Integer, Integer> result = new LinkedHashMap<>();
        Object ports = service.get("ports");
        if (!(ports instanceof List<?> list)) {
            return result;
        }
        for (Object port : list) {
            if (port instanceof Map<?, ?> longForm) {
                if (longForm.get("published") != null && longForm.get("target") != null) {
                    result.put(Integer.valueOf(String.valueOf(longForm.get("published"))),
                            Integer.valueOf(String.valueOf(longForm.get("target"))));
                }
            } else {
                String[] parts = String.valueOf(port).replaceFirst("/.*$", "").split(":");
                if (parts.length >= 2) {
                    result.put(Integer.valueOf(parts[parts.length - 2]), Integer.valueOf(parts[parts.length - 1]));
                }
            }
        }
        return result;
    }

    private static String healthcheckTest(Map<String, Object> service, Path file, String name) {
        assertThat(service.get("healthcheck")).as("%s: %s must have a healthcheck", file, name).isInstanceOf(Map.class);
        Map<String, Object> healthcheck = asMap(service.get("healthcheck"), file + ": " + name + ".healthcheck");
        assertThat(healthcheck.get("disable")).as("%s: %s healthcheck must not be disabled", file, name).isNotEqualTo(true);
        Object test = healthcheck.get("test");
        String command = test instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(test);
        assertThat(command).as("%s: %s healthcheck test", file, name).isNotBlank().doesNotStartWith("NONE");
        return command;
    }

    private static List<String> stringList(Object value, Path file, String what) {
        assertThat(value).as("%s: %s must be a list", file, what).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String what) {
        assertThat(value).as("%s must be a mapping", what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    // ---------------------------------------------------------------- Dockerfile / nginx helpers

    /** Dockerfile instructions, comments dropped and continuation lines joined. */
    private static List<String> dockerInstructions() throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(DOCKERFILE).split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            boolean continues = trimmed.endsWith("\\");
            current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continues) {
                instructions.add(current.toString().trim());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            instructions.add(current.toString().trim());
        }
        return instructions;
    }

    private static String keyword(String instruction) {
        return instruction.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private static String arguments(String instruction) {
        String[] parts = instruction.split("\\s+", 2);
        return parts.length > 1 ? parts[1].trim() : "";
    }

    private static List<Integer> indexesOf(List<String> instructions, String keyword) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < instructions.size(); i++) {
            if (keyword(instructions.get(i)).equals(keyword)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static int nginxListenPort() throws IOException {
        Matcher listen = Pattern.compile("(?m)^\\s*listen\\s+(?:[^\\s;]*:)?(\\d+)").matcher(withoutHashComments(read(NGINX_CONF)));
        assertThat(listen.find()).as("%s must have a server that listens on a port", NGINX_CONF).isTrue();
        return Integer.parseInt(listen.group(1));
    }

    private static String withoutHashComments(String text) {
        return text.replaceAll("(?m)#.*$", "");
    }

    private static String read(Path file) throws IOException {
        assertThat(file).as("%s must exist (paths are relative to the project root)", file).exists();
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
