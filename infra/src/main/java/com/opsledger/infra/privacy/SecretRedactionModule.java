package com.opsledger.infra.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.List;

/**
 * For JSON shown to people (never for the event store): every {@link com.opsledger.kernel.privacy.Secret} property
 * is written as {@value PersonalDataModule#REDACTED}, whoever asks, e.g. an event payload folded by {@code asOf}
 * or {@code /diff}.
 */
public class SecretRedactionModule extends SimpleModule {

    public SecretRedactionModule() {
        super("opsledger-secret-redaction");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                             List<BeanPropertyWriter> properties) {
                if (!bean.getBeanClass().getName().startsWith("com.opsledger.")) {
                    return properties;
                }
                PersonalFields fields = PersonalFields.of(bean.getBeanClass());
                if (fields == null || fields.secret().isEmpty()) {
                    return properties;
                }
                for (BeanPropertyWriter property : properties) {
                    if (fields.secret().contains(property.getName())) {
                        property.assignSerializer(Redacted.INSTANCE);
                    }
                }
                return properties;
            }
        });
    }

    private static final class Redacted extends StdSerializer<Object> {

        static final Redacted INSTANCE = new Redacted();

        private Redacted() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(PersonalDataModule.REDACTED);
        }
    }
}
