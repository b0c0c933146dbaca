-- \! runs a shell command; \w writes the query buffer (or the previous query) to a file
\! echo from the shell; echo to stderr >&2
\! exit 3
\setenv RIDE_GOLDEN_W hello
\! echo "$RIDE_GOLDEN_W"
select 1 as one;
\w @OUT@
select 2
\w @OUT@
\w
\w /nonexistent/dir/file
;
