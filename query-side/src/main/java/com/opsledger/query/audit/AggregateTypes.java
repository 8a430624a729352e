package com.opsledger.query.audit;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an aggregate type as the event store names it ({@code StockItem}) or as the REST API names its resource
 * ({@code stock-items}), so that every aggregate, present or future, is addressable without a list to maintain.
 */
final class AggregateTypes {

    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]{0,99}");
    private static final Pattern RESOURCE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** The resources whose aggregate is named otherwise than the singular of their path. */
    private static final Map<String, String> RENAMED = Map.of("orders", "CustomerOrder", "users", "UserAccount");

    private AggregateTypes() {
    }

    /** The event store's name of the type; a name that fits neither form is refused, naming {@code field}. */
    static String canonical(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        if (TYPE_NAME.matcher(name).matches()) {
            return name;
        }
        if (RENAMED.containsKey(name)) {
            return RENAMED.get(name);
        }
        if (name.length() <= 100 && RESOURCE_NAME.matcher(name).matches()) {
            StringBuilder type = new StringBuilder();
            for (String word : singular(name).split("-")) {
                type.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
            return type.toString();
        }
        throw new InvalidValueException(field, "must be an aggregate type such as StockItem or a resource name such "
                + "as stock-items");
    }

    private static String singular(String resource) {
        if (resource.endsWith("ies")) {
            return resource.substring(0, resource.length() - 3) + "y";
        }
        if (resource.endsWith("sses") || resource.endsWith("xes") || resource.endsWith("ches")
                || resource.endsWith("shes")) {
            return resource.substring(0, resource.length() - 2);
        }
        if (resource.endsWith("s") && !resource.endsWith("ss")) {
            return resource.substring(0, resource.length() - 1);
        }
        return resource;
    }

    /** {@code com.opsledger.kernel.stockitem.StockReceivedEvent} -> {@code StockReceivedEvent}. */
    static String simpleName(String className) {
        int cut = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
        return className.substring(cut + 1);
    }
}
