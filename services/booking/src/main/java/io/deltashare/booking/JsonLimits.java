package io.deltashare.booking;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Booking takes request bodies up to the size of a deliverable (files are uploaded raw); a JSON body is still refused
 * past 256 KiB, the limit every other service has, so that raising the first limit opens nothing for the API's JSON.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    /** The largest JSON document read: 256 KiB. */
    public static final long MAX_JSON_BYTES = 256 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_JSON_BYTES)
                        .build());
    }
}
