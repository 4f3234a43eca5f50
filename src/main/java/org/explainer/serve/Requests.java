package org.explainer.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.explainer.model.Routes;

/**
 * Turns a request path into a file of the site, refusing anything that could name a place outside
 * it: dot segments, encoded slashes and backslashes, NUL, malformed escapes. The site lives in
 * memory, so even a path that slipped through could only miss; these checks make the refusal
 * explicit (400) rather than accidental.
 */
final class Requests {

    private Requests() {
    }

    /** What a request path asks for. */
    sealed interface Target {
    }

    /** A path no well-behaved client sends. */
    record Bad() implements Target {
    }

    /** @param location where to send the browser instead */
    record Redirect(String location) implements Target {
    }

    /** @param file the site file, e.g. "actors/x.html" */
    record Found(String file) implements Target {
    }

    /** Nothing at this path. */
    record Missing() implements Target {
    }

    static Target resolve(String rawPath, String basePath, Map<String, byte[]> files) {
        if (rawPath == null || !rawPath.startsWith("/")) return new Bad();
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.indexOf('\\') >= 0 || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return new Bad();
        }
        String path = decode(rawPath);
        if (path == null || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return new Bad();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) return new Bad();
        }
        if (!path.startsWith(basePath)) {
            return path.equals("/") || (path + "/").equals(basePath) ? new Redirect(basePath) : new Missing();
        }
        String rest = path.substring(basePath.length());
        String file = rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest;
        if (files.containsKey(file)) return new Found(file);
        if (files.containsKey(file + "/index.html")) return new Redirect(rawPath + "/");
        // An item's page at its route (actors/x/), as a link from before item pages were files.
        if (rest.endsWith("/") && files.containsKey(Routes.file(rest))) return new Redirect(basePath + Routes.file(rest));
        return new Missing();
    }

    /** Percent-decoding for paths ('+' stays '+'), strict UTF-8; null when malformed. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) return raw;
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return null;
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip()).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
