package com.opsledger.query.qualitycheck;

import com.opsledger.kernel.qualitycheck.QualityCheckCancelledEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckOpenedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckPassedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import com.opsledger.kernel.qualitycheck.QualityResultsRecordedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckTerms;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quality checks in Elasticsearch for quality reports. Every write sets absolute values keyed by the check's id, so a
 * batch delivered again after a failure changes nothing.
 */
@Component
@ProcessingGroup("quality-checks-elastic")
class QualityCheckSearchElasticProjection {

    private final QualityCheckSearchIndex index;

    QualityCheckSearchElasticProjection(QualityCheckSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(QualityCheckEvent event, DomainEventMessage<?> message) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", event.qualityCheckId());
        doc.put("version", message.getSequenceNumber());
        String at = message.getTimestamp().toString();
        if (event instanceof QualityCheckOpenedEvent e) {
            doc.put("number", e.number());
            doc.put("checkType", e.checkType());
            doc.put("status", "open");
            doc.put("productId", e.productId());
            doc.put("warehouseId", e.warehouseId());
            doc.put("supplierId", e.supplierId());
            doc.put("openedAt", at);
        } else if (event instanceof QualityResultsRecordedEvent e) {
            doc.put("overallScore", e.overallScore());
            doc.put("grade", e.grade());
            Map<String, Integer> given = e.scores().given();
            for (String criterion : QualityCheckTerms.CRITERIA) {
                doc.put("score_" + criterion, given.get(criterion));
            }
        } else if (event instanceof QualityCheckPassedEvent) {
            decided(doc, "passed", "pass", "release", at);
        } else if (event instanceof QualityCheckRejectedEvent e) {
            decided(doc, "rejected", "reject", e.disposition(), at);
        } else if (event instanceof QualityCheckCancelledEvent) {
            doc.put("status", "cancelled");
            doc.put("decidedAt", at);
        } else {
            return;
        }
        index.merge(event.qualityCheckId(), doc);
    }

    private static void decided(Map<String, Object> doc, String status, String decision, String disposition,
                                String at) {
        doc.put("status", status);
        doc.put("decision", decision);
        doc.put("disposition", disposition);
        doc.put("decidedAt", at);
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }
}
