-- October 2023: a runaway connection pool in checkout exhausted the server. The fix of the
-- night capped it twice, "to be safe", and nobody wrote it down: the orders database at 6
-- connections and the checkout role at 4. Checkout then ran 2 pods with a pool of 2 each (4
-- connections), plus finance's two dashboard sessions: 6. Today checkout scaled out to 4 pods
-- for the spring sale: 8 connections.
-- Runs in orders only, last.

ALTER DATABASE orders CONNECTION LIMIT 6;
ALTER ROLE checkout CONNECTION LIMIT 4;
