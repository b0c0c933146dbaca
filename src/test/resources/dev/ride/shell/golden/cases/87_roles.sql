\du postgres
create role golden_r87 nologin connection limit 3 valid until '2030-01-01 00:00:00+00';
create role golden_r87b login noinherit in role golden_r87;
\du golden_r87*
\du nosuch
drop role golden_r87b;
drop role golden_r87;
