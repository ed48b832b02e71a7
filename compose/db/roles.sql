-- The supabase/postgres image creates the service roles without passwords; every service logs
-- in with POSTGRES_PASSWORD (one secret to rotate, see `pmoves keys rotate`). Runs once, at
-- the first start of an empty data volume, as the postgres superuser.
\set pgpass `echo "$POSTGRES_PASSWORD"`

ALTER ROLE authenticator WITH PASSWORD :'pgpass';
ALTER ROLE pgbouncer WITH PASSWORD :'pgpass';
ALTER ROLE supabase_auth_admin WITH PASSWORD :'pgpass';
ALTER ROLE supabase_functions_admin WITH PASSWORD :'pgpass';
ALTER ROLE supabase_storage_admin WITH PASSWORD :'pgpass';
