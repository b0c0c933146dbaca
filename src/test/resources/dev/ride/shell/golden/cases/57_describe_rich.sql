create table dept (id int primary key, code text not null, budget numeric check (budget > 0), constraint code_len check (length(code) = 3));
create unique index dept_code_lower on dept (lower(code));
create index dept_big on dept (budget) where budget > 1000;
create table emp (id int primary key, dept_id int not null references dept(id) on update cascade on delete restrict, boss int references emp(id), email text unique, salary numeric default 0 not null);
create sequence emp_seq increment by 5 start with 100 cache 10 cycle;
create view emp_view as select e.id, d.code from emp e join dept d on d.id = e.dept_id;
create rule emp_view_ins as on insert to emp_view do instead nothing;
\d dept
\d emp
\d emp_seq
\d emp_view
\d+ emp_view
\d dept_code_lower
\d dept_big
