package dev.claimgraph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A main class run in a child JVM on the test classpath, its output read line by line as it comes.
 *
 * <p>The output goes through a file, not a pipe: {@link Process#destroy()} closes the pipes, and
 * what the child prints while it shuts down would be lost.
 */
final class ChildProcess implements AutoCloseable {

    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread pump = new Thread(this::pump, "child-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code mainClass args...} with stdout and stderr merged. */
    static ChildProcess start(Class<?> mainClass, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ChildProcess(process, log);
    }

    Process process() {
        return process;
    }

    /** The first line from now on that matches, or empty when the output ends or the time runs out. */
    Optional<String> awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                return Optional.empty();
            }
            synchronized (seen) {
                seen.add(line);
            }
            if (wanted.test(line)) {
                return Optional.of(line);
            }
        }
    }

    /** Waits for the process to end and returns every line it printed. */
    List<String> output(Duration timeout) throws InterruptedException {
        awaitLine(l -> false, timeout);
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            while (true) {
                int c = in.read();
                if (c == -1) {
                    if (!process.isAlive() && !in.ready()) {
                        break;
                    }
                    Thread.sleep(20);
                } else if (c == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        } catch (IOException e) {
            lines.add("(cannot read the output: " + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lines.add(END);
        }
    }
}
