-- venue_bristol: on Friday finance asked for "the reporting views without typing reporting."
-- in their spreadsheet connector, and someone gave them that for the whole database. The
-- setting applies to every session that connects to venue_bristol from then on, whatever its
-- role, unless the role has a setting of its own there.

ALTER DATABASE venue_bristol SET search_path = reporting;
