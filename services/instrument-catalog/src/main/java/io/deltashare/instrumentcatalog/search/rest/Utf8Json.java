package io.deltashare.instrumentcatalog.search.rest;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A JSON value already written, kept as its UTF-8 bytes only (not also as a {@code String}, as Jackson's
 * {@link SerializedString} does), since a kept view's JSON is only ever copied into a UTF-8 answer. The other forms
 * are made on demand.
 */
final class Utf8Json implements SerializableString {

    private final byte[] utf8;

    Utf8Json(byte[] utf8) {
        this.utf8 = utf8;
    }

    int length() {
        return utf8.length;
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8.clone();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (utf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    @Override
    public String getValue() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return asString().appendUnquoted(buffer, offset);
    }

    @Override
    public char[] asQuotedChars() {
        return asString().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return asString().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return asString().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return asString().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return asString().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return asString().putQuotedUTF8(buffer);
    }

    /** The char-based forms, used by writers that are not UTF-8 byte streams (none of the API's). */
    private SerializedString asString() {
        return new SerializedString(getValue());
    }
}
