select true as t, false as f, null::bool as u;
select array[true, false] as bools, '{}'::int[] as empty, array[null, 1] as with_null;
select array[array[1,2],array[3,4]] as matrix, array['with space', 'quote"d', 'comma,'] as texts;
select '{1,2,3}'::int[] @> '{2}' as contains;
