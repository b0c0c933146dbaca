select '{"b": 2, "a": [1, 2, {"c": null}]}'::jsonb as j;
select jsonb_pretty('{"b": 2, "a": [1, 2]}'::jsonb) as pretty;
select '[1, "two", true]'::json as arr, '"scalar"'::json as s, 'null'::jsonb as n;
select json_build_object('k', 'v', 'n', 1) as built, row_to_json(c) as row from customers c where id = 1;
