package com.opsledger.query.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.util.Locale;

/**
 * A query parameter of a parameter object ({@link PageParameters}) that cannot be read answers as a lone
 * {@code @RequestParam} does: "page must be a valid integer".
 */
@ControllerAdvice
class ParameterBinding {

    @InitBinder({"pageParameters", "cursorPageParameters", "fixedOrderPageParameters"})
    void readableTypeMismatch(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
                if (!(e instanceof TypeMismatchException mismatch) || mismatch.getPropertyName() == null) {
                    super.processPropertyAccessException(e, result);
                    return;
                }
                Class<?> required = mismatch.getRequiredType();
                String expected = required == null ? "another type" : required.getSimpleName();
                String field = mismatch.getPropertyName();
                result.addError(new FieldError(result.getObjectName(), field, e.getValue(), true,
                        result.resolveMessageCodes(e.getErrorCode(), field), new Object[0],
                        "must be a valid " + expected.toLowerCase(Locale.ROOT)));
            }
        });
    }
}
