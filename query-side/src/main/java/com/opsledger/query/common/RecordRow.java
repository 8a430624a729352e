package com.opsledger.query.common;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * The bookkeeping columns of a read model row that holds one record's view: its id, the sequence number of the last
 * event it includes, and when the record was created and last changed.
 */
@MappedSuperclass
public abstract class RecordRow {

    @Id
    protected String id;
    protected long version;
    protected Instant createdAt;
    protected Instant updatedAt;

    /** Takes the id and bookkeeping of the view the row now holds. */
    public final void record(String id, long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }
}
