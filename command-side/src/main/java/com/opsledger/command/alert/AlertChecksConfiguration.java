package com.opsledger.command.alert;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;

/** Runs the {@link SupplierLateCheck} every {@code opsledger.alerts.supplier-late.check-every}, first after as long. */
@Configuration
@EnableScheduling
class AlertChecksConfiguration implements SchedulingConfigurer {

    private final ObjectProvider<SupplierLateCheck> check;
    private final Duration every;

    AlertChecksConfiguration(ObjectProvider<SupplierLateCheck> check,
                             @Value("${opsledger.alerts.supplier-late.check-every:5m}") Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("opsledger.alerts.supplier-late.check-every must be positive");
        }
        this.check = check;
        this.every = every;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        check.ifAvailable(supplierLate -> tasks.addFixedDelayTask(new FixedDelayTask(supplierLate::scheduled, every,
                every)));
    }
}
