-- LeaderboardProjection: XP and best game scores by scope and period (docs/decisions/0007).
-- A board is named '<metric>/<scope>/<period>': metric 'xp' or 'game:<GAME>'; scope 'global', 'region:<code>',
-- 'centre:<id>' or 'class:<id>'; period 'all', 'day:2026-11-22', 'week:2026-W47' or 'month:2026-11' in the
-- Asia/Tashkent calendar.

-- One row per (student, board). Places order by value DESC, then who reached the value first, then student id;
-- neg_value turns that into one ascending order, so "ahead of" is one row comparison that lb_entry_place_idx serves
-- as a range. Unlisted students (opted out) keep their rows but are in no index of places.
CREATE TABLE lb_entry (
    student_id VARCHAR(64)  NOT NULL,
    board      VARCHAR(160) NOT NULL,
    value      BIGINT       NOT NULL,
    reached_at TIMESTAMPTZ  NOT NULL,
    listed     BOOLEAN      NOT NULL,
    neg_value  BIGINT GENERATED ALWAYS AS (-value) STORED,
    CONSTRAINT lb_entry_pk PRIMARY KEY (student_id, board)
);
CREATE INDEX lb_entry_place_idx ON lb_entry (board, neg_value, reached_at, student_id) WHERE listed;

-- How many listed entries a large board (global, region) has per value (level 0) and per block of 1024 values
-- (level 1): a rank is a sum over at most a few hundred of these rows plus a count among equal values, whatever
-- the number of students. Rows never hold 0.
CREATE TABLE lb_count (
    board  VARCHAR(160) NOT NULL,
    level  SMALLINT     NOT NULL,
    bucket BIGINT       NOT NULL,
    n      BIGINT       NOT NULL,
    CONSTRAINT lb_count_pk PRIMARY KEY (board, level, bucket)
);

-- Whom a student is ranked among, besides everyone: classes, centres and the centres' regions.
CREATE TABLE lb_enrolment (
    student_id VARCHAR(64) NOT NULL,
    class_id   VARCHAR(64) NOT NULL,
    centre_id  VARCHAR(64) NOT NULL,
    CONSTRAINT lb_enrolment_pk PRIMARY KEY (student_id, class_id)
);
CREATE INDEX lb_enrolment_centre_idx ON lb_enrolment (centre_id);

CREATE TABLE lb_centre (
    centre_id VARCHAR(64) NOT NULL,
    region    VARCHAR(64) NOT NULL,
    CONSTRAINT lb_centre_pk PRIMARY KEY (centre_id)
);

-- Students whose family chose not to list them; everyone else is listed.
CREATE TABLE lb_unlisted (
    student_id VARCHAR(64) NOT NULL,
    CONSTRAINT lb_unlisted_pk PRIMARY KEY (student_id)
);

-- Every scored game session with its latest verdict: a student's best score in a period is the highest accepted
-- one, reached when it was first played.
CREATE TABLE lb_game_session (
    student_id VARCHAR(64) NOT NULL,
    game       VARCHAR(32) NOT NULL,
    session_id VARCHAR(64) NOT NULL,
    score      BIGINT      NOT NULL,
    played_at  TIMESTAMPTZ NOT NULL,
    accepted   BOOLEAN,
    CONSTRAINT lb_game_session_pk PRIMARY KEY (student_id, game, session_id)
);
