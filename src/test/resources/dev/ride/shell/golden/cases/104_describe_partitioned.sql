create index events_at_idx on events (at);
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01') partition by range (at);
create table events_2025_h1 partition of events_2025 for values from ('2025-01-01') to ('2025-07-01');
comment on table events is 'partitioned by day';
\dP
\dPt
\dPi
\dPn
\dPtn
\dPin
\dP+
\dPn+
\dP events*
\dPt public.*
\dP nosuch
\dP a.b.c.d
