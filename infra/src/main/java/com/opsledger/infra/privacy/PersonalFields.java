package com.opsledger.infra.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import com.opsledger.kernel.privacy.Secret;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link PersonalData} properties of a class (JSON name -> whether it is text), its {@link DataSubject}, and its
 * {@link Secret} properties (JSON names).
 */
record PersonalFields(String subject, Map<String, Boolean> personal, Set<String> secret) {

    private static final Map<Class<?>, PersonalFields> KNOWN = new ConcurrentHashMap<>();
    private static final PersonalFields NONE = new PersonalFields(null, Map.of(), Set.of());

    /** Null when the class holds neither personal data nor secrets. */
    static PersonalFields of(Class<?> type) {
        PersonalFields fields = KNOWN.computeIfAbsent(type, PersonalFields::inspect);
        return fields == NONE ? null : fields;
    }

    private static PersonalFields inspect(Class<?> type) {
        String subject = null;
        Map<String, Boolean> personal = new LinkedHashMap<>();
        Set<String> secret = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                subject = visit(component, component.getName(), component.getType(), subject, personal, secret);
            }
        } else {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    subject = visit(field, field.getName(), field.getType(), subject, personal, secret);
                }
            }
        }
        if (personal.isEmpty() && secret.isEmpty()) {
            return NONE;
        }
        if (subject == null && !personal.isEmpty()) {
            throw new IllegalStateException(type.getName() + " has @PersonalData fields but no @DataSubject field "
                    + "naming whose data it is");
        }
        return new PersonalFields(subject, Map.copyOf(personal), Set.copyOf(secret));
    }

    private static String visit(AnnotatedElement element, String name, Class<?> type, String subject,
                                Map<String, Boolean> personal, Set<String> secret) {
        JsonProperty renamed = element.getAnnotation(JsonProperty.class);
        String json = renamed != null && !renamed.value().isEmpty() ? renamed.value() : name;
        if (element.isAnnotationPresent(PersonalData.class)) {
            personal.put(json, CharSequence.class.isAssignableFrom(type));
        }
        if (element.isAnnotationPresent(Secret.class)) {
            secret.add(json);
        }
        return element.isAnnotationPresent(DataSubject.class) ? json : subject;
    }
}
