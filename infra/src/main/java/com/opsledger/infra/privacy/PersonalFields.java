package com.opsledger.infra.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link PersonalData} properties of a class (JSON name -> whether it is text) and its {@link DataSubject}. */
record PersonalFields(String subject, Map<String, Boolean> personal) {

    private static final Map<Class<?>, PersonalFields> KNOWN = new ConcurrentHashMap<>();
    private static final PersonalFields NONE = new PersonalFields(null, Map.of());

    /** Null when the class holds no personal data. */
    static PersonalFields of(Class<?> type) {
        PersonalFields fields = KNOWN.computeIfAbsent(type, PersonalFields::inspect);
        return fields == NONE ? null : fields;
    }

    private static PersonalFields inspect(Class<?> type) {
        String subject = null;
        Map<String, Boolean> personal = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                subject = visit(component, component.getName(), component.getType(), subject, personal);
            }
        } else {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    subject = visit(field, field.getName(), field.getType(), subject, personal);
                }
            }
        }
        if (personal.isEmpty()) {
            return NONE;
        }
        if (subject == null) {
            throw new IllegalStateException(type.getName() + " has @PersonalData fields but no @DataSubject field "
                    + "naming whose data it is");
        }
        return new PersonalFields(subject, Map.copyOf(personal));
    }

    private static String visit(AnnotatedElement element, String name, Class<?> type, String subject,
                                Map<String, Boolean> personal) {
        JsonProperty renamed = element.getAnnotation(JsonProperty.class);
        String json = renamed != null && !renamed.value().isEmpty() ? renamed.value() : name;
        if (element.isAnnotationPresent(PersonalData.class)) {
            personal.put(json, CharSequence.class.isAssignableFrom(type));
        }
        return element.isAnnotationPresent(DataSubject.class) ? json : subject;
    }
}
