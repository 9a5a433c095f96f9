"""Samen: a Telegram bot that coaches couples in Dutch."""
