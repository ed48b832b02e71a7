-- pmoves_sync apply on the centre: per-row version ledger, per-site progress ledger, per-table
-- rank rules, sync_status + sync_health, and apply_batch(). Requires hlc.sql. Idempotent.
CREATE SCHEMA IF NOT EXISTS pmoves_sync;

-- The version of every synced row the centre holds (or held: deleted = tombstone).
-- Order of versions: (gen, rank, hlc, site) — generation (deletes seen by the writer), then
-- the table's rank rule, then the hybrid logical clock, then the site id as a tie-break.
-- Every replay order of the same changes ends on the same maximum, so every site converges.
-- pk is the key's canonical jsonb text (jsonb output sorts keys and fixes spacing, so equal
-- keys have equal text) in the "C" collation: the ledger is probed twice per applied row, and
-- a byte comparison costs a fraction of a jsonb one.
CREATE TABLE IF NOT EXISTS pmoves_sync.versions (
  table_name text COLLATE "C" NOT NULL,
  pk text COLLATE "C" NOT NULL,
  gen integer NOT NULL,
  rank integer NOT NULL,
  hlc bigint NOT NULL,
  site text COLLATE "C" NOT NULL,
  deleted boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (table_name, pk)
);
CREATE INDEX IF NOT EXISTS versions_tombstones ON pmoves_sync.versions (updated_at) WHERE deleted;
-- Installs before 0.2 keyed the ledger by jsonb: the same keys, as canonical text.
DO $$
BEGIN
  IF (SELECT atttypid FROM pg_attribute WHERE attrelid = 'pmoves_sync.versions'::regclass AND attname = 'pk') = 'jsonb'::regtype THEN
    ALTER TABLE pmoves_sync.versions
      ALTER COLUMN table_name TYPE text COLLATE "C",
      ALTER COLUMN pk TYPE text COLLATE "C" USING pk::text;
  END IF;
END $$;

