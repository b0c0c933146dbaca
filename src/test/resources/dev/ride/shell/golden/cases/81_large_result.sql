select g, md5(g::text) from generate_series(1, 150) g;
