package org.explainer.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build never opens a socket. The build runs in a child JVM under a security policy that grants
 * everything a build could need except {@link java.net.SocketPermission}; any connection, DNS
 * lookup or listening socket would fail the build. A control run of {@link SocketProbe} under the
 * same policy shows that the policy really stops sockets.
 */
class NoNetworkTest {

    static final String POLICY = """
            grant {
              permission java.io.FilePermission "<<ALL FILES>>", "read,write,delete,execute,readlink";
              permission java.util.PropertyPermission "*", "read,write";
              permission java.lang.RuntimePermission "*";
              permission java.lang.reflect.ReflectPermission "*";
              permission java.util.logging.LoggingPermission "control";
              permission java.security.SecurityPermission "*";
              permission java.net.NetPermission "*";
              permission java.lang.management.ManagementPermission "monitor";
              permission java.io.SerializablePermission "*";
              permission java.nio.file.LinkPermission "symbolic";
            };
            """;

    @TempDir
    Path work;

    private List<String> javaUnderPolicy(String... args) throws IOException {
        Path policy = work.resolve("no-sockets.policy");
        Files.writeString(policy, POLICY);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=default", "-Djava.security.policy==" + policy,
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory=" + PlainWorkerThreads.class.getName(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        return command;
    }

    private static String run(List<String> command, int expectedExit) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM hung");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(expectedExit, p.exitValue(), text);
        return text;
    }

    @Test
    void theControlProbeIsDeniedASocket() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            String out = run(javaUnderPolicy(SocketProbe.class.getName(), String.valueOf(server.getLocalPort())), 0);
            assertTrue(out.contains("security manager: true"), out);
            assertTrue(out.contains("denied: access denied (\"java.net.SocketPermission\" \"127.0.0.1:"), out);
        }
    }

    @Test
    void aBuildSucceedsWithoutAnySocket() throws Exception {
        Sites.Site site = Sites.assemble(null, work);
        Path out = work.resolve("out/site");
        String text = run(javaUnderPolicy("org.explainer.Main", "build", "--content", site.content().toString(),
                "--templates", site.templates().toString(), "--out", out.toString()), 0);
        assertTrue(text.matches("(?s).*Built \\d+ pages.*"), text);
        assertTrue(Files.isRegularFile(out.resolve("feed.xml")));
    }
}
