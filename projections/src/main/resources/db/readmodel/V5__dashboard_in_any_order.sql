-- A student's events come from several streams (student, attempts, progress, wallet) that projections may see in
-- any order across streams: a dashboard row can be started by any of them, so the registration columns are filled
-- in when the registration arrives.
ALTER TABLE student_dashboard ALTER COLUMN profile_key_id DROP NOT NULL;
ALTER TABLE student_dashboard ALTER COLUMN sealed_profile DROP NOT NULL;
ALTER TABLE student_dashboard ALTER COLUMN time_zone DROP NOT NULL;
ALTER TABLE student_dashboard ALTER COLUMN language DROP NOT NULL;
ALTER TABLE student_dashboard ALTER COLUMN registered_at DROP NOT NULL;
