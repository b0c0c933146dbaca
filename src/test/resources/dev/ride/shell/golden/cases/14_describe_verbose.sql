\d+ orders
\d+ open_orders
\d+ events
\dn+ billing
\d+ orders_release_idx
