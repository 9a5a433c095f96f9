-- Pause and safe word (issue 4): the couple's word and pause length, and each pause
-- with its deadline, extensions, reminders and per-partner marks.
-- Timestamps are ISO-8601 UTC text written by bot.storage.db.to_db.

ALTER TABLE couples ADD COLUMN safe_word TEXT;  -- display form; matching normalises it
ALTER TABLE couples ADD COLUMN pause_minutes INTEGER NOT NULL DEFAULT 20
    CHECK (pause_minutes IN (20, 25, 30));

-- One row per pause. A pause is *running* while no reminder went out for its current
-- deadline and it has not ended; an extension moves ends_at and clears reminder_sent_at.
CREATE TABLE pauses (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    couple_id          INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    by_safe_word       INTEGER NOT NULL DEFAULT 0,   -- started by the safe word, not /pauze
    started_at         TEXT NOT NULL,
    minutes            INTEGER NOT NULL,             -- the chosen length (20, 25 or 30)
    extensions         INTEGER NOT NULL DEFAULT 0 CHECK (extensions BETWEEN 0 AND 2),
    ends_at            TEXT NOT NULL,                -- the current deadline
    reminder_sent_at   TEXT,                         -- claimed by the reminder of this deadline
    both_ready_at      TEXT,                         -- both partners pressed "ready"
    finished_at        TEXT,                         -- "Gesprek afgerond": no follow-up
    superseded_at      TEXT,                         -- a newer pause of the couple started
    follow_up_sent_at  TEXT                          -- claimed by the 24-hour follow-up
);
CREATE INDEX pauses_couple ON pauses(couple_id, id);
-- At most one running pause per couple, whatever races.
CREATE UNIQUE INDEX pauses_one_running ON pauses(couple_id)
    WHERE reminder_sent_at IS NULL AND both_ready_at IS NULL AND finished_at IS NULL
      AND superseded_at IS NULL;
-- What the dispatcher tick asks: reminders due, follow-ups due.
CREATE INDEX pauses_reminder_due ON pauses(ends_at)
    WHERE reminder_sent_at IS NULL AND both_ready_at IS NULL AND finished_at IS NULL
      AND superseded_at IS NULL;
CREATE INDEX pauses_follow_up_due ON pauses(ends_at)
    WHERE follow_up_sent_at IS NULL AND finished_at IS NULL AND superseded_at IS NULL;

-- Each partner's marks within one pause: nudged once in the shared chat, ready to talk.
CREATE TABLE pause_partners (
    pause_id   INTEGER NOT NULL REFERENCES pauses(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    nudged_at  TEXT,
    ready_at   TEXT,
    PRIMARY KEY (pause_id, user_id)
);
CREATE INDEX pause_partners_user ON pause_partners(user_id);
