-- The relay LISTENs on deltashare_outbox and is woken when a transaction that added outbox rows commits. A statement
-- trigger sends that NOTIFY, so no writer spends a round trip on it; PostgreSQL folds a transaction's identical
-- notifications into one and delivers it at commit (never for a rollback). Repeatable, so databases made before it
-- get it too.
CREATE OR REPLACE FUNCTION outbox_wake_relay() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('deltashare_outbox', '');
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS outbox_wake_relay ON outbox_message;
CREATE TRIGGER outbox_wake_relay AFTER INSERT ON outbox_message
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_wake_relay();
