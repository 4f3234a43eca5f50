package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonStreamTest {

    @Test
    void streamedJsonIsTheSameTextAsTheWholeString() throws IOException {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "q" + i);
            item.put("text", "\u201CSafe\u201D <b>&</b> it's\n" + i);
            item.put("tags", List.of("a", "b"));
            item.put("none", null);
            items.add(item);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", "1.0");
        root.put("items", items);
        root.put("empty", List.of());
        StringWriter streamed = new StringWriter();
        Json.pretty(root, streamed);
        assertEquals(Json.pretty(root), streamed.toString());
    }

    @Test
    void escapesAsUnicodeWithFourLowerCaseHexDigits() {
        assertEquals("\"\\u003c\\u0026\\u003e\\u0027\\u2028\\u0001\\uffff\"", Json.write("<&>'\u2028\u0001\uFFFF"));
    }
}
