package org.explainer.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: the time from saving a content file to the reload event an open page
 * receives, through the real watcher, rebuild and event stream. Run by {@code scripts/bench-serve.sh}.
 * Most pages are made when first requested after a rebuild, so it also times, after each reload
 * event, fetching the edited milestone's page and then the timeline page that lists it, as a
 * reloading browser would.
 *
 * <p>Arguments: content folder, templates folder, saves to measure (default 25), warm-up saves
 * (default 5). The content is copied to a temporary folder first, so the original is never edited.
 */
public final class ServeBench {

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path dir = Files.createTempDirectory("serve-bench");
        Path copy = dir.resolve("content");
        Preview.copyTree(content, copy);
        Path milestone;
        try (Stream<Path> files = Files.list(copy.resolve("milestones"))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            milestone = all.get(all.size() / 2);
        }
        String original = Files.readString(milestone);
        Serve serve = new Serve();
        serve.flags().parse("--verbose", "--port", "0", "--content", copy.toString(), "--templates",
                templates.toString());
        long t0 = System.nanoTime();
        PrintStream quiet = System.getenv("BENCH_LOG") != null ? System.out
                : new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        try (Serve.Running running = serve.start(quiet);
             Preview.EventStream events = Preview.events(running.port(), java.time.Duration.ofMinutes(10))) {
            System.out.printf("first build: %d ms, %d files; editing %s%n", (System.nanoTime() - t0) / 1_000_000,
                    running.site().state().files().size(), copy.relativize(milestone));
            String id = milestone.getFileName().toString().replace(".md", "");
            String page = running.url() + "milestones/" + id + ".html";
            String timeline = running.url() + timelinePageOf(running.site().state().files(), id);
            HttpClient http = HttpClient.newHttpClient();
            List<Double> times = new ArrayList<>();
            List<Double> pageTimes = new ArrayList<>();
            List<Double> timelineTimes = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            for (int i = 0; i < warmUp + saves; i++) {
                String text = original + "\nSaved for the " + i + "th time.\n";
                long cpu0 = os.getProcessCpuTime();
                long start = System.nanoTime();
                Files.writeString(milestone, text);
                events.event("reload");
                double ms = (System.nanoTime() - start) / 1e6;
                double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
                fetch(http, page, "Saved for the " + i + "th time.");
                double pageMs = (System.nanoTime() - start) / 1e6;
                fetch(http, timeline, "milestones/" + id + ".html");
                double timelineMs = (System.nanoTime() - start) / 1e6;
                if (i >= warmUp) {
                    times.add(ms);
                    cpu.add(cpuMs);
                    pageTimes.add(pageMs);
                    timelineTimes.add(timelineMs);
                }
                // Let the rebuild's tail (logging, listeners) finish so saves do not overlap.
                Thread.sleep(50);
            }
            Collections.sort(times);
            System.out.printf("save -> reload event over %d saves after %d warm-up: median %.0f ms, min %.0f, p90 %.0f, max %.0f%n",
                    times.size(), warmUp, median(times), times.get(0), times.get((int) Math.ceil(times.size() * 0.9) - 1),
                    times.get(times.size() - 1));
            Collections.sort(pageTimes);
            Collections.sort(timelineTimes);
            System.out.printf("save -> the edited page received: median %.0f ms; then its timeline page (%s) received: median %.0f ms%n",
                    median(pageTimes), timeline.substring(running.url().length()), median(timelineTimes));
            // CPU time the whole process spent per save: what the wall time tends to on an idle machine
            // with one core; a busy machine shows a wall time far above it.
            Collections.sort(cpu);
            System.out.printf("CPU time per save (all threads): median %.0f ms; load average now %.1f%n", median(cpu),
                    os.getSystemLoadAverage());
        } finally {
            deleteTree(dir);
        }
    }

    /** The timeline page (first or later) that lists the milestone {@code id}. */
    private static String timelinePageOf(java.util.Map<String, byte[]> files, String id) {
        String href = "milestones/" + id + ".html";
        List<String> pages = new ArrayList<>(files.keySet().stream()
                .filter(f -> f.equals("timeline/index.html") || f.matches("timeline/page/\\d+/index\\.html")).toList());
        Collections.sort(pages);
        for (String f : pages) {
            if (new String(files.get(f), StandardCharsets.UTF_8).contains(href)) return f.replace("index.html", "");
        }
        throw new IllegalStateException("no timeline page lists " + id);
    }

    /** Fetches a page, checking that it is the current one. */
    private static void fetch(HttpClient http, String url, String expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains(expected)) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + " without '" + expected + "'");
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
