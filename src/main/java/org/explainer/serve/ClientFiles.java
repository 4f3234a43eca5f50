package org.explainer.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code serve} adds to pages, and only while serving: a small external script that listens
 * for rebuilds (an external file, so a strict Content-Security-Policy allows it) and the problems
 * overlay with its style sheet. Nothing here is ever written into a built site.
 */
final class ClientFiles {

    static final String PREFIX = "/__explainer/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "reload.js";
    static final String STYLE = PREFIX + "overlay.css";
    static final String OVERLAY_ID = "explainer-problems";

    private ClientFiles() {
    }

    /** Reloads on "reload"; draws the overlay on "problems" without reloading, so the page stays put. */
    static final String RELOAD_JS = """
            (function () {
              "use strict";
              var events = new EventSource("/__explainer/events");
              events.addEventListener("reload", function () { location.reload(); });
              events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
              function show(problems) {
                var old = document.getElementById("explainer-problems");
                if (old) old.remove();
                var box = document.createElement("section");
                box.id = "explainer-problems";
                box.setAttribute("role", "alert");
                var h = document.createElement("h2");
                h.textContent = problems.length + (problems.length === 1 ? " problem" : " problems")
                  + " \\u2014 showing the last good build";
                box.appendChild(h);
                var list = document.createElement("ul");
                problems.forEach(function (p) {
                  var li = document.createElement("li");
                  var code = document.createElement("code");
                  code.textContent = p.line;
                  li.appendChild(code);
                  if (p.hint) {
                    var hint = document.createElement("p");
                    hint.textContent = "hint: " + p.hint;
                    li.appendChild(hint);
                  }
                  list.appendChild(li);
                });
                box.appendChild(list);
                document.body.appendChild(box);
              }
            })();
            """;

    static final String OVERLAY_CSS = """
            #explainer-problems { position: fixed; inset: auto 0 0 0; max-height: 60vh; overflow: auto; z-index: 2147483647;
              margin: 0; padding: 1rem 1.25rem; background: #2b0b0b; color: #fff; border-top: 4px solid #e5484d;
              font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 -4px 24px rgba(0,0,0,.4); }
            #explainer-problems h2 { margin: 0 0 .5rem; font-size: 1rem; }
            #explainer-problems ul { margin: 0; padding: 0; list-style: none; }
            #explainer-problems li { margin: .5rem 0; }
            #explainer-problems code { white-space: pre-wrap; word-break: break-word; font: 14px/1.4 ui-monospace, monospace; }
            #explainer-problems p { margin: .2rem 0 0 1rem; color: #f3c5c5; }
            """;

    /** The page with the script and style added to its head and, when there are problems, the overlay. */
    static byte[] inject(byte[] html, List<LiveSite.Shown> problems) {
        String page = new String(html, StandardCharsets.UTF_8);
        String head = "<link rel=\"stylesheet\" href=\"" + STYLE + "\"><script src=\"" + SCRIPT + "\" defer></script>";
        int headEnd = page.indexOf("</head>");
        page = headEnd < 0 ? head + page : page.substring(0, headEnd) + head + page.substring(headEnd);
        if (!problems.isEmpty()) {
            String overlay = overlay(problems);
            int bodyEnd = page.lastIndexOf("</body>");
            page = bodyEnd < 0 ? page + overlay : page.substring(0, bodyEnd) + overlay + page.substring(bodyEnd);
        }
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The overlay as HTML, the same markup the script draws. */
    static String overlay(List<LiveSite.Shown> problems) {
        StringBuilder s = new StringBuilder("<section id=\"" + OVERLAY_ID + "\" role=\"alert\"><h2>")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(" \u2014 showing the last good build</h2><ul>");
        for (LiveSite.Shown p : problems) {
            s.append("<li><code>").append(escape(p.line())).append("</code>");
            if (!p.hint().isEmpty()) s.append("<p>hint: ").append(escape(p.hint())).append("</p>");
            s.append("</li>");
        }
        return s.append("</ul></section>").toString();
    }

    /** The problems as the JSON the script reads: [{"line": ..., "hint": ...}]. */
    static String json(List<LiveSite.Shown> problems) {
        StringBuilder s = new StringBuilder("[");
        for (LiveSite.Shown p : problems) {
            if (s.length() > 1) s.append(',');
            s.append("{\"line\":").append(jsonString(p.line())).append(",\"hint\":").append(jsonString(p.hint())).append('}');
        }
        return s.append(']').toString();
    }

    /** A page for when no build has succeeded yet: nothing to show but the problems. */
    static byte[] noSiteYet(List<LiveSite.Shown> problems) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title>"
                + "</head><body><main><h1>The site could not be built yet</h1><p>Fix the problems below; this page "
                + "reloads by itself when the build succeeds.</p></main></body></html>";
        return inject(page.getBytes(StandardCharsets.UTF_8), problems);
    }

    /** A page for a file that could not be made when asked for: the problems, and the page reloads when fixed. */
    static byte[] cannotMake(String file, List<LiveSite.Shown> problems) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page failed</title>"
                + "</head><body><main><h1>This page could not be made</h1><p><code>" + escape(file) + "</code> "
                + "failed; fix the problems below and it reloads by itself.</p></main></body></html>";
        return inject(page.getBytes(StandardCharsets.UTF_8), problems);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    // Escaping every control character and the line separators keeps each event on one line.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
