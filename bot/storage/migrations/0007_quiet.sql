-- Per user: Samen's private messages arrive without sound (Telegram's disable_notification).
ALTER TABLE users ADD COLUMN quiet INTEGER NOT NULL DEFAULT 0;
