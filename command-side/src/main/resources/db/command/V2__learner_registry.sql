-- Lookup sets of the learner context for validating commands (written by LearnerRegistry only).
CREATE TABLE centre_registry (
    centre_id VARCHAR(64) NOT NULL,
    CONSTRAINT centre_registry_pk PRIMARY KEY (centre_id)
);

CREATE TABLE centre_teacher (
    centre_id  VARCHAR(64) NOT NULL,
    teacher_id VARCHAR(64) NOT NULL,
    CONSTRAINT centre_teacher_pk PRIMARY KEY (centre_id, teacher_id)
);

CREATE TABLE class_registry (
    class_id  VARCHAR(64) NOT NULL,
    centre_id VARCHAR(64) NOT NULL,
    CONSTRAINT class_registry_pk PRIMARY KEY (class_id)
);
