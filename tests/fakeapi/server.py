"""A local fake of the Telegram Bot API over HTTP (aiohttp), for end-to-end tests.

Requests arrive at /bot<token>/<method> like at api.telegram.org; files are served at
/file/bot<token>/<path>. World building, fault injection and update pushing live on the same
object (see UpdatePushes and ApiState); the recorded bot output is in `sent`, `requests`, ...
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from types import TracebackType
from typing import Any

from aiohttp import web

from .methods import BotMethods
from .models import ApiError, JsonDict, RejectedCall, UploadedFile, bad_request
from .params import Params
from .pushes import UpdatePushes
from .state import DEFAULT_ALLOWED_UPDATES, ClockLike

_LOGGER = logging.getLogger(__name__)
_CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
_CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
    "delete the webhook first"
)


class FakeBotApi(BotMethods, UpdatePushes):
    """The fake Bot API server: start(), point PTB at base_url, push updates, inspect `sent`."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        bot_id: int = 123456,
        bot_username: str = "SamenTestBot",
        can_read_all_group_messages: bool = False,
        *,
        bot_first_name: str = "Samen",
        clock: ClockLike | None = None,
    ) -> None:
        super().__init__(
            token, bot_id, bot_username, can_read_all_group_messages, bot_first_name, clock
        )
        self._methods = self.method_table()
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._closing = False
        self._poll_generation = 0

    # ----------------------------------------------------------------- life cycle

    async def start(self) -> None:
        """Bind to 127.0.0.1 on a free port and serve."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(runner.addresses[0][1])
        self._runner = runner
        self._closing = False

    async def stop(self) -> None:
        """Release long polls and shut the server down."""
        self._closing = True
        self._notify_updates()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        """The bound TCP port."""
        if self._port is None:
            raise RuntimeError("FakeBotApi is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """Bot API base URL without the token (PTB appends it)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """File download base URL without the token (PTB appends it)."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ----------------------------------------------------------------- HTTP

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _reply(ApiError(401, "Unauthorized").to_json(), 401)
        method = request.match_info["method"]
        try:
            params = await _read_params(request)
        except ApiError as error:
            return _reply(error.to_json(), error.error_code)
        self.requests.append((method, params.log_view()))
        handler = self._methods.get(method.lower())
        try:
            if method.lower() == "getupdates":
                result: Any = await self._get_updates(params, lambda: _connected(request))
            elif handler is None:
                raise ApiError(404, "Not Found: method not found")
            else:
                result = handler(params)
        except ApiError as error:
            self.rejections.append(
                RejectedCall(method, params.log_view(), error.error_code, error.description)
            )
            _LOGGER.debug("fake api rejected %s: %s", method, error.description)
            return _reply(error.to_json(), error.error_code)
        return _reply({"ok": True, "result": result}, 200)

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401, text="Unauthorized")
        stored = self.file_by_path(request.match_info["path"])
        if stored is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=stored.content, content_type="application/octet-stream")

    # ----------------------------------------------------------------- getUpdates

    async def _get_updates(self, p: Params, connected: Callable[[], bool]) -> list[JsonDict]:
        if self.webhook_url:
            raise ApiError(409, _CONFLICT_WEBHOOK)
        offset = p.opt_int("offset")
        limit = min(max(p.opt_int("limit") or 100, 1), 100)
        timeout = max(p.opt_float("timeout") or 0.0, 0.0)
        allowed = p.obj("allowed_updates")
        if isinstance(allowed, list):
            self.allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
        if offset is not None:
            self._confirm(offset)
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify_updates()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            event = self._updates_event
            ready = self._deliverable(limit)
            if ready or self._closing:
                return ready
            if generation != self._poll_generation:
                if not connected():
                    return []  # the client gave up on this poll; nobody sees the conflict
                raise ApiError(409, _CONFLICT_POLL)
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                return self._deliverable(limit)

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            self._pending = self._pending[offset:]
        else:
            self._pending = [item for item in self._pending if item[0] >= offset]

    def _deliverable(self, limit: int) -> list[JsonDict]:
        self._pending = [item for item in self._pending if item[1] in self.allowed_updates]
        return [{"update_id": uid, kind: payload} for uid, kind, payload in self._pending[:limit]]


def _connected(request: web.Request) -> bool:
    transport = request.transport
    return transport is not None and not transport.is_closing()


def _reply(body: JsonDict, status: int) -> web.Response:
    return web.json_response(body, status=status, dumps=lambda obj: json.dumps(obj))


async def _read_params(request: web.Request) -> Params:
    values: JsonDict = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        raw = await request.read()
        if raw:
            try:
                body = json.loads(raw)
            except json.JSONDecodeError:
                raise bad_request("can't parse JSON") from None
            if not isinstance(body, dict):
                raise bad_request("can't parse JSON")
            values.update(body)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                content_type = value.content_type or None
                files[key] = UploadedFile(value.filename, value.file.read(), content_type)
            else:
                values[key] = value
    return Params(values, files)
