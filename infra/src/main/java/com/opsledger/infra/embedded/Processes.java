package com.opsledger.infra.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Operating-system process helpers shared by the embedded servers (Linux and other Unix systems). */
final class Processes {

    private static final Logger log = LoggerFactory.getLogger(Processes.class);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private Processes() {
    }

    /** Reads the pid on the first line of a pid file, if the file exists and holds one. */
    static OptionalLong readPid(Path pidFile) {
        try (Stream<String> lines = Files.lines(pidFile, StandardCharsets.US_ASCII)) {
            return lines.findFirst()
                    .map(String::strip)
                    .filter(line -> line.matches("\\d{1,10}"))
                    .map(line -> OptionalLong.of(Long.parseLong(line)))
                    .orElse(OptionalLong.empty());
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not read pid file {}: {}", pidFile, e.getMessage());
            return OptionalLong.empty();
        }
    }

    /**
     * The running process with this pid if one of its arguments is {@code argument}. A pid file can outlive
     * its process across a reboot, and the pid then belongs to an unrelated process: the argument (a path
     * unique to our data directory) tells the two apart.
     */
    static Optional<ProcessHandle> runningWithArgument(long pid, String argument) {
        return ProcessHandle.of(pid)
                .filter(Processes::isRunning)
                .filter(process -> arguments(process).contains(argument));
    }

    /** All running processes that have {@code argument} among their arguments. */
    static List<ProcessHandle> allRunningWithArgument(String argument) {
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            return processes
                    .filter(process -> process.pid() != ProcessHandle.current().pid())
                    .filter(Processes::isRunning)
                    .filter(process -> arguments(process).contains(argument))
                    .toList();
        }
    }

    private static List<String> arguments(ProcessHandle process) {
        // /proc is readable for processes in other user namespaces, where ProcessHandle.Info is often empty.
        Path procCmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            return List.of(new String(Files.readAllBytes(procCmdline), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return process.info().arguments().map(List::of).orElse(List.of());
        }
    }

    /** Sends a named signal (INT, TERM, QUIT...); Java can only send TERM and KILL itself. */
    static void signal(long pid, String signal) {
        Result result = run(List.of("kill", "-" + signal, Long.toString(pid)), Duration.ofSeconds(10));
        if (result.exitCode() != 0) {
            log.debug("kill -{} {} failed: {}", signal, pid, result.output());
        }
    }

    /**
     * Asks a process to stop with {@code graceful}, waits for it and for the children it had, and kills
     * whatever is still running after {@code grace}. Children are collected first: once the parent is gone
     * they are re-parented and no longer reachable through it.
     *
     * @return true when everything exited within the grace period
     */
    static boolean terminate(ProcessHandle process, Runnable graceful, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process);
        process.descendants().forEach(tree::add);
        graceful.run();
        long deadline = System.nanoTime() + grace.toNanos();
        boolean clean = true;
        for (ProcessHandle member : tree) {
            long remaining = Math.max(0, deadline - System.nanoTime());
            if (!awaitExit(member, Duration.ofNanos(remaining))) {
                clean = false;
                log.warn("Process {} did not exit within {} s; killing it", member.pid(), grace.toSeconds());
                member.destroyForcibly();
                awaitExit(member, KILL_WAIT);
            }
        }
        return clean;
    }

    /** Polls rather than using {@code onExit()}, which would count a zombie as running. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(process);
            }
        }
        return true;
    }

    /**
     * Alive and not a zombie. An exited orphan stays a zombie until init reaps it, which some container
     * inits do only every second or so; it holds no files or ports any more.
     */
    static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"), StandardCharsets.US_ASCII);
            int endOfName = stat.lastIndexOf(')');
            return endOfName < 0 || endOfName + 2 >= stat.length() || stat.charAt(endOfName + 2) != 'Z';
        } catch (IOException e) {
            return process.isAlive();
        }
    }

    /** A port that was free on the loopback interface a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on the loopback interface", e);
        }
    }

    /** The last lines of a text file, for error messages; a note in parentheses when it cannot be read. */
    static String tail(Path file, int lines) {
        Deque<String> last = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (NoSuchFileException e) {
            return "(" + file + " does not exist)";
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), last);
    }

    /** Runs a short command to completion; a command that cannot be started counts as failed (exit -1). */
    static Result run(List<String> command, Duration timeout) {
        Path output = null;
        try {
            // A file rather than a pipe, so that a hanging command cannot block us beyond the timeout.
            output = Files.createTempFile("opsledger-command", ".out");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        } finally {
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless.
        }
    }

    record Result(int exitCode, String output) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }
}
