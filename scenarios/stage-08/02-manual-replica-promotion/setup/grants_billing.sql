GRANT SELECT, INSERT ON invoices TO shop_app;
