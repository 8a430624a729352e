package com.opsledger.bench;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CPU profile of this JVM over one benchmark row, from JDK Flight Recorder's execution samples (threads running Java
 * code, every 10 ms): where the application's CPU goes, by thread, by library, and by OpsLedger or Axon component.
 * Unlike thread dumps it counts only threads on a CPU, and it is not biased towards safepoints.
 */
final class CpuProfile implements AutoCloseable {

    /** Libraries, by the package of a frame; the first that matches names it. */
    private static final String[][] LIBRARIES = {
            {"org.postgresql.", "PostgreSQL JDBC driver"},
            {"com.zaxxer.hikari.", "connection pool"},
            {"org.hibernate.", "Hibernate"},
            {"com.fasterxml.jackson.", "Jackson (JSON)"},
            {"co.elastic.clients.", "Elasticsearch client"},
            {"org.elasticsearch.client.", "Elasticsearch client"},
            {"org.apache.http.", "Elasticsearch client"},
            {"jakarta.json.", "Elasticsearch client"},
            {"org.eclipse.parsson.", "Elasticsearch client"},
            {"org.axonframework.messaging.timeout.", "Axon handler time-outs"},
            {"org.axonframework.eventsourcing.", "Axon event store and aggregates"},
            {"org.axonframework.modelling.saga.", "Axon sagas"},
            {"org.axonframework.", "Axon (other)"},
            {"org.springframework.security.", "Spring Security and JWT"},
            {"com.nimbusds.", "Spring Security and JWT"},
            {"org.springframework.jdbc.", "Spring JDBC"},
            {"org.springframework.orm.", "Spring transactions and JPA"},
            {"org.springframework.transaction.", "Spring transactions and JPA"},
            {"org.springframework.data.", "Spring Data"},
            {"org.springframework.web.", "Spring MVC"},
            {"org.springframework.", "Spring (other)"},
            {"org.apache.catalina.", "Tomcat"},
            {"org.apache.coyote.", "Tomcat"},
            {"org.apache.tomcat.", "Tomcat"},
            {"ch.qos.logback.", "logging"},
            {"org.slf4j.", "logging"},
            {"com.opsledger.bench.", "benchmark load generator"},
            {"com.opsledger.", "OpsLedger"},
    };

    private final Recording recording = new Recording();
    private final Path file;

    CpuProfile(Path file) {
        this.file = file;
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10)).withStackTrace();
        recording.setToDisk(true);
        recording.start();
    }

    /** Stops the recording and summarises it as Markdown. */
    List<String> stopAndSummarise() throws IOException {
        recording.stop();
        recording.dump(file);
        return summarise(file);
    }

    /**
     * Summarises recordings made elsewhere, e.g. the rows of {@code bench/http} with {@code JFR_DIR}:
     * {@code java -cp bench/target/classes com.opsledger.bench.CpuProfile <file.jfr>...}.
     */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            System.out.println("### " + Path.of(arg).getFileName());
            System.out.println();
            summarise(Path.of(arg)).forEach(System.out::println);
        }
    }

    static List<String> summarise(Path file) throws IOException {
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> libraries = new HashMap<>();
        Map<String, Integer> components = new HashMap<>();
        int samples = 0;
        try (RecordingFile events = new RecordingFile(file)) {
            while (events.hasMoreEvents()) {
                RecordedEvent event = events.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                    continue;
                }
                samples++;
                RecordedThread thread = event.getThread("sampledThread");
                String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                threads.merge(name.replaceAll("\\d+", "N"), 1, Integer::sum);
                RecordedStackTrace stack = event.getStackTrace();
                List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
                libraries.merge(library(frames), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String type = frame.getMethod().getType().getName();
                    if (type.startsWith("com.opsledger.") && !type.startsWith("com.opsledger.bench.")
                            && !type.contains("$$") && seen.add(type)) {
                        components.merge(type.substring("com.opsledger.".length()), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("CPU samples: " + samples + " (10 ms each per running thread); recording: `" + file.getFileName()
                + "` (open with `jfr print` or JDK Mission Control)");
        out.add("");
        out.add(table("thread", threads, samples, 15));
        out.add(table("library on top of the stack (first frame outside the JDK)", libraries, samples, 20));
        out.add(table("OpsLedger class anywhere on the stack (inclusive)", components, samples, 20));
        return out;
    }

    private static String library(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                    || type.startsWith("javax.")) {
                continue;
            }
            for (String[] library : LIBRARIES) {
                if (type.startsWith(library[0])) {
                    return library[1];
                }
            }
            return "other: " + type.substring(0, Math.max(type.lastIndexOf('.'), 0));
        }
        return "JDK only (I/O, locks, collections)";
    }

    private static String table(String what, Map<String, Integer> counts, int samples, int limit) {
        StringBuilder md = new StringBuilder("| " + what + " | share of CPU samples |\n|---|---:|\n");
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((key, count) -> md.append(String.format("| %s | %.1f %% |%n", key,
                100.0 * count / Math.max(1, samples))));
        return md.toString();
    }

    @Override
    public void close() {
        recording.close();
    }
}
