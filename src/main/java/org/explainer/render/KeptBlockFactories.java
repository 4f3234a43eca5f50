package org.explainer.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's own heading and list parsers, each set up once per parser instead of once per
 * document.
 *
 * <p>Why: at the start of every document it parses, flexmark asks each core block parser for a
 * new factory of blocks, made from the parser's options. The heading parser's compiles three
 * regular expressions each time and the list parser's reads a dozen options: 1.4% of the CPU of a
 * 10,000-milestone build, whose bodies are parsed one by one. Each factory holds only what it
 * made from the options, and starts each block from the state flexmark passes it, so one serves
 * every document of a parser, on any thread.
 *
 * <p>flexmark orders its block parsers by their classes (a heading before a list, and so on); the
 * two here are subclasses, so the constraints the other parsers state about the originals no
 * longer name them, but the ones these inherit still order all seven as before.
 * {@code KeptBlockFactoriesTest} checks that order and compares the HTML with flexmark's own
 * parsers on every example of the CommonMark specification.
 */
final class KeptBlockFactories {

    private KeptBlockFactories() {
    }

    /** Puts the two in place of flexmark's own heading and list parsers in {@code builder}. */
    static Parser.Builder use(Parser.Builder builder) {
        builder.set(Parser.HEADING_PARSER, false);
        builder.set(Parser.LIST_BLOCK_PARSER, false);
        builder.customBlockParserFactory(new Headings());
        builder.customBlockParserFactory(new Lists());
        return builder;
    }

    /** A factory of blocks and the options it was made from. */
    private record Made(DataHolder options, BlockParserFactory factory) {
    }

    /**
     * The factory of blocks a core parser makes, kept for the options it was made from. A race
     * only makes one twice; either serves.
     */
    private static final class Kept {
        private final CustomBlockParserFactory original;
        private volatile Made made;

        Kept(CustomBlockParserFactory original) {
            this.original = original;
        }

        BlockParserFactory apply(DataHolder options) {
            Made m = made;
            if (m == null || m.options() != options) made = m = new Made(options, original.apply(options));
            return m.factory();
        }
    }

    /** flexmark's heading parser (its order among the block parsers too), with its factory kept. */
    private static final class Headings extends HeadingParser.Factory {
        private final Kept kept = new Kept(new HeadingParser.Factory());

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return kept.apply(options);
        }
    }

    /** flexmark's list parser (its order among the block parsers too), with its factory kept. */
    private static final class Lists extends ListBlockParser.Factory {
        private final Kept kept = new Kept(new ListBlockParser.Factory());

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return kept.apply(options);
        }
    }
}
