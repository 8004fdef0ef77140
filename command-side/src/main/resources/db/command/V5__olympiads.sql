-- The command side's view of olympiads (written by OlympiadCatalogue only, in the transaction of the olympiad's
-- events): what a participation needs to check and grade without loading the olympiad's aggregate.
CREATE TABLE olympiad_catalogue (
    olympiad_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    status               VARCHAR(16)  NOT NULL,
    registration_opens   TIMESTAMPTZ  NOT NULL,
    registration_closes  TIMESTAMPTZ  NOT NULL,
    start_opens          TIMESTAMPTZ  NOT NULL,
    start_closes         TIMESTAMPTZ  NOT NULL,
    duration_seconds     BIGINT       NOT NULL,
    final_deadline       TIMESTAMPTZ  NOT NULL,
    entry_fee            BIGINT       NOT NULL
);
CREATE INDEX olympiad_catalogue_due_idx ON olympiad_catalogue (final_deadline) WHERE status = 'PUBLISHED';

CREATE TABLE olympiad_question (
    olympiad_id  VARCHAR(64)  NOT NULL,
    position     INT          NOT NULL,
    question_id  VARCHAR(64)  NOT NULL,
    points       INT          NOT NULL,
    answer_key   VARCHAR(500) NOT NULL,
    CONSTRAINT olympiad_question_pk PRIMARY KEY (olympiad_id, position)
);

CREATE TABLE olympiad_prize_band (
    olympiad_id  VARCHAR(64)  NOT NULL,
    from_rank    INT          NOT NULL,
    to_rank      INT          NOT NULL,
    coins        BIGINT       NOT NULL,
    CONSTRAINT olympiad_prize_band_pk PRIMARY KEY (olympiad_id, from_rank)
);

-- Every participation (written by OlympiadEntries only, in the transaction of the participation's events): whose
-- deadline is due, who must be cancelled with an olympiad, and the graded submissions a freeze ranks.
CREATE TABLE olympiad_entry (
    olympiad_id        VARCHAR(64)  NOT NULL,
    student_id         VARCHAR(64)  NOT NULL,
    registered_at      TIMESTAMPTZ  NOT NULL,
    started_at         TIMESTAMPTZ,
    personal_deadline  TIMESTAMPTZ,
    submitted_at       TIMESTAMPTZ,
    score              INT,
    cancelled          BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT olympiad_entry_pk PRIMARY KEY (olympiad_id, student_id)
);
CREATE INDEX olympiad_entry_due_idx ON olympiad_entry (personal_deadline)
    WHERE started_at IS NOT NULL AND submitted_at IS NULL;
