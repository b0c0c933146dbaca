-- acct_marlow was restored without its privileges (--no-acl, for a dump taken as another
-- owner), and the grants were typed in again by hand afterwards: INSERT on invoices was missed.

REVOKE INSERT ON invoices FROM billing;
