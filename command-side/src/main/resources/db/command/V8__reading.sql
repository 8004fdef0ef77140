-- Who teaches each class and who is enrolled in it (written by LearnerRegistry only), so that a teacher's hand
-- score of a reading is checked against the classes of the student. Classes opened before this migration have no
-- teacher here until the learner registry is replayed.
ALTER TABLE class_registry ADD COLUMN teacher_id VARCHAR(64);

CREATE TABLE class_student (
    class_id   VARCHAR(64) NOT NULL,
    student_id VARCHAR(64) NOT NULL,
    CONSTRAINT class_student_pk PRIMARY KEY (class_id, student_id)
);
CREATE INDEX class_student_student_idx ON class_student (student_id);

-- Every reading attempt, its state and its audio (written by ReadingRegistry only): the assessment process skips
-- an attempt that is no longer SUBMITTED, the sweeper finds audio past its retention, consent withdrawal finds a
-- student's audio.
CREATE TABLE reading_attempt_registry (
    attempt_id    VARCHAR(64)  NOT NULL,
    student_id    VARCHAR(64)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    audio_ref     VARCHAR(100),
    audio_deleted BOOLEAN      NOT NULL DEFAULT FALSE,
    submitted_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT reading_attempt_registry_pk PRIMARY KEY (attempt_id)
);
CREATE INDEX reading_attempt_registry_student_idx ON reading_attempt_registry (student_id);
CREATE INDEX reading_attempt_registry_audio_idx ON reading_attempt_registry (submitted_at)
    WHERE audio_ref IS NOT NULL AND NOT audio_deleted;
