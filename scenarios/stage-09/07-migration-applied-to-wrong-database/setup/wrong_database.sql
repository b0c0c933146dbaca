-- Release 2025.06.4's migration, 20250620_007, as the pipeline ran it last night: in
-- shop_reporting, where its DATABASE_URL pointed after the BI team's change to the deploy
-- secrets. Production never got it.

CREATE TABLE delivery_slots (
    id         integer PRIMARY KEY,
    label      text    NOT NULL,
    starts_at  time    NOT NULL,
    ends_at    time    NOT NULL
);
INSERT INTO delivery_slots (id, label, starts_at, ends_at) VALUES
    (1, 'early', '07:00', '09:00'),
    (2, 'morning', '09:00', '12:00'),
    (3, 'afternoon', '12:00', '17:00'),
    (4, 'evening', '17:00', '21:00');
ALTER TABLE orders ADD COLUMN delivery_slot_id integer REFERENCES delivery_slots (id);

INSERT INTO schema_migrations (version, description, applied_at, script) VALUES
('20250620_007', 'delivery slots', '2025-06-20 02:00:07+00',
$$CREATE TABLE delivery_slots (
    id         integer PRIMARY KEY,
    label      text    NOT NULL,
    starts_at  time    NOT NULL,
    ends_at    time    NOT NULL
);
INSERT INTO delivery_slots (id, label, starts_at, ends_at) VALUES
    (1, 'early', '07:00', '09:00'),
    (2, 'morning', '09:00', '12:00'),
    (3, 'afternoon', '12:00', '17:00'),
    (4, 'evening', '17:00', '21:00');
ALTER TABLE orders ADD COLUMN delivery_slot_id integer REFERENCES delivery_slots (id);$$);
