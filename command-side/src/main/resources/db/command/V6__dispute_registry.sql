-- Lookup set of the disputes context for validating commands (written by DisputeRegistry only): every dispute
-- and what it disputes ('entry:<ledger entry id>' or 'event:<learning event id>'), at most one open per thing.
CREATE TABLE dispute_registry (
    dispute_id VARCHAR(64)  NOT NULL,
    student_id VARCHAR(64)  NOT NULL,
    disputed   VARCHAR(110) NOT NULL,
    open       BOOLEAN      NOT NULL,
    CONSTRAINT dispute_registry_pk PRIMARY KEY (dispute_id)
);
CREATE UNIQUE INDEX dispute_registry_open_idx ON dispute_registry (student_id, disputed) WHERE open;
