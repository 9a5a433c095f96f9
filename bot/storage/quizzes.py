"""Quiz rounds and reflection answers: progress, results and history, per user.

A round (``quiz_attempts``) is open until it is finished or replaced by a fresh
start; a user has at most one open round. Progress writes are conditional on
the position the handler saw, so a button pressed twice changes nothing the
second time. Reflection answers live in their own table with a ``flagged``
mark (the text triggered the safety net) and a ``shared_at`` stamp per answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.quiz import Answer, QuizResult
from bot.storage import export
from bot.storage.db import Database, Row, from_db, to_db


@dataclass(frozen=True)
class Attempt:
    """One round of one quiz by one user."""

    id: int
    user_id: int
    quiz_id: str
    answers: dict[str, Answer]
    position: int
    message_id: int | None
    started_at: datetime
    finished_at: datetime | None
    abandoned_at: datetime | None
    result: QuizResult | None
    shared_at: datetime | None

    @property
    def is_open(self) -> bool:
        """Whether the round can still be answered."""
        return self.finished_at is None and self.abandoned_at is None


@dataclass(frozen=True)
class Reflection:
    """A written answer to one reflection question."""

    id: int
    attempt_id: int
    user_id: int
    question_id: str
    text: str
    flagged: bool
    written_at: datetime
    shared_at: datetime | None


def _stamp(value: str) -> datetime:
    moment = from_db(value)
    assert moment is not None
    return moment


def _attempt(row: Row) -> Attempt:
    answers = json.loads(row["answers"] or "{}")
    result = QuizResult.from_dict(json.loads(row["result"])) if row["result"] else None
    return Attempt(
        id=row["id"],
        user_id=row["user_id"],
        quiz_id=row["quiz_id"],
        answers=answers if isinstance(answers, dict) else {},
        position=row["position"],
        message_id=row["message_id"],
        started_at=_stamp(row["started_at"]),
        finished_at=from_db(row["finished_at"]),
        abandoned_at=from_db(row["abandoned_at"]),
        result=result,
        shared_at=from_db(row["shared_at"]),
    )


def _reflection(row: Row) -> Reflection:
    return Reflection(
        id=row["id"],
        attempt_id=row["attempt_id"],
        user_id=row["user_id"],
        question_id=row["question_id"],
        text=row["text"],
        flagged=bool(row["flagged"]),
        written_at=_stamp(row["written_at"]),
        shared_at=from_db(row["shared_at"]),
    )


def _json(answers: Mapping[str, Answer]) -> str:
    return json.dumps(dict(answers), ensure_ascii=False, sort_keys=True)


_OPEN = "finished_at IS NULL AND abandoned_at IS NULL"


async def get(db: Database, attempt_id: int) -> Attempt | None:
    """The round with this id, or ``None``."""
    row = await db.fetchone("SELECT * FROM quiz_attempts WHERE id = ?", (attempt_id,))
    return None if row is None else _attempt(row)


async def open_attempt(db: Database, user_id: int) -> Attempt | None:
    """The user's unfinished round, if any."""
    row = await db.fetchone(
        f"SELECT * FROM quiz_attempts WHERE user_id = ? AND {_OPEN}", (user_id,)
    )
    return None if row is None else _attempt(row)


async def start(db: Database, user_id: int, quiz_id: str, now: datetime) -> Attempt:
    """Begin a fresh round; an unfinished round of this user is ended in the same step."""
    stamp = to_db(now)
    async with db.transaction() as conn:
        await conn.execute(
            f"UPDATE quiz_attempts SET abandoned_at = ?, updated_at = ? WHERE user_id = ? AND {_OPEN}",
            (stamp, stamp, user_id),
        )
        cursor = await conn.execute(
            "INSERT INTO quiz_attempts (user_id, quiz_id, started_at, updated_at)"
            " VALUES (?, ?, ?, ?)",
            (user_id, quiz_id, stamp, stamp),
        )
        attempt_id = int(cursor.lastrowid or 0)
        await cursor.close()
    attempt = await get(db, attempt_id)
    assert attempt is not None
    return attempt


async def save_progress(
    db: Database,
    attempt_id: int,
    seen_position: int,
    answers: Mapping[str, Answer],
    position: int,
    now: datetime,
) -> bool:
    """Store answers and move to ``position``, only if the round is open at ``seen_position``."""
    changed = await db.execute(
        "UPDATE quiz_attempts SET answers = ?, position = ?, updated_at = ?"
        f" WHERE id = ? AND position = ? AND {_OPEN}",
        (_json(answers), position, to_db(now), attempt_id, seen_position),
    )
    return changed == 1


async def set_message(db: Database, attempt_id: int, message_id: int | None) -> None:
    """Remember which message shows the current question."""
    await db.execute(
        "UPDATE quiz_attempts SET message_id = ? WHERE id = ?", (message_id, attempt_id)
    )


async def finish(
    db: Database,
    attempt_id: int,
    seen_position: int,
    answers: Mapping[str, Answer],
    result: QuizResult,
    now: datetime,
) -> bool:
    """Close the round with its result, only if it is still open at ``seen_position``."""
    stamp = to_db(now)
    changed = await db.execute(
        "UPDATE quiz_attempts SET answers = ?, position = position + 1, result = ?,"
        f" finished_at = ?, updated_at = ? WHERE id = ? AND position = ? AND {_OPEN}",
        (
            _json(answers),
            json.dumps(result.to_dict(), sort_keys=True),
            stamp,
            stamp,
            attempt_id,
            seen_position,
        ),
    )
    return changed == 1


