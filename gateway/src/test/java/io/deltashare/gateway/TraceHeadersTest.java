package io.deltashare.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceHeadersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "req-42",
                "3f2c7a0e-5d4b-4b8e-9f00-000000000101",
                "01J9Z8Q4K7M3N2P1R0S9T8V7W6",
                "portal.js:order_17"
            })
    void ordinaryRequestIdsPassAsSent(String id) {
        assertThat(TraceHeaders.isRequestId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "two words",
                "line\nbreak",
                "<script>",
                "ok\r\nX-Injected: 1",
                "é",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void requestIdsOfAnotherShapeAreReplaced(String id) {
        assertThat(TraceHeaders.isRequestId(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"
            })
    void aW3cTraceparentPasses(String value) {
        assertThat(TraceHeaders.isTraceparent(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00-00000000000000000000000000000000-b7ad6b7169203331-01",
                "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01",
                "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01",
                "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-extra",
                "00-0af7651916cd43dd8448eb211c8031xx-b7ad6b7169203331-01",
                "hello"
            })
    void anyOtherTraceparentIsReplaced(String value) {
        assertThat(TraceHeaders.isTraceparent(value)).isFalse();
    }
}
