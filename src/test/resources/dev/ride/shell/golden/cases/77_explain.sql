explain (costs off) select * from orders where customer_id = 1 order by created_at;
explain (costs off, format json) select 1;
explain (analyze, costs off, timing off, summary off) select count(*) from customers;
