package org.explainer.load;

import org.explainer.problem.ContentException;
import org.explainer.problem.Pos;
import org.explainer.problem.Problem;

/**
 * A Markdown file split into its YAML front matter and its body, each with the line it starts on.
 *
 * @param yaml      the text between the two {@code ---} lines
 * @param yamlLine  the 1-based line the YAML starts on (2)
 * @param body      the Markdown after the closing {@code ---}
 * @param bodyLine  the 1-based line the body starts on
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    public static FrontMatter split(TextFile file) {
        String text = file.text();
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            String hint = text.isBlank()
                    ? "the file is empty: start it with '---', the fields, and '---'"
                    : "start the file with a line '---', then the fields, then another '---' before the text";
            throw ContentException.single("load", new Problem(file.name(), 1, 1,
                    "no front matter: the file must start with a line '---'", hint));
        }
        int lineNo = 2;
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.stripTrailing().equals("---")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, lineNo + 1);
            }
            if (end < 0) break;
            pos = end + 1;
            lineNo++;
        }
        throw ContentException.single("load", Problem.at(new Pos(file.name(), 1, 1),
                "the front matter is not closed: no second '---' line",
                "add a line '---' after the last field, before the text"));
    }
}
