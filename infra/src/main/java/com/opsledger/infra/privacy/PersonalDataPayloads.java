package com.opsledger.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.query.audit.StoredPayloads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Map;

/**
 * The audit trail shows stored payloads with their personal data decrypted, or {@value PersonalDataModule#ERASED}
 * once the person is erased (the trail does not know the field's type, so erased values all read so).
 */
@Component
class PersonalDataPayloads implements StoredPayloads {

    private final PersonalDataModule module;

    PersonalDataPayloads(ObjectProvider<PersonalDataKeyStore> keys) {
        this.module = new PersonalDataModule(keys::getObject);
    }

    @Override
    public JsonNode readable(JsonNode stored) {
        if (PersonalDataModule.isEncrypted(stored)) {
            JsonNode value = module.reveal(stored, true);
            return value;
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
}
