package com.opsledger.query.qualitycheck;

import com.opsledger.kernel.qualitycheck.QualityCheckCancelledEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckOpenedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckPassedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckView;
import com.opsledger.kernel.qualitycheck.QualityPhotoAddedEvent;
import com.opsledger.kernel.qualitycheck.QualityPhotoView;
import com.opsledger.kernel.qualitycheck.QualityResultsRecordedEvent;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.opsledger.query.common.Amounts.stripped;

/**
 * Quality checks with their scores, decision and photos, and a check as it was at any instant: both follow its events
 * through one {@link #evolve}. A supplier-portal caller sees only the checks of their own goods.
 */
@Component
@ReadModelTables("quality_check_view")
@ProcessingGroup("quality-checks-postgres")
class QualityCheckTablePostgresProjection extends RowEvolution<QualityCheckRow, QualityCheckView> {

    QualityCheckTablePostgresProjection(QualityCheckRowRepository rows) {
        super("quality-checks", "QualityCheck", QualityCheckView::version,
                RecordScopes.ofSupplier(QualityCheckView::supplierId), rows, QualityCheckRow::toView,
                QualityCheckRow::of);
    }

    @Override
    public QualityCheckView evolve(QualityCheckView check, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof QualityCheckOpenedEvent e) {
            return new QualityCheckView(e.qualityCheckId(), e.number(), e.checkType(), "open", e.productId(),
                    e.warehouseId(), e.batch(), e.quantity() == null ? null : stripped(e.quantity().amount()),
                    e.quantity() == null ? null : e.quantity().unit(), e.supplierId(), e.purchaseOrderId(),
                    e.receiptId(), e.stockItemId(), Map.of(), null, null, null, null, null, e.note(), null, null,
                    null, null, null, e.openedBy(), null, null, List.of(), event.timestamp(), null,
                    event.sequenceNumber(), event.timestamp(), event.timestamp());
        }
        if (check == null) {
            return null;
        }
        QualityCheckDraft draft = new QualityCheckDraft(check);
        if (payload instanceof QualityResultsRecordedEvent e) {
            draft.scores = QualityCheckRow.ordered(e.scores().given());
            draft.overallScore = stripped(e.overallScore());
            draft.grade = e.grade();
            draft.temperatureC = stripped(e.temperatureC());
            draft.humidityPct = stripped(e.humidityPct());
            draft.weightKg = stripped(e.weightKg());
            draft.resultNote = e.note();
            draft.inspectorId = e.inspectorId();
        } else if (payload instanceof QualityCheckPassedEvent e) {
            decided(draft, event, "passed", "pass", e.reason(), e.correctiveAction(), "release", e.decidedBy());
        } else if (payload instanceof QualityCheckRejectedEvent e) {
            decided(draft, event, "rejected", "reject", e.reason(), e.correctiveAction(), e.disposition(),
                    e.decidedBy());
        } else if (payload instanceof QualityCheckCancelledEvent e) {
            draft.status = "cancelled";
            draft.reason = e.reason();
            draft.decidedAt = event.timestamp();
        } else if (payload instanceof QualityPhotoAddedEvent e) {
            List<QualityPhotoView> photos = new ArrayList<>(check.photos());
            if (photos.stream().noneMatch(p -> p.photoId().equals(e.photoId()))) {
                photos.add(new QualityPhotoView(e.photoId(), e.hash(), e.size(), e.contentType(), e.addedBy(),
                        event.timestamp()));
            }
            draft.photos = List.copyOf(photos);
        } else {
            return check;
        }
        return draft.view(event.sequenceNumber(), event.timestamp());
    }

    private static void decided(QualityCheckDraft draft, RecordEvent event, String status, String decision,
                                String reason, String correctiveAction, String disposition, String decidedBy) {
        draft.status = status;
        draft.decision = decision;
        draft.reason = reason;
        draft.correctiveAction = correctiveAction;
        draft.disposition = disposition;
        draft.decidedBy = decidedBy;
        draft.decidedAt = event.timestamp();
    }

    @EventHandler
    void on(QualityCheckEvent event, DomainEventMessage<?> message) {
        project(event.qualityCheckId(), message);
    }
}
