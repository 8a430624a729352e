package com.opsledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Writes the trail as CSV (RFC 4180, one header line) or NDJSON (one event object per line), as it is read. */
abstract class AuditExport implements AutoCloseable {

    static final String[] CSV_COLUMNS = {"globalIndex", "timestamp", "aggregateType", "aggregateId",
            "sequenceNumber", "eventType", "revision", "userId", "clientIp", "userAgent", "correlationId",
            "causationId", "commandName", "payload"};

    protected final Writer out;

    private AuditExport(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    abstract void write(AuditEventView event);

    /**
     * The last line of an export that reached its bound (rows or time): where the next export continues. CSV: a row
     * whose first field is {@code #truncated}; NDJSON: an object with {@code truncated} true.
     */
    abstract void cutShort(long after);

    @Override
    public void close() throws IOException {
        out.flush();
    }

    static AuditExport csv(OutputStream stream) {
        AuditExport export = new AuditExport(stream) {
            @Override
            void write(AuditEventView e) {
                line(Long.toString(e.globalIndex()), e.timestamp().toString(), e.aggregateType(), e.aggregateId(),
                        Long.toString(e.sequenceNumber()), e.eventType(), e.revision(), e.userId(), e.clientIp(),
                        e.userAgent(), e.correlationId(), e.causationId(), e.commandName(), e.payload().toString());
            }

            @Override
            void cutShort(long after) {
                line("#truncated", "continue with after=" + after);
            }

            private void line(String... values) {
                try {
                    out.write(Arrays.stream(values).map(AuditExport::csvField).collect(Collectors.joining(",")));
                    out.write("\r\n");
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        };
        try {
            export.out.write(String.join(",", CSV_COLUMNS) + "\r\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return export;
    }

    static AuditExport ndjson(OutputStream stream, ObjectMapper json) {
        return new AuditExport(stream) {
            @Override
            void write(AuditEventView event) {
                try {
                    out.write(json.writeValueAsString(event));
                    out.write('\n');
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }

            @Override
            void cutShort(long after) {
                try {
                    out.write("{\"truncated\":true,\"after\":" + after + "}\n");
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        };
    }

    /**
     * Quotes a field when it holds a separator, a quote or a line break; a text that a spreadsheet would run as a
     * formula (it starts with =, +, -, @) is prefixed with an apostrophe.
     */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
