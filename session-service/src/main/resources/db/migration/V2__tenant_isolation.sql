-- Row-level security on every tenant-owned table (see the backbone's V0_3).
select nearpeer_isolate_by_school('mentoring_pair');
