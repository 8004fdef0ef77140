-- Open coin holds and when they expire (written by HoldExpiry only).
CREATE TABLE hold_deadline (
    hold_id    VARCHAR(64)  NOT NULL,
    student_id VARCHAR(64)  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT hold_deadline_pk PRIMARY KEY (student_id, hold_id)
);
CREATE INDEX hold_deadline_due_idx ON hold_deadline (expires_at);
