package io.deltashare.gateway;

/**
 * Which client-sent correlation headers the gateway passes on. Both end up in every service's logs and traces, so a
 * value that is not of their format (a log-injection attempt, a megabyte of text, a trace id of zeros that merges
 * everyone's traces) is replaced by a fresh one. Checked by hand rather than by regular expression: this runs for every
 * request.
 */
final class TraceHeaders {

    /** The longest {@code X-Request-Id} taken as sent. */
    static final int MAX_REQUEST_ID = 64;

    private TraceHeaders() {}

    /** 1 to 64 of {@code A-Z a-z 0-9 . _ : -}: a UUID, a ULID, or a client's own short id. */
    static boolean isRequestId(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_REQUEST_ID) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A W3C trace context {@code traceparent} of version 00: {@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex
     * flags>}, lower case, neither id all zeros (the specification's invalid values).
     */
    static boolean isTraceparent(String value) {
        if (value == null
                || value.length() != 55
                || value.charAt(0) != '0'
                || value.charAt(1) != '0'
                || value.charAt(2) != '-'
                || value.charAt(35) != '-'
                || value.charAt(52) != '-') {
            return false;
        }
        return isLowerHex(value, 3, 35)
                && isLowerHex(value, 36, 52)
                && isLowerHex(value, 53, 55)
                && !isZeros(value, 3, 35)
                && !isZeros(value, 36, 52);
    }

    private static boolean isLowerHex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZeros(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
