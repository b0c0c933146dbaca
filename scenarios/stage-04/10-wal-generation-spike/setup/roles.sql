-- The applications' roles; ride gives them this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- the repricing worker: a queue worker that recomputes prices; its supervisor restarts it
-- whenever its connection drops
DO $$
BEGIN
    CREATE ROLE repricer LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON products, product_prices TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON products TO repricer;
GRANT SELECT, UPDATE ON product_prices TO repricer;
