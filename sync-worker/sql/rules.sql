-- Per-table rank rules, on both sides (pmoves-sync install runs this after hlc.sql, before
-- edge.sql or central.sql). Idempotent.
--
-- A rule is an SQL expression over r (the row image as jsonb, NULL for a tombstone); at the
-- centre a higher rank wins before the clock is looked at (central.sql, apply_sql). The edge
-- keeps the same table to collapse a key's queued changes exactly: a change is skipped only
-- when a later one of its key would beat it at the centre. The worker collapses a table only
-- while its rule here and at the centre are the same text (public.sync_rules()); change a rule
-- on both sides.
CREATE SCHEMA IF NOT EXISTS pmoves_sync;

CREATE TABLE IF NOT EXISTS pmoves_sync.rules (
  table_name text PRIMARY KEY,
  rank_sql text NOT NULL,
  description text
);
-- tasks: a running task wins over a queued/pending one whatever the clocks say; finished states
-- rank above running so the site running a task can still complete it.
INSERT INTO pmoves_sync.rules (table_name, rank_sql, description) VALUES (
  'tasks',
  $r$CASE r->>'status' WHEN 'running' THEN 1 WHEN 'completed' THEN 2 WHEN 'done' THEN 2 WHEN 'failed' THEN 2 WHEN 'cancelled' THEN 2 ELSE 0 END$r$,
  'running wins over queued/pending; completed/done/failed/cancelled win over running'
) ON CONFLICT (table_name) DO NOTHING;

-- pmoves_sync.rank_of(table, r): the rank of an image under this database's rules, as one SQL
-- function generated from the table (a CASE over the table name, so the planner can inline it),
-- evaluated the way the centre evaluates a rule (r bound in a one-row subquery).
-- Not SECURITY DEFINER on purpose: a rule is SQL code that this function compiles, so running
-- it with the installer's rights would let anyone who may write the table run SQL as the
-- installer. Rules are changed by the role that installed pmoves-sync (it owns rank_of).
CREATE OR REPLACE FUNCTION pmoves_sync.refresh_rank_of() RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  v_cases text;
BEGIN
  SELECT string_agg(format('WHEN %L THEN coalesce((SELECT (%s)::integer FROM (SELECT r AS r) AS rr), 0)', table_name, rank_sql), ' '
                    ORDER BY table_name)
    INTO v_cases FROM pmoves_sync.rules;
  EXECUTE format($f$CREATE OR REPLACE FUNCTION pmoves_sync.rank_of(p_table text, r jsonb) RETURNS integer
    LANGUAGE sql STABLE AS $pmoves_rank$ SELECT %s $pmoves_rank$$f$,
    CASE WHEN v_cases IS NULL THEN '0' ELSE 'CASE p_table ' || v_cases || ' ELSE 0 END' END);
END $fn$;

CREATE OR REPLACE FUNCTION pmoves_sync.rules_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pmoves_sync.refresh_rank_of();
  RETURN NULL;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE EXCEPTION 'rank rules are SQL code: only the role that installed pmoves-sync (the owner of pmoves_sync.rank_of) may change them'
    USING ERRCODE = '42501', HINT = 'change pmoves_sync.rules as that role, on the edges and at the centre alike';
END $$;

DROP TRIGGER IF EXISTS rules_changed ON pmoves_sync.rules;
CREATE TRIGGER rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pmoves_sync.rules
  FOR EACH STATEMENT EXECUTE FUNCTION pmoves_sync.rules_changed();

SELECT pmoves_sync.refresh_rank_of();
