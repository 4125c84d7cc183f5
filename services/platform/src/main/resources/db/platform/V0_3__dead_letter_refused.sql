-- A handler may refuse an event as impossible (a version leap, an aggregate moved to another owner): REFUSED.
ALTER TABLE dead_letter DROP CONSTRAINT dead_letter_reason_check;
ALTER TABLE dead_letter ADD CONSTRAINT dead_letter_reason_check CHECK (reason IN ('NO_ENVELOPE', 'UNKNOWN_TYPE',
    'WRONG_SOURCE', 'UNDECODABLE', 'REFUSED', 'HANDLER_FAILED'));
