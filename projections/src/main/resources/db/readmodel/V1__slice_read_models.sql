-- Read models. Each table has exactly one writer: the projection named in its comment.

-- StudentDashboardProjection. The profile stays sealed here; it is opened per permitted request.
CREATE TABLE student_dashboard (
    student_id      VARCHAR(64)  NOT NULL,
    profile_key_id  VARCHAR(100) NOT NULL,
    sealed_profile  TEXT         NOT NULL,
    time_zone       VARCHAR(64)  NOT NULL,
    language        VARCHAR(16)  NOT NULL,
    registered_at   TIMESTAMPTZ  NOT NULL,
    answers         BIGINT       NOT NULL DEFAULT 0,
    correct_answers BIGINT       NOT NULL DEFAULT 0,
    practice_millis BIGINT       NOT NULL DEFAULT 0,
    total_xp        BIGINT       NOT NULL DEFAULT 0,
    last_active_at  TIMESTAMPTZ,
    CONSTRAINT student_dashboard_pk PRIMARY KEY (student_id)
);

-- GuardianshipProjection: which guardian follows which student; the basis of a parent's access.
CREATE TABLE guardianship (
    guardian_id VARCHAR(64) NOT NULL,
    student_id  VARCHAR(64) NOT NULL,
    linked_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT guardianship_pk PRIMARY KEY (guardian_id, student_id)
);
CREATE INDEX guardianship_student_idx ON guardianship (student_id);
