-- The background job an export file came from: the exports page asks by the job's id whether its
-- file is ready, and shows the file the moment it is.
alter table export_files add column job_id text;
create unique index export_files_job on export_files (job_id) where job_id is not null;
