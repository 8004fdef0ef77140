-- DisputeProjection: every coin dispute with its status and outcome (dispute_case), and each of its steps in the
-- order the case recorded them (dispute_step, keyed by the event's place in the dispute's stream).
CREATE TABLE dispute_case (
    dispute_id          VARCHAR(64)   NOT NULL,
    student_id          VARCHAR(64)   NOT NULL,
    opened_by           VARCHAR(64)   NOT NULL,
    opened_by_guardian  BOOLEAN       NOT NULL,
    ledger_entry_id     VARCHAR(100),
    source_event_id     VARCHAR(100),
    statement           VARCHAR(1000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    taken_by            VARCHAR(64),
    reason              VARCHAR(400),
    correction          VARCHAR(16),
    amount              BIGINT,
    correction_entry_id VARCHAR(100),
    opened_at           TIMESTAMPTZ   NOT NULL,
    decided_at          TIMESTAMPTZ,
    CONSTRAINT dispute_case_pk PRIMARY KEY (dispute_id)
);
-- The admin queue: by status, oldest first.
CREATE INDEX dispute_case_queue_idx ON dispute_case (status, opened_at, dispute_id);
CREATE INDEX dispute_case_student_idx ON dispute_case (student_id, opened_at);

CREATE TABLE dispute_step (
    dispute_id  VARCHAR(64)   NOT NULL,
    seq         BIGINT        NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    actor_id    VARCHAR(64)   NOT NULL,
    by_admin    BOOLEAN       NOT NULL,
    text        VARCHAR(2000),
    reference   VARCHAR(200),
    occurred_at TIMESTAMPTZ   NOT NULL,
    CONSTRAINT dispute_step_pk PRIMARY KEY (dispute_id, seq)
);
