package com.marginportal.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Explains a decoding failure precisely: the first line that is not valid in the charset and its bytes.
 * Lines are split at byte 0x0A, which is never part of a multi-byte character in UTF-8 or GBK/GB18030.
 */
final class CharsetProbe {

    private static final int SHOWN_BYTES = 12;

    private final ImportInput input;

    CharsetProbe(ImportInput input) {
        this.input = input;
    }

    String describe(Charset charset) {
        String advice = charset.name().startsWith("UTF") ? "; give the file's charset, e.g. charset=GBK"
                : "; give the file's real charset, e.g. charset=UTF-8";
        try (InputStream in = new BufferedInputStream(input.open())) {
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int lineNumber = 1;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    String bad = firstBadBytes(decoder, line.toByteArray());
                    if (bad != null) {
                        return message(charset, lineNumber, bad) + advice;
                    }
                    line.reset();
                    lineNumber++;
                } else {
                    line.write(b);
                }
            }
            String bad = firstBadBytes(decoder, line.toByteArray());
            return (bad == null ? "the file is not valid " + charset.name() : message(charset, lineNumber, bad)) + advice;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String message(Charset charset, int line, String bytes) {
        return "the file is not valid " + charset.name() + ": row " + line + " contains bytes that are not "
                + charset.name() + " (" + bytes + ")";
    }

    /** Hex of the bytes from the first undecodable one, or null when the line decodes. */
    private static String firstBadBytes(CharsetDecoder decoder, byte[] line) {
        ByteBuffer in = ByteBuffer.wrap(line);
        CoderResult result = decoder.reset().decode(in, CharBuffer.allocate(line.length + 1), true);
        if (!result.isError()) {
            return null;
        }
        int offset = in.position();
        return HexFormat.ofDelimiter(" ").formatHex(line, offset, Math.min(line.length, offset + SHOWN_BYTES));
    }
}
