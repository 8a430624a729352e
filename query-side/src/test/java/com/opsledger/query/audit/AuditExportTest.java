package com.opsledger.query.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditExportTest {

    @Test
    void canQuoteCsvFieldsThatHoldSeparatorsQuotesOrLineBreaks() {
        assertThat(AuditExport.csvField("plain")).isEqualTo("plain");
        assertThat(AuditExport.csvField(null)).isEmpty();
        assertThat(AuditExport.csvField("{\"a\":1,\"b\":2}")).isEqualTo("\"{\"\"a\"\":1,\"\"b\"\":2}\"");
        assertThat(AuditExport.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void canDefuseTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(AuditExport.csvField("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK(");
        assertThat(AuditExport.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditExport.csvField("+1")).isEqualTo("'+1");
    }
}
