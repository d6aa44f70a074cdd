"""A real SMTP server on loopback, for the tests of the e-mails Loa sends."""

import contextlib
import email
import socket
from email import policy

from aiosmtpd.controller import Controller


class Inbox:
    def __init__(self):
        self.messages = []  # aiosmtpd envelopes, in the order they arrived

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(envelope)
        return "250 OK"

    def parsed(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(m.content, policy=policy.default) for m in self.messages]

    def bodies(self) -> list[str]:
        """The text of each message, with the line ends Python writes (SMTP sends CRLF)."""
        return [m.get_content().replace("\r\n", "\n") for m in self.parsed()]


@contextlib.contextmanager
def loopback_smtp(settings):
    """Point Django's mailer at a fresh server on a free loopback port; yield its Inbox."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port},
        }
    }
    try:
        yield inbox
    finally:
        controller.stop()
