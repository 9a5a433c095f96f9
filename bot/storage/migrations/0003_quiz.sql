-- Quizzes and reflection (issue 6): attempts with their progress and result, and the
-- free-text reflection answers. Everything belongs to one user and is private to them.
-- Timestamps are ISO-8601 UTC text written by bot.storage.db.to_db.

-- One round of one quiz. Open while finished_at and abandoned_at are both NULL; a user
-- has at most one open round (the partial unique index). The progress survives a restart.
CREATE TABLE quiz_attempts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    quiz_id       TEXT NOT NULL,                 -- content/quizzes/<id>.json
    answers       TEXT NOT NULL DEFAULT '{}',    -- JSON {question_id: answer}; never reflection text
    position      INTEGER NOT NULL DEFAULT 0,    -- index of the question on screen
    message_id    INTEGER,                       -- the message that shows that question
    started_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    finished_at   TEXT,
    abandoned_at  TEXT,                          -- replaced by a fresh start
    result        TEXT,                          -- JSON of bot.quiz.QuizResult once finished
    shared_at     TEXT                           -- the user sent the result to their partner
);
CREATE UNIQUE INDEX quiz_attempts_one_open ON quiz_attempts(user_id)
    WHERE finished_at IS NULL AND abandoned_at IS NULL;
CREATE INDEX quiz_attempts_history ON quiz_attempts(user_id, quiz_id, finished_at);

-- A written answer to a reflection question: seen by nobody else unless the user shares
-- this one answer. flagged = the text triggered the safety net (ask before sharing it).
CREATE TABLE reflection_answers (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    attempt_id   INTEGER NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    text         TEXT NOT NULL,
    flagged      INTEGER NOT NULL DEFAULT 0,
    written_at   TEXT NOT NULL,
    shared_at    TEXT,
    UNIQUE (attempt_id, question_id)
);
CREATE INDEX reflection_answers_user ON reflection_answers(user_id);
