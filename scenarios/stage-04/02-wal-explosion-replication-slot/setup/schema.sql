-- The telemetry service's database: devices and the readings they send.

CREATE TABLE devices (
    id        integer PRIMARY KEY,
    site      text NOT NULL,
    installed date NOT NULL
);

CREATE TABLE readings (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_id  integer NOT NULL REFERENCES devices (id),
    celsius    numeric(5, 2) NOT NULL,
    taken_at   timestamptz NOT NULL DEFAULT now()
);

INSERT INTO devices (id, site, installed)
SELECT g, (ARRAY['Lyon', 'Gdansk', 'Porto', 'Aarhus'])[1 + g % 4], date '2023-03-01' + g
FROM generate_series(1, 200) AS g;

INSERT INTO readings (device_id, celsius, taken_at)
SELECT 1 + g % 200, round((12 + (g % 170) / 10.0)::numeric, 2),
       timestamptz '2024-11-01 00:00:00+00' + g * interval '30 seconds'
FROM generate_series(1, 20000) AS g;

ANALYZE devices;
ANALYZE readings;
