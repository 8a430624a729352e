package com.opsledger.infra.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.InvalidValueException;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The JSON reader of request bodies refuses, before any value object sees them, what no field can mean: numbers
 * written with more than {@link #MAX_NUMBER_LENGTH} characters, nesting deeper than 64, decimals of 10^16 or more
 * or with more than
 * {@link #MAX_DECIMALS} places (an exponent such as {@code 1e200000000} would make rescaling run for minutes), and
 * dates or instants outside {@link BusinessDates}, and a null inside a list ({@code "lines": [null]}). Each refusal
 * names the field (a 400 from {@link ProblemAdvice}).
 * Only request bodies are read so: stored events and snapshots have a reader of their own.
 */
final class BoundedRequestJson {

    /** Long enough that the bounds below, which name the field, refuse every number a person could mean to send. */
    static final int MAX_NUMBER_LENGTH = 10_000;
    static final int MAX_INTEGER_DIGITS = 16;
    static final int MAX_DECIMALS = 12;

    private BoundedRequestJson() {
    }

    static ObjectMapper bounded(ObjectMapper requests) {
        requests.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(64)
                .build());
        SimpleModule module = new SimpleModule("bounded-request-values");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == BigDecimal.class || type == LocalDate.class || type == Instant.class
                        || type == OffsetDateTime.class || type == ZonedDateTime.class
                        || type == LocalDateTime.class) {
                    return new Bounded(deserializer);
                }
                return deserializer;
            }
        });
        requests.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        return requests.registerModule(module);
    }

    private static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String field = parser.currentName() == null ? "body" : parser.currentName();
            Object value = super.deserialize(parser, context);
            check(field, value);
            return value;
        }

        private static void check(String field, Object value) {
            if (value instanceof BigDecimal number) {
                if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
                    throw new InvalidValueException(field, "must be below 10^" + MAX_INTEGER_DIGITS);
                }
                if (number.scale() > MAX_DECIMALS && number.stripTrailingZeros().scale() > MAX_DECIMALS) {
                    throw new InvalidValueException(field, "has more than " + MAX_DECIMALS + " decimal places");
                }
            } else if (value instanceof LocalDate date) {
                BusinessDates.require(field, date);
            } else if (value instanceof LocalDateTime time) {
                BusinessDates.require(field, time.toLocalDate());
            } else if (value instanceof Instant instant) {
                BusinessDates.require(field, instant);
            } else if (value instanceof OffsetDateTime time) {
                BusinessDates.require(field, time.toInstant());
            } else if (value instanceof ZonedDateTime time) {
                BusinessDates.require(field, time.toInstant());
            }
        }
    }
}
