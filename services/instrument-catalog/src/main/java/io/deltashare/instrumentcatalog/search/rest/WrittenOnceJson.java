package io.deltashare.instrumentcatalog.search.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deltashare.instrumentcatalog.search.application.WrittenOnce;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the JSON of a {@link WrittenOnce} view once per instance, with Jackson's own serializer for its type, and
 * copies those bytes into every later answer that shows the same instance. A search page is twenty kept views, so
 * most of the work of answering it was writing the same views' JSON again; now it is copying bytes.
 *
 * <p>The bytes are kept beside the instance, compared by identity, for as long as it lives and at most for twice
 * {@code catalog.search.kept-views} instances (the views kept for instruments and for offers), the least used going
 * first.
 */
@Singleton
public class WrittenOnceJson implements ObjectMapperCustomizer {

    private final long capacity;

    WrittenOnceJson(@ConfigProperty(name = "catalog.search.kept-views") long keptViews) {
        this.capacity = 2 * keptViews;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        Cache<Object, Utf8Json> written = Caffeine.newBuilder()
                .weakKeys()
                .maximumSize(capacity)
                .executor(Runnable::run)
                .build();
        JsonFactory factory = mapper.getFactory();
        mapper.registerModule(new SimpleModule("written-once").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(
                    SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
                return description.getBeanClass().isAnnotationPresent(WrittenOnce.class)
                        ? new KeptBytes(serializer, factory, written)
                        : serializer;
            }
        }));
    }

    /** Jackson's serializer of a {@link WrittenOnce} type, run once per instance. */
    static final class KeptBytes extends JsonSerializer<Object> implements ContextualSerializer, ResolvableSerializer {

        private final JsonSerializer<Object> bean;
        private final JsonFactory factory;
        private final Cache<Object, Utf8Json> written;

        @SuppressWarnings("unchecked") // Jackson hands out serializers as JsonSerializer<?>; this one takes the bean
        KeptBytes(JsonSerializer<?> bean, JsonFactory factory, Cache<Object, Utf8Json> written) {
            this.bean = (JsonSerializer<Object>) bean;
            this.factory = factory;
            this.written = written;
        }

        @Override
        public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            Utf8Json json = written.getIfPresent(value);
            if (json == null) {
                ByteArrayBuilder bytes = new ByteArrayBuilder();
                try (JsonGenerator own = factory.createGenerator(bytes)) {
                    bean.serialize(value, own, provider);
                }
                json = new Utf8Json(bytes.toByteArray());
                written.put(value, json);
            }
            out.writeRawValue(json);
        }

        @Override
        public void serializeWithType(
                Object value, JsonGenerator out, SerializerProvider provider, TypeSerializer types) throws IOException {
            bean.serializeWithType(value, out, provider, types);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object value) {
            return bean.isEmpty(provider, value);
        }

        @Override
        public Class<Object> handledType() {
            return bean.handledType();
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (bean instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        /**
         * The same kept bytes wherever the type appears, unless a property asks for its own form of it (say, a
         * {@code @JsonFormat}): then that property is written by Jackson each time, as the kept bytes are not its form.
         */
        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonSerializer<?> contextual = provider.handleSecondaryContextualization(bean, property);
            return contextual == bean ? this : contextual;
        }
    }
}
