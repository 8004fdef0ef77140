-- ClassRosterProjection: the accounts appointed to administer each centre. A centre admin reads the centre, its
-- classes and the students enrolled in them; the appointment and the classes may arrive in either order.
CREATE TABLE roster_centre_admin (
    centre_id VARCHAR(64) NOT NULL,
    admin_id  VARCHAR(64) NOT NULL,
    CONSTRAINT roster_centre_admin_pk PRIMARY KEY (admin_id, centre_id)
);
