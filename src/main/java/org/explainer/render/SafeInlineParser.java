package org.explainer.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's own inline parser, but for link labels, which it finds with {@link LinkLabel}
 * instead of a regular expression that takes exponential time on runs of backslashes.
 */
final class SafeInlineParser extends CommonmarkInlineParser {

    private SafeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                             Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                             List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /** As {@code match(LINK_LABEL)}: the label's length from the current index, which moves past it. */
    @Override
    public int parseLinkLabel() {
        if (index >= input.length()) return 0;
        int length = LinkLabel.length(input, index);
        index += length;
        return length;
    }

    /**
     * Sets this parser up in {@code builder}. flexmark adds its reference-definition step itself
     * only for its own inline parser; with another, that step (which is the inline parser's) is
     * added here, as flexmark would, when the options enable it.
     */
    static Parser.Builder use(Parser.Builder builder, DataHolder options) {
        builder.customInlineParserFactory(SafeInlineParser::new);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }
}
