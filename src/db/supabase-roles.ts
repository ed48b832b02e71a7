/**
 * The 12 roles of the Supabase Postgres image that share POSTGRES_PASSWORD. They are created
 * with it on the first start only (supabase/supabase#30235), so changing POSTGRES_PASSWORD in
 * .env later must also ALTER every one of them.
 */
export const SUPABASE_ROLES = [
  'anon',
  'authenticated',
  'authenticator',
  'dashboard_user',
  'pgbouncer',
  'postgres',
  'service_role',
  'supabase_admin',
  'supabase_auth_admin',
  'supabase_functions_admin',
  'supabase_replication_admin',
  'supabase_storage_admin',
] as const;

/** Database holding Logflare's `_analytics` and Supavisor's `_supavisor` schemas in current stacks. */
export const INTERNAL_DATABASE = '_supabase';
