-- Coaches, their consenting clients, and broadcasts with per-recipient delivery state.
-- Timestamps are ISO-8601 UTC text written by bot.storage.db.to_db.

-- One-time coach links made on the command line (python -m bot coach-link).
-- Only the SHA-256 of the code is stored; a link works once and expires.
CREATE TABLE coach_links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    code_hash   TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    used_by     INTEGER REFERENCES users(id) ON DELETE SET NULL
);

-- A coach is a consented user. source: 'link' (made by a coach link) or 'config'
-- (listed in COACH_IDS; counts only while the id is still listed).
-- invite_code is the client invite code. Unlike one-time codes it is kept as is:
-- the coach shares it with many clients and must be able to see the link again;
-- making a new one retires the old link.
CREATE TABLE coaches (
    user_id      INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    source       TEXT NOT NULL,
    invite_code  TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL
);

-- A client has at most one coach at a time (the primary key). Leaving deletes the row.
CREATE TABLE coach_clients (
    client_id         INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    coach_id          INTEGER NOT NULL REFERENCES coaches(user_id) ON DELETE CASCADE,
    share_completion  INTEGER NOT NULL DEFAULT 0,  -- 1: the coach may count "Gedaan"
    joined_at         TEXT NOT NULL
);
CREATE INDEX coach_clients_coach ON coach_clients(coach_id, joined_at);

-- A broadcast is a draft while the coach composes it; confirming freezes the text
-- and creates one broadcast_recipients row per client before anything is sent.
-- state: draft | cancelled | sending | done.
CREATE TABLE broadcasts (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    coach_id             INTEGER NOT NULL REFERENCES coaches(user_id) ON DELETE CASCADE,
    state                TEXT NOT NULL DEFAULT 'draft',
    revision             INTEGER NOT NULL DEFAULT 0,   -- bumped on every change: old previews go stale
    exercise_id          TEXT,
    body                 TEXT,                          -- the coach's own message (HTML)
    flagged              INTEGER NOT NULL DEFAULT 0,    -- the safety net fired on body
    share_confirmed      INTEGER NOT NULL DEFAULT 0,    -- the coach said yes to sending it anyway
    audience             TEXT,                          -- 'all' | 'some'
    text                 TEXT,                          -- the message as sent, frozen at confirmation
    progress_chat_id     INTEGER,
    progress_message_id  INTEGER,
    created_at           TEXT NOT NULL,
    confirmed_at         TEXT,
    finished_at          TEXT
);
CREATE INDEX broadcasts_state ON broadcasts(state);
CREATE INDEX broadcasts_coach ON broadcasts(coach_id, id);

-- The clients ticked in a draft whose audience is 'some'.
CREATE TABLE broadcast_selection (
    broadcast_id  INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (broadcast_id, client_id)
);

-- One row per recipient. state: pending → sending → sent | blocked | failed;
-- skipped (left the coach before their turn); unknown (the process died between
-- claiming the row and recording the answer: never re-sent, see bot/broadcast.py).
CREATE TABLE broadcast_recipients (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    broadcast_id  INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    state         TEXT NOT NULL DEFAULT 'pending',
    attempted_at  TEXT,
    message_id    INTEGER,
    done_at       TEXT,                                  -- the client pressed "Gedaan"
    UNIQUE (broadcast_id, client_id)
);
CREATE INDEX broadcast_recipients_todo ON broadcast_recipients(broadcast_id, state, id);
CREATE INDEX broadcast_recipients_client ON broadcast_recipients(client_id);
