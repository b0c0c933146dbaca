create domain posint as int not null default 1 check (value > 0);
comment on domain posint is 'positive';
create statistics orders_stat on customer_id, release_id from orders;
\db
\dC int4
\dC+ "char"
\dD
\dD+
\ddp
\ddp a.b.c.d
\des
\dew
\dL
\dL+
\dL x.plpgsql
\dO
\dO+ "C"
\dOS posix
\drds nosuch_role nosuch_db
\drds nonesuch.x
\dRp
\dX
\dX public.*
\dy
\dy+
\dy nosuch.x
\dF
\dF+ english
\dF+ nosuch
\dFd
\dFd+ english*
\dFp
\dFp+ default
\dFp+ nosuch
\dFt
\dFt+ simple
\set QUIET on
\drds nosuch_role
\dF+ nosuch
\dt nosuch
\d nosuch
