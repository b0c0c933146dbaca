-- Years of transactions, in a few seconds: each iteration is one transaction that takes an XID
-- and commits (without waiting for its WAL flush). audit_events' rows keep the XID that loaded
-- them, now 150,000 transactions old, and so does every other table of every database; the
-- other firms' setups wait for this and freeze theirs, and so does the end of this one, all
-- but audit_events.
CREATE PROCEDURE burn_xids(n integer) LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('synchronous_commit', 'off', false);
    FOR i IN 1 .. n LOOP
        PERFORM txid_current();
        COMMIT;
    END LOOP;
END
$$;

CALL burn_xids(150000);

DROP PROCEDURE burn_xids(integer);
