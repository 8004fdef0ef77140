-- MasteryProjection: each student's mastery of each skill they practised.
CREATE TABLE skill_mastery (
    student_id      VARCHAR(64)  NOT NULL,
    skill           VARCHAR(100) NOT NULL,
    level           VARCHAR(16)  NOT NULL,
    correct_in_a_row INTEGER     NOT NULL,
    answers         BIGINT       NOT NULL,
    rule_version    VARCHAR(64)  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT skill_mastery_pk PRIMARY KEY (student_id, skill)
);
