-- pmoves_sync capture on the edge: outbox, per-key generations, held (failed) rows, and the
-- track()/untrack() functions that put statement-level capture triggers on a table.
-- Requires hlc.sql. Idempotent. No replication slot: a slot would pin WAL while a site is
-- offline for days and fill its disk; the outbox is an ordinary table that the worker drains.
CREATE SCHEMA IF NOT EXISTS pmoves_sync;

-- One row per captured change, written by the capture trigger in the writer's transaction.
-- (txid, id) is the shipping order: the worker only reads rows whose transaction is older than
-- the oldest running one (pg_snapshot_xmin), so no row can later appear behind its cursor.
CREATE TABLE IF NOT EXISTS pmoves_sync.outbox (
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  id bigint GENERATED ALWAYS AS IDENTITY,
  table_name text NOT NULL,
  op text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  pk jsonb NOT NULL,
  image jsonb,                -- the row after the change; NULL for a delete (tombstone)
  hlc bigint NOT NULL,
  gen integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (txid, id)
);

-- A key's changes in order, for the collapse probe (outbox.ts readBatch: skip a change that a
-- later one of its key would beat at the centre), one index probe per row read. kh is a 64-bit
-- hash of (table, key): the probe descends a btree of bigints instead of comparing jsonb keys
-- (the key itself is compared only for rows that have a later change with the same hash).
ALTER TABLE pmoves_sync.outbox
  ADD COLUMN IF NOT EXISTS kh bigint GENERATED ALWAYS AS (hashtextextended(table_name || ' ' || pk::text, 0)) STORED;
DROP INDEX IF EXISTS pmoves_sync.outbox_key;
CREATE INDEX IF NOT EXISTS outbox_kh ON pmoves_sync.outbox (kh, txid, id);

-- The worker's cursor: everything at or below (shipped_txid, shipped_id) is committed at the centre.
CREATE TABLE IF NOT EXISTS pmoves_sync.state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  site_id text,
  shipped_txid xid8 NOT NULL DEFAULT '0',
  shipped_id bigint NOT NULL DEFAULT 0,
  last_shipped_at timestamptz,
  central_hlc bigint
);
INSERT INTO pmoves_sync.state DEFAULT VALUES ON CONFLICT DO NOTHING;

-- Deletes per key. A re-created key carries a higher generation than the tombstone it follows,
-- and the centre orders versions by generation first: deletes win over other sites' updates,
-- yet a site can delete and re-create its own row.
CREATE TABLE IF NOT EXISTS pmoves_sync.key_gen (
  table_name text NOT NULL,
  pk jsonb NOT NULL,
  gen integer NOT NULL,
  PRIMARY KEY (table_name, pk)
);

-- Rows the centre rejected (poison = true) and later changes of the same key held behind them.
CREATE TABLE IF NOT EXISTS pmoves_sync.failed (
  txid xid8 NOT NULL,
  id bigint NOT NULL,
  table_name text NOT NULL,
  op text NOT NULL,
  pk jsonb NOT NULL,
  image jsonb,
  hlc bigint NOT NULL,
  gen integer NOT NULL,
  created_at timestamptz NOT NULL,
  poison boolean NOT NULL,
  error text NOT NULL,
  attempts integer NOT NULL DEFAULT 1,
  failed_at timestamptz NOT NULL DEFAULT now(),
  retry_requested boolean NOT NULL DEFAULT false,
  PRIMARY KEY (txid, id)
);
CREATE INDEX IF NOT EXISTS failed_key ON pmoves_sync.failed (table_name, pk);

CREATE TABLE IF NOT EXISTS pmoves_sync.tracked (
  table_name text PRIMARY KEY,
  relid oid NOT NULL,
  pk_columns text[] NOT NULL,
  tracked_at timestamptz NOT NULL DEFAULT now()
);

-- The label a table is shipped under: its name in public, schema.name elsewhere.
CREATE OR REPLACE FUNCTION pmoves_sync.table_label(p_rel regclass) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = p_rel
$$;

