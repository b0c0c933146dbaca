-- The shop API's database role: logins, product pages, checkouts. Roles belong to the whole
-- server and the setup runs per database in parallel, so the role is made race-free (whichever
-- run creates it first wins, another finds it there), as the seed scenario does. No password:
-- ride gives it this run's password at start.

DO $$
BEGIN
    CREATE ROLE shop_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another database's setup made it a moment ago
END
$$;

-- What the API reads (login, product page, its "bought N times" counter) and what a checkout writes.
GRANT SELECT ON customers, products, order_items TO shop_app;
GRANT INSERT ON orders, order_items TO shop_app;
GRANT SELECT (id) ON orders TO shop_app; -- the checkout reads back its new order id (RETURNING id)
