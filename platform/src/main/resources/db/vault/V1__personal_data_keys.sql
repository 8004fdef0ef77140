-- One data key per student, wrapped by the deployment's master key. Erasure destroys the row's key material:
-- every sealed profile in the event store becomes unreadable, and history stays untouched.
CREATE TABLE personal_data_key (
    key_id       VARCHAR(100) NOT NULL,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL,
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT personal_data_key_pk PRIMARY KEY (key_id)
);
