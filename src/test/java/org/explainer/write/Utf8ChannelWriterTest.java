package org.explainer.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8ChannelWriterTest {

    /** Pieces that test the encoding: ASCII, two- and three-byte characters, pairs, and halves of pairs. */
    private static final String[] PIECES = {"plain text ", "{\"k\": 1}\n", "caf\u00e9 ", "\u201Cquoted\u201D", "\u2026",
        "\uD83D\uDE00", "\uD83D", "\uDE00", "x", "", "\u00A0\u2003", "\uFFFF"};

    @Test
    void writesTheBytesStringGetBytesGivesForEverythingWrittenWhateverThePiecesAre() throws IOException {
        Random random = new Random(3);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder all = new StringBuilder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8ChannelWriter out = new Utf8ChannelWriter(Channels.newChannel(bytes));
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                String p = PIECES[random.nextInt(PIECES.length)];
                all.append(p);
                switch (random.nextInt(4)) {
                    case 0 -> out.write(p);
                    case 1 -> out.write(p.toCharArray(), 0, p.length());
                    case 2 -> out.append(new StringBuilder(p));
                    default -> {
                        for (char c : p.toCharArray()) out.write(c);
                    }
                }
                if (random.nextInt(5) == 0) out.flush(); // a flush between the halves of a pair keeps them one
            }
            out.close();
            assertArrayEquals(all.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), all.toString());
        }
    }
}
