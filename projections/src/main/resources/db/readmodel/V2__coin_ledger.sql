-- LedgerProjection: every coin movement of every student, in wallet order, with the running balance.
CREATE TABLE ledger_entry (
    student_id        VARCHAR(64)  NOT NULL,
    entry_id          VARCHAR(100) NOT NULL,
    seq               BIGINT       NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    amount            BIGINT       NOT NULL,
    wallet_delta      BIGINT       NOT NULL,
    debit_account     VARCHAR(100),
    credit_account    VARCHAR(100),
    balance_after     BIGINT,
    source_event_id   VARCHAR(100),
    source_type       VARCHAR(64),
    rule_version      VARCHAR(64),
    hold_id           VARCHAR(64),
    reversed_entry_id VARCHAR(100),
    reason            VARCHAR(500),
    actor_id          VARCHAR(64),
    occurred_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT ledger_entry_pk PRIMARY KEY (student_id, entry_id)
);
CREATE INDEX ledger_entry_student_seq_idx ON ledger_entry (student_id, seq);

-- StudentDashboardProjection: the wallet on the dashboard.
ALTER TABLE student_dashboard ADD COLUMN coin_balance BIGINT NOT NULL DEFAULT 0;
ALTER TABLE student_dashboard ADD COLUMN coins_held BIGINT NOT NULL DEFAULT 0;
