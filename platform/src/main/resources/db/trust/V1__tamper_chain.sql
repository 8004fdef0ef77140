-- Tamper evidence over the event store (docs/decisions/0009-tamper-evidence.md). Written only by the tamper-chain
-- processor of the query side; read by the verification.

-- One row per event per chain: a student's chain (chain_id = the student id) links every event that concerns the
-- student; the store chain (chain_id = '') links every event of the store.
CREATE TABLE tamper_chain_link (
    chain_id     VARCHAR(255) NOT NULL,
    position     BIGINT       NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    global_index BIGINT       NOT NULL,
    event_hash   BYTEA        NOT NULL,
    chain_hash   BYTEA        NOT NULL,
    CONSTRAINT tamper_chain_link_pk PRIMARY KEY (chain_id, position),
    CONSTRAINT tamper_chain_link_event_uk UNIQUE (chain_id, event_id)
);

-- A signed statement of the store chain's head after every N links.
CREATE TABLE tamper_checkpoint (
    checkpoint_no BIGINT       NOT NULL,
    position      BIGINT       NOT NULL,
    global_index  BIGINT       NOT NULL,
    chain_hash    BYTEA        NOT NULL,
    signature     BYTEA        NOT NULL,
    CONSTRAINT tamper_checkpoint_pk PRIMARY KEY (checkpoint_no)
);
