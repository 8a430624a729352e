package com.opsledger.infra.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Finds the Elasticsearch integ-test-zip and unpacks it, and its configuration, into a runtime directory once. */
final class ElasticsearchDistribution {

    static final String VERSION = "8.19.9";
    static final String ZIP_NAME = "elasticsearch-" + VERSION + ".zip";
    static final String ZIP_PROPERTY = "opsledger.embedded.elasticsearch-zip";
    static final String ZIP_ENV = "OPSLEDGER_ELASTICSEARCH_ZIP";

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchDistribution.class);
    private static final String EXTRACTED_MARKER = ".opsledger-extracted";

    private ElasticsearchDistribution() {
    }

    /**
     * The zip, looked up in this order: system property, environment variable, next to the running jar (or
     * the classes directory, i.e. {@code target/}), the local Maven repository.
     */
    static Path locateZip() {
        List<Path> candidates = new ArrayList<>();
        configured(System.getProperty(ZIP_PROPERTY), "system property " + ZIP_PROPERTY).ifPresent(candidates::add);
        configured(System.getenv(ZIP_ENV), "environment variable " + ZIP_ENV).ifPresent(candidates::add);
        besideApplication().map(directory -> directory.resolve(ZIP_NAME)).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch", "distribution",
                "integ-test-zip", "elasticsearch", VERSION, ZIP_NAME));
        return candidates.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new EmbeddedServiceException("The Elasticsearch " + VERSION + " distribution ("
                        + ZIP_NAME + ") was not found; looked at " + candidates + ". Run the Maven build (it copies the zip "
                        + "next to the application jar), or set -D" + ZIP_PROPERTY + " / " + ZIP_ENV + " to the zip, "
                        + "or set spring.elasticsearch.uris to use an Elasticsearch you run yourself."));
    }

    private static Optional<Path> configured(String value, String source) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value.strip()).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            log.warn("{} points at {}, which does not exist; trying the other locations", source, path);
        }
        return Optional.of(path);
    }

    /** The directory holding the jar (or classes directory) this class was loaded from. */
    static Optional<Path> besideApplication() {
        CodeSource codeSource = ElasticsearchDistribution.class.getProtectionDomain().getCodeSource();
        if (codeSource == null || codeSource.getLocation() == null) {
            return Optional.empty();
        }
        return outermostArchive(codeSource.getLocation().toString()).map(Path::getParent);
    }

    /**
     * Turns {@code file:/app/classes/}, {@code jar:file:/app/x.jar!/} and Spring Boot's
     * {@code jar:nested:/app/x.jar/!BOOT-INF/classes/!/} into the path of the file or directory on disk.
     */
    static Optional<Path> outermostArchive(String location) {
        String spec = location;
        if (spec.startsWith("jar:")) {
            spec = spec.substring("jar:".length());
        }
        if (spec.startsWith("nested:")) {
            spec = "file:" + spec.substring("nested:".length());
        }
        int separator = spec.indexOf('!');
        if (separator >= 0) {
            spec = spec.substring(0, separator);
        }
        if (spec.endsWith("/") && spec.length() > "file:/".length()) {
            spec = spec.substring(0, spec.length() - 1);
        }
        if (!spec.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(new URI(spec)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not percent-encoded (nested: URLs may carry a raw path); take it literally.
            return Optional.of(Path.of(spec.substring("file:".length())));
        }
    }

    /**
     * Unpacks the zip into {@code distDirectory} unless this very zip was unpacked there before. The
     * distribution is assembled beside the target and renamed into place, so an interrupted extraction never
     * looks complete.
     */
    static Path extract(Path zip, Path distDirectory) {
        String identity = zip.getFileName() + " " + sizeOf(zip) + System.lineSeparator();
        Path marker = distDirectory.resolve(EXTRACTED_MARKER);
        if (identity.equals(readQuietly(marker))) {
            return distDirectory;
        }
        Path parent = distDirectory.getParent();
        deleteLeftovers(parent, distDirectory.getFileName() + ".partial-");
        deleteLeftovers(parent, distDirectory.getFileName() + ".old-");
        Path partial = parent.resolve(distDirectory.getFileName() + ".partial-" + UUID.randomUUID());
        long started = System.nanoTime();
        try {
            unzip(zip, partial);
            Files.writeString(partial.resolve(EXTRACTED_MARKER), identity, StandardCharsets.UTF_8);
            if (Files.exists(distDirectory)) {
                // Another zip (an upgrade) was unpacked here before: swap it out, then drop it.
                Path old = parent.resolve(distDirectory.getFileName() + ".old-" + UUID.randomUUID());
                Files.move(distDirectory, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(partial, distDirectory, StandardCopyOption.ATOMIC_MOVE);
                deleteRecursively(old);
            } else {
                Files.move(partial, distDirectory, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new EmbeddedServiceException("Could not unpack " + zip + " into " + distDirectory + ": " + e.getMessage()
                    + "; check free disk space and permissions of " + parent, e);
        }
        log.info("Unpacked {} into {} in {} ms", zip, distDirectory, (System.nanoTime() - started) / 1_000_000);
        return distDirectory;
    }

    /** Copies the distribution's config directory to {@code configDirectory} if it does not exist yet. */
    static void copyConfigOnce(Path distDirectory, Path configDirectory) {
        if (Files.isDirectory(configDirectory)) {
            return;
        }
        Path partial = configDirectory.resolveSibling(configDirectory.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            copyTree(distDirectory.resolve("config"), partial);
            Files.move(partial, configDirectory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new EmbeddedServiceException("Could not create the Elasticsearch configuration " + configDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        // zipfs with POSIX attributes exposes the Unix modes stored in the zip, which java.util.zip hides.
        try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", true))) {
            Path root = zipFs.getPath("/");
            Path top = singleTopDirectory(root);
            Files.createDirectories(target);
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                    Files.createDirectories(destination(directory));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Path destination = destination(file);
                    Files.copy(file, destination);
                    Files.setPosixFilePermissions(destination, permissions(file, destination));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    // Set last: a read-only directory could not have been filled.
                    Files.setPosixFilePermissions(destination(directory), permissions(directory, destination(directory)));
                    return FileVisitResult.CONTINUE;
                }

                private Path destination(Path entry) {
                    Path destination = target.resolve(top.relativize(entry).toString()).normalize();
                    if (!destination.startsWith(target)) {
                        throw new UncheckedIOException(new IOException("zip entry " + entry + " points outside " + target));
                    }
                    return destination;
                }
            });
        }
    }

    private static Path singleTopDirectory(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            List<Path> top = children.toList();
            return top.size() == 1 && Files.isDirectory(top.get(0)) ? top.get(0) : root;
        }
    }

    private static Set<PosixFilePermission> permissions(Path entry, Path destination) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(entry, PosixFileAttributeView.class);
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        if (view != null) {
            permissions.addAll(view.readAttributes().permissions());
        }
        boolean launcher = destination.getParent() != null && destination.getParent().getFileName() != null
                && "bin".equals(destination.getParent().getFileName().toString())
                && !destination.toString().endsWith(".bat") && !destination.toString().endsWith(".exe");
        if (Files.isDirectory(destination) || launcher) {
            // Zips written without Unix modes would otherwise leave the scripts unexecutable.
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
        }
        return permissions;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> entries = Files.walk(source)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path destination = target.resolve(source.relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(entry, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteLeftovers(Path parent, String prefix) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> children = Files.list(parent)) {
            children.filter(child -> child.getFileName().toString().startsWith(prefix)).forEach(ElasticsearchDistribution::deleteQuietly);
        } catch (IOException e) {
            log.debug("Could not list {}: {}", parent, e.getMessage());
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(root)) {
            for (Path entry : (Iterable<Path>) entries.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(entry);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteRecursively(root);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", root, e.getMessage());
        }
    }
}
