-- ReadingAttemptProjection: every reading attempt of a student with its state, scores (per word as JSON, in the
-- order of the text) and whether its audio is still kept.
CREATE TABLE reading_attempt (
    attempt_id       VARCHAR(64)    NOT NULL,
    student_id       VARCHAR(64)    NOT NULL,
    language         VARCHAR(10)    NOT NULL,
    text             VARCHAR(2000)  NOT NULL,
    assessor         VARCHAR(10)    NOT NULL,
    submitted_by     VARCHAR(100)   NOT NULL,
    submitted_at     TIMESTAMPTZ    NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    source           VARCHAR(10),
    assessed_by      VARCHAR(100),
    accuracy         DOUBLE PRECISION,
    fluency          DOUBLE PRECISION,
    completeness     DOUBLE PRECISION,
    prosody          DOUBLE PRECISION,
    pronunciation    DOUBLE PRECISION,
    words            TEXT,
    sdk_version      VARCHAR(40),
    settings         TEXT,
    assessed_at      TIMESTAMPTZ,
    failure_kind     VARCHAR(40),
    failure_message  VARCHAR(2000),
    audio_kept       BOOLEAN        NOT NULL,
    audio_deleted_reason VARCHAR(40),
    audio_deleted_at TIMESTAMPTZ,
    CONSTRAINT reading_attempt_pk PRIMARY KEY (attempt_id)
);
CREATE INDEX reading_attempt_student_idx ON reading_attempt (student_id, submitted_at DESC, attempt_id);
