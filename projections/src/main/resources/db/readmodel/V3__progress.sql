-- StudentDashboardProjection: level, streak and freezes on the dashboard.
ALTER TABLE student_dashboard ADD COLUMN level INTEGER NOT NULL DEFAULT 1;
ALTER TABLE student_dashboard ADD COLUMN current_streak INTEGER NOT NULL DEFAULT 0;
ALTER TABLE student_dashboard ADD COLUMN best_streak INTEGER NOT NULL DEFAULT 0;
ALTER TABLE student_dashboard ADD COLUMN last_streak_day DATE;
ALTER TABLE student_dashboard ADD COLUMN streak_freezes INTEGER NOT NULL DEFAULT 0;

-- BadgeProjection: every badge of every student, with the learning event that completed it.
CREATE TABLE student_badge (
    student_id      VARCHAR(64)  NOT NULL,
    badge_id        VARCHAR(64)  NOT NULL,
    rule_version    VARCHAR(64)  NOT NULL,
    source_event_id VARCHAR(100) NOT NULL,
    earned_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT student_badge_pk PRIMARY KEY (student_id, badge_id)
);
