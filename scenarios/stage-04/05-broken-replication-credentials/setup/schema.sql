-- A shop's orders. The checkout writes on the primary; the finance dashboard reads the standby
-- through sales_last_hour(), which refuses figures from a standby that has fallen behind.

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    status      text NOT NULL,
    total_cents integer NOT NULL CHECK (total_cents > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_created_at_idx ON orders (created_at);

-- What the platform team's automation changed, one row per change (its own audit trail).
CREATE TABLE platform_changes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job        text NOT NULL,
    change     text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- The dashboard's one query. On a standby it checks how old the last replayed transaction is:
-- figures more than ten seconds behind the checkout are refused, not shown as if they were today's.
CREATE FUNCTION sales_last_hour()
RETURNS TABLE (orders bigint, revenue_cents bigint)
LANGUAGE plpgsql STABLE
AS $$
DECLARE
    behind interval := now() - pg_last_xact_replay_timestamp();
BEGIN
    IF pg_is_in_recovery() AND behind > interval '10 seconds' THEN
        RAISE EXCEPTION 'replica is % behind the primary; refusing to report stale figures',
            date_trunc('second', behind);
    END IF;
    RETURN QUERY
        SELECT count(*), coalesce(sum(o.total_cents), 0)::bigint
        FROM orders o
        WHERE o.created_at > now() - interval '1 hour';
END
$$;
