package com.opsledger.query.fleet;

import com.opsledger.kernel.driver.DriverEvent;
import com.opsledger.kernel.driver.DriverRegisteredEvent;
import com.opsledger.kernel.driver.DriverUpdatedEvent;
import com.opsledger.kernel.driver.DriverView;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The driver table, and a driver as they were at any instant, through one {@link #evolve}. A driver signed in sees
 * only themselves, their past included.
 */
@Component
@ReadModelTables("driver_view")
@ProcessingGroup("drivers-postgres")
class DriverTablePostgresProjection extends RowEvolution<DriverRow, DriverView> {

    static final String ERASED = "[erased]";

    DriverTablePostgresProjection(DriverRowRepository rows) {
        super("drivers", "Driver", DriverView::version, (caller, d) -> caller.scope().seesDriver(d.id()), rows,
                DriverRow::toView, DriverRow::of);
    }

    @Override
    public DriverView evolve(DriverView d, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof DriverRegisteredEvent e) {
            return new DriverView(e.driverId(), e.name(), e.phone(), e.licenceNumber(), e.licenceExpiry(),
                    event.sequenceNumber(), event.timestamp(), event.timestamp());
        }
        if (d == null) {
            return null;
        }
        if (payload instanceof DriverUpdatedEvent e) {
            return new DriverView(d.id(), e.name(), e.phone(), e.licenceNumber(), e.licenceExpiry(),
                    event.sequenceNumber(), d.createdAt(), event.timestamp());
        }
        return d;
    }

    @EventHandler
    void on(DriverEvent event, DomainEventMessage<?> message) {
        project(event.driverId(), message);
    }

    /** A driver's erasure: their name, phone and licence number read as erased, as a replay would. */
    @EventHandler
    void on(DataSubjectErasedEvent event) {
        rows.findById(event.subjectId()).ifPresent(row -> {
            row.name = ERASED;
            row.nameLower = ERASED;
            row.phone = ERASED;
            row.licenceNumber = ERASED;
            rows.save(row);
        });
    }
}
