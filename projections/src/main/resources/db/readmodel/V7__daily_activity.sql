-- DailyActivityProjection: a student's practice and XP in quarter-hour slots of UTC. Every time zone's offset is a
-- whole number of quarter hours, so the slots add up to the days of any zone at read time, and the rows do not
-- depend on whether the student's registration (with the zone) is projected before or after the activity.
CREATE TABLE activity_quarter (
    student_id     VARCHAR(64) NOT NULL,
    quarter_start  TIMESTAMPTZ NOT NULL,
    answers        INTEGER     NOT NULL DEFAULT 0,
    correct        INTEGER     NOT NULL DEFAULT 0,
    time_spent_ms  BIGINT      NOT NULL DEFAULT 0,
    xp             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT activity_quarter_pk PRIMARY KEY (student_id, quarter_start)
);
