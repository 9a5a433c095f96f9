-- Core: users, couples, invites, linked groups, update de-duplication.
-- Timestamps are ISO-8601 UTC text written by bot.storage.db.to_db.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,          -- Telegram user id
    first_name    TEXT NOT NULL,
    username      TEXT,
    locale        TEXT NOT NULL DEFAULT 'nl',
    consented_at  TEXT NOT NULL,                -- a row exists only after consent
    reachable     INTEGER NOT NULL DEFAULT 1,   -- 0 once Telegram answered 403
    created_at    TEXT NOT NULL
);

CREATE TABLE couples (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    group_chat_id  INTEGER UNIQUE,              -- the linked shared chat, if any
    timezone       TEXT NOT NULL,
    created_at     TEXT NOT NULL
);

-- The primary key on user_id is what keeps a person in at most one couple.
CREATE TABLE couple_members (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    couple_id  INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    joined_at  TEXT NOT NULL
);
CREATE INDEX couple_members_couple ON couple_members(couple_id);

CREATE TABLE invites (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,                  -- 'partner' | 'group' | later kinds
    code_hash   TEXT NOT NULL UNIQUE,           -- sha256 of the code; the code itself is never stored
    inviter_id  INTEGER REFERENCES users(id) ON DELETE CASCADE,
    couple_id   INTEGER REFERENCES couples(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    used_by     INTEGER
);
CREATE INDEX invites_inviter ON invites(inviter_id);

-- People other than the two partners seen in a linked group: each is warned about once.
CREATE TABLE group_outsiders (
    couple_id  INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    warned_at  TEXT NOT NULL,
    PRIMARY KEY (couple_id, user_id)
);

-- Updates already handled, so a redelivered update is not answered twice.
CREATE TABLE processed_updates (
    update_id     INTEGER PRIMARY KEY,
    processed_at  TEXT NOT NULL
);

-- What a user is in the middle of typing (a quiz answer, a draft, ...), so free
-- text goes to the right flow, also after a restart.
CREATE TABLE pending_input (
    user_id  INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    ref      TEXT NOT NULL DEFAULT '',
    since    TEXT NOT NULL
);
