-- The admin's "Rebuild loyalty tiers" button calls this, in batches of customers, throttled so
-- that it never competes with checkout. The admin form sends the batch size it was given; an
-- empty field arrives as 0, and with 0 the window never moves: the loop never ends.
CREATE FUNCTION rebuild_loyalty_tiers(batch_size integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    last_id  bigint  := 0;
    max_id   bigint;
    batches  integer := 0;
BEGIN
    SELECT max(id) INTO max_id FROM customers;
    WHILE last_id < max_id LOOP
        INSERT INTO loyalty_tiers (customer_id, tier, computed_at)
        SELECT c.id,
               CASE WHEN coalesce(sum(o.total_cents), 0) >= 200000 THEN 'gold'
                    WHEN coalesce(sum(o.total_cents), 0) >= 50000 THEN 'silver'
                    ELSE 'bronze' END,
               now()
        FROM customers AS c LEFT JOIN orders AS o ON o.customer_id = c.id
        WHERE c.id > last_id AND c.id <= last_id + batch_size
        GROUP BY c.id
        ON CONFLICT (customer_id) DO UPDATE SET tier = excluded.tier, computed_at = excluded.computed_at;
        last_id := last_id + batch_size;
        batches := batches + 1;
        PERFORM pg_sleep(0.1);   -- throttle: a batch every 100 ms at most
    END LOOP;
    RETURN batches;
END $$;

-- Finance's month close: one line per customer, throttled the same way; it takes about fifty
-- minutes on the first working day of every month and is expected to.
CREATE FUNCTION close_month(month date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    c      record;
    lines  integer := 0;
BEGIN
    FOR c IN SELECT id FROM customers ORDER BY id LOOP
        INSERT INTO month_close_lines (month, customer_id, revenue_cents)
        SELECT close_month.month, c.id, coalesce(sum(o.total_cents), 0)
        FROM orders AS o
        WHERE o.customer_id = c.id
          AND o.created_at >= close_month.month
          AND o.created_at < close_month.month + interval '1 month'
        ON CONFLICT DO NOTHING;
        lines := lines + 1;
        PERFORM pg_sleep(1.5);   -- throttle: the ledger export reads each line as it lands
    END LOOP;
    RETURN lines;
END $$;
