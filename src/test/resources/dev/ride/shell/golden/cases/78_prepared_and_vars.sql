\set id 2
prepare get(int) as select name from customers where id = $1;
execute get(:id);
execute get(99);
deallocate get;
execute get(1);
