package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * scripts/explainer, run as a user runs it once {@code mvn package} has made the jar: the heap it
 * starts with follows the cap the user gives in JAVA_OPTS and never overrides the user's own start,
 * its collector and that collector's tenuring give way to a collector the user names, and the
 * class-data archive is mapped where it needs no rewriting.
 */
class LauncherIT {

    private static final Pattern INITIAL_HEAP = Pattern.compile("size_t InitialHeapSize\\s+= (\\d+)\\s+\\{product\\} \\{([a-z, ]+)\\}");
    private static final Pattern TENURING = Pattern.compile("MaxTenuringThreshold\\s+= (\\d+)");
    private static final Pattern COLLECTOR = Pattern.compile("bool (Use(?:Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC)\\s+= true");

    /**
     * The JVM's initial heap in MB and where it came from: "command line", "ergonomic", or
     * "command line, ergonomic" where the JVM rounded a given size up to its heap's alignment.
     */
    private record InitialHeap(long mb, String origin) {

        boolean given() {
            return origin.startsWith("command line");
        }
    }

    /** What {@code scripts/explainer --version} prints, stdout and stderr, run with these JAVA_OPTS; it must succeed. */
    private static String launch(String javaOpts) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(Path.of("target/explainer.jar")), "mvn package makes target/explainer.jar before the ITs");
        ProcessBuilder pb = new ProcessBuilder("sh", "scripts/explainer", "--version").redirectErrorStream(true);
        pb.environment().put("JAVA_OPTS", javaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        // Without the JVM's flag table ("... {product} {default}"), which would bury the message.
        List<String> said = out.lines().filter(l -> !l.contains("{")).toList();
        assertEquals(0, p.exitValue(), said.toString());
        assertTrue(out.contains("explainer "), "no version in: " + said);
        return out;
    }

    /** The JVM's flag table, as the launcher starts it with these JAVA_OPTS. */
    private static String flags(String javaOpts) throws IOException, InterruptedException {
        return launch(javaOpts + " -XX:+PrintFlagsFinal");
    }

    private static InitialHeap run(String javaOpts) throws IOException, InterruptedException {
        String out = flags(javaOpts);
        Matcher m = INITIAL_HEAP.matcher(out);
        assertTrue(m.find(), "no InitialHeapSize among the JVM's flags: " + out.lines().filter(l -> l.contains("HeapSize") || !l.contains("{")).toList());
        return new InitialHeap(Long.parseLong(m.group(1)) / (1024 * 1024), m.group(2));
    }

    @Test
    void startsTheHeapAtSevenTenthsOfTheCapGivenInJavaOpts() throws Exception {
        for (String cap : List.of("-Xmx1g", "-Xmx1G", "-Xmx1024m", "-Xmx1048576k", "-Xmx1073741824", "-Xmx256m -Xmx1g")) {
            assertStartsAt(Math.min(1024 * 7 / 10, machineMb() / 4), run("-Dx=1 " + cap), cap);
        }
        assertStartsAt(Math.min(2048 * 7 / 10, machineMb() / 4), run("-Xmx2g"), "-Xmx2g");
    }

    @Test
    void startsAtAQuarterOfTheMachinesMemoryWhenTheCapIsBeyondIt() throws Exception {
        // 1.4 TB committed at once would stop the JVM from starting.
        assertStartsAt(machineMb() / 4, run("-Xmx2T"), "-Xmx2T on a machine of " + machineMb() + " MB");
    }

    private static long machineMb() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElseThrow();
    }

    /** Given on the command line and {@code mb}, give or take the JVM's rounding up to its 2 MB alignment. */
    private static void assertStartsAt(long mb, InitialHeap heap, String javaOpts) {
        assertTrue(heap.given() && heap.mb() >= mb && heap.mb() <= mb + 2, javaOpts + ": " + heap);
    }

    @Test
    void mapsTheClassDataArchiveAtTheAddressItWasWrittenForInsteadOfMovingIt() throws Exception {
        assertTrue(Files.isRegularFile(Path.of("target/explainer.jsa")), "mvn package records target/explainer.jsa before the ITs");
        String out = launch("-Xlog:cds=info"); // after the launcher's -Xlog:cds=off, so it wins
        assertTrue(out.contains("Mapped dynamic region"), "the build's own archive is not mapped:\n" + out);
        // A moved archive costs a copy of each of its pages at every start (scripts/explainer says how much).
        assertFalse(out.contains("alternative address"), "the archive was mapped elsewhere and rewritten:\n" + out);
    }

    @Test
    void runsTheParallelCollectorUnlessJavaOptsNamesAnother() throws Exception {
        assertEquals(List.of("UseParallelGC"), collectors(""), "the launcher's own choice");
        assertEquals(List.of("UseParallelGC"), collectors("-Xmx1g -XX:+UseParallelGC"), "named twice, no harm");
        // Before, a user's collector and the launcher's were two, and the JVM refused to start.
        assertEquals(List.of("UseSerialGC"), collectors("-XX:+UseSerialGC"), "the user's choice");
        assertEquals(List.of("UseG1GC"), collectors("-Xmx1g -XX:+UseG1GC"), "the user's choice");
    }

    @Test
    void runsTheSerialCollectorWhereTheCapIsFarBeyondTheMachinesMemory() throws Exception {
        long machine = machineMb();
        // The parallel collector's marking tables, a 32nd of the cap, are committed at start: the
        // kernel refused that for a 768 GB cap on a 24 GB machine.
        assertEquals(List.of("UseSerialGC"), collectors("-Xmx" + machine * 9 + "m"), "a cap of nine times the memory");
        assertEquals(List.of("UseSerialGC"), collectors("-Xmx2T"), "a cap of 2 TB on " + machine + " MB");
        assertEquals(List.of("UseParallelGC"), collectors("-Xmx" + machine * 2 + "m"), "a cap of twice the memory");
        assertEquals(List.of("UseG1GC"), collectors("-Xmx2T -XX:+UseG1GC"), "the user's choice still wins");
    }

    @Test
    void promotesWhatSurvivesOneCollectionWithItsOwnCollectorOnly() throws Exception {
        // What a build keeps lives to its end: copied once to survivor space, then promoted.
        assertEquals(1, tenuringThreshold(""), "the launcher's parallel collector");
        assertEquals(1, tenuringThreshold("-Xmx1g"), "the launcher's parallel collector, with a cap");
        assertEquals(4, tenuringThreshold("-XX:MaxTenuringThreshold=4"), "the user's own setting wins");
        // A collector the user names, or the serial fallback, keeps the JVM's default (15).
        assertEquals(15, tenuringThreshold("-XX:+UseG1GC"), "the user's collector");
        assertEquals(15, tenuringThreshold("-XX:+UseParallelGC"), "the user's collector, even the same one");
        assertEquals(15, tenuringThreshold("-Xmx2T"), "the serial fallback for a cap far beyond the memory");
    }

    private static int tenuringThreshold(String javaOpts) throws IOException, InterruptedException {
        Matcher m = TENURING.matcher(flags(javaOpts));
        assertTrue(m.find(), "no MaxTenuringThreshold among the JVM's flags");
        return Integer.parseInt(m.group(1));
    }

    /** The collectors the JVM runs with when launched with these JAVA_OPTS (the launcher must start it). */
    private static List<String> collectors(String javaOpts) throws IOException, InterruptedException {
        Matcher m = COLLECTOR.matcher(flags(javaOpts));
        List<String> on = new ArrayList<>();
        while (m.find()) on.add(m.group(1));
        return on;
    }

    @Test
    void leavesTheStartToTheUserOrTheJvmWhereTheyDecideIt() throws Exception {
        assertStartsAt(100, run("-Xmx1g -Xms100m"), "the user's own -Xms");
        assertEquals("ergonomic", run("").origin(), "no cap given: the JVM's default start");
        assertEquals("ergonomic", run("-Xmx32m").origin(), "a cap too small to bother");
    }
}
