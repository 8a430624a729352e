package com.opsledger.command.route;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.route.RouteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/v1/routes")
@Tag(name = "Routes")
public record RoutePositionController(RoutePositions positions) {

    /** How far ahead of the server's clock a device's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public record PositionRequest(@NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 7)
                                  BigDecimal latitude,
                                  @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 7)
                                  BigDecimal longitude,
                                  @NotNull Instant at,
                                  @DecimalMin("0") @DecimalMax("400") @Digits(integer = 3, fraction = 1)
                                  BigDecimal speedKmh) {
    }

    public record PositionsAnswer(String id, int recorded) {
    }

    @PostMapping("/{id}/positions")
    @RequiresPermission("routes:track")
    @Operation(summary = "Report where the route's vehicle is (up to 1,000 positions at once, while in progress); "
            + "the estimated arrivals of the remaining stops follow the latest")
    public PositionsAnswer report(@PathVariable RouteId id,
                                  @RequestBody @NotEmpty @Size(max = 1000) List<@Valid @NotNull PositionRequest> body,
                                  @Parameter(hidden = true) Caller caller) {
        Instant latest = Instant.now().plus(CLOCK_SKEW);
        List<RoutePositions.Position> reported = body.stream().map(p -> {
            BusinessDates.require("at", p.at());
            if (p.at().isAfter(latest)) {
                throw new InvalidValueException("at", "must not be in the future");
            }
            return new RoutePositions.Position(p.latitude(), p.longitude(), p.at(), p.speedKmh());
        }).toList();
        return new PositionsAnswer(id.value(), positions.record(id.value(), caller.scope().driverFilter(), reported));
    }
}
