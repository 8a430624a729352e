package com.opsledger.kernel.qualitycheck;

/** One check; {@code scopeSupplierId}, when set, is the only supplier whose goods' checks the asker may see. */
public record FindQualityCheckQuery(String qualityCheckId, String scopeSupplierId) {
}
