package com.opsledger.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.query.audit.StoredPayloads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The audit trail shows stored payloads with their personal data decrypted, or {@value PersonalDataModule#ERASED}
 * once the person is erased (the trail does not know the field's type, so erased values all read so). Secrets read
 * {@value PersonalDataModule#REDACTED}, for anyone: those encrypted with the server's key wherever they are, and
 * those stored in clear by earlier versions by their payload type's {@link com.opsledger.kernel.privacy.Secret}
 * fields.
 */
@Component
class PersonalDataPayloads implements StoredPayloads {

    private final PersonalDataModule module;

    PersonalDataPayloads(ObjectProvider<PersonalDataKeyStore> keys, ObjectProvider<ServerKeys> server) {
        this.module = new PersonalDataModule(keys::getObject, server::getObject);
    }

    @Override
    public JsonNode readable(String payloadType, JsonNode stored) {
        if (stored instanceof ObjectNode object) {
            for (String secret : secretFields(payloadType)) {
                if (object.has(secret) && !object.get(secret).isNull()) {
                    object.put(secret, PersonalDataModule.REDACTED);
                }
            }
        }
        return readable(stored);
    }

    private JsonNode readable(JsonNode stored) {
        if (PersonalDataModule.isSealed(stored)) {
            return JsonNodeFactory.instance.textNode(PersonalDataModule.REDACTED);
        }
        if (PersonalDataModule.isEncrypted(stored)) {
            return module.reveal(stored, true);
        }
        if (stored instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(readable(field.getValue()));
            }
        } else if (stored instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, readable(array.get(i)));
            }
        }
        return stored;
    }

    private static Set<String> secretFields(String payloadType) {
        if (payloadType == null) {
            return Set.of();
        }
        try {
            PersonalFields fields = PersonalFields.of(Class.forName(payloadType, false,
                    PersonalDataPayloads.class.getClassLoader()));
            return fields == null ? Set.of() : fields.secret();
        } catch (ClassNotFoundException | LinkageError e) {
            return Set.of();
        }
    }
}
