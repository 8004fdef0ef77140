-- OperatorAuditProjection: who did what to the running platform or decided which dispute, when and why, newest first
-- by (occurred_at, event_id); keyed by the event's id, so a repeat changes nothing.
CREATE TABLE operator_audit (
    event_id      VARCHAR(100)  NOT NULL,
    occurred_at   TIMESTAMPTZ   NOT NULL,
    operator_id   VARCHAR(100)  NOT NULL,
    operator_role VARCHAR(100)  NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    target        VARCHAR(300)  NOT NULL,
    reason        VARCHAR(2000),
    outcome       VARCHAR(4000),
    CONSTRAINT operator_audit_pk PRIMARY KEY (event_id)
);
CREATE INDEX operator_audit_time_idx ON operator_audit (occurred_at DESC, event_id DESC);
CREATE INDEX operator_audit_operator_idx ON operator_audit (operator_id, occurred_at DESC, event_id DESC);
