alter table exam_date add column review_announced boolean not null default false;
