package org.hor.core.io;

import java.util.Locale;
import java.util.stream.Collectors;
import org.hor.core.io.internal.CanonicalWriter;
import org.hor.core.io.internal.DatasetParser;
import org.hor.core.io.internal.Locations;
import org.hor.core.io.internal.RecordParser;
import org.hor.core.io.internal.RecordSchema;
import org.hor.core.io.internal.Schemas;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Plugs hor's types into any Jackson 3 {@code ObjectMapper}: serializers and deserializers for
 * {@link Dataset} and every record of {@code org.hor.core.model} in the exact JSON shape of spec 01
 * (the same code as {@link DatasetReader} and {@link DatasetWriter}), and {@link Period} as its code
 * string ({@code "2024-Q1"}).
 *
 * <p>Deserializing maps only: wrong JSON types, unknown fields and duplicate keys fail with a
 * {@code DatabindException} listing them, but the field and integrity rules are not run — validate
 * the result with {@link org.hor.core.validation.DatasetValidator}, or read files with
 * {@link DatasetReader}, which does both.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HorJacksonModule()).build();
 * Dataset d = mapper.readValue(json, Dataset.class);
 * }</pre>
 */
public final class HorJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public HorJacksonModule() {
        super("hor", Version.unknownVersion());
        addSerializer(Dataset.class, new ValueSerializer<>() {
            @Override
            public void serialize(Dataset value, tools.jackson.core.JsonGenerator g, SerializationContext ctxt) {
                CanonicalWriter.writeDataset(g, value);
            }
        });
        addDeserializer(Dataset.class, new ValueDeserializer<>() {
            @Override
            public Dataset deserialize(JsonParser p, DeserializationContext ctxt) {
                DatasetParser dp = new RecordParser(p, false, null);
                Dataset d;
                try {
                    d = dp.readDataset();
                } catch (DatasetParser.Stop s) {
                    return ctxt.reportInputMismatch(this, "%s", s.violation().format(Locale.ENGLISH));
                }
                fail(dp, this, ctxt);
                return d;
            }
        });
        for (RecordSchema<?> s : Schemas.ARRAYS) {
            register(s);
        }
        register(Schemas.PROGRAMME);
        addSerializer(Period.class, new ValueSerializer<>() {
            @Override
            public void serialize(Period value, tools.jackson.core.JsonGenerator g, SerializationContext ctxt) {
                g.writeString(value.code());
            }
        });
        addDeserializer(Period.class, new ValueDeserializer<>() {
            @Override
            public Period deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (Period) ctxt.handleUnexpectedToken(Period.class, p);
                }
                try {
                    return Period.parse(p.getString());
                } catch (IllegalArgumentException e) {
                    throw ctxt.weirdStringException(p.getString(), Period.class, e.getMessage());
                }
            }
        });
    }

    private <T> void register(RecordSchema<T> schema) {
        addSerializer(schema.type(), new ValueSerializer<T>() {
            @Override
            public void serialize(T value, tools.jackson.core.JsonGenerator g, SerializationContext ctxt) {
                CanonicalWriter.writeRecord(g, schema, value);
            }
        });
        addDeserializer(schema.type(), new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    @SuppressWarnings("unchecked")
                    T t = (T) ctxt.handleUnexpectedToken(schema.type(), p);
                    return t;
                }
                DatasetParser dp = new RecordParser(p, false, null);
                T record = dp.readRecord(schema, "", Locations.pack(p.currentTokenLocation()));
                fail(dp, this, ctxt);
                return record;
            }
        });
    }

    private static void fail(DatasetParser dp, ValueDeserializer<?> src, DeserializationContext ctxt) {
        if (!dp.violations().isEmpty()) {
            ctxt.reportInputMismatch(
                    src,
                    "%s",
                    dp.violations().stream().map(v -> v.format(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        }
    }
}
