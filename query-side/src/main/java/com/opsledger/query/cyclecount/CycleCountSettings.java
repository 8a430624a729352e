package com.opsledger.query.cyclecount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * {@code opsledger.cycle-counts.*}: the window the value moved is measured over, the shares of the A and B classes,
 * and how often each class is counted.
 */
@Component
class CycleCountSettings {

    final Duration window;
    final CycleCountClasses classes;
    final Map<String, Duration> intervals;

    CycleCountSettings(@Value("${opsledger.cycle-counts.window:90d}") Duration window,
                       @Value("${opsledger.cycle-counts.a-share:80}") BigDecimal aShare,
                       @Value("${opsledger.cycle-counts.b-share:15}") BigDecimal bShare,
                       @Value("${opsledger.cycle-counts.interval.a:30d}") Duration a,
                       @Value("${opsledger.cycle-counts.interval.b:91d}") Duration b,
                       @Value("${opsledger.cycle-counts.interval.c:365d}") Duration c) {
        this.window = window;
        this.classes = new CycleCountClasses(aShare, bShare);
        this.intervals = Map.of("A", a, "B", b, "C", c);
    }
}
