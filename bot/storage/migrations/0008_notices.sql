-- One-off messages that must reach someone even if the bot restarts before they
-- are sent (e.g. the clients of a coach who used /vergeetmij). The dispatcher
-- sends them, oldest first, and deletes each row as it claims it; the name is
-- kept only until then.
CREATE TABLE notices (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    name       TEXT    NOT NULL DEFAULT '',
    attempts   INTEGER NOT NULL DEFAULT 0,                -- failed sends so far
    created_at TEXT    NOT NULL
);
