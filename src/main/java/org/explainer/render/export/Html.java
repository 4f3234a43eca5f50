package org.explainer.render.export;

/** Text made safe inside HTML, in element content and in quoted attribute values. */
public final class Html {

    private Html() {
    }

    /** For element content, where only {@code & < >} matter: apostrophes stay readable in the JSON. */
    public static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** For quoted attribute values (and anywhere else). */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