-- Installs (or refreshes) capture on one table: a generated trigger function and three
-- statement-level triggers with transition tables, so a bulk statement costs one INSERT ...
-- SELECT into the outbox instead of one trigger call per row.
CREATE OR REPLACE FUNCTION pmoves_sync.track(p_rel regclass) RETURNS text
LANGUAGE plpgsql AS $fn$
DECLARE
  v_label text := pmoves_sync.table_label(p_rel);
  v_pk text[];
  v_fn text;
  v_pkexpr_o text;
  v_pkexpr_n text;
BEGIN
  SELECT array_agg(a.attname::text ORDER BY k.ord) INTO v_pk
  FROM pg_index i
  CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
  WHERE i.indrelid = p_rel AND i.indisprimary;
  IF v_pk IS NULL THEN
    RAISE EXCEPTION 'table % has no primary key', v_label
      USING ERRCODE = '42P10', HINT = 'sync ships rows by primary key: add one (ALTER TABLE ... ADD PRIMARY KEY)';
  END IF;
  v_fn := format('pmoves_sync.%I', 'capture_' || replace(v_label, '.', '__'));
  SELECT 'jsonb_build_object(' || string_agg(format('%L, o.%I', c, c), ', ') || ')',
         'jsonb_build_object(' || string_agg(format('%L, n.%I', c, c), ', ') || ')'
    INTO v_pkexpr_o, v_pkexpr_n FROM unnest(v_pk) AS c;

  EXECUTE format($body$
CREATE OR REPLACE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql
  -- Runs as the installer: application roles (Supabase's authenticated, anon, service_role)
  -- write the tables without any right on pmoves_sync.
  SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $t$
DECLARE
  h bigint;
BEGIN
  -- Loop guard: rows written by the applier (apply_batch sets this for its transaction) are
  -- someone else's changes, not this site's.
  IF current_setting('pmoves_sync.applying', true) = 'on' THEN
    RETURN NULL;
  END IF;
  h := pmoves_sync.hlc_now();
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pmoves_sync.outbox (table_name, op, pk, image, hlc, gen)
    SELECT %2$L, 'insert', x.pk, x.img, h, coalesce(g.gen, 0)
    FROM (SELECT %4$s AS pk, to_jsonb(n) AS img FROM pmoves_new n) x
    LEFT JOIN pmoves_sync.key_gen g ON g.table_name = %2$L AND g.pk = x.pk;
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only rows whose image changed (no-op updates ship nothing); a changed primary key is a
    -- delete of the old key and an insert of the new one.
    WITH o AS (SELECT %3$s AS pk, to_jsonb(o) AS img FROM pmoves_old o),
         n AS (SELECT %4$s AS pk, to_jsonb(n) AS img FROM pmoves_new n),
         j AS (SELECT o.pk AS opk, n.pk AS npk, n.img
               FROM o FULL JOIN n ON o.pk = n.pk
               WHERE o.img IS DISTINCT FROM n.img),
         dead AS (INSERT INTO pmoves_sync.key_gen AS kg (table_name, pk, gen)
                  SELECT %2$L, j.opk, 1 FROM j WHERE j.npk IS NULL
                  ON CONFLICT (table_name, pk) DO UPDATE SET gen = kg.gen + 1
                  RETURNING kg.pk, kg.gen)
    INSERT INTO pmoves_sync.outbox (table_name, op, pk, image, hlc, gen)
    SELECT %2$L,
           CASE WHEN j.npk IS NULL THEN 'delete' WHEN j.opk IS NULL THEN 'insert' ELSE 'update' END,
           coalesce(j.npk, j.opk), j.img, h, coalesce(d.gen, g.gen, 0)
    FROM j
    LEFT JOIN dead d ON j.npk IS NULL AND d.pk = j.opk
    LEFT JOIN pmoves_sync.key_gen g ON j.npk IS NOT NULL AND g.table_name = %2$L AND g.pk = j.npk;
  ELSE
    WITH dead AS (INSERT INTO pmoves_sync.key_gen AS kg (table_name, pk, gen)
                  SELECT %2$L, %3$s, 1 FROM pmoves_old o
                  ON CONFLICT (table_name, pk) DO UPDATE SET gen = kg.gen + 1
                  RETURNING kg.pk, kg.gen)
    INSERT INTO pmoves_sync.outbox (table_name, op, pk, image, hlc, gen)
    SELECT %2$L, 'delete', d.pk, NULL, h, d.gen FROM dead d;
  END IF;
  -- One notification per transaction (Postgres folds duplicates); the worker also polls.
  PERFORM pg_notify('pmoves_sync', %2$L);
  RETURN NULL;
END $t$
$body$, v_fn, v_label, v_pkexpr_o, v_pkexpr_n);

  EXECUTE format('DROP TRIGGER IF EXISTS pmoves_sync_capture_ins ON %s', p_rel);
  EXECUTE format('DROP TRIGGER IF EXISTS pmoves_sync_capture_upd ON %s', p_rel);
  EXECUTE format('DROP TRIGGER IF EXISTS pmoves_sync_capture_del ON %s', p_rel);
  EXECUTE format('DROP TRIGGER IF EXISTS pmoves_sync_no_truncate ON %s', p_rel);
  EXECUTE format('CREATE TRIGGER pmoves_sync_capture_ins AFTER INSERT ON %s REFERENCING NEW TABLE AS pmoves_new FOR EACH STATEMENT EXECUTE FUNCTION %s()', p_rel, v_fn);
  EXECUTE format('CREATE TRIGGER pmoves_sync_capture_upd AFTER UPDATE ON %s REFERENCING OLD TABLE AS pmoves_old NEW TABLE AS pmoves_new FOR EACH STATEMENT EXECUTE FUNCTION %s()', p_rel, v_fn);
  EXECUTE format('CREATE TRIGGER pmoves_sync_capture_del AFTER DELETE ON %s REFERENCING OLD TABLE AS pmoves_old FOR EACH STATEMENT EXECUTE FUNCTION %s()', p_rel, v_fn);
  -- TRUNCATE fires no row triggers: letting it through would silently fork edge and centre.
  EXECUTE format('CREATE TRIGGER pmoves_sync_no_truncate BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION pmoves_sync.refuse_truncate()', p_rel);

  INSERT INTO pmoves_sync.tracked (table_name, relid, pk_columns) VALUES (v_label, p_rel, v_pk)
  ON CONFLICT (table_name) DO UPDATE SET relid = EXCLUDED.relid, pk_columns = EXCLUDED.pk_columns;
  RETURN v_label;
END $fn$;

CREATE OR REPLACE FUNCTION pmoves_sync.refuse_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('pmoves_sync.applying', true) = 'on' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'TRUNCATE of synced table %.% is not captured', TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING HINT = 'use DELETE (it is captured and shipped), or pmoves-sync uninstall first';
END $$;

CREATE OR REPLACE FUNCTION pmoves_sync.untrack(p_label text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_rel oid;
BEGIN
  SELECT relid INTO v_rel FROM pmoves_sync.tracked WHERE table_name = p_label;
  IF v_rel IS NOT NULL AND EXISTS (SELECT 1 FROM pg_class WHERE oid = v_rel) THEN
    EXECUTE format('DROP TRIGGER IF EXISTS pmoves_sync_capture_ins ON %s', v_rel::regclass);
    EXECUTE format('DROP TRIGGER IF EXISTS pmoves_sync_capture_upd ON %s', v_rel::regclass);
    EXECUTE format('DROP TRIGGER IF EXISTS pmoves_sync_capture_del ON %s', v_rel::regclass);
    EXECUTE format('DROP TRIGGER IF EXISTS pmoves_sync_no_truncate ON %s', v_rel::regclass);
  END IF;
  EXECUTE format('DROP FUNCTION IF EXISTS pmoves_sync.%I()', 'capture_' || replace(p_label, '.', '__'));
  DELETE FROM pmoves_sync.tracked WHERE table_name = p_label;
END $$;

-- Initial load: one keyset page of a table into the outbox, through the same path as captured
-- changes. Returns the page's last key (NULL when the table is exhausted).
CREATE OR REPLACE FUNCTION pmoves_sync.backfill_page(p_rel regclass, p_after jsonb, p_limit integer)
RETURNS TABLE (copied bigint, last_pk jsonb)
LANGUAGE plpgsql AS $$
DECLARE
  v_label text := pmoves_sync.table_label(p_rel);
  v_pk text[];
  v_cols text;
  v_pkexpr text;
  v_after text := 'true';
BEGIN
  SELECT pk_columns INTO v_pk FROM pmoves_sync.tracked WHERE table_name = v_label;
  IF v_pk IS NULL THEN
    RAISE EXCEPTION 'table % is not tracked', v_label USING ERRCODE = '42P01',
      HINT = 'add it to SYNC_TABLES and run pmoves-sync install';
  END IF;
  v_cols := (SELECT string_agg(format('t.%I', c), ', ') FROM unnest(v_pk) c);
  v_pkexpr := 'jsonb_build_object(' || (SELECT string_agg(format('%L, t.%I', c, c), ', ') FROM unnest(v_pk) c) || ')';
  IF p_after IS NOT NULL THEN
    v_after := format('(%s) > (SELECT %s FROM jsonb_populate_record(NULL::%s, $1) t)', v_cols, v_cols, p_rel);
  END IF;
  RETURN QUERY EXECUTE format($q$
    WITH page AS (SELECT %1$s AS pk, to_jsonb(t) AS img, row_number() OVER (ORDER BY %4$s) AS rn
                  FROM %2$s t WHERE %3$s ORDER BY %4$s LIMIT $2),
         ins AS (INSERT INTO pmoves_sync.outbox (table_name, op, pk, image, hlc, gen)
                 SELECT %5$L, 'insert', p.pk, p.img, pmoves_sync.hlc_now(), coalesce(g.gen, 0)
                 FROM page p LEFT JOIN pmoves_sync.key_gen g ON g.table_name = %5$L AND g.pk = p.pk
                 RETURNING 1)
    SELECT (SELECT count(*) FROM ins), (SELECT p.pk FROM page p ORDER BY p.rn DESC LIMIT 1)
  $q$, v_pkexpr, p_rel, v_after, v_cols, v_label) USING p_after, p_limit;
END $$;

-- After the centre committed a batch: hold the rows diverted behind failed keys, advance the
-- cursor, drop the shipped rows and adopt the centre's clock, in one transaction and one round
-- trip. A crash before this commits is safe: the centre's progress ledger absorbs the replay.
-- Returns the number of outbox rows it dropped: the batch read plus the changes the read
-- skipped as superseded (the worker counts those as collapsed).
DROP FUNCTION IF EXISTS pmoves_sync.mark_shipped(xid8, bigint, xid8, bigint, xid8[], bigint[], bigint);
CREATE FUNCTION pmoves_sync.mark_shipped(p_prev_txid xid8, p_prev_id bigint, p_txid xid8, p_id bigint,
                                         p_held_txids xid8[], p_held_ids bigint[], p_central_hlc bigint)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  v_dropped bigint;
BEGIN
  IF cardinality(p_held_ids) > 0 THEN
    INSERT INTO pmoves_sync.failed (txid, id, table_name, op, pk, image, hlc, gen, created_at, poison, error)
    SELECT o.txid, o.id, o.table_name, o.op, o.pk, o.image, o.hlc, o.gen, o.created_at, false,
           'held: an earlier change of this key failed'
      FROM pmoves_sync.outbox o
      JOIN unnest(p_held_txids, p_held_ids) AS h(txid, id) ON o.txid = h.txid AND o.id = h.id
    ON CONFLICT (txid, id) DO NOTHING;
  END IF;
  UPDATE pmoves_sync.state
     SET shipped_txid = p_txid, shipped_id = p_id, last_shipped_at = now(),
         central_hlc = greatest(central_hlc, p_central_hlc);
  DELETE FROM pmoves_sync.outbox
   WHERE (txid, id) > (p_prev_txid, p_prev_id) AND (txid, id) <= (p_txid, p_id);
  GET DIAGNOSTICS v_dropped = ROW_COUNT;
  IF p_central_hlc IS NOT NULL THEN
    PERFORM pmoves_sync.hlc_observe(p_central_hlc);
  END IF;
  RETURN v_dropped;
END $$;
