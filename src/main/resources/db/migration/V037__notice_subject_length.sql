-- A notice's subject names every line crossed with its figures: an English margin call crossing the maintenance
-- and the financing-ratio lines is ~350 characters. At 300 the INSERT failed and the case got neither notice nor task.
ALTER TABLE notification MODIFY subject VARCHAR(1000) NOT NULL;
