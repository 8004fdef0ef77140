-- Tables the command side owns: idempotency receipts and lookup sets for validating commands.

-- One row per (caller, Idempotency-Key): the fingerprint of the first request and the answer it got.
CREATE TABLE command_receipt (
    caller          VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    body            TEXT         NOT NULL,
    position        BIGINT       NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT command_receipt_pk PRIMARY KEY (caller, idempotency_key)
);

CREATE TABLE student_registry (
    student_id    VARCHAR(64) NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT student_registry_pk PRIMARY KEY (student_id)
);