-- Per-site progress: the highest (txid, outbox id) applied. A replayed batch (the worker died
-- after the centre committed, before the edge marked it shipped) is filtered out row by row.
CREATE TABLE IF NOT EXISTS pmoves_sync.site_progress (
  site text PRIMARY KEY,
  last_txid bigint NOT NULL DEFAULT 0,
  last_id bigint NOT NULL DEFAULT 0,
  batches bigint NOT NULL DEFAULT 0,
  changes bigint NOT NULL DEFAULT 0,
  last_hlc bigint,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Per-table rank rules (pmoves_sync.rules) are in rules.sql, installed on both sides.

CREATE TABLE IF NOT EXISTS pmoves_sync.settings (
  name text PRIMARY KEY,
  value text NOT NULL,
  description text
);
INSERT INTO pmoves_sync.settings (name, value, description) VALUES
  ('stale_after', '5 minutes', 'health = stale when a site/table has not synced for longer than this'),
  ('failing_failed', '100', 'health = failing when more rows than this are failed (held) at the site'),
  ('lagging_pending', '1000', 'health = lagging when more rows than this are pending at the site'),
  ('tombstone_retention', '30 days', 'keep tombstones (and the conflict log) this long; must exceed the longest offline period of any site')
ON CONFLICT (name) DO NOTHING;

-- Recent conflicts: an incoming version that lost to another site's version.
CREATE TABLE IF NOT EXISTS pmoves_sync.conflicts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  table_name text NOT NULL,
  pk jsonb NOT NULL,
  site text NOT NULL,
  hlc bigint NOT NULL,
  winner_site text NOT NULL,
  winner_hlc bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS pmoves_sync.maintenance (
  name text PRIMARY KEY,
  last_run timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS public.sync_status (
  service text NOT NULL,
  table_name text NOT NULL,
  last_sync_at timestamptz,
  last_sync_status text,
  pending bigint NOT NULL DEFAULT 0,
  failed bigint NOT NULL DEFAULT 0,
  last_error text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  oldest_pending_at timestamptz,
  PRIMARY KEY (service, table_name)
);

CREATE OR REPLACE FUNCTION pmoves_sync.setting(p_name text) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT value FROM pmoves_sync.settings WHERE name = p_name $$;

CREATE OR REPLACE VIEW public.sync_health AS
SELECT s.service, s.table_name, s.last_sync_at, s.last_sync_status, s.pending, s.failed,
       s.last_error, s.oldest_pending_at, s.updated_at,
       CASE
         WHEN s.last_sync_at IS NULL OR s.last_sync_at < now() - coalesce(pmoves_sync.setting('stale_after'), '5 minutes')::interval THEN 'stale'
         WHEN s.failed > coalesce(pmoves_sync.setting('failing_failed'), '100')::bigint THEN 'failing'
         WHEN s.pending > coalesce(pmoves_sync.setting('lagging_pending'), '1000')::bigint THEN 'lagging'
         ELSE 'healthy'
       END AS health
FROM public.sync_status s;

-- The three statements that apply one table's part of a batch, generated from the catalog.
--   [1] the batch's rows of this table, replays filtered, collapsed to one winner per key; the
--       guarded version-ledger upsert (only versions above the stored one are written)
--       RETURNING the keys it wrote; the images among them upserted. It returns (keys applied,
--       keys in the batch, the tombstones applied).
--   [2] run only when a key lost (fewer applied than in the batch): reads the ledger back
--       (index lookups) and logs the keys another site's version beat to the conflict log.
--   [3] run only when tombstones won: deletes their rows. A statement of its own, because it
--       needs a snapshot taken after [1]: [1] may have waited on a ledger row locked by another
--       site's batch that inserted the same key, and under [1]'s snapshot that row is
--       invisible, so a DELETE there would miss it and leave a row the ledger says is deleted.
--       (The upsert in [1] has no such gap: ON CONFLICT sees committed rows whatever the
--       snapshot.) The ledger rows [1] wrote stay locked, so no other batch can insert the key
--       between [1] and [3].
-- "Applied" membership is a hashed subplan over the upsert's RETURNING (the sublink is kept
-- out of the join tree on purpose): linear in the batch whatever the planner estimates for
-- jsonb_to_recordset, where a join could become a batch-sized nested loop.
-- Parameters: $1 site, $2 rows jsonb, $3/$4 progress (txid, id), $5 retry, $6 policy,
-- $7 tombstone horizon (ms), $8 this transaction's xid.
DROP FUNCTION IF EXISTS pmoves_sync.apply_sql(text);
CREATE OR REPLACE FUNCTION pmoves_sync.apply_sql(p_label text) RETURNS text[]
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  v_rel regclass := to_regclass(p_label);
  v_pk text[];
  v_cols text[];
  v_rank text;
  v_pkmatch text;
  v_set text;
  v_inc text;
BEGIN
  IF v_rel IS NULL THEN
    RAISE EXCEPTION 'table "%" does not exist at the centre', p_label USING ERRCODE = '42P01',
      HINT = 'create it with the same columns as at the edge (see sync-worker/sql/sample-schema.sql)';
  END IF;
  SELECT array_agg(a.attname::text ORDER BY k.ord) INTO v_pk
  FROM pg_index i
  CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
  WHERE i.indrelid = v_rel AND i.indisprimary;
  IF v_pk IS NULL THEN
    RAISE EXCEPTION 'table "%" has no primary key at the centre', p_label USING ERRCODE = '42P10';
  END IF;
  SELECT array_agg(a.attname::text ORDER BY a.attnum) INTO v_cols
  FROM pg_attribute a WHERE a.attrelid = v_rel AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '';
  SELECT rank_sql INTO v_rank FROM pmoves_sync.rules WHERE table_name = p_label;
  -- The rule sees the image as r; no rule: every version ranks 0.
  v_rank := CASE WHEN v_rank IS NULL THEN '0'
                 ELSE format('coalesce((SELECT (%s)::integer FROM (SELECT x.r AS r) AS rr), 0)', v_rank) END;
  SELECT string_agg(format('t.%I = (w.pk::jsonb->>%L)::%s', c, c, format_type(a.atttypid, a.atttypmod)), ' AND ')
    INTO v_pkmatch
  FROM unnest(v_pk) c JOIN pg_attribute a ON a.attrelid = v_rel AND a.attname = c;
  SELECT string_agg(format('%I = EXCLUDED.%I', c, c), ', ') INTO v_set
  FROM unnest(v_cols) c WHERE c <> ALL (v_pk);

  v_inc := format($q$
WITH src AS (
  SELECT x.k::text COLLATE "C" AS k, x.o, x.r, x.h, x.g, %2$s AS rank
  FROM jsonb_to_recordset($2) AS x(i bigint, x bigint, t text, o text, k jsonb, r jsonb, h bigint, g integer)
  WHERE x.t = %1$L
    -- Below the site's progress mark is a replay: the version guard makes it a no-op, except
    -- for a key whose tombstone was purged (no version left): an old change must not resurrect it.
    AND ($5 OR (x.x, x.i) > ($3, $4) OR (x.h >> 16) > $7
         OR EXISTS (SELECT 1 FROM pmoves_sync.versions pv WHERE pv.table_name = %1$L AND pv.pk = x.k::text))
), inc AS (
  -- Sorted by key: concurrent batches (other sites) lock ledger rows in the same order.
  SELECT DISTINCT ON (k) k, o, r, h, g, rank FROM src ORDER BY k, g DESC, rank DESC, h DESC
)$q$, p_label, v_rank);

  RETURN ARRAY[
    v_inc || format($q$, won AS (
  INSERT INTO pmoves_sync.versions AS v (table_name, pk, gen, rank, hlc, site, deleted, updated_at)
  SELECT %1$L, inc.k, inc.g, inc.rank, inc.h, $1, inc.o = 'delete', now() FROM inc
  ON CONFLICT (table_name, pk) DO UPDATE
    SET gen = EXCLUDED.gen, rank = EXCLUDED.rank, hlc = EXCLUDED.hlc, site = EXCLUDED.site,
        deleted = EXCLUDED.deleted, updated_at = now()
    WHERE (EXCLUDED.gen, EXCLUDED.rank, EXCLUDED.hlc, EXCLUDED.site) > (v.gen, v.rank, v.hlc, v.site)
      AND ($6 <> 'central-wins' OR v.site = EXCLUDED.site)
  RETURNING v.pk, v.deleted
), ups AS (
  INSERT INTO %2$s AS t (%4$s) OVERRIDING SYSTEM VALUE
  SELECT %5$s FROM inc w CROSS JOIN LATERAL jsonb_populate_record(NULL::%2$s, w.r) p
  WHERE w.o <> 'delete' AND (w.k IN (SELECT won.pk FROM won)) IS TRUE
  ON CONFLICT (%6$s) DO %7$s
)
SELECT (SELECT count(*) FROM won)::integer, (SELECT count(*) FROM inc)::integer,
       (SELECT array_agg(won.pk) FROM won WHERE won.deleted)$q$,
      p_label, v_rel, NULL,
      (SELECT string_agg(format('%I', c), ', ') FROM unnest(v_cols) c),
      (SELECT string_agg(format('p.%I', c), ', ') FROM unnest(v_cols) c),
      (SELECT string_agg(format('%I', c), ', ') FROM unnest(v_pk) c),
      CASE WHEN v_set IS NULL THEN 'NOTHING' ELSE 'UPDATE SET ' || v_set END),
    -- won: the ledger row was written by this transaction (statement [1]); otherwise it lost,
    -- and when the winner is another site's version, that is a conflict.
    v_inc || format($q$
INSERT INTO pmoves_sync.conflicts (table_name, pk, site, hlc, winner_site, winner_hlc)
SELECT %1$L, inc.k::jsonb, $1, inc.h, v.site, v.hlc
FROM inc JOIN pmoves_sync.versions v ON v.table_name = %1$L AND v.pk = inc.k
WHERE v.xmin <> $8 AND v.site <> $1$q$, p_label),
    -- $1: the keys whose tombstone won in [1].
    format('DELETE FROM %s t USING unnest($1::text[]) AS w(pk) WHERE %s', v_rel, v_pkmatch)
  ];
END $fn$;

-- apply_sql() once per session and table: the generated statements are kept in a session
-- setting, stamped with the table's columns, primary key and rank rule, so an ALTER TABLE or a
-- changed rule regenerates them.
CREATE OR REPLACE FUNCTION pmoves_sync.apply_sql_cached(p_label text) RETURNS text[]
LANGUAGE plpgsql AS $fn$
DECLARE
  v_key text := 'pmoves_sync.sql_' || md5(p_label);
  v_rel regclass := to_regclass(p_label);
  v_stamp text;
  v_cached text := current_setting(v_key, true);
  v_sql text[];
BEGIN
  -- 'v2': the shape of the generated statements; a new shape regenerates them.
  SELECT 'v4:' || coalesce(v_rel::oid::text, '-')
      || ':' || coalesce((SELECT md5(string_agg(a.attname || ':' || a.atttypid || ':' || a.atttypmod || ':' || a.attisdropped || ':' || a.attgenerated::text, ',' ORDER BY a.attnum))
                          FROM pg_attribute a WHERE a.attrelid = v_rel AND a.attnum > 0), '-')
      || ':' || coalesce((SELECT i.indkey::text FROM pg_index i WHERE i.indrelid = v_rel AND i.indisprimary), '-')
      || ':' || coalesce((SELECT md5(r.rank_sql) FROM pmoves_sync.rules r WHERE r.table_name = p_label), '-')
    INTO v_stamp;
  IF v_cached IS NOT NULL AND v_cached <> '' AND split_part(v_cached, E'\n', 1) = v_stamp THEN
    RETURN ARRAY[split_part(v_cached, E'\x01', 2), split_part(v_cached, E'\x01', 3), split_part(v_cached, E'\x01', 4)];
  END IF;
  v_sql := pmoves_sync.apply_sql(p_label);
  PERFORM set_config(v_key, v_stamp || E'\n' || E'\x01' || v_sql[1] || E'\x01' || v_sql[2] || E'\x01' || v_sql[3], false);
  RETURN v_sql;
END $fn$;

-- Applies one batch from one site in one transaction and returns the centre's HLC (the edge
-- advances its clock to it). p_rows: [{i: outbox id, x: txid, t: table, o: op, k: pk, r: image,
-- h: hlc, g: generation}], bigints as strings. p_retry re-applies held rows below the progress
-- mark (the version ledger alone keeps that idempotent).
CREATE OR REPLACE FUNCTION pmoves_sync.apply_batch(p_site text, p_rows jsonb, p_retry boolean DEFAULT false,
                                                   p_policy text DEFAULT 'last-write-wins')
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  v_tx bigint;
  v_id bigint;
  v_label text;
  v_top_x bigint;
  v_top_i bigint;
  v_labels text[];
  v_max_h bigint;
  v_n integer;
  v_dead text[];
  v_keys integer;
  v_top numeric;
  v_total integer := 0;
  v_sql text[];
  v_horizon bigint := (extract(epoch FROM now() - coalesce(pmoves_sync.setting('tombstone_retention'), '30 days')::interval) * 1000)::bigint;
  v_xid xid;
