package com.opsledger.command;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.DuplicateException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.NotPermittedException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Objects;
import java.util.function.Function;

/** Matchers for the part of a domain exception the REST layer turns into a status and a field or rule name. */
public final class DomainExceptions {

    private DomainExceptions() {
    }

    public static Matcher<Object> invalid(String field) {
        return property(InvalidValueException.class, "field", InvalidValueException::field, field);
    }

    public static Matcher<Object> violated(String rule) {
        return property(BusinessRuleViolationException.class, "rule", BusinessRuleViolationException::rule, rule);
    }

    public static Matcher<Object> notPermitted(String rule) {
        return property(NotPermittedException.class, "rule", NotPermittedException::rule, rule);
    }

    public static Matcher<Object> duplicate(String field) {
        return property(DuplicateException.class, "field", DuplicateException::field, field);
    }

    public static Matcher<Object> notFound(String resource) {
        return property(NotFoundException.class, "resource", NotFoundException::resource, resource);
    }

    private static <E> Matcher<Object> property(Class<E> type, String name, Function<E, String> read, String expected) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item, Description mismatch) {
                if (!type.isInstance(item)) {
                    mismatch.appendText("was ").appendValue(item);
                    return false;
                }
                String actual = read.apply(type.cast(item));
                if (!Objects.equals(actual, expected)) {
                    mismatch.appendText(name + " was ").appendValue(actual);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " with " + name + " ").appendValue(expected);
            }
        };
    }
}
