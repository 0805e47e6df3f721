"""The e-mail of a package: a standard message (.eml) with the package's files, sent over SMTP.

The password is never a field of a settings object, an argument's default or part of a message:
it is handed to `send` alone, used for the login and dropped.
"""

from __future__ import annotations

import mimetypes
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import Any

from xlkit.files import atomic_path

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
TIMEOUT = 60


class SendFailed(Exception):
    """The message could not be sent; `reason` is a catalogue key, `detail` what the server said."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason, self.detail = reason, detail


class SettingsError(ValueError):
    """SMTP settings that cannot work (a missing host, an unknown security, a bad port)."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    user: str | None
    security: str
    sender: str | None
    cafile: str | None = None
    timeout: float = TIMEOUT


def _pick(name: str, options: dict[str, Any], environ: dict[str, str], config: dict[str, Any]) -> Any:
    """One setting: the command's option, else XLKIT_SMTP_<NAME>, else xlkit.toml's [smtp] <name>."""
    for value in (options.get(name), environ.get(f"XLKIT_SMTP_{name.upper()}"), config.get(name)):
        if value not in (None, ""):
            return value
    return None


def sender_of(options: dict[str, Any], environ: dict[str, str], config: dict[str, Any]) -> str | None:
    """The From address: the one given, else the SMTP user when it is an address."""
    sender = _pick("from", options, environ, config)
    user = _pick("user", options, environ, config)
    sender = sender or (user if user and "@" in str(user) else None)
    return str(sender) if sender else None


def smtp_settings(options: dict[str, Any], environ: dict[str, str], config: dict[str, Any]) -> SmtpSettings:
    """Settings from the command's options, else XLKIT_SMTP_* variables, else xlkit.toml's [smtp]."""

    def pick(name: str) -> Any:
        return _pick(name, options, environ, config)

    host = pick("host")
    if not host:
        raise SettingsError("host")
    security = str(pick("security") or "starttls").lower()
    if security not in SECURITY:
        raise SettingsError("security")
    try:
        port = int(pick("port") or DEFAULT_PORTS[security])
    except ValueError:
        raise SettingsError("port") from None
    user = pick("user")
    return SmtpSettings(str(host), port, str(user) if user else None, security, sender_of(options, environ, config), pick("cafile"))


def build_message(
    *, subject: str, body: str, to: list[str], cc: list[str], sender: str | None, attachments: list[Path], domain: str = "xlkit.local"
) -> EmailMessage:
    """A standard message: UTF-8 text, each file attached under its own (Vietnamese) name."""
    message = EmailMessage()
    message["Subject"] = subject
    if sender:
        message["From"] = sender if "<" in sender else formataddr(("", sender))
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=(sender.rsplit("@", 1)[-1].strip(">") if sender and "@" in sender else domain))
    message.set_content(body, charset="utf-8")
    for path in attachments:
        kind, _ = mimetypes.guess_type(path.name)
        if path.suffix.lower() == ".xlsx":
            kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maintype, subtype = (kind or "application/octet-stream").split("/", 1)
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return message


def write_eml(message: EmailMessage, path: Path) -> Path:
    """Write MESSAGE as an .eml that Thunderbird and Outlook open as a draft ready to send."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(b"X-Unsent: 1\n" + message.as_bytes())
    return path


def send(message: EmailMessage, settings: SmtpSettings, password: str | None) -> str:
    """Send MESSAGE; return its Message-ID. Every failure becomes SendFailed with a short reason."""
    context = ssl.create_default_context(cafile=settings.cafile) if settings.cafile else ssl.create_default_context()
    recipients = [a.strip() for field in ("To", "Cc") for a in (message.get(field) or "").split(",") if a.strip()]
    try:
        if settings.security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with server:
            server.ehlo()
            if settings.security == "starttls":
                server.starttls(context=context)
                server.ehlo()
            if settings.user:
                _login(server, settings.user, password or "")
            server.send_message(message, from_addr=settings.sender or settings.user or None, to_addrs=recipients)
    except smtplib.SMTPAuthenticationError as exc:
        raise SendFailed("auth", _said(exc)) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise SendFailed("not-supported", str(exc)) from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise SendFailed("refused", ", ".join(exc.recipients)) from None
    except smtplib.SMTPResponseException as exc:
        raise SendFailed("refused", _said(exc)) from None
    except ssl.SSLError as exc:
        raise SendFailed("tls", exc.reason or str(exc)) from None
    except TimeoutError:
        raise SendFailed("timeout", f"{settings.host}:{settings.port}") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise SendFailed("connect", f"{settings.host}:{settings.port} ({exc.strerror if isinstance(exc, OSError) and exc.strerror else exc})") from None
    return str(message["Message-ID"])


def _login(server: smtplib.SMTP, user: str, password: str) -> None:
    """Log in once with the best plain mechanism; a rejected password is not retried another way."""
    if not server.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("AUTH")
    advertised = server.esmtp_features["auth"].upper().split()
    for mechanism, method in (("PLAIN", server.auth_plain), ("LOGIN", server.auth_login)):
        if mechanism in advertised:
            server.user, server.password = user, password
            try:
                server.auth(mechanism, method)
            finally:
                server.password = ""
            return
    raise smtplib.SMTPNotSupportedError("AUTH PLAIN/LOGIN")


def _said(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(text.split())}"
