-- Appreciation prompts (issue 7): each couple's prompt schedule, and what each partner
-- wrote. Timestamps are ISO-8601 UTC text written by bot.storage.db.to_db.

-- One row per couple. next_at is the next prompt moment in UTC; NULL while it still has
-- to be computed (new couple, changed time zone) or while the prompts are switched off.
CREATE TABLE appreciation_schedules (
    couple_id       INTEGER PRIMARY KEY REFERENCES couples(id) ON DELETE CASCADE,
    enabled         INTEGER NOT NULL DEFAULT 1,
    weekdays        TEXT NOT NULL DEFAULT '1,4',   -- Python weekday numbers, Monday = 0
    at_time         TEXT NOT NULL DEFAULT '20:00', -- wall clock in the couple's time zone
    next_at         TEXT,
    last_prompt_at  TEXT
);
-- The due-task asks "enabled and next_at <= now" and "enabled and next_at IS NULL".
CREATE INDEX appreciation_schedules_next ON appreciation_schedules(enabled, next_at);

INSERT INTO appreciation_schedules (couple_id) SELECT id FROM couples;

-- Every new couple gets the default schedule; the due-task computes its first moment.
CREATE TRIGGER appreciation_schedule_for_new_couple AFTER INSERT ON couples
BEGIN
    INSERT OR IGNORE INTO appreciation_schedules (couple_id) VALUES (NEW.id);
END;

-- Wall-clock times follow the couple's zone: a new zone means a new next moment.
CREATE TRIGGER appreciation_schedule_follows_zone AFTER UPDATE OF timezone ON couples
WHEN NEW.timezone IS NOT OLD.timezone
BEGIN
    UPDATE appreciation_schedules SET next_at = NULL WHERE couple_id = NEW.id;
END;

-- One appreciation: three items by the writer for their partner. A writer has at most
-- one open draft; it becomes 'sent' (delivered privately to the partner) or 'kept'
-- (saved for themselves) only when the writer presses the button.
CREATE TABLE appreciations (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    couple_id         INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    writer_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    recipient_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status            TEXT NOT NULL DEFAULT 'draft',  -- draft | sent | kept
    revision          INTEGER NOT NULL DEFAULT 0,     -- bumped by every change; previews carry it
    rewrite_position  INTEGER,                        -- the item the writer is rewriting
    share_confirmed   INTEGER NOT NULL DEFAULT 0,     -- yes to sharing words that hit the safety net
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    decided_at        TEXT,                           -- when it was sent or kept
    thanked_at        TEXT                            -- the partner's one-tap thank-you
);
CREATE UNIQUE INDEX appreciations_open_draft ON appreciations(writer_id) WHERE status = 'draft';
CREATE INDEX appreciations_writer ON appreciations(writer_id, id);
CREATE INDEX appreciations_recipient ON appreciations(recipient_id, id);
CREATE INDEX appreciations_couple ON appreciations(couple_id);

CREATE TABLE appreciation_items (
    appreciation_id  INTEGER NOT NULL REFERENCES appreciations(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    text             TEXT NOT NULL,
    check_result     TEXT NOT NULL,                  -- ok | but | vague (bot.appreciation.Check)
    accepted         INTEGER NOT NULL DEFAULT 0,     -- the writer chose "keep it as it is"
    flagged          INTEGER NOT NULL DEFAULT 0,     -- the safety net fired when it was written
    written_at       TEXT NOT NULL,
    PRIMARY KEY (appreciation_id, position)
);
