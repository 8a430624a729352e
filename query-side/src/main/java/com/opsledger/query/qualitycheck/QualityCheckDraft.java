package com.opsledger.query.qualitycheck;

import com.opsledger.kernel.qualitycheck.QualityCheckView;
import com.opsledger.kernel.qualitycheck.QualityPhotoView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A check's view while one event changes it: the fields that change, then the view it leaves. */
final class QualityCheckDraft {

    private final QualityCheckView was;
    String status;
    Map<String, Integer> scores;
    BigDecimal overallScore;
    String grade;
    BigDecimal temperatureC;
    BigDecimal humidityPct;
    BigDecimal weightKg;
    String resultNote;
    String decision;
    String reason;
    String correctiveAction;
    String disposition;
    String inspectorId;
    String decidedBy;
    List<QualityPhotoView> photos;
    Instant decidedAt;

    QualityCheckDraft(QualityCheckView was) {
        this.was = was;
        status = was.status();
        scores = was.scores();
        overallScore = was.overallScore();
        grade = was.grade();
        temperatureC = was.temperatureC();
        humidityPct = was.humidityPct();
        weightKg = was.weightKg();
        resultNote = was.resultNote();
        decision = was.decision();
        reason = was.reason();
        correctiveAction = was.correctiveAction();
        disposition = was.disposition();
        inspectorId = was.inspectorId();
        decidedBy = was.decidedBy();
        photos = was.photos();
        decidedAt = was.decidedAt();
    }

    QualityCheckView view(long version, Instant at) {
        return new QualityCheckView(was.id(), was.number(), was.checkType(), status, was.productId(),
                was.warehouseId(), was.batch(), was.quantity(), was.unit(), was.supplierId(), was.purchaseOrderId(),
                was.receiptId(), was.stockItemId(), scores, overallScore, grade, temperatureC, humidityPct, weightKg,
                was.note(), resultNote, decision, reason, correctiveAction, disposition, was.openedBy(), inspectorId,
                decidedBy, photos, was.openedAt(), decidedAt, version, was.createdAt(), at);
    }
}