BEGIN
  IF p_site IS NULL OR p_site !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' THEN
    RAISE EXCEPTION 'invalid site id %', coalesce(p_site, 'NULL') USING ERRCODE = 'PS001';
  END IF;
  IF jsonb_typeof(p_rows) IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'rows must be a JSON array' USING ERRCODE = 'PS002';
  END IF;
  -- Loop guard: a capture trigger on a synced table here (a hub that is also an edge) must not
  -- capture what it applies.
  PERFORM set_config('pmoves_sync.applying', 'on', true);
  v_xid := (pg_current_xact_id()::text::bigint % 4294967296)::text::xid;
  INSERT INTO pmoves_sync.site_progress (site) VALUES (p_site) ON CONFLICT (site) DO NOTHING;
  -- Row lock: batches of one site apply one after the other; a replay waits, then is filtered.
  SELECT last_txid, last_id INTO v_tx, v_id FROM pmoves_sync.site_progress WHERE site = p_site FOR UPDATE;

  -- One pass over the batch for its tables, highest (txid, id) and highest clock. The highest
  -- (txid, id) pair as one number (both are below 2^63): a max, not a sort.
  SELECT array_agg(DISTINCT x.t), max(x.h), max(x.x::numeric * 9223372036854775808 + x.i)
    INTO v_labels, v_max_h, v_top
    FROM jsonb_to_recordset(p_rows) AS x(t text, x bigint, i bigint, h bigint);
  v_top_x := div(v_top, 9223372036854775808)::bigint;
  v_top_i := mod(v_top, 9223372036854775808)::bigint;

  FOREACH v_label IN ARRAY coalesce(v_labels, '{}') LOOP
    v_sql := pmoves_sync.apply_sql_cached(v_label);
    EXECUTE v_sql[1] INTO v_n, v_keys, v_dead USING p_site, p_rows, v_tx, v_id, p_retry, p_policy, v_horizon, v_xid;
    IF v_dead IS NOT NULL THEN
      EXECUTE v_sql[3] USING v_dead;
    END IF;
    IF v_n < v_keys THEN
      EXECUTE v_sql[2] USING p_site, p_rows, v_tx, v_id, p_retry, p_policy, v_horizon, v_xid;
    END IF;
    v_total := v_total + coalesce(v_n, 0);
  END LOOP;

  UPDATE pmoves_sync.site_progress
     SET last_txid = CASE WHEN p_retry OR (v_top_x, v_top_i) <= (last_txid, last_id) THEN last_txid ELSE v_top_x END,
         last_id = CASE WHEN p_retry OR (v_top_x, v_top_i) <= (last_txid, last_id) THEN last_id ELSE v_top_i END,
         batches = batches + 1, changes = changes + v_total,
         last_hlc = greatest(last_hlc, v_max_h), updated_at = now()
   WHERE site = p_site AND v_top_x IS NOT NULL;
  RETURN pmoves_sync.hlc_observe(v_max_h);
