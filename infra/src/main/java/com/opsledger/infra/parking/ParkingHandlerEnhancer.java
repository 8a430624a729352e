package com.opsledger.infra.parking;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.annotation.Nonnull;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Wraps every event handler of a projection that runs in a shared processor. In a batch of that processor it:
 * <ul>
 *   <li>passes by an event parked for the projection, and parks an event whose aggregate has an earlier event parked
 *   for it (behind that one), so that an admin's retry applies the aggregate's events in their order: every read model
 *   here keeps a record's state by its events in sequence, and one applied past a missing one would stay wrong;</li>
 *   <li>runs the handler's database work in a savepoint of the batch's transaction (the PostgreSQL read models): its
 *   JPA changes are flushed inside it, and a failure rolls back to it, so that an SQL error leaves the transaction
 *   usable for the other events and projections of the batch. A JPA error marks the transaction rollback-only
 *   whatever is done; the batch is then rolled back and retried without the parked event.</li>
 * </ul>
 */
@Component
class ParkingHandlerEnhancer implements HandlerEnhancerDefinition {

    private final ObjectProvider<ParkedEvents> parked;
    private final ObjectProvider<DataSource> dataSource;
    private final ObjectProvider<EntityManagerFactory> entityManagers;

    ParkingHandlerEnhancer(ObjectProvider<ParkedEvents> parked, ObjectProvider<DataSource> dataSource,
                           ObjectProvider<EntityManagerFactory> entityManagers) {
        this.parked = parked;
        this.dataSource = dataSource;
        this.entityManagers = entityManagers;
    }

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        Class<?> declaring;
        try {
            declaring = original.declaringClass();
        } catch (UnsupportedOperationException e) {
            return original;
        }
        boolean saga = original.annotationAttributes(SagaEventHandler.class).isPresent();
        if (!saga && AnnotatedElementUtils.findMergedAnnotation(declaring, ProcessingGroup.class) == null) {
            return original;
        }
        String projection = ProjectionNames.of(declaring, saga);
        if (!ProjectionNames.parks(projection)) {
            return original;
        }
        return new Parked<>(original, projection);
    }

    private final class Parked<T> extends WrappedMessageHandlingMember<T> {

        private final String projection;

        Parked(MessageHandlingMember<T> delegate, String projection) {
            super(delegate);
            this.projection = projection;
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
            Parking parking = Parking.current();
            if (parking == null || !(message instanceof EventMessage<?> event)) {
                return super.handle(message, target);
            }
            if (!parking.retrying(event.getIdentifier())) {
                ParkedEvents.Hold hold = parked.getObject().hold(projection, event);
                if (hold == ParkedEvents.Hold.BEHIND) {
                    parked.getObject().park(projection, event, null, true);
                }
                if (hold != ParkedEvents.Hold.NONE) {
                    return null;
                }
            }
            Connection connection = parking.savepoints ? boundConnection() : null;
            if (connection == null) {
                return super.handle(message, target);
            }
            Savepoint savepoint = connection.setSavepoint();
            try {
                Object result = super.handle(message, target);
                EntityManager entityManager = boundEntityManager();
                if (entityManager != null) {
                    entityManager.flush();
                }
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (Exception | Error e) {
                if (!Failures.isTransient(e)) {
                    undo(parking, connection, savepoint);
                }
                throw e;
            }
        }

        private void undo(Parking parking, Connection connection, Savepoint savepoint) {
            EntityManager entityManager = boundEntityManager();
            if (entityManager != null) {
                entityManager.clear();
                if (entityManager.getTransaction().getRollbackOnly()) {
                    parking.aborted = true;
                }
            }
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                parking.aborted = true;
            }
        }
    }

    /** The JDBC connection of the current Spring transaction, if there is one. */
    private Connection boundConnection() {
        DataSource source = dataSource.getIfAvailable();
        if (source == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        return TransactionSynchronizationManager.hasResource(source) ? DataSourceUtils.getConnection(source) : null;
    }

    private EntityManager boundEntityManager() {
        EntityManagerFactory factory = entityManagers.getIfAvailable();
        return factory != null && TransactionSynchronizationManager.getResource(factory) instanceof EntityManagerHolder
                holder ? holder.getEntityManager() : null;
    }
}
