-- An upload keeps its sheet as it was read once, at upload: the headers and the data rows. The
-- mapping page and the import read these rows, on whichever node serves them, and never the file
-- again, so the file itself is no longer kept.
alter table import_uploads add column headers text[] not null default '{}';
alter table import_uploads add column column_count int not null default 0;

create table import_upload_rows (
    upload_id   text not null references import_uploads on delete cascade,
    row_number  int not null,
    cells       text[] not null,
    primary key (upload_id, row_number)
);

-- Uploads waiting to be imported were kept only as files: without their rows they cannot be
-- mapped, so they go (the user uploads the file again). Imported ones stay, for the rows they made.
delete from import_uploads u
 where u.imported_at is null
   and not exists (select 1 from imported_rows r where r.upload_id = u.id);
alter table import_uploads drop column bytes;
