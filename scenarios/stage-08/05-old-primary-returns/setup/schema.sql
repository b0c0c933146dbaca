-- A cinema chain's box office: screenings and the tickets sold for them, on the web or at the
-- kiosks in the foyers.

CREATE TABLE screenings (
    id        integer PRIMARY KEY,
    film      text NOT NULL,
    starts_at timestamptz NOT NULL
);

CREATE TABLE tickets (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    screening_id integer NOT NULL REFERENCES screenings (id),
    seat         text NOT NULL,
    channel      text NOT NULL CHECK (channel IN ('web', 'kiosk')),
    price_cents  integer NOT NULL CHECK (price_cents > 0),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX tickets_created_at_idx ON tickets (created_at);
