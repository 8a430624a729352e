-- One AES key per person (customer or user) whose personal data events carry, encrypted with it. Erasing the person
-- deletes the key (key_bytes becomes null) and keeps the row, so that later data of theirs is not stored either.
create table personal_data_key (
    subject_id     varchar(255) not null primary key,
    key_bytes      bytea,
    created_at     timestamp(6) with time zone not null,
    erased_at      timestamp(6) with time zone,
    erasure_reason varchar(500)
);
