import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts a one-node OpenSearch for OpenSearchSearchIntegrationTests in a JVM of its own (OpenSearch 3 needs JDK 21+,
 * Resuelve builds on 17): run as a source file, {@code java -cp <runner class path> OpenSearchLauncher.java
 * <base dir> <http port> <transport port>}. Prints "OPENSEARCH UP" once the cluster answers, and stops when its
 * standard input closes, so it never outlives the test JVM that started it.
 */
public class OpenSearchLauncher {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String httpPort = args[1];
        String transportPort = args[2];
        OpenSearchRunner runner = new OpenSearchRunner();
        try {
            runner.onBuild((index, settings) -> {
                settings.put("http.port", httpPort);
                settings.put("transport.port", transportPort);
                settings.put("discovery.type", "single-node");
                settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            });
            runner.build(OpenSearchRunner.newConfigs().basePath(Path.of(base).toString()).numOfNode(1)
                    .clusterName("resuelve-test").printOnFailure());
            runner.ensureYellow();
            System.out.println("OPENSEARCH UP");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test JVM to close our input (or to die)
            }
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.out.println("OPENSEARCH FAILED " + failure);
        } finally {
            runner.close();
            runner.clean();
        }
        System.exit(0);
    }
}
