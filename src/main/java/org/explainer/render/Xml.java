package org.explainer.render;

/** Escaping for the XML files written by hand (feed and sitemap). */
final class Xml {

    private Xml() {
    }

    /** Escapes text and attribute values; drops characters XML 1.0 cannot carry at all. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
                    if (allowed) out.append(c);
                }
            }
        }
        return out.toString();
    }
}
