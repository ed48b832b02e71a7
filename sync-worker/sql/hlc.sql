-- Hybrid logical clock shared by edge and centre (pmoves-sync install runs it before edge.sql
-- or central.sql). Idempotent: every statement can run again on an installed database.
--
-- An HLC value is one bigint: (wall clock ms << 16) + logical counter. It is drawn from a
-- sequence, so it is
--   * monotonic across concurrent sessions: nextval() is atomic and never returns a value twice;
--   * persistent across reboots: sequences are WAL-logged and only ever skip ahead after a crash;
--   * immune to clock resets: a wall clock behind the sequence (booted at 1970, jumped back)
--     only means the sequence keeps counting from where it was.
-- The wall clock only pushes the sequence forward (hlc_raise), under a session advisory lock
-- held for two statements, never for the writer's transaction: writers do not queue behind
-- each other the way they would on a single clock row read with SELECT ... FOR UPDATE.
CREATE SCHEMA IF NOT EXISTS pmoves_sync;

CREATE SEQUENCE IF NOT EXISTS pmoves_sync.hlc_seq AS bigint MINVALUE 0 START WITH 0;

-- Wall clock in ms. pmoves_sync.clock_offset_ms (a database or role setting) shifts it, so tests
-- and the lab can play a site that is an hour ahead or booted at 1970 without touching the OS.
CREATE OR REPLACE FUNCTION pmoves_sync.wall_ms() RETURNS bigint
LANGUAGE sql VOLATILE AS $$
  SELECT greatest(0, (extract(epoch FROM clock_timestamp()) * 1000)::bigint
    + coalesce(nullif(current_setting('pmoves_sync.clock_offset_ms', true), '')::bigint, 0))
$$;

-- Moves the clock to at least p_target and returns a fresh value above it.
CREATE OR REPLACE FUNCTION pmoves_sync.hlc_raise(p_target bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v bigint;
BEGIN
  -- One lock id for the clock of this database. A session lock (not a transaction lock) is
  -- held for two statements only; the exception block releases it if the statement is
  -- cancelled or fails in between, so it can never be left behind in a live session.
  BEGIN
    PERFORM pg_advisory_lock(7370861, 1);
    v := nextval('pmoves_sync.hlc_seq');
    IF v < p_target THEN
      PERFORM setval('pmoves_sync.hlc_seq', p_target, true);
      v := nextval('pmoves_sync.hlc_seq');
    END IF;
    PERFORM pg_advisory_unlock(7370861, 1);
  EXCEPTION WHEN query_canceled OR others THEN
    IF EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()
                 AND classid = 7370861 AND objid = 1 AND granted) THEN
      PERFORM pg_advisory_unlock(7370861, 1);
    END IF;
    RAISE;
  END;
  RETURN v;
END $$;

-- A fresh HLC value: max(sequence + 1, wall clock).
CREATE OR REPLACE FUNCTION pmoves_sync.hlc_now() RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v bigint := nextval('pmoves_sync.hlc_seq');
  wall bigint := pmoves_sync.wall_ms() << 16;
BEGIN
  IF v >= wall THEN
    RETURN v;
  END IF;
  RETURN pmoves_sync.hlc_raise(wall);
END $$;

-- Receiving a remote clock (the centre's answer, or a site's batch at the centre): never
-- answer with a value below what was seen.
CREATE OR REPLACE FUNCTION pmoves_sync.hlc_observe(p_remote bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF p_remote IS NULL THEN
    RETURN pmoves_sync.hlc_now();
  END IF;
  RETURN greatest(pmoves_sync.hlc_raise(p_remote + 1), pmoves_sync.hlc_now());
END $$;

-- Human form of an HLC value, for status output and logs.
CREATE OR REPLACE FUNCTION pmoves_sync.hlc_format(p_hlc bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(to_timestamp((p_hlc >> 16) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    || '+' || (p_hlc & 65535)::text
$$;
