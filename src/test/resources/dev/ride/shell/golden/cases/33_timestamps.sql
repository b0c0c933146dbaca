set timezone = 'UTC';
select timestamptz '2024-01-02 03:04:05.123456+00' as tstz, timestamp '2024-02-29 23:59:59' as ts;
set timezone = 'Europe/Berlin';
select timestamptz '2024-07-01 12:00+00' as summer, date '2024-12-31' as d, time with time zone '10:00+02' as tz;
select interval '1 year 2 months 3 days 04:05:06' as i, interval '-1 day' as neg;
