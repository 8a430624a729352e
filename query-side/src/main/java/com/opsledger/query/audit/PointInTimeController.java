package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.AggregateId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Method;

/**
 * {@code GET /api/v1/{resource}/{id}?asOf=<instant>} for every resource with a {@link ViewEvolution}. The route is
 * registered per resource, next to the resource's own {@code GET /{id}}: with the {@code asOf} parameter present
 * this one is the more specific match, without it the resource's controller answers as before.
 */
@Controller
@Tag(name = "Audit")
public class PointInTimeController implements SmartInitializingSingleton {

    private final PointInTime pointInTime;
    private final RequestMappingHandlerMapping mappings;

    PointInTimeController(PointInTime pointInTime,
                          @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.pointInTime = pointInTime;
        this.mappings = mappings;
    }

    /** The route of one resource: it knows which resource it serves. */
    record ResourceAsOf(String resource, PointInTime pointInTime) {

        @ResponseBody
        @RequiresPermission("audit:read")
        @Operation(summary = "The record as it was at an instant, rebuilt from its events up to then, with the "
                + "position it was rebuilt to; 404 before the record existed")
        public PointInTimeView asOf(@PathVariable AggregateId id, @RequestParam String asOf, Caller caller) {
            return pointInTime.asOf(resource, id.value(), Instants.parse("asOf", asOf), caller);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        Method handler;
        try {
            handler = ResourceAsOf.class.getMethod("asOf", AggregateId.class, String.class, Caller.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        for (String resource : pointInTime.resources()) {
            mappings.registerMapping(RequestMappingInfo.paths("/api/v1/" + resource + "/{id}")
                    .methods(RequestMethod.GET).params("asOf").produces("application/json")
                    .options(mappings.getBuilderConfiguration()).build(), new ResourceAsOf(resource, pointInTime),
                    handler);
        }
    }
}
