-- The company intranet's staff directory. HR's tables live in the hr schema and belong to
-- hr_owner; the intranet may not read them, only call two functions that return what a
-- directory shows (name, department, headcount). Addresses and salaries stay in HR.

CREATE SCHEMA hr;

CREATE TABLE hr.staff (
    id            integer PRIMARY KEY,
    full_name     text    NOT NULL,
    email         text    NOT NULL UNIQUE,
    department    text    NOT NULL,
    home_address  text    NOT NULL,
    birth_date    date    NOT NULL
);

CREATE TABLE hr.salaries (
    staff_id      integer PRIMARY KEY REFERENCES hr.staff (id),
    annual_cents  bigint  NOT NULL
);

INSERT INTO hr.staff (id, full_name, email, department, home_address, birth_date)
SELECT g, 'Employee ' || g, 'employee' || g || '@corp.example',
       (ARRAY['Engineering', 'Sales', 'Finance', 'Support', 'Legal'])[1 + g % 5],
       g || ' Station Road, Leeds', date '1970-01-01' + (g * 97) % 12000
FROM generate_series(1, 3000) AS g;

INSERT INTO hr.salaries (staff_id, annual_cents)
SELECT g, 3000000 + (g * 7919) % 9000000 FROM generate_series(1, 3000) AS g;

-- Written in 2019 for the directory. Both run as their owner (SECURITY DEFINER) and name
-- HR's table without a schema, trusting whatever search_path the caller has.
CREATE FUNCTION hr.staff_lookup(p_email text)
RETURNS TABLE (full_name text, department text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $$
BEGIN
    RETURN QUERY SELECT s.full_name, s.department FROM staff AS s WHERE s.email = p_email;
END
$$;

CREATE FUNCTION hr.headcount(p_department text)
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $$
BEGIN
    RETURN (SELECT count(*) FROM staff WHERE department = p_department);
END
$$;

VACUUM ANALYZE hr.staff;
VACUUM ANALYZE hr.salaries;
