-- Stagepass, a ticketing platform. seat_holds has one row per seat of every upcoming show: the
-- box office holds, releases and sells seats all day (updates), and the seat map on the read
-- replica counts what is free.

CREATE TABLE seat_holds (
    id          integer     PRIMARY KEY,
    show_id     integer     NOT NULL,
    seat        text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('free', 'held', 'sold')),
    price_cents integer     NOT NULL,
    held_until  timestamptz,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX seat_holds_show_idx ON seat_holds (show_id, status);
