-- Check-ins: each couple's schedule, the daily and weekly check-ins, and the private answers.
-- Timestamps are ISO-8601 UTC text (bot.storage.db.to_db); local dates are YYYY-MM-DD.

-- One row per couple. next_*_at is the next due moment in UTC (NULL when switched off);
-- replan = 1 asks the dispatcher to compute them again (new couple, new time zone).
CREATE TABLE checkin_schedules (
    couple_id        INTEGER PRIMARY KEY REFERENCES couples(id) ON DELETE CASCADE,
    daily_on         INTEGER NOT NULL DEFAULT 1,
    daily_minute     INTEGER NOT NULL DEFAULT 1170 CHECK (daily_minute BETWEEN 0 AND 1439),
    daily_days       INTEGER NOT NULL DEFAULT 127 CHECK (daily_days BETWEEN 1 AND 127),
    weekly_on        INTEGER NOT NULL DEFAULT 1,
    weekly_day       INTEGER NOT NULL DEFAULT 6 CHECK (weekly_day BETWEEN 0 AND 6),
    weekly_minute    INTEGER NOT NULL DEFAULT 1200 CHECK (weekly_minute BETWEEN 0 AND 1439),
    next_daily_at    TEXT,
    next_weekly_at   TEXT,
    last_daily_day   TEXT,     -- local date of the last daily check-in opened
    last_weekly_day  TEXT,     -- local date of the last weekly check-in opened
    replan           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX checkin_schedules_daily ON checkin_schedules(next_daily_at)
    WHERE next_daily_at IS NOT NULL;
CREATE INDEX checkin_schedules_weekly ON checkin_schedules(next_weekly_at)
    WHERE next_weekly_at IS NOT NULL;
CREATE INDEX checkin_schedules_replan ON checkin_schedules(couple_id) WHERE replan = 1;

INSERT INTO checkin_schedules (couple_id) SELECT id FROM couples;

-- Every new couple gets a schedule with the defaults; a new time zone means new due moments.
CREATE TRIGGER checkin_schedule_for_new_couple AFTER INSERT ON couples
BEGIN
    INSERT OR IGNORE INTO checkin_schedules (couple_id) VALUES (NEW.id);
END;
CREATE TRIGGER checkin_schedule_follows_timezone AFTER UPDATE OF timezone ON couples
WHEN NEW.timezone IS NOT OLD.timezone
BEGIN
    UPDATE checkin_schedules SET replan = 1 WHERE couple_id = NEW.id;
END;

CREATE TABLE checkins (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    couple_id     INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,                  -- 'daily' | 'weekly'
    slot_at       TEXT NOT NULL,                  -- the scheduled moment it belongs to
    local_day     TEXT NOT NULL,                  -- the couple's calendar date of that moment
    opened_at     TEXT NOT NULL,
    late_minutes  INTEGER NOT NULL DEFAULT 0,
    status        TEXT NOT NULL DEFAULT 'open',
    snoozes       INTEGER NOT NULL DEFAULT 0,
    wake_at       TEXT,                           -- (re)send the opening message at this moment
    remind_at     TEXT,                           -- the one reminder; NULL once sent
    step          INTEGER NOT NULL DEFAULT 0,     -- weekly: 0 rules, 1-4 questions, 5 done
    started_at    TEXT,
    warn_at       TEXT,                           -- weekly: the 45-minute warning
    summary_at    TEXT,                           -- weekly: when the summary goes out
    revealed_at   TEXT,                           -- apart: when both saw the answers
    finished_at   TEXT,
    UNIQUE (couple_id, kind, slot_at)
);
CREATE INDEX checkins_couple ON checkins(couple_id, kind, id);
CREATE INDEX checkins_wake ON checkins(wake_at) WHERE wake_at IS NOT NULL;
CREATE INDEX checkins_remind ON checkins(remind_at) WHERE remind_at IS NOT NULL;
CREATE INDEX checkins_warn ON checkins(warn_at) WHERE warn_at IS NOT NULL;
CREATE INDEX checkins_summary ON checkins(summary_at) WHERE summary_at IS NOT NULL;

-- Messages that carry a check-in's buttons, so they can be taken away afterwards.
CREATE TABLE checkin_messages (
    checkin_id  INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (checkin_id, chat_id, message_id)
);

-- One partner's private part of a check-in: score, a line to remember (daily) or the
-- commitment for next week (weekly).
CREATE TABLE checkin_entries (
    checkin_id        INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    user_id           INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    score             INTEGER CHECK (score BETWEEN 1 AND 5),
    scored_at         TEXT,
    note              TEXT,
    note_flagged      INTEGER NOT NULL DEFAULT 0,
    noted_at          TEXT,
    shared_at         TEXT,                      -- apart: shared before the partner answered
    done_at           TEXT,                      -- finished the private part
    commit_remind_at  TEXT,                      -- weekly: the midweek reminder; NULL once sent
    PRIMARY KEY (checkin_id, user_id)
);
CREATE INDEX checkin_entries_user ON checkin_entries(user_id);
CREATE INDEX checkin_entries_remind ON checkin_entries(commit_remind_at)
    WHERE commit_remind_at IS NOT NULL;

-- Apart: the answers to the three questions. flagged = the safety net fired on it;
-- share_ok: NULL not asked, 1 the writer agreed to share it, 0 keep it private.
CREATE TABLE checkin_replies (
    checkin_id   INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    question     INTEGER NOT NULL CHECK (question BETWEEN 1 AND 3),
    text         TEXT NOT NULL,
    flagged      INTEGER NOT NULL DEFAULT 0,
    share_ok     INTEGER,
    answered_at  TEXT NOT NULL,
    PRIMARY KEY (checkin_id, user_id, question)
);
