-- A ferry line: its sailings and the vehicle bookings on them, made on the web or at the
-- check-in desks in the harbour.

CREATE TABLE sailings (
    id         integer PRIMARY KEY,
    route      text NOT NULL,
    departs_at timestamptz NOT NULL
);

CREATE TABLE bookings (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sailing_id   integer NOT NULL REFERENCES sailings (id),
    vehicle_reg  text NOT NULL,
    channel      text NOT NULL CHECK (channel IN ('web', 'desk')),
    fare_cents   integer NOT NULL CHECK (fare_cents > 0),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX bookings_created_at_idx ON bookings (created_at);
