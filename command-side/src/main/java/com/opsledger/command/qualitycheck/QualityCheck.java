package com.opsledger.command.qualitycheck;

import com.opsledger.command.invoice.PurchaseOrderFacts;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.qualitycheck.AddQualityPhotoCommand;
import com.opsledger.kernel.qualitycheck.CancelQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.DecideQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.OpenQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.QualityCheckCancelledEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckOpenedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckPassedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import com.opsledger.kernel.qualitycheck.QualityPhotoAddedEvent;
import com.opsledger.kernel.qualitycheck.QualityResultsRecordedEvent;
import com.opsledger.kernel.qualitycheck.RecordQualityResultsCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An inspection of goods (on arrival, in storage, before dispatch, at random): open until someone passes or rejects
 * it, or it is withdrawn. Results gather while it is open, photos until it is withdrawn; a decision is final.
 */
@Aggregate
public class QualityCheck {

    static final int MAX_PHOTOS = 10;

    private enum Status { OPEN, PASSED, REJECTED, CANCELLED }

    @AggregateIdentifier
    private String qualityCheckId;
    private String checkType;
    private String productId;
    private String warehouseId;
    private String batch;
    private Quantity quantity;
    private String supplierId;
    private String purchaseOrderId;
    private String receiptId;
    private String stockItemId;
    private Status status;
    private BigDecimal overallScore;
    /** Photo ids by the hash of their content: the same picture sent again is the photo it already is. */
    private Map<String, String> photos;

    protected QualityCheck() {
    }

    @CommandHandler
    public QualityCheck(OpenQualityCheckCommand command, @MetaDataValue("userId") String userId,
                        ReferenceRegistry registry, PurchaseOrderFacts orders) {
        apply(QualityCheckOpening.opened(command, userId, registry, orders));
    }

    @CommandHandler
    public void handle(RecordQualityResultsCommand command, @MetaDataValue("userId") String userId) {
        if (command.scores() == null || command.scores().given().isEmpty()) {
            throw new InvalidValueException("scores", "must give at least one criterion");
        }
        requireOpen("given results");
        BigDecimal overall = QualityGrading.overall(command.scores());
        apply(new QualityResultsRecordedEvent(qualityCheckId, command.scores(), overall, QualityGrading.grade(overall),
                Measurements.temperature(command.temperatureC()), Measurements.humidity(command.humidityPct()),
                Measurements.weight(command.weightKg()),
                FreeText.optional("note", command.note(), QualityCheckOpening.MAX_NOTE), userId));
    }

    @CommandHandler
    public void handle(DecideQualityCheckCommand command, @MetaDataValue("userId") String userId) {
        QualityDecisionPolicy.Decision decision = QualityDecisionPolicy.of(command, supplierId);
        requireOpen("decided");
        if (decision.pass()) {
            apply(new QualityCheckPassedEvent(qualityCheckId, checkType, productId, warehouseId, batch, quantity,
                    supplierId, purchaseOrderId, stockItemId, decision.reason(), decision.correctiveAction(),
                    userId, overallScore));
        } else {
            apply(new QualityCheckRejectedEvent(qualityCheckId, checkType, productId, warehouseId, batch, quantity,
                    supplierId, purchaseOrderId, receiptId, stockItemId, decision.reason(),
                    decision.correctiveAction(), decision.disposition(), userId, overallScore));
        }
    }

    @CommandHandler
    public void handle(CancelQualityCheckCommand command) {
        String reason = Reason.require("reason", command.reason());
        requireOpen("cancelled");
        apply(new QualityCheckCancelledEvent(qualityCheckId, stockItemId, batch, reason));
    }

    /** Answers the photo's id: the one of the same picture when it was added before. */
    @CommandHandler
    public String handle(AddQualityPhotoCommand command, @MetaDataValue("userId") String userId) {
        if (photos.containsKey(command.hash())) {
            return photos.get(command.hash());
        }
        if (status == Status.CANCELLED) {
            throw new BusinessRuleViolationException("quality-check-closed", "quality check " + qualityCheckId
                    + " is cancelled and takes no photos");
        }
        if (photos.size() >= MAX_PHOTOS) {
            throw new BusinessRuleViolationException("quality-check-photo-limit", "file",
                    "a quality check holds at most " + MAX_PHOTOS + " photos");
        }
        apply(new QualityPhotoAddedEvent(qualityCheckId, command.photoId(), command.hash(), command.size(),
                command.contentType(), userId));
        return command.photoId();
    }

    private void requireOpen(String action) {
        if (status != Status.OPEN) {
            throw new BusinessRuleViolationException("quality-check-closed", "quality check " + qualityCheckId
                    + " is " + status.name().toLowerCase(Locale.ROOT) + " and cannot be " + action);
        }
    }

    @EventSourcingHandler
    void on(QualityCheckOpenedEvent event) {
        qualityCheckId = event.qualityCheckId();
        checkType = event.checkType();
        productId = event.productId();
        warehouseId = event.warehouseId();
        batch = event.batch();
        quantity = event.quantity();
        supplierId = event.supplierId();
        purchaseOrderId = event.purchaseOrderId();
        receiptId = event.receiptId();
        stockItemId = event.stockItemId();
        status = Status.OPEN;
        photos = new HashMap<>();
    }

    @EventSourcingHandler
    void on(QualityResultsRecordedEvent event) {
        overallScore = event.overallScore();
    }

    @EventSourcingHandler
    void on(QualityCheckPassedEvent event) {
        status = Status.PASSED;
    }

    @EventSourcingHandler
    void on(QualityCheckRejectedEvent event) {
        status = Status.REJECTED;
    }

    @EventSourcingHandler
    void on(QualityCheckCancelledEvent event) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(QualityPhotoAddedEvent event) {
        photos.put(event.hash(), event.photoId());
    }
}
