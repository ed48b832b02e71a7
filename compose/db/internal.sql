-- Internal state of the platform services, kept apart from application data:
--   _supabase database: Logflare (_analytics schema) and Supavisor (_supavisor schema)
--   _realtime schema in the main database: Realtime's tenants and migrations
\set pguser `echo "$POSTGRES_USER"`

CREATE DATABASE _supabase WITH OWNER :pguser;

\c _supabase
CREATE SCHEMA IF NOT EXISTS _analytics;
ALTER SCHEMA _analytics OWNER TO :pguser;
CREATE SCHEMA IF NOT EXISTS _supavisor;
ALTER SCHEMA _supavisor OWNER TO :pguser;

\c postgres
CREATE SCHEMA IF NOT EXISTS _realtime;
ALTER SCHEMA _realtime OWNER TO :pguser;
