package com.opsledger.infra.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logging switch as an operator uses it: a JVM of its own with the application's classpath and application.yml
 * (not the tests' logging set-up), Spring Boot's structured console logging chosen by
 * {@code logging.structured.format.console}.
 */
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path probeClasses;

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void canWriteEveryLineAsJsonWithTheRequestsCorrelationId(String format) throws Exception {
        List<String> lines = probe("--logging.structured.format.console=" + format);

        JsonNode during = json(line(lines, StructuredLogProbe.DURING));
        assertThat(during.path("correlationId").asText()).isEqualTo(StructuredLogProbe.CORRELATION_ID);
        assertThat(during.path("message").asText()).isEqualTo(StructuredLogProbe.DURING);
        assertThat(during.has("@timestamp")).isTrue();
        JsonNode after = json(line(lines, StructuredLogProbe.AFTER));
        assertThat(after.has("correlationId")).as("the request's id ends with the request").isFalse();
        assertThat(lines.stream().filter(l -> !l.isBlank() && !l.startsWith("Picked up "))).as("every line is JSON")
                .allSatisfy(StructuredLogsTest::json);
    }

    @Test
    void canNameTheCorrelationIdInPlainTextLinesByDefault() throws Exception {
        List<String> lines = probe();

        String during = line(lines, StructuredLogProbe.DURING);
        assertThat(during).doesNotStartWith("{").contains("[" + StructuredLogProbe.CORRELATION_ID + "] ");
        assertThat(line(lines, StructuredLogProbe.AFTER)).doesNotContain("[]");
    }

    private List<String> probe(String... arguments) throws IOException, InterruptedException, URISyntaxException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classpath(), StructuredLogProbe.class.getName(), "--spring.main.banner-mode=off",
                "--opsledger.embedded.enabled=false"));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    /**
     * The application's classpath without the tests' classes and resources (and so without their logging
     * configuration), plus the probe alone.
     */
    private String classpath() throws IOException, URISyntaxException {
        Path testClasses = Path.of(StructuredLogProbe.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path packageDirectory = Path.of(StructuredLogProbe.class.getPackageName().replace('.', File.separatorChar));
        Files.createDirectories(probeClasses.resolve(packageDirectory));
        try (DirectoryStream<Path> probeFiles = Files.newDirectoryStream(testClasses.resolve(packageDirectory),
                StructuredLogProbe.class.getSimpleName() + "*.class")) {
            for (Path file : probeFiles) {
                Files.copy(file, probeClasses.resolve(packageDirectory).resolve(file.getFileName()));
            }
        }
        String application = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().equals(testClasses.toAbsolutePath()
                        .normalize()))
                .collect(Collectors.joining(File.pathSeparator));
        return probeClasses + File.pathSeparator + application;
    }

    private static String line(List<String> lines, String message) {
        return lines.stream().filter(l -> l.contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + message + " in " + lines));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
