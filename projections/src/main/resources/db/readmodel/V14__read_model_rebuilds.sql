-- Blue/green rebuilds of read models (docs/decisions/0012). Operational tables of the query side, not read models:
-- no projection writes them and a replay leaves them alone.

-- Which version of each read model readers see; a read model without a row is at the version its deployed
-- projection writes.
CREATE TABLE read_model_version (
    read_model VARCHAR(64) NOT NULL,
    version    INTEGER     NOT NULL,
    since      TIMESTAMPTZ NOT NULL,
    CONSTRAINT read_model_version_pk PRIMARY KEY (read_model)
);

-- One rebuild: a version of a read model built into the schema rb_<id> by the processor rebuild-<id>, then cut over
-- (the live tables retire to rb_<id>_prev) and maybe rolled back.
CREATE TABLE read_model_rebuild (
    id               VARCHAR(16)  NOT NULL,
    read_model       VARCHAR(64)  NOT NULL,
    version          INTEGER      NOT NULL,
    previous_version INTEGER      NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    started_by       VARCHAR(128) NOT NULL,
    started_at       TIMESTAMPTZ  NOT NULL,
    target_head      BIGINT       NOT NULL,
    caught_up_at     TIMESTAMPTZ,
    cut_over_at      TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    retired_dropped  BOOLEAN      NOT NULL DEFAULT FALSE,
    failure          TEXT,
    CONSTRAINT read_model_rebuild_pk PRIMARY KEY (id)
);
CREATE INDEX read_model_rebuild_model_idx ON read_model_rebuild (read_model, started_at);

-- The live processor's tokens as they were when a cut-over replaced its tables: a rollback continues from them.
CREATE TABLE read_model_rebuild_token (
    rebuild_id VARCHAR(16)  NOT NULL,
    segment    INTEGER      NOT NULL,
    token      BYTEA,
    token_type VARCHAR(255),
    CONSTRAINT read_model_rebuild_token_pk PRIMARY KEY (rebuild_id, segment)
);
