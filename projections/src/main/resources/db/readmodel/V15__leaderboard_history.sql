-- LeaderboardProjection: every version of every board entry, valid from the time the event that made it was
-- recorded (docs/decisions/0011-as-of.md). A place "as of T" counts, per student, the newest version valid from T or
-- earlier. value NULL: from then on the student was not on the board. Written only through LeaderboardWriter.
CREATE TABLE lb_entry_history (
    board      VARCHAR(160) NOT NULL,
    student_id VARCHAR(64)  NOT NULL,
    valid_from TIMESTAMPTZ  NOT NULL,
    value      BIGINT,
    reached_at TIMESTAMPTZ,
    listed     BOOLEAN      NOT NULL,
    CONSTRAINT lb_entry_history_pk PRIMARY KEY (board, student_id, valid_from)
);
