-- ArtefactProjection: every generated artefact with its status (REQUESTED, GENERATED, FAILED, and for drafts
-- APPROVED or REJECTED), its inputs' provenance, the model and prompt version and the recorded output.
CREATE TABLE ai_artefact (
    artefact_id       VARCHAR(64)   NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    student_id        VARCHAR(64),
    class_id          VARCHAR(64),
    period_from       DATE,
    period_to         DATE,
    requested_by      VARCHAR(64)   NOT NULL,
    requester_role    VARCHAR(16)   NOT NULL,
    prompt_version    VARCHAR(64)   NOT NULL,
    input_references  TEXT          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    model             VARCHAR(200),
    output            TEXT,
    prompt_tokens     BIGINT,
    completion_tokens BIGINT,
    response_id       VARCHAR(200),
    failure           VARCHAR(32),
    message           VARCHAR(1000),
    decided_by        VARCHAR(64),
    reason            VARCHAR(400),
    requested_at      TIMESTAMPTZ   NOT NULL,
    settled_at        TIMESTAMPTZ,
    decided_at        TIMESTAMPTZ,
    CONSTRAINT ai_artefact_pk PRIMARY KEY (artefact_id)
);
CREATE INDEX ai_artefact_student_idx ON ai_artefact (student_id, requested_at);
CREATE INDEX ai_artefact_class_idx ON ai_artefact (class_id, requested_at);
