package com.opsledger.infra.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Crypto-shredding in the event serialization: every {@link com.opsledger.kernel.privacy.PersonalData} property of
 * any serialized type is written encrypted with its {@link com.opsledger.kernel.privacy.DataSubject}'s key, as
 * {@code {"encrypted":"AES-GCM","subject":...,"data":...}}, and decrypted when read. Once the person's key is erased,
 * such a property reads back as {@value #ERASED} (text) or null (anything else), and new data of that person is
 * stored that way from the start. Every {@link com.opsledger.kernel.privacy.Secret} property is written encrypted with
 * the server's key, as {@code {"encrypted":"AES-GCM-SERVER-KEY","data":...}}, and decrypted when read; a secret
 * stored in clear before this existed still reads as it was. Types with neither are untouched.
 */
public class PersonalDataModule extends SimpleModule {

    public static final String ERASED = "[erased]";
    static final String MARKER = "encrypted";
    static final String ALGORITHM = "AES-GCM";
    public static final String REDACTED = "[redacted]";
    static final String SECRET_ALGORITHM = "AES-GCM-SERVER-KEY";
    private static final ObjectMapper TREES = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private final transient Supplier<PersonalDataKeyStore> keys;
    private final transient Supplier<ServerKeys> server;

    public PersonalDataModule(Supplier<PersonalDataKeyStore> keys, Supplier<ServerKeys> server) {
        super("opsledger-personal-data");
        this.keys = keys;
        this.server = server;
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                                                      JsonSerializer<?> serializer) {
                PersonalFields fields = PersonalFields.of(bean.getBeanClass());
                return fields == null ? serializer
                        : new Protecting((JsonSerializer<Object>) serializer, fields, PersonalDataModule.this);
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                PersonalFields fields = PersonalFields.of(bean.getBeanClass());
                return fields == null ? deserializer : new Revealing(deserializer, fields, PersonalDataModule.this);
            }
        });
    }

    /** Replaces each personal value by its ciphertext (or by the erased value when the person is erased). */
    void protect(ObjectNode tree, PersonalFields fields) {
        for (String field : fields.secret()) {
            JsonNode value = tree.get(field);
            if (value != null && !value.isNull() && !isSealed(value)) {
                tree.set(field, seal(value));
            }
        }
        String subject = tree.path(fields.subject()).asText(null);
        for (Map.Entry<String, Boolean> field : fields.personal().entrySet()) {
            JsonNode value = tree.get(field.getKey());
            if (value == null || value.isNull()) {
                continue;
            }
            if (subject == null) {
                throw new IllegalStateException("personal data in " + field.getKey() + " without a data subject");
            }
            Optional<byte[]> key = keys.get().keyForWriting(subject);
            if (key.isEmpty()) {
                tree.set(field.getKey(), erased(field.getValue()));
                continue;
            }
            byte[] sealed;
            try {
                sealed = PersonalDataCipher.encrypt(key.get(), subject, TREES.writeValueAsBytes(value));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ObjectNode encrypted = JsonNodeFactory.instance.objectNode();
            encrypted.put(MARKER, ALGORITHM);
            encrypted.put("subject", subject);
            encrypted.put("data", Base64.getEncoder().encodeToString(sealed));
            tree.set(field.getKey(), encrypted);
        }
    }

    /** Replaces each ciphertext by its value, or by the erased value when the key is gone. */
    void reveal(ObjectNode tree, PersonalFields fields) {
        for (String field : fields.secret()) {
            JsonNode value = tree.get(field);
            if (value != null && isSealed(value)) {
                tree.set(field, unseal(value));
            }
        }
        for (Map.Entry<String, Boolean> field : fields.personal().entrySet()) {
            JsonNode value = tree.get(field.getKey());
            if (value != null && isEncrypted(value)) {
                tree.set(field.getKey(), reveal(value, field.getValue()));
            }
        }
    }

    /** One encrypted value in clear, or erased; usable on any stored payload, whatever its type. */
    public JsonNode reveal(JsonNode encrypted, boolean text) {
        String subject = encrypted.path("subject").asText();
        Optional<byte[]> key = keys.get().keyForReading(subject);
        if (key.isEmpty()) {
            return erased(text);
        }
        try {
            return TREES.readTree(PersonalDataCipher.decrypt(key.get(), subject,
                    Base64.getDecoder().decode(encrypted.path("data").asText())));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable personal data of " + subject, e);
        }
    }

    private JsonNode seal(JsonNode value) {
        try {
            ObjectNode sealed = JsonNodeFactory.instance.objectNode();
            sealed.put(MARKER, SECRET_ALGORITHM);
            sealed.put("data", Base64.getEncoder().encodeToString(server.get().seal(TREES.writeValueAsBytes(value))));
            return sealed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode unseal(JsonNode sealed) {
        try {
            return TREES.readTree(server.get().open(Base64.getDecoder().decode(sealed.path("data").asText())));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable secret", e);
        }
    }

    /** A secret encrypted with the server's key. */
    public static boolean isSealed(JsonNode value) {
        return value.isObject() && SECRET_ALGORITHM.equals(value.path(MARKER).asText()) && value.has("data");
    }

    public static boolean isEncrypted(JsonNode value) {
        return value.isObject() && ALGORITHM.equals(value.path(MARKER).asText()) && value.has("data");
    }

    private static JsonNode erased(boolean text) {
        return text ? JsonNodeFactory.instance.textNode(ERASED) : JsonNodeFactory.instance.nullNode();
    }

    private static final class Protecting extends StdSerializer<Object> implements ResolvableSerializer,
            ContextualSerializer {

        private final JsonSerializer<Object> delegate;
        private final PersonalFields fields;
        private final PersonalDataModule module;

        Protecting(JsonSerializer<Object> delegate, PersonalFields fields, PersonalDataModule module) {
            super(Object.class);
            this.delegate = delegate;
            this.fields = fields;
            this.module = module;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            TokenBuffer buffer = new TokenBuffer(gen.getCodec(), false);
            delegate.serialize(value, buffer, provider);
            JsonNode tree = TREES.readTree(buffer.asParser(TREES));
            if (tree instanceof ObjectNode object) {
                module.protect(object, fields);
            }
            gen.writeTree(tree);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (delegate instanceof ContextualSerializer contextual) {
                JsonSerializer<?> created = contextual.createContextual(provider, property);
                if (created != delegate) {
                    return new Protecting((JsonSerializer<Object>) created, fields, module);
                }
            }
            return this;
        }
    }

    private static final class Revealing extends DelegatingDeserializer {

        private final PersonalFields fields;
        private final PersonalDataModule module;

        Revealing(JsonDeserializer<?> delegate, PersonalFields fields, PersonalDataModule module) {
            super(delegate);
            this.fields = fields;
            this.module = module;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Revealing(newDelegatee, fields, module);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            if (tree instanceof ObjectNode object) {
                module.reveal(object, fields);
            }
            JsonParser revealed = new TreeTraversingParser(tree, p.getCodec());
            revealed.nextToken();
            return _delegatee.deserialize(revealed, ctxt);
        }
    }
}
