"""A local fake of the Telegram Bot API for end-to-end tests of Samen."""

from .models import (
    ApiError,
    FakeGroup,
    FakeUser,
    MessageVersion,
    RejectedCall,
    SentMessage,
    UploadedFile,
)
from .server import FakeBotApi

__all__ = [
    "ApiError",
    "FakeBotApi",
    "FakeGroup",
    "FakeUser",
    "MessageVersion",
    "RejectedCall",
    "SentMessage",
    "UploadedFile",
]