END $$;

-- Pipelining (postgres transport): the worker sends batch N+1 on a second connection while
-- the centre applies batch N, so the centre parses N+1 meanwhile; here it waits for N's commit
-- (the site's progress row is locked by N) and applies only when the site's progress has
-- reached the end of N. Otherwise (N failed or was narrowed) PS003, and the worker sends the
-- batch again the ordinary way. Batches of a site are therefore still applied in order.
CREATE OR REPLACE FUNCTION pmoves_sync.apply_batch_after(p_site text, p_rows jsonb, p_after_txid bigint, p_after_id bigint,
                                                         p_policy text DEFAULT 'last-write-wins')
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  v_tx bigint;
  v_id bigint;
BEGIN
  SELECT last_txid, last_id INTO v_tx, v_id FROM pmoves_sync.site_progress WHERE site = p_site FOR UPDATE;
  IF v_tx IS NULL OR (v_tx, v_id) < (p_after_txid, p_after_id) THEN
    RAISE EXCEPTION 'the previous batch of site % is not applied at the centre', p_site USING ERRCODE = 'PS003';
  END IF;
  RETURN pmoves_sync.apply_batch(p_site, p_rows, false, p_policy);
END $$;

-- The worker's report of its outbox per table (pending, failed, oldest pending, last error).
-- p_stats: [{table, pending, failed, oldest_pending_at, last_error}].
CREATE OR REPLACE FUNCTION pmoves_sync.report_status(p_site text, p_stats jsonb) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.sync_status AS s (service, table_name, last_sync_at, last_sync_status, pending, failed,
                                       last_error, oldest_pending_at, updated_at)
  SELECT p_site, x."table", now(),
         CASE WHEN coalesce(x.failed, 0) > 0 THEN 'failing' WHEN coalesce(x.pending, 0) > 0 THEN 'pending' ELSE 'ok' END,
         coalesce(x.pending, 0), coalesce(x.failed, 0), x.last_error, x.oldest_pending_at, now()
  FROM jsonb_to_recordset(p_stats) AS x("table" text, pending bigint, failed bigint, oldest_pending_at timestamptz, last_error text)
  ON CONFLICT (service, table_name) DO UPDATE
    SET last_sync_at = EXCLUDED.last_sync_at, last_sync_status = EXCLUDED.last_sync_status,
        pending = EXCLUDED.pending, failed = EXCLUDED.failed, last_error = EXCLUDED.last_error,
        oldest_pending_at = EXCLUDED.oldest_pending_at, updated_at = now();
  -- Tombstones older than the retention (and the conflict log) go, at most once an hour.
  IF NOT EXISTS (SELECT 1 FROM pmoves_sync.maintenance WHERE name = 'purge' AND last_run > now() - interval '1 hour') THEN
    INSERT INTO pmoves_sync.maintenance (name, last_run) VALUES ('purge', now())
    ON CONFLICT (name) DO UPDATE SET last_run = now();
    PERFORM pmoves_sync.purge_tombstones();
  END IF;
END $$;

CREATE OR REPLACE FUNCTION pmoves_sync.purge_tombstones() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  v_keep interval := coalesce(pmoves_sync.setting('tombstone_retention'), '30 days')::interval;
  v_n bigint;
BEGIN
  DELETE FROM pmoves_sync.versions WHERE deleted AND updated_at < now() - v_keep;
  GET DIAGNOSTICS v_n = ROW_COUNT;
  DELETE FROM pmoves_sync.conflicts WHERE at < now() - v_keep;
  RETURN v_n;
END $$;

-- Entry points in public for PostgREST (SYNC_TRANSPORT=rest: supabase-js rpc('apply_batch')).
-- HLCs are returned as text: a JSON number would lose their low bits.
CREATE OR REPLACE FUNCTION public.apply_batch(site text, rows jsonb, retry boolean DEFAULT false,
                                              policy text DEFAULT 'last-write-wins')
RETURNS text LANGUAGE sql AS $$ SELECT pmoves_sync.apply_batch($1, $2, $3, $4)::text $$;

CREATE OR REPLACE FUNCTION public.sync_report(site text, stats jsonb) RETURNS void
LANGUAGE sql AS $$ SELECT pmoves_sync.report_status($1, $2) $$;

-- The centre's rank rules as {table: md5(rank_sql)}. The worker collapses a key's queued
-- changes at the edge (skips a change a later one of its key would beat here) only for tables
-- whose rule is the same text on both sides (or absent on both).
DROP FUNCTION IF EXISTS public.sync_ranked_tables();
CREATE OR REPLACE FUNCTION public.sync_rules() RETURNS jsonb
LANGUAGE sql STABLE AS $$ SELECT coalesce(jsonb_object_agg(table_name, md5(rank_sql)), '{}') FROM pmoves_sync.rules $$;

REVOKE ALL ON FUNCTION public.apply_batch(text, jsonb, boolean, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.sync_report(text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.sync_rules() FROM PUBLIC;
-- Supabase's default privileges grant everything created in public to anon and authenticated:
-- with the anon key anyone could then write rows through apply_batch or read sync_status.
-- Only service_role (and the owner) may; RLS without policies closes the table to the others.
ALTER TABLE public.sync_status ENABLE ROW LEVEL SECURITY;
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['anon', 'authenticated'] LOOP
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('REVOKE ALL ON FUNCTION public.apply_batch(text, jsonb, boolean, text) FROM %I', r);
      EXECUTE format('REVOKE ALL ON FUNCTION public.sync_report(text, jsonb) FROM %I', r);
      EXECUTE format('REVOKE ALL ON FUNCTION public.sync_rules() FROM %I', r);
      EXECUTE format('REVOKE ALL ON public.sync_status FROM %I', r);
      EXECUTE format('REVOKE ALL ON public.sync_health FROM %I', r);
    END IF;
  END LOOP;
END $$;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN
    GRANT USAGE ON SCHEMA pmoves_sync TO service_role;
    GRANT ALL ON ALL TABLES IN SCHEMA pmoves_sync TO service_role;
    GRANT ALL ON ALL SEQUENCES IN SCHEMA pmoves_sync TO service_role;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pmoves_sync TO service_role;
    GRANT EXECUTE ON FUNCTION public.apply_batch(text, jsonb, boolean, text) TO service_role;
    GRANT EXECUTE ON FUNCTION public.sync_report(text, jsonb) TO service_role;
    GRANT EXECUTE ON FUNCTION public.sync_rules() TO service_role;
    GRANT ALL ON public.sync_status TO service_role;
    GRANT SELECT ON public.sync_health TO service_role;
  END IF;
END $$;
