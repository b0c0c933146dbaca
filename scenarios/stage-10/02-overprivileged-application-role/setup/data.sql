-- Deterministic data: 2000 customers, 400 products, 30000 orders, 40 employees.

INSERT INTO customers (email, full_name)
SELECT 'customer' || g || '@shop.example', 'Customer ' || g
FROM generate_series(1, 2000) AS g;

INSERT INTO products (name, price_cents, stock)
SELECT 'Product ' || g, 199 + (g * 37) % 9000, 1000000
FROM generate_series(1, 400) AS g;

INSERT INTO orders (customer_id, product_id, quantity, total_cents, created_at)
SELECT 1 + (g * 7) % 2000, 1 + (g * 13) % 400, 1 + g % 3,
       (1 + g % 3) * (199 + ((1 + (g * 13) % 400) * 37) % 9000),
       now() - interval '60 days' + (g * interval '60 days' / 30000)
FROM generate_series(1, 30000) AS g;

INSERT INTO staff_payroll (employee_id, full_name, iban, monthly_cents)
SELECT g, 'Employee ' || g, 'DE' || lpad((g * 7919)::text, 20, '0'), 320000 + (g * 4111) % 400000
FROM generate_series(1, 40) AS g;

VACUUM ANALYZE customers;
VACUUM ANALYZE products;
VACUUM ANALYZE orders;
