-- ClassRosterProjection: which class belongs to which centre and who teaches it, and which student is in which class.
-- Classes and enrolments are separate streams that may arrive in either order, so they are separate tables.
CREATE TABLE roster_class (
    class_id   VARCHAR(64)  NOT NULL,
    centre_id  VARCHAR(64)  NOT NULL,
    teacher_id VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    opened_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT roster_class_pk PRIMARY KEY (class_id)
);
CREATE INDEX roster_class_teacher_idx ON roster_class (teacher_id);
CREATE INDEX roster_class_centre_idx ON roster_class (centre_id);

CREATE TABLE roster_enrolment (
    class_id    VARCHAR(64) NOT NULL,
    student_id  VARCHAR(64) NOT NULL,
    centre_id   VARCHAR(64) NOT NULL,
    enrolled_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT roster_enrolment_pk PRIMARY KEY (class_id, student_id)
);
CREATE INDEX roster_enrolment_student_idx ON roster_enrolment (student_id);
CREATE INDEX roster_enrolment_centre_idx ON roster_enrolment (centre_id, student_id);

-- OlympiadStandingsProjection: one row per olympiad, started by whichever of its two streams (the olympiad's own,
-- its frozen standings) arrives first; an olympiad is visible once created_at is set. Never holds answer keys.
CREATE TABLE olympiad (
    olympiad_id         VARCHAR(64)  NOT NULL,
    titles              JSONB,
    subject             VARCHAR(64),
    min_age             INTEGER,
    max_age             INTEGER,
    registration_opens  TIMESTAMPTZ,
    registration_closes TIMESTAMPTZ,
    start_opens         TIMESTAMPTZ,
    start_closes        TIMESTAMPTZ,
    duration_seconds    BIGINT,
    final_deadline      TIMESTAMPTZ,
    entry_fee           BIGINT,
    question_count      INTEGER,
    max_score           INTEGER,
    prizes              JSONB,
    created_at          TIMESTAMPTZ,
    published_at        TIMESTAMPTZ,
    cancelled_at        TIMESTAMPTZ,
    cancel_reason       VARCHAR(500),
    frozen_at           TIMESTAMPTZ,
    frozen_participants INTEGER,
    frozen_pages        INTEGER,
    ranking_rule        VARCHAR(64),
    prize_rule          VARCHAR(64),
    ranking_digest      VARCHAR(64),
    status              VARCHAR(16) GENERATED ALWAYS AS (CASE
                            WHEN frozen_at IS NOT NULL THEN 'FROZEN'
                            WHEN cancelled_at IS NOT NULL THEN 'CANCELLED'
                            WHEN published_at IS NOT NULL THEN 'PUBLISHED'
                            ELSE 'DRAFT' END) STORED,
    CONSTRAINT olympiad_pk PRIMARY KEY (olympiad_id)
);

-- One row per (olympiad, student) participation, from the participation's own stream. Graded participants (score
-- set) rank by score DESC, submitted_at, student_id; negated_score turns that into one ascending order, so "ahead of"
-- is a single row comparison that olympiad_participant_standing_idx serves as a range (top-N, a student's rank as
-- 1 + the count strictly ahead, neighbours by keyset).
CREATE TABLE olympiad_participant (
    olympiad_id       VARCHAR(64) NOT NULL,
    student_id        VARCHAR(64) NOT NULL,
    registered_at     TIMESTAMPTZ,
    entry_fee         BIGINT,
    started_at        TIMESTAMPTZ,
    personal_deadline TIMESTAMPTZ,
    submitted_at      TIMESTAMPTZ,
    forced            BOOLEAN,
    score             INTEGER,
    max_score         INTEGER,
    cancelled_at      TIMESTAMPTZ,
    negated_score     INTEGER GENERATED ALWAYS AS (-score) STORED,
    status            VARCHAR(16) GENERATED ALWAYS AS (CASE
                          WHEN cancelled_at IS NOT NULL THEN 'CANCELLED'
                          WHEN submitted_at IS NOT NULL THEN 'SUBMITTED'
                          WHEN started_at IS NOT NULL THEN 'STARTED'
                          ELSE 'REGISTERED' END) STORED,
    CONSTRAINT olympiad_participant_pk PRIMARY KEY (olympiad_id, student_id)
);
CREATE INDEX olympiad_participant_standing_idx
    ON olympiad_participant (olympiad_id, negated_score, submitted_at, student_id) WHERE negated_score IS NOT NULL;
CREATE INDEX olympiad_participant_student_idx ON olympiad_participant (student_id);

-- The frozen final standings, one row per rank, from the StandingsPageFrozen pages.
CREATE TABLE olympiad_result (
    olympiad_id  VARCHAR(64) NOT NULL,
    rank         INTEGER     NOT NULL,
    student_id   VARCHAR(64) NOT NULL,
    score        INTEGER     NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    prize_coins  BIGINT      NOT NULL,
    CONSTRAINT olympiad_result_pk PRIMARY KEY (olympiad_id, rank)
);
CREATE UNIQUE INDEX olympiad_result_student_idx ON olympiad_result (olympiad_id, student_id);
