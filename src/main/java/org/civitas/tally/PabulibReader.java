package org.civitas.tally;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civitas.tally.internal.PabulibParser;

/** Reads pabulib files (see the data folder's FORMAT.md) of every vote type. */
public final class PabulibReader {
    private PabulibReader() {
    }

    /** Reads a UTF-8 pabulib file. */
    public static Election read(Path file) throws IOException, PabulibFormatException {
        return parse(decode(Files.readAllBytes(file)));
    }

    /** Reads a UTF-8 pabulib file already in memory, such as an upload. */
    public static Election read(byte[] file) throws PabulibFormatException {
        return parse(decode(file));
    }

    /** Parses pabulib text. */
    public static Election parse(String text) throws PabulibFormatException {
        return PabulibParser.parse(text);
    }

    private static String decode(byte[] bytes) throws PabulibFormatException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // The decoder stops at the first bad byte: its line is one more than the line breaks before it.
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new PabulibFormatException(line, "the text is not UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
