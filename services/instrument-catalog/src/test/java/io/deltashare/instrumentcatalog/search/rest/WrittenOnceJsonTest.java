package io.deltashare.instrumentcatalog.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.instrumentcatalog.search.application.WrittenOnce;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WrittenOnceJsonTest {

    @WrittenOnce
    record Listing(String name, List<String> tags, Integer priceFen, Listing pending) {}

    record Page(List<Listing> items, String next) {}

    /** Mutable on purpose, to see which writes are copies: a real {@link WrittenOnce} type never changes. */
    @WrittenOnce
    static final class Counter {
        public int count;
    }

    private static ObjectMapper writingOnce() {
        ObjectMapper mapper = new ObjectMapper();
        new WrittenOnceJson(100).customize(mapper);
        return mapper;
    }

    @Test
    void aPageOfKeptViewsReadsAsJacksonWritesItTheFirstTimeAndEveryTimeAfter() throws Exception {
        Listing microscope = new Listing(
                "场发射扫描电镜 FE-SEM \"Sigma\"", List.of("电镜", "SEM"), 42_000, new Listing("扫描电镜", List.of(), null, null));
        Listing spectrometer = new Listing("质谱仪", List.of(), null, null);
        Page page = new Page(List.of(microscope, spectrometer, microscope), "https://example.test/?cursor=a%2Fb");
        String expected = new ObjectMapper().writeValueAsString(page);
        ObjectMapper mapper = writingOnce();

        String first = mapper.writeValueAsString(page);
        String again = mapper.writeValueAsString(page);
        String asBytes = new String(mapper.writeValueAsBytes(page), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(first).isEqualTo(expected);
        assertThat(again).isEqualTo(expected);
        assertThat(asBytes).isEqualTo(expected);
        assertThat(mapper.readValue(again, Page.class)).isEqualTo(page);
    }

    @Test
    void eachInstanceIsWrittenOnceAndThenCopied() throws Exception {
        ObjectMapper mapper = writingOnce();
        Counter counter = new Counter();
        counter.count = 1;
        List<Object> answer = new ArrayList<>(List.of(counter));

        String first = mapper.writeValueAsString(answer);
        counter.count = 2;
        String second = mapper.writeValueAsString(answer);
        Counter another = new Counter();
        another.count = 2;

        assertThat(first).isEqualTo("[{\"count\":1}]");
        assertThat(second).as("the same instance: its first bytes").isEqualTo(first);
        assertThat(mapper.writeValueAsString(Map.of("c", another)))
                .as("another instance is written anew")
                .isEqualTo("{\"c\":{\"count\":2}}");
    }
}
