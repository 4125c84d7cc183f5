-- Notices (what happened and who should hear of it) and the e-mails they became, people's switches, and the copies
-- of bookings and vouchers the reminders are scheduled from. Instants UTC.

-- One notice per event (or per reminder due) and kind: written in the inbox transaction of the event, or by the
-- reminder job, so a redelivered event or a second run of the job finds it there and adds nothing.
CREATE TABLE notice (
    id              uuid PRIMARY KEY,
    -- the event it tells of; for a reminder, an id derived from what it reminds of and when
    event_id        uuid        NOT NULL,
    kind            text        NOT NULL,
    -- who should hear of it: an organization's members, or a role's holders in a region (and locality)
    audience_role   text,
    audience_org    uuid,
    audience_region text,
    audience_locality text,
    facts           jsonb       NOT NULL,
    created_at      timestamptz NOT NULL,
    -- set when its e-mails were written; until then the dispatcher looks for its recipients, with backoff
    addressed_at    timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    UNIQUE (event_id, kind),
    CHECK (audience_org IS NOT NULL OR audience_role IS NOT NULL)
);
CREATE INDEX notice_to_address ON notice (next_attempt_at) WHERE addressed_at IS NULL;

-- One e-mail per notice and person: the delivery log. Retried with backoff until sent or given up.
CREATE TABLE mail (
    id              uuid PRIMARY KEY,
    notice_id       uuid        NOT NULL REFERENCES notice (id),
    event_id        uuid        NOT NULL,
    kind            text        NOT NULL,
    recipient       uuid        NOT NULL,
    address         text        NOT NULL,
    locale          text        NOT NULL CHECK (locale IN ('zh', 'en')),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    subject         text,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    UNIQUE (event_id, kind, recipient)
);
CREATE INDEX mail_due ON mail (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_log ON mail (created_at DESC, id DESC);
CREATE INDEX mail_of_recipient ON mail (recipient, created_at DESC, id DESC);

-- The kinds of notification a person turned off (every kind is on until turned off).
CREATE TABLE muted_kind (
    person   uuid        NOT NULL,
    kind     text        NOT NULL,
    muted_at timestamptz NOT NULL,
    PRIMARY KEY (person, kind)
);

-- Bookings as of their latest event: the day-before reminder is scheduled from these.
CREATE TABLE booking_copy (
    id                  uuid PRIMARY KEY,
    firm_organization   uuid        NOT NULL,
    instrument_id       uuid        NOT NULL,
    instrument_category text        NOT NULL,
    provider_organization uuid      NOT NULL,
    start_at            timestamptz,
    end_at              timestamptz,
    status              text        NOT NULL,
    version             bigint      NOT NULL,
    -- what the voucher paid of it, once redeemed (in fen): the completion e-mail says it
    voucher_share_fen   bigint,
    -- the start the last reminder was for: a booking moved to another day is reminded again
    reminded_for        timestamptz
);
CREATE INDEX booking_copy_to_remind ON booking_copy (start_at) WHERE status = 'CONFIRMED';

-- Vouchers as issued: the expiry warnings are scheduled from these.
CREATE TABLE voucher_copy (
    id                uuid PRIMARY KEY,
    code              text        NOT NULL,
    firm_organization uuid        NOT NULL,
    issuing_region    text        NOT NULL,
    face_value_fen    bigint      NOT NULL,
    expires_at        timestamptz NOT NULL,
    status            text        NOT NULL,
    -- the fewest days before expiry already warned of (30, then 7); null before the first warning
    warned_days       integer
);
CREATE INDEX voucher_copy_to_warn ON voucher_copy (expires_at) WHERE status = 'ACTIVE';

-- What organizations and instruments are called, from the catalog's and membership's events.
CREATE TABLE known_name (
    id      uuid PRIMARY KEY,
    name_zh text NOT NULL,
    name_en text NOT NULL
);
