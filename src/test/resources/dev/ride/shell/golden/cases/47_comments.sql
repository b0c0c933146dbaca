-- only a comment

/* block
   over lines */
select 1 as one; -- trailing comment
select /* inline */ 2 as two;
select 3 -- comment before semicolon
 as three;
/* comment */ /* another */ select 4;
select '-- not a comment' as s, '/* nor this */' as t;
-- comment at the very end
