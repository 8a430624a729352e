package com.opsledger.infra.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.ClassMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The schema names of the request and answer records nested in controllers. A schema is named by its class's simple
 * name, so two controllers' {@code ReceiptRequest}s would be one schema and one of them described wrongly; a record
 * whose simple name another controller's record shares is named after its controller instead
 * ({@code StockItemReceiptRequest}, {@code TransferReceiptRequest}). The others keep their names.
 */
final class SchemaNames implements ModelConverter {

    private final Map<Class<?>, String> names;

    private SchemaNames(Map<Class<?>, String> names) {
        this.names = names;
    }

    /** The records nested in the controllers of these packages. */
    static SchemaNames of(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> {
            ClassMetadata type = reader.getClassMetadata();
            return type.hasEnclosingClass() && factory.getMetadataReader(type.getEnclosingClassName())
                    .getAnnotationMetadata().hasAnnotation(RestController.class.getName());
        });
        List<Class<?>> nested = scanner.findCandidateComponents(basePackage).stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .toList();
        return new SchemaNames(named(nested));
    }

    static Map<Class<?>, String> named(List<Class<?>> nested) {
        Map<String, List<Class<?>>> bySimpleName = nested.stream()
                .collect(Collectors.groupingBy(Class::getSimpleName));
        return bySimpleName.values().stream().filter(shared -> shared.size() > 1).flatMap(List::stream)
                .collect(Collectors.toMap(type -> type, type -> resource(type.getEnclosingClass()) + type.getSimpleName()));
    }

    /** {@code StockItemCommandController} → {@code StockItem}, {@code WriteOffApprovalController} → as it reads. */
    private static String resource(Class<?> controller) {
        return controller.getSimpleName().replaceFirst("(Command|Query)?Controller$", "");
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        String name = names.get(rawClass(type.getType()));
        if (name != null && (type.getName() == null || type.getName().isBlank())) {
            type.name(name);
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        return type instanceof JavaType javaType ? javaType.getRawClass() : null;
    }
}
