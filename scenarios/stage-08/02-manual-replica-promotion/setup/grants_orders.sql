GRANT SELECT ON customers TO shop_app;
GRANT SELECT, INSERT ON orders TO shop_app;
