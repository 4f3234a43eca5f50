package org.explainer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AwaitedMapTest {

    @Test
    void aReadWaitsUntilTheMapIsMadeAndThenSeesAllOfIt() throws Exception {
        CompletableFuture<Map<String, String>> making = new CompletableFuture<>();
        AwaitedMap<String, String> map = new AwaitedMap<>(making);
        CountDownLatch reading = new CountDownLatch(1);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            reading.countDown();
            return map.getOrDefault("a", "missing");
        });
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        Thread.sleep(50);
        assertFalse(read.isDone(), "the read returned before the map was made");
        making.complete(Map.of("a", "<p>A</p>", "b", "<p>B</p>"));
        assertEquals("<p>A</p>", read.get(10, TimeUnit.SECONDS));
        assertEquals(2, map.size());
        assertTrue(map.containsKey("b"));
        assertEquals("<p>B</p>", map.get("b"));
        assertEquals(Map.of("a", "<p>A</p>", "b", "<p>B</p>"), map);
    }

    @Test
    void aMapThatFailedToBeMadeThrowsWhatItsMakingThrew() {
        CompletableFuture<Map<String, String>> making = new CompletableFuture<>();
        IllegalStateException failure = new IllegalStateException("broken link");
        making.completeExceptionally(failure);
        AwaitedMap<String, String> map = new AwaitedMap<>(making);
        CompletionException e = assertThrows(CompletionException.class, () -> map.get("a"));
        assertSame(failure, e.getCause());
    }
}