async def abandon(db: Database, attempt_id: int, now: datetime) -> bool:
    """End an unfinished round without a result; ``False`` if it was not open."""
    stamp = to_db(now)
    changed = await db.execute(
        f"UPDATE quiz_attempts SET abandoned_at = ?, updated_at = ? WHERE id = ? AND {_OPEN}",
        (stamp, stamp, attempt_id),
    )
    return changed == 1


async def previous_result(db: Database, attempt: Attempt) -> QuizResult | None:
    """The result of the user's last finished round of the same quiz before ``attempt``."""
    # Only one round is open at a time, so ids give the order in which rounds finished.
    row = await db.fetchone(
        "SELECT result FROM quiz_attempts WHERE user_id = ? AND quiz_id = ? AND id < ?"
        " AND finished_at IS NOT NULL AND result IS NOT NULL ORDER BY id DESC LIMIT 1",
        (attempt.user_id, attempt.quiz_id, attempt.id),
    )
    return None if row is None else QuizResult.from_dict(json.loads(row["result"]))


async def latest_results(db: Database, user_id: int) -> dict[str, QuizResult]:
    """The most recent result per quiz id for this user."""
    rows = await db.fetchall(
        "SELECT quiz_id, result FROM quiz_attempts WHERE user_id = ?"
        " AND finished_at IS NOT NULL AND result IS NOT NULL ORDER BY id",
        (user_id,),
    )
    return {row["quiz_id"]: QuizResult.from_dict(json.loads(row["result"])) for row in rows}


async def claim_share(db: Database, attempt_id: int, now: datetime) -> bool:
    """Mark a finished round's result as shared; ``True`` only the first time."""
    changed = await db.execute(
        "UPDATE quiz_attempts SET shared_at = ? WHERE id = ? AND shared_at IS NULL"
        " AND finished_at IS NOT NULL",
        (to_db(now), attempt_id),
    )
    return changed == 1


async def release_share(db: Database, attempt_id: int) -> None:
    """Undo :func:`claim_share` when the result could not be delivered."""
    await db.execute("UPDATE quiz_attempts SET shared_at = NULL WHERE id = ?", (attempt_id,))


# --- reflection answers ---------------------------------------------------------------------


async def save_reflection(
    db: Database,
    attempt_id: int,
    user_id: int,
    question_id: str,
    text: str,
    flagged: bool,
    now: datetime,
) -> None:
    """Store (or replace) the written answer to one question of a round."""
    await db.execute(
        "INSERT INTO reflection_answers"
        " (attempt_id, user_id, question_id, text, flagged, written_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(attempt_id, question_id) DO UPDATE SET text = excluded.text,"
        " flagged = excluded.flagged, written_at = excluded.written_at, shared_at = NULL",
        (attempt_id, user_id, question_id, text, int(flagged), to_db(now)),
    )


async def reflections(db: Database, attempt_id: int) -> list[Reflection]:
    """The written answers of one round, oldest first."""
    rows = await db.fetchall(
        "SELECT * FROM reflection_answers WHERE attempt_id = ? ORDER BY id", (attempt_id,)
    )
    return [_reflection(row) for row in rows]


async def written(db: Database, attempt_id: int) -> set[str]:
    """The question ids of a round that have a written answer."""
    rows = await db.fetchall(
        "SELECT question_id FROM reflection_answers WHERE attempt_id = ?", (attempt_id,)
    )
    return {row["question_id"] for row in rows}


async def reflection(db: Database, answer_id: int) -> Reflection | None:
    """One written answer, or ``None``."""
    row = await db.fetchone("SELECT * FROM reflection_answers WHERE id = ?", (answer_id,))
    return None if row is None else _reflection(row)


async def claim_reflection_share(db: Database, answer_id: int, now: datetime) -> bool:
    """Mark one written answer as shared; ``True`` only the first time."""
    changed = await db.execute(
        "UPDATE reflection_answers SET shared_at = ? WHERE id = ? AND shared_at IS NULL",
        (to_db(now), answer_id),
    )
    return changed == 1


async def release_reflection_share(db: Database, answer_id: int) -> None:
    """Undo :func:`claim_reflection_share` when the answer could not be delivered."""
    await db.execute("UPDATE reflection_answers SET shared_at = NULL WHERE id = ?", (answer_id,))


# --- export ---------------------------------------------------------------------------------


async def _export(db: Database, user_id: int) -> Any:
    attempts = await db.fetchall(
        "SELECT id, quiz_id, answers, position, started_at, finished_at, abandoned_at, result,"
        " shared_at FROM quiz_attempts WHERE user_id = ? ORDER BY id",
        (user_id,),
    )
    written = await db.fetchall(
        "SELECT r.attempt_id, a.quiz_id, r.question_id, r.text, r.flagged, r.written_at,"
        " r.shared_at FROM reflection_answers r JOIN quiz_attempts a ON a.id = r.attempt_id"
        " WHERE r.user_id = ? ORDER BY r.id",
        (user_id,),
    )
    rounds = []
    for row in attempts:
        item = dict(row)
        item["answers"] = json.loads(row["answers"] or "{}")
        item["result"] = json.loads(row["result"]) if row["result"] else None
        rounds.append(item)
    answers = export.rows_as_dicts(written)
    for item in answers:
        item["flagged"] = bool(item["flagged"])
    return {"rounds": rounds, "reflection_answers": answers}


export.register("quizzes", _export)
