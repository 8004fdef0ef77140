-- TimelineProjection: one entry per event that concerns a student, keyed by the event's id (a frozen standings page
-- concerns every student ranked on it, so it is one entry for each). stream_sequence is the event's place in its own
-- stream; kind_rank orders entries of one instant, a cause before what it sets off (TimelineKinds); figures holds the
-- numbers the event carries, by name.
CREATE TABLE timeline_entry (
    student_id      VARCHAR(64)   NOT NULL,
    event_id        VARCHAR(100)  NOT NULL,
    stream_sequence BIGINT        NOT NULL,
    occurred_at     TIMESTAMPTZ   NOT NULL,
    kind_rank       SMALLINT      NOT NULL,
    kind            VARCHAR(64)   NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    rule_version    VARCHAR(64),
    source_id       VARCHAR(200),
    figures         JSONB         NOT NULL,
    CONSTRAINT timeline_entry_pk PRIMARY KEY (student_id, event_id)
);
-- Newest first, with or without a filter on the kind; (occurred_at, kind_rank, event_id) is the keyset of a page.
CREATE INDEX timeline_entry_newest_idx
    ON timeline_entry (student_id, occurred_at DESC, kind_rank DESC, event_id DESC);
CREATE INDEX timeline_entry_kind_idx
    ON timeline_entry (student_id, kind, occurred_at DESC, kind_rank DESC, event_id DESC);

-- TimelineProjection: what each entry adds to a dashboard figure (TimelineFigure), so that a figure is the sum of
-- its contributions and each contribution names its event.
CREATE TABLE timeline_contribution (
    student_id  VARCHAR(64)  NOT NULL,
    figure      VARCHAR(32)  NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    kind_rank   SMALLINT     NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    amount      BIGINT       NOT NULL,
    CONSTRAINT timeline_contribution_pk PRIMARY KEY (student_id, figure, event_id)
);
CREATE INDEX timeline_contribution_newest_idx
    ON timeline_contribution (student_id, figure, occurred_at DESC, kind_rank DESC, event_id DESC) INCLUDE (amount);
