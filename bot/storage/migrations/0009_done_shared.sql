-- Whether a client's "Gedaan" was pressed while they shared completion with their
-- coach: only those presses are counted, so switching sharing on later does not
-- reveal earlier presses. Presses made before this column existed keep the rule
-- they were shown under (counted while the client shares).
ALTER TABLE broadcast_recipients ADD COLUMN done_shared INTEGER NOT NULL DEFAULT 0;
UPDATE broadcast_recipients SET done_shared = 1
WHERE done_at IS NOT NULL
  AND EXISTS (
      SELECT 1 FROM broadcasts b
      JOIN coach_clients c ON c.coach_id = b.coach_id
      WHERE b.id = broadcast_recipients.broadcast_id
        AND c.client_id = broadcast_recipients.client_id
        AND c.share_completion = 1
  );
