package vn.directivecascade.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the Docker files (docker/) in step with the application: database wiring, the Spring profile,
 * required passwords, ports, health checks, engine host names, the nginx upstream of the cluster and the
 * Dockerfile. Ports, actuator paths and the time zone are read from the application's configuration the way
 * Spring Boot binds it in a container (the service's environment over application-postgres.yaml over
 * application.yaml), so changing them there without changing the Docker files fails here.
 * Plain JUnit, no Spring context; paths are relative to the project root (Maven's working directory).
 */
class DockerFilesTest {

    private static final Path DOCKER_DIR = Path.of("docker");
    private static final Path SINGLE_COMPOSE = DOCKER_DIR.resolve("compose.yaml");
    private static final Path CLUSTER_COMPOSE = DOCKER_DIR.resolve("compose-cluster.yaml");
    private static final Path NGINX_CONF = DOCKER_DIR.resolve("nginx-cluster.conf");
    private static final Path DOCKERFILE = DOCKER_DIR.resolve("Dockerfile");
    private static final Path ENV_EXAMPLE = DOCKER_DIR.resolve(".env.example");
    private static final Path DOCKERIGNORE = Path.of(".dockerignore");
    private static final Path GITIGNORE = Path.of(".gitignore");
    private static final Path POM = Path.of("pom.xml");

    /** The profile the containers run; it reads the database from SPRING_DATASOURCE_* variables. */
    private static final String PRODUCTION_PROFILE = "postgres";
    private static final Path APPLICATION_CONFIG = Path.of("src/main/resources/application.yaml");
    private static final Path PRODUCTION_PROFILE_CONFIG =
            Path.of("src/main/resources/application-" + PRODUCTION_PROFILE + ".yaml");
    /** The engine's host name: camunda.bpm.generic-properties.properties.hostname. */
    private static final String ENGINE_HOST_NAME = "hostname";
    /** The engine host name as an environment variable: Spring drops the dash of generic-properties. */
    private static final String ENGINE_HOST_NAME_VARIABLE = "CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME";
    private static final String READINESS_GROUP = "readiness";
    /** Docker's embedded DNS server, which resolves the compose services' names. */
    private static final String DOCKER_DNS = "127.0.0.11";

    private static final String JDBC_PREFIX = "jdbc:postgresql://db:5432/";
    /** A whole-value Compose interpolation that refuses to run when the variable is unset or empty. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}$");
    private static final Pattern APP_NODE = Pattern.compile("app\\d+");
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DATASOURCE_VARIABLE = Pattern.compile("\\$\\{(SPRING_DATASOURCE_[A-Z0-9_]+)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"',]+");

    // ---------------------------------------------------------------- compose.yaml (single node)

    @Test
    void singleNodeComposeHasDbAndApp() {
        Map<String, Object> services = services(SINGLE_COMPOSE);

        assertThat(services.keySet()).as("services of %s", SINGLE_COMPOSE).contains("db", "app");
        assertDatabaseService(SINGLE_COMPOSE, service(services, "db", SINGLE_COMPOSE));
        assertApplicationService(SINGLE_COMPOSE, "app", service(services, "app", SINGLE_COMPOSE),
                service(services, "db", SINGLE_COMPOSE));
    }

    @Test
    void singleNodeAppPublishesTheApplicationPort() {
        Map<String, Object> app = service(services(SINGLE_COMPOSE), "app", SINGLE_COMPOSE);
        int port = applicationPort(applicationConfig(environment(app, SINGLE_COMPOSE, "app")));

        assertThat(publishedPorts(app))
                .as("%s: app must publish host port %d to the application's port %d", SINGLE_COMPOSE, port, port)
                .containsEntry(port, port);
    }

    // ---------------------------------------------------------------- compose-cluster.yaml

    @Test
    void clusterComposeHasDbLoadBalancerAndAtLeastTwoAppNodes() {
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        List<String> nodes = appNodes(services);

        assertThat(services.keySet()).as("services of %s", CLUSTER_COMPOSE).contains("db", "app1", "app2", "lb");
        assertThat(nodes).as("%s: application nodes appN of the homogeneous cluster", CLUSTER_COMPOSE).hasSizeGreaterThanOrEqualTo(2);

        Map<String, Object> db = service(services, "db", CLUSTER_COMPOSE);
        assertDatabaseService(CLUSTER_COMPOSE, db);
        for (String node : nodes) {
            Map<String, Object> app = service(services, node, CLUSTER_COMPOSE);
            assertApplicationService(CLUSTER_COMPOSE, node, app, db);
            assertThat(app.get("ports"))
                    .as("%s: %s must not publish host ports, only the load balancer (lb) does", CLUSTER_COMPOSE, node)
                    .isNull();
        }
    }

    @Test
    void clusterNodesRunTheSameImageAndConfiguration() {
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        List<String> nodes = appNodes(services);
        String firstNode = nodes.get(0);
        Map<String, Object> first = service(services, firstNode, CLUSTER_COMPOSE);

        for (String node : nodes) {
            Map<String, Object> app = service(services, node, CLUSTER_COMPOSE);
            assertThat(app.get("image"))
                    .as("%s: %s must use the same image as %s (homogeneous cluster)", CLUSTER_COMPOSE, node, firstNode)
                    .isEqualTo(first.get("image"));
            assertThat(withoutEngineHostName(environment(app, CLUSTER_COMPOSE, node)))
                    .as("%s: apart from the engine host name, %s must have the same environment as %s (homogeneous cluster)",
                            CLUSTER_COMPOSE, node, firstNode)
                    .isEqualTo(withoutEngineHostName(environment(first, CLUSTER_COMPOSE, firstNode)));
            assertThat(app.get("healthcheck"))
                    .as("%s: %s must have the same healthcheck as %s", CLUSTER_COMPOSE, node, firstNode)
                    .isEqualTo(first.get("healthcheck"));
        }
    }

    @Test
    void eachClusterNodeNamesItsEngineAfterItsService() {
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        Map<String, String> hostNames = new TreeMap<>();
        for (String node : appNodes(services)) {
            hostNames.put(node, engineHostName(applicationConfig(environment(service(services, node, CLUSTER_COMPOSE), CLUSTER_COMPOSE, node))));
        }

        // The service name makes the host names distinct and tells an operator which container ran a job.
        assertThat(hostNames)
                .as("%s: each node's engine host name, as the Camunda starter binds its environment, must be its service name",
                        CLUSTER_COMPOSE)
                .allSatisfy((node, hostName) -> assertThat(hostName).as(node).isEqualTo(node));
    }

    @Test
    void clusterLoadBalancerIsNginxOnTheApplicationPortWithTheClusterConfig() throws IOException {
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        Map<String, Object> lb = service(services, "lb", CLUSTER_COMPOSE);
        String firstNode = appNodes(services).get(0);
        int port = applicationPort(applicationConfig(environment(service(services, firstNode, CLUSTER_COMPOSE), CLUSTER_COMPOSE, firstNode)));

        assertThat(String.valueOf(lb.get("image"))).as("%s: lb image", CLUSTER_COMPOSE).startsWith("nginx:");
        assertThat(versionNumber(String.valueOf(lb.get("image")).substring("nginx:".length())))
                .as("%s: lb image must be nginx 1.27.3 or later, for upstream servers with 'resolve'", CLUSTER_COMPOSE)
                .isGreaterThanOrEqualTo(versionNumber("1.27.3"));

        int listenPort = nginxListenPort();
        assertThat(publishedPorts(lb))
                .as("%s: lb must publish host port %d (the application's, as on a single node) to nginx's listen port %d (from %s)",
                        CLUSTER_COMPOSE, port, listenPort, NGINX_CONF)
                .containsEntry(port, listenPort);

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

        assertThat(body)
                .as("%s: upstream %s must keep each client on one node by its address (sticky webapp sessions)", NGINX_CONF, upstreamName)
                .containsPattern("(?m)^\\s*(ip_hash|hash\\s+\\$(binary_)?remote_addr(\\s+consistent)?)\\s*;");

        Map<String, String> servers = new TreeMap<>();
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+([^\\s;]+)([^;]*);").matcher(body);
        while (server.find()) {
            servers.put(server.group(1), server.group(2).trim());
        }
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        Set<String> expected = new TreeSet<>();
        for (String node : appNodes(services)) {
            expected.add(node + ":" + applicationPort(applicationConfig(environment(service(services, node, CLUSTER_COMPOSE), CLUSTER_COMPOSE, node))));
        }
        assertThat(servers.keySet())
                .as("%s: upstream %s servers must be exactly the appN services of %s on the application's port",
                        NGINX_CONF, upstreamName, CLUSTER_COMPOSE)
                .isEqualTo(expected);

        // What nginx itself would refuse at start-up, checked here because no nginx runs on the build machines.
        assertThat(servers).as("%s: every server must be resolved at run time, to follow a node that restarts with another address", NGINX_CONF)
                .allSatisfy((name, parameters) -> assertThat(parameters).as(name).contains("resolve"));
        assertThat(body).as("%s: 'resolve' needs the upstream in shared memory", NGINX_CONF)
                .containsPattern("(?m)^\\s*zone\\s+\\S+\\s+\\d+[kKmM]\\s*;");
        assertThat(body).as("%s: 'resolve' needs a resolver: Docker's embedded DNS, %s", NGINX_CONF, DOCKER_DNS)
                .containsPattern("(?m)^\\s*resolver\\s+" + Pattern.quote(DOCKER_DNS) + "[\\s;]");

        assertThat(conf).as("%s: requests must be proxied to upstream %s", NGINX_CONF, upstreamName)
                .containsPattern("proxy_pass\\s+http://" + Pattern.quote(upstreamName) + "\\s*;");
    }

    @Test
    void loadBalancerRefusesPrometheusScrapes() throws IOException {
        Map<String, Object> services = services(CLUSTER_COMPOSE);
        String firstNode = appNodes(services).get(0);
        String prometheusPath = endpointPath(applicationConfig(environment(service(services, firstNode, CLUSTER_COMPOSE), CLUSTER_COMPOSE, firstNode)),
                "prometheus");

        assertThat(withoutHashComments(read(NGINX_CONF)))
                .as("%s: %s must answer 404 through the load balancer: Prometheus scrapes each node", NGINX_CONF, prometheusPath)
                .containsPattern("location\\s+(=\\s*|\\^~\\s*)?" + Pattern.quote(prometheusPath) + "\\s*\\{\\s*return\\s+404\\s*;\\s*}");
    }

    // ---------------------------------------------------------------- both compose files

    @Test
    void passwordsAreRequiredVariablesNeverLiterals() throws IOException {
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
                                .matches(REQUIRED_VARIABLE);
                    }
                });
            }
        }
        assertThat(dockerInstructions().stream().filter(i -> keyword(i).equals("ENV") || keyword(i).equals("ARG")))
                .as("%s must not bake a password into the image (ENV or ARG)", DOCKERFILE)
                .noneMatch(i -> i.toUpperCase(Locale.ROOT).contains("PASSWORD"));
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
        assertThat(read(GITIGNORE).lines().map(String::trim))
                .as("%s must keep docker/.env, which holds the real password, out of Git", GITIGNORE)
                .contains("docker/.env");
    }

    @Test
    void appServicesBuildFromTheRepositoryRoot() {
        for (Path file : List.of(SINGLE_COMPOSE, CLUSTER_COMPOSE)) {
            Map<String, Object> services = services(file);
            for (String name : applicationServices(services)) {
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
        assertThat(read(DOCKERIGNORE).lines().map(String::trim).collect(Collectors.toSet()))
                .as("%s keeps only what %s copies in the build context, so it must let each of %s through", DOCKERIGNORE, DOCKERFILE, copied)
                .contains("*")
                .containsAll(copied.stream().map(source -> "!" + source).toList());

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
    void dockerfileExposesTheApplicationPortAndChecksReadiness() throws IOException {
        List<String> instructions = dockerInstructions();
        Binder config = applicationConfig(Map.of());
        int port = applicationPort(config);

        assertThat(instructions.stream().filter(i -> keyword(i).equals("EXPOSE"))
                .flatMap(i -> Arrays.stream(arguments(i).split("\\s+"))))
                .as("%s must EXPOSE the application's port %d", DOCKERFILE, port)
                .anyMatch(exposed -> exposed.equals(String.valueOf(port)) || exposed.equals(port + "/tcp"));

        String healthcheck = instructions.stream().filter(i -> keyword(i).equals("HEALTHCHECK")).findFirst().orElse(null);
        assertThat(healthcheck).as("%s must have a HEALTHCHECK", DOCKERFILE).isNotNull();
        assertThat(arguments(healthcheck)).as("%s: HEALTHCHECK", DOCKERFILE).doesNotStartWith("NONE").contains("CMD");
        assertThat(urls(healthcheck)).as("%s: HEALTHCHECK must probe the application's readiness", DOCKERFILE)
                .containsExactly(readinessUrl(config));
    }

    @Test
    void dockerfileRunsTheJvmInTheApplicationsTimeZone() throws IOException {
        String zone = applicationConfig(Map.of()).bind("directive-cascade.zone", String.class)
                .orElseThrow(() -> new AssertionError(APPLICATION_CONFIG + " must set directive-cascade.zone"));

        assertThat(runtimeStageEnvironment())
                .as("%s: the runtime stage must set TZ to directive-cascade.zone (%s): Camunda's history clean-up window "
                        + "runs in the JVM's zone", DOCKERFILE, zone)
                .containsEntry("TZ", zone);
        assertThat(ZoneId.of(zone).getId()).as("the application's zone must be Vietnam's, a region id the JVM knows")
                .isEqualTo("Asia/Ho_Chi_Minh");
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
            for (String name : applicationServices(services)) {
                commands.add(healthcheckTest(service(services, name, file), file, name));
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
    void productionProfileTakesTheDatabaseFromSpringDatasourceVariables() {
        assertThat(productionProfileVariables())
                .as("%s reads the database connection from these variables, which every app service must set", PRODUCTION_PROFILE_CONFIG)
                .containsExactlyInAnyOrder("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void everyAppServiceGivesTheAdministratorPasswordTheApplicationRequires() throws IOException {
        String variable = "DIRECTIVE_CASCADE_ADMIN_PASSWORD";
        assertThat(Files.readString(APPLICATION_CONFIG))
                .as("%s takes the administrator's password from %s, with no default", APPLICATION_CONFIG, variable)
                .contains("password: ${" + variable + "}");
        for (Path file : List.of(SINGLE_COMPOSE, CLUSTER_COMPOSE)) {
            Map<String, Object> services = services(file);
            for (String name : applicationServices(services)) {
                assertThat(environment(service(services, name, file), file, name).get(variable))
                        .as("%s: %s must pass %s on, as a required variable", file, name, variable)
                        .matches(REQUIRED_VARIABLE)
                        .startsWith("${" + variable + ":?");
            }
        }
        assertThat(Files.readString(ENV_EXAMPLE)).as("%s documents %s", ENV_EXAMPLE, variable).contains(variable + "=");
    }

    @Test
    void applicationServesTheEndpointsTheContainersUse() throws IOException {
        Binder config = applicationConfig(Map.of());
        WebEndpointProperties web = config.bindOrCreate("management.endpoints.web", WebEndpointProperties.class);
        HealthEndpointProperties health = config.bindOrCreate("management.endpoint.health", HealthEndpointProperties.class);

        assertThat(web.getExposure().getInclude()).as("%s: exposed actuator endpoints", APPLICATION_CONFIG)
                .contains("health", "prometheus");
        assertThat(web.getExposure().getExclude()).as("%s: excluded actuator endpoints", APPLICATION_CONFIG)
                .doesNotContain("health", "prometheus");
        assertThat(config.bind("management.endpoint.health.probes.enabled", Boolean.class).orElse(false))
                .as("%s: the health probes (%s/readiness) must be enabled", APPLICATION_CONFIG, endpointPath(config, "health"))
                .isTrue();
        assertThat(health.getGroup()).as("%s: health groups", APPLICATION_CONFIG).containsKey(READINESS_GROUP);
        assertThat(health.getGroup().get(READINESS_GROUP).getInclude())
                .as("%s: readiness, which the containers' health checks probe, must cover the database, the engine and its job executor",
                        APPLICATION_CONFIG)
                .contains("db", "processEngine", "jobExecutor");
        assertThat(read(POM)).as("%s: /actuator/prometheus needs Micrometer's Prometheus registry", POM)
                .contains("<artifactId>micrometer-registry-prometheus</artifactId>");
    }

    // ---------------------------------------------------------------- shared checks

    private static void assertDatabaseService(Path file, Map<String, Object> db) {
        assertThat(String.valueOf(db.get("image"))).as("%s: db image", file).startsWith("postgres:16");

        Map<String, String> env = environment(db, file, "db");
        assertThat(env.get("POSTGRES_DB")).as("%s: db POSTGRES_DB", file).isNotBlank();
        assertThat(env.get("POSTGRES_USER")).as("%s: db POSTGRES_USER", file).isNotBlank();
        assertThat(env.get("POSTGRES_PASSWORD")).as("%s: db POSTGRES_PASSWORD must be a required variable", file)
                .isNotNull().matches(REQUIRED_VARIABLE);

        assertThat(stringList(db.get("volumes"), file, "db.volumes"))
                .as("%s: db must keep /var/lib/postgresql/data in a named volume", file)
                .anyMatch(volume -> volume.endsWith(":/var/lib/postgresql/data") && !volume.startsWith(".") && !volume.startsWith("/"));

        assertThat(healthcheckTest(db, file, "db")).as("%s: db healthcheck", file).contains("pg_isready");
    }

    private static void assertApplicationService(Path file, String name, Map<String, Object> app, Map<String, Object> db) {
        assertThat(dependsOn(app, file, name))
                .as("%s: %s must depend on db with condition service_healthy", file, name)
                .containsEntry("db", "service_healthy");

        Map<String, String> env = environment(app, file, name);
        assertThat(env.get("SPRING_PROFILES_ACTIVE"))
                .as("%s: %s must run the production profile only (no demo data)", file, name)
                .isEqualTo(PRODUCTION_PROFILE);
        for (String variable : productionProfileVariables()) {
            assertThat(env.get(variable))
                    .as("%s: %s must set %s, which %s reads", file, name, variable, PRODUCTION_PROFILE_CONFIG)
                    .isNotBlank();
        }

        Map<String, String> dbEnv = environment(db, file, "db");
        String url = env.get("SPRING_DATASOURCE_URL");
        assertThat(url).as("%s: %s SPRING_DATASOURCE_URL must point at the db service", file, name).startsWith(JDBC_PREFIX);
        assertThat(url.substring(JDBC_PREFIX.length()).split("[?;]")[0])
                .as("%s: %s SPRING_DATASOURCE_URL database must be db's POSTGRES_DB", file, name)
                .isEqualTo(dbEnv.get("POSTGRES_DB"));
        assertThat(env.get("SPRING_DATASOURCE_USERNAME"))
                .as("%s: %s SPRING_DATASOURCE_USERNAME must be db's POSTGRES_USER", file, name)
                .isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD"))
                .as("%s: %s SPRING_DATASOURCE_PASSWORD must be db's POSTGRES_PASSWORD, a required variable", file, name)
                .matches(REQUIRED_VARIABLE)
                .isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));

        assertThat(urls(healthcheckTest(app, file, name)))
                .as("%s: %s healthcheck must probe the application's readiness", file, name)
                .containsExactly(readinessUrl(applicationConfig(env)));

        // E-mail notifications: a real SMTP server, required, with its TLS and authentication settings reaching JavaMail.
        Binder config = applicationConfig(env);
        assertThat(config.bind("directive-cascade.mail.transport", String.class).orElse(""))
                .as("%s: %s must send mails through SMTP", file, name).isEqualToIgnoringCase("smtp");
        assertThat(env.get("SPRING_MAIL_HOST")).as("%s: %s SPRING_MAIL_HOST must be a required variable", file, name)
                .matches(REQUIRED_VARIABLE);
        assertThat(env.get("DIRECTIVE_CASCADE_MAIL_FROM")).as("%s: %s DIRECTIVE_CASCADE_MAIL_FROM must be a required variable", file, name)
                .matches(REQUIRED_VARIABLE);
        assertThat(config.bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).orElse(Map.of()))
                .as("%s: %s JavaMail properties", file, name)
                .containsKeys("mail.smtp.auth", "mail.smtp.starttls.enable", "mail.smtp.connectiontimeout");
    }

    // ---------------------------------------------------------------- the application's configuration

    /**
     * The application's configuration as Spring Boot binds it in a container: the environment variables
     * (relaxed binding, e.g. SERVER_PORT) over the production profile over application.yaml.
     */
    private static Binder applicationConfig(Map<String, String> environment) {
        List<PropertySource<?>> sources = new ArrayList<>();
        sources.add(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new HashMap<>(environment)));
        try {
            YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
            for (Path file : List.of(PRODUCTION_PROFILE_CONFIG, APPLICATION_CONFIG)) {
                assertThat(file).as("%s must exist (paths are relative to the project root)", file).exists();
                sources.addAll(loader.load(file.toString(), new FileSystemResource(file)));
            }
        } catch (IOException e) {
            throw new AssertionError("the application's configuration cannot be read", e);
        }
        return new Binder(ConfigurationPropertySources.from(sources));
    }

    /** server.port, or the embedded Tomcat's own default. */
    private static int applicationPort(Binder config) {
        return config.bind("server.port", Integer.class).orElse(new TomcatServletWebServerFactory().getPort());
    }

    /** The port actuator answers on: management.server.port when set, else the application's. */
    private static int managementPort(Binder config) {
        return config.bind("management.server.port", Integer.class).orElse(applicationPort(config));
    }

    /** An actuator endpoint's path as served: context path (or management base path), actuator base path, endpoint id. */
    private static String endpointPath(Binder config, String endpointId) {
        boolean ownPort = managementPort(config) != applicationPort(config);
        String root = config.bind(ownPort ? "management.server.base-path" : "server.servlet.context-path", String.class).orElse("");
        WebEndpointProperties web = config.bindOrCreate("management.endpoints.web", WebEndpointProperties.class);
        return root + web.getBasePath() + "/" + web.getPathMapping().getOrDefault(endpointId, endpointId);
    }

    private static String readinessUrl(Binder config) {
        return "http://localhost:" + managementPort(config) + endpointPath(config, "health") + "/" + READINESS_GROUP;
    }

    /**
     * The engine host name as the Camunda starter binds it: generic-properties.properties is a map, whose keys Spring
     * finds only under the variable name without the dash (CAMUNDA_BPM_GENERICPROPERTIES_...). Binding the single
     * property instead would also accept CAMUNDA_BPM_GENERIC_PROPERTIES_..., which the running engine ignores.
     */
    private static String engineHostName(Binder config) {
        Object hostName = config.bindOrCreate("camunda.bpm", CamundaBpmProperties.class)
                .getGenericProperties().getProperties().get(ENGINE_HOST_NAME);
        return hostName == null ? null : String.valueOf(hostName);
    }

    /** The SPRING_DATASOURCE_* variables the production profile reads through ${...} placeholders. */
    private static Set<String> productionProfileVariables() {
        Set<String> variables = new TreeSet<>();
        try {
            Matcher variable = DATASOURCE_VARIABLE.matcher(read(PRODUCTION_PROFILE_CONFIG));
            while (variable.find()) {
                variables.add(variable.group(1));
            }
        } catch (IOException e) {
            throw new AssertionError(PRODUCTION_PROFILE_CONFIG + " cannot be read", e);
        }
        return variables;
    }

    private static Map<String, String> withoutEngineHostName(Map<String, String> environment) {
        Map<String, String> result = new LinkedHashMap<>(environment);
        result.remove(ENGINE_HOST_NAME_VARIABLE);
        return result;
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

    /** The services that run the application image: "app" on a single node, appN in the cluster. */
    private static List<String> applicationServices(Map<String, Object> services) {
        return services.keySet().stream().filter(name -> name.equals("app") || APP_NODE.matcher(name).matches()).sorted().toList();
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

    private static List<String> urls(String command) {
        return URL.matcher(command).results().map(MatchResult::group).toList();
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

    /** The ENV variables of the runtime stage (after the last FROM), in either form: NAME=value ... or NAME value. */
    private static Map<String, String> runtimeStageEnvironment() throws IOException {
        List<String> instructions = dockerInstructions();
        List<Integer> froms = indexesOf(instructions, "FROM");
        Map<String, String> environment = new LinkedHashMap<>();
        for (String instruction : instructions.subList(froms.get(froms.size() - 1), instructions.size())) {
            if (!keyword(instruction).equals("ENV")) {
                continue;
            }
            String arguments = arguments(instruction);
            String[] words = arguments.split("\\s+", 2);
            if (!words[0].contains("=")) {
                environment.put(words[0], words.length > 1 ? unquoted(words[1]) : "");
                continue;
            }
            for (String assignment : arguments.split("\\s+")) {
                int equals = assignment.indexOf('=');
                environment.put(assignment.substring(0, equals), unquoted(assignment.substring(equals + 1)));
            }
        }
        return environment;
    }

    private static String unquoted(String value) {
        return value.trim().replaceAll("^\"(.*)\"$", "$1");
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

    /** "1.28" or "1.27.3" as a comparable number; a missing part counts as 0. */
    private static int versionNumber(String version) {
        assertThat(version).as("version").matches("\\d+(\\.\\d+){0,2}");
        int[] parts = Arrays.stream((version + ".0.0").split("\\.")).limit(3).mapToInt(Integer::parseInt).toArray();
        return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2];
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
