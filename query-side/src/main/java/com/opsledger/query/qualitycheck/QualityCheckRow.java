package com.opsledger.query.qualitycheck;

import com.opsledger.kernel.qualitycheck.QualityCheckTerms;
import com.opsledger.kernel.qualitycheck.QualityCheckView;
import com.opsledger.kernel.qualitycheck.QualityPhotoView;
import com.opsledger.query.common.RecordRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.query.common.Amounts.stripped;

@Entity
@Table(name = "quality_check_view")
class QualityCheckRow extends RecordRow {

    String number;
    String checkType;
    String status;
    String productId;
    String warehouseId;
    String batch;
    BigDecimal quantity;
    String unit;
    String supplierId;
    String purchaseOrderId;
    String receiptId;
    String stockItemId;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Integer> scores = new LinkedHashMap<>();
    BigDecimal overallScore;
    String grade;
    @Column(name = "temperature_c")
    BigDecimal temperatureC;
    BigDecimal humidityPct;
    BigDecimal weightKg;
    String note;
    String resultNote;
    String decision;
    String reason;
    String correctiveAction;
    String disposition;
    String openedBy;
    String inspectorId;
    String decidedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    List<QualityPhotoView> photos = new ArrayList<>();
    Instant openedAt;
    Instant decidedAt;

    /** {@code row} (a new one when null) holding {@code view}. */
    static QualityCheckRow of(QualityCheckRow row, QualityCheckView view) {
        QualityCheckRow written = row == null ? new QualityCheckRow() : row;
        written.record(view.id(), view.version(), view.createdAt(), view.updatedAt());
        written.number = view.number();
        written.checkType = view.checkType();
        written.status = view.status();
        written.productId = view.productId();
        written.warehouseId = view.warehouseId();
        written.batch = view.batch();
        written.quantity = view.quantity();
        written.unit = view.unit();
        written.supplierId = view.supplierId();
        written.purchaseOrderId = view.purchaseOrderId();
        written.receiptId = view.receiptId();
        written.stockItemId = view.stockItemId();
        written.scores = new LinkedHashMap<>(view.scores());
        written.overallScore = view.overallScore();
        written.grade = view.grade();
        written.temperatureC = view.temperatureC();
        written.humidityPct = view.humidityPct();
        written.weightKg = view.weightKg();
        written.note = view.note();
        written.resultNote = view.resultNote();
        written.decision = view.decision();
        written.reason = view.reason();
        written.correctiveAction = view.correctiveAction();
        written.disposition = view.disposition();
        written.openedBy = view.openedBy();
        written.inspectorId = view.inspectorId();
        written.decidedBy = view.decidedBy();
        written.photos = new ArrayList<>(view.photos());
        written.openedAt = view.openedAt();
        written.decidedAt = view.decidedAt();
        return written;
    }

    /** The scores in the order of the criteria, whatever order the JSON column keeps them in. */
    static Map<String, Integer> ordered(Map<String, Integer> scores) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        QualityCheckTerms.CRITERIA.stream().filter(scores::containsKey).forEach(c -> ordered.put(c, scores.get(c)));
        return Collections.unmodifiableMap(ordered);
    }

    QualityCheckView toView() {
        return new QualityCheckView(id, number, checkType, status, productId, warehouseId, batch, stripped(quantity),
                unit, supplierId, purchaseOrderId, receiptId, stockItemId, ordered(scores),
                stripped(overallScore), grade, stripped(temperatureC), stripped(humidityPct), stripped(weightKg), note,
                resultNote, decision, reason, correctiveAction, disposition, openedBy, inspectorId, decidedBy,
                List.copyOf(photos), openedAt, decidedAt, version, createdAt, updatedAt);
    }
}
