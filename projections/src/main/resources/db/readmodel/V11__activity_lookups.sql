-- ActivityIndexer's lookups: what the indexer needs to know about a student, besides the event in hand, to put the
-- student's region and age band on each activity document as they stood when the event happened. Owned (written,
-- truncated on reset) by the activity-index processor alone.

-- The year of birth from StudentRegistered (revision 2); NULL when unknown (registered at revision 1).
CREATE TABLE activity_student (
    student_id VARCHAR(64) NOT NULL,
    birth_year INTEGER,
    CONSTRAINT activity_student_pk PRIMARY KEY (student_id)
);

-- Every enrolment; a student's region is the region of the centre of their earliest enrolment (enrolled_at, then
-- class_id) at the time of the event.
CREATE TABLE activity_enrolment (
    student_id  VARCHAR(64) NOT NULL,
    class_id    VARCHAR(64) NOT NULL,
    centre_id   VARCHAR(64) NOT NULL,
    enrolled_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT activity_enrolment_pk PRIMARY KEY (student_id, class_id)
);

CREATE TABLE activity_centre (
    centre_id VARCHAR(64) NOT NULL,
    region    VARCHAR(64) NOT NULL,
    CONSTRAINT activity_centre_pk PRIMARY KEY (centre_id)
);
