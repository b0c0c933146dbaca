-- Run in every database of the scenario (setup.all), one statement at a time like `psql -f`.
-- Build the broken state here; the learner starts from it and :reset returns to it.
CREATE TABLE items (
    id    bigint PRIMARY KEY,
    name  text NOT NULL
);

INSERT INTO items (id, name) VALUES (1, 'first'), (2, 'second'), (3, 'third');
