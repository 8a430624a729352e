package com.opsledger.infra.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who Elasticsearch runs as. It refuses to start as root, so as root it is launched through one of:
 * <ol>
 *   <li>{@code unshare -U --map-user=65534 --map-group=65534}: a user namespace in which our root uid is
 *   mapped to 65534. Elasticsearch sees a non-root uid while the kernel still checks file access as the
 *   real root, so root-owned directories, even under {@code /root}, keep working unchanged. A plain
 *   {@code unshare -U} (what zonky uses for PostgreSQL) is not enough: Elasticsearch attaches an agent to
 *   itself, and the JVM's attach listener must {@code chown} its socket to its own uid, which fails while
 *   that uid is unmapped.</li>
 *   <li>{@code setpriv} to the {@code nobody} user, for hosts without user namespaces (older util-linux,
 *   containers whose seccomp profile forbids them). The runtime directory is then owned by nobody, and
 *   must be reachable by nobody: if the data directory is not (e.g. under {@code /root}), the runtime
 *   directory moves to {@value #RELOCATION_ROOT} (see {@link #runtimeDirectory}).</li>
 * </ol>
 * System property {@value #MODE_PROPERTY} ({@code auto}, {@code user-namespace}, {@code nobody}) forces a choice.
 */
final class ElasticsearchUser {

    static final String MODE_PROPERTY = "opsledger.embedded.elasticsearch.root-mode";
    static final String RELOCATION_ROOT = "/var/lib/opsledger";

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchUser.class);
    private static final int MAPPED_UID = 65534;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final String LOCATION_POINTER = "elasticsearch.location";

    enum Mode { CURRENT_USER, USER_NAMESPACE, NOBODY }

    private final Mode mode;
    private final int ownerUid;
    private final int ownerGid;

    private ElasticsearchUser(Mode mode, int ownerUid, int ownerGid) {
        this.mode = mode;
        this.ownerUid = ownerUid;
        this.ownerGid = ownerGid;
    }

    static ElasticsearchUser detect() {
        int uid = currentUid();
        if (uid != 0) {
            return new ElasticsearchUser(Mode.CURRENT_USER, uid, -1);
        }
        String requested = System.getProperty(MODE_PROPERTY, "auto").strip();
        if (!List.of("auto", "user-namespace", "nobody").contains(requested)) {
            throw new EmbeddedServiceException(MODE_PROPERTY + "=" + requested + " is not one of auto, user-namespace, nobody");
        }
        if (!requested.equals("nobody")) {
            Processes.Result probe = Processes.run(wrapInUserNamespace(List.of("true")), PROBE_TIMEOUT);
            if (probe.succeeded()) {
                return new ElasticsearchUser(Mode.USER_NAMESPACE, 0, 0);
            }
            if (requested.equals("user-namespace")) {
                throw new EmbeddedServiceException("Cannot run Elasticsearch in a user namespace (" + probe.output()
                        + "); it needs util-linux 2.38+ and user namespaces enabled. Set " + MODE_PROPERTY + "=auto.");
            }
            log.info("User namespaces unavailable ({}); running Elasticsearch as nobody", probe.output());
        }
        return nobody();
    }

    private static ElasticsearchUser nobody() {
        int uid = numericId("-u");
        int gid = numericId("-g");
        ElasticsearchUser user = new ElasticsearchUser(Mode.NOBODY, uid, gid);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Processes.Result probe = Processes.run(user.wrap(List.of("test", "-x", java.toString())), PROBE_TIMEOUT);
        if (!probe.succeeded()) {
            throw new EmbeddedServiceException("Elasticsearch refuses to run as root, user namespaces are unavailable, and user "
                    + "nobody cannot run " + java + " (" + (probe.output().isEmpty() ? "exit " + probe.exitCode() : probe.output())
                    + "). Run OpsLedger as a non-root user, install Java where nobody can reach it, "
                    + "or set spring.elasticsearch.uris to use an Elasticsearch you run yourself.");
        }
        return user;
    }

    Mode mode() {
        return mode;
    }

    /** The command that starts {@code command} as this user. */
    List<String> wrap(List<String> command) {
        return switch (mode) {
            case CURRENT_USER -> command;
            case USER_NAMESPACE -> wrapInUserNamespace(command);
            case NOBODY -> {
                List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + ownerUid, "--regid=" + ownerGid, "--clear-groups"));
                wrapped.addAll(command);
                yield wrapped;
            }
        };
    }

    private static List<String> wrapInUserNamespace(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("unshare", "-U", "--map-user=" + MAPPED_UID, "--map-group=" + MAPPED_UID));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Where Elasticsearch keeps its distribution, configuration, data and logs: {@code <dataDir>/elasticsearch},
     * unless it runs as nobody and nobody cannot reach the data directory. It then lives in
     * {@value #RELOCATION_ROOT}, and {@code <dataDir>/elasticsearch.location} records where: an index must never
     * outlive the event store it was built from, so a relocated directory without that pointer belongs to a
     * deleted data directory and is wiped.
     */
    Path runtimeDirectory(Path dataDirectory) {
        Path preferred = dataDirectory.resolve("elasticsearch");
        if (mode != Mode.NOBODY || Processes.run(wrap(List.of("test", "-x", dataDirectory.toString())), PROBE_TIMEOUT).succeeded()) {
            return preferred;
        }
        Path pointer = dataDirectory.resolve(LOCATION_POINTER);
        try {
            if (Files.isRegularFile(pointer)) {
                Path recorded = Path.of(Files.readString(pointer, StandardCharsets.UTF_8).strip());
                Files.createDirectories(recorded);
                return recorded;
            }
            Path relocated = Path.of(RELOCATION_ROOT, "elasticsearch-" + shortHash(dataDirectory));
            ElasticsearchDistribution.deleteRecursively(relocated);
            Files.createDirectories(relocated.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Files.createDirectories(relocated);
            Files.writeString(pointer, relocated + System.lineSeparator(), StandardCharsets.UTF_8);
            log.warn("User nobody, which runs Elasticsearch here, cannot reach {}; Elasticsearch keeps its files in {} instead",
                    dataDirectory, relocated);
            return relocated;
        } catch (IOException e) {
            throw new EmbeddedServiceException("Could not prepare an Elasticsearch directory reachable by user nobody under "
                    + RELOCATION_ROOT + ": " + e.getMessage() + ". Move opsledger.data-dir to a world-traversable place.", e);
        }
    }

    /**
     * Gives the runtime directory to the user Elasticsearch runs as. A subtree is walked only when its top
     * has another owner: on the first start, after switching root modes, or for the freshly emptied tmp.
     */
    void adopt(Path runtimeDirectory) {
        if (mode == Mode.CURRENT_USER) {
            return;
        }
        try (Stream<Path> children = Files.list(runtimeDirectory)) {
            if (!ownedBy(runtimeDirectory)) {
                chown(runtimeDirectory);
            }
            for (Path child : (Iterable<Path>) children::iterator) {
                if (!ownedBy(child)) {
                    chownTree(child);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EmbeddedServiceException("Could not hand " + runtimeDirectory + " to uid " + ownerUid + ": " + e.getMessage(), e);
        }
    }

    private void chownTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                chown(directory);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                chown(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean ownedBy(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS) == ownerUid;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void chown(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", ownerUid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", ownerGid, LinkOption.NOFOLLOW_LINKS);
    }

    String describe() {
        return switch (mode) {
            case CURRENT_USER -> "as the current user";
            case USER_NAMESPACE -> "as root mapped to uid " + MAPPED_UID + " in a user namespace";
            case NOBODY -> "as user nobody (uid " + ownerUid + ")";
        };
    }

    private static int currentUid() {
        try {
            // /proc/self belongs to the effective uid of the process reading it.
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            Processes.Result id = Processes.run(List.of("id", "-u"), PROBE_TIMEOUT);
            return id.succeeded() ? Integer.parseInt(id.output()) : -1;
        }
    }

    private static int numericId(String option) {
        Processes.Result id = Processes.run(List.of("id", option, "nobody"), PROBE_TIMEOUT);
        return id.succeeded() && id.output().matches("\\d+") ? Integer.parseInt(id.output()) : MAPPED_UID;
    }

    private static String shortHash(Path path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
