"""The e-mail of a package: a standard message (.eml) with the package's files, sent over SMTP.

The password is never a field of a settings object, an argument's default or part of a message:
it is handed to `send` alone, used for the login and dropped.
"""

from __future__ import annotations

import mimetypes
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr, formatdate, getaddresses, make_msgid, parseaddr
from pathlib import Path
from typing import Any

from xlkit.guard.files import atomic_path
from xlkit.text.lines import one_line
from xlkit.version import __version__

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
TIMEOUT = 30  # seconds a silent server is given (--timeout)
_ADDRESS = re.compile(r"^[^@\s<>(),;:\\\"\[\]]+@[^@\s<>(),;:\\\"\[\]]+\.[^@\s<>(),;:\\\"\[\]]+$")


class BadAddress(ValueError):
    """A recipient or sender that is not an e-mail address."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self.address = address


def checked_address(text: str) -> str:
    """TEXT (`a@b.vn` or `Nguyễn Văn A <a@b.vn>`) if it holds one valid address; raise
    BadAddress."""
    name, address = parseaddr(text)
    if not address or not _ADDRESS.match(address) or len(getaddresses([text])) != 1:
        raise BadAddress(text)
    return text.strip()


def bare(text: str) -> str:
    """The address alone, for the SMTP envelope: `Nguyễn Văn A <a@b.vn>` -> `a@b.vn`."""
    return parseaddr(text)[1]


def _header_address(text: str) -> str:
    """An address for a header, its display name (Vietnamese too) encoded the standard way."""
    name, address = parseaddr(text)
    if not name:
        return address
    user, _, domain = address.partition("@")
    return str(Address(display_name=name, username=user, domain=domain))


# why a message was not sent -> the catalogue line saying it (a closed table: a test says each)
SEND_REASONS = {
    "auth": "send.auth",
    "refused": "send.refused",
    "not-supported": "send.not-supported",
    "tls": "send.tls",
    "timeout": "send.timeout",
    "connect": "send.connect",
}


class SendFailed(Exception):
    """The message could not be sent; `reason` one of SEND_REASONS, `detail` what the server
    said."""

    def __init__(self, reason: str, detail: str = "", seconds: float = TIMEOUT) -> None:
        if reason not in SEND_REASONS:
            raise ValueError(reason)
        super().__init__(reason, detail)
        self.reason, self.detail, self.seconds = reason, detail, seconds

    @property
    def reason_key(self) -> str:
        return SEND_REASONS[self.reason]


class SettingsError(ValueError):
    """SMTP settings that cannot work; the argument is the catalogue line that says which."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    user: str | None
    security: str
    sender: str | None
    cafile: str | None = None
    timeout: float = TIMEOUT


def _pick(
    name: str, options: dict[str, Any], environ: dict[str, str], config: dict[str, Any]
) -> Any:
    """One setting: the command's option, else XLKIT_SMTP_<NAME>, else xlkit.toml's [smtp]
    <name>."""
    for value in (options.get(name), environ.get(f"XLKIT_SMTP_{name.upper()}"), config.get(name)):
        if value not in (None, ""):
            return value
    return None


def sender_of(
    options: dict[str, Any], environ: dict[str, str], config: dict[str, Any]
) -> str | None:
    """The From address: the one given, else the SMTP user when it is an address."""
    sender = _pick("from", options, environ, config)
    user = _pick("user", options, environ, config)
    sender = sender or (user if user and "@" in str(user) else None)
    return str(sender) if sender else None


def smtp_settings(
    options: dict[str, Any], environ: dict[str, str], config: dict[str, Any]
) -> SmtpSettings:
    """Settings from the command's options, else XLKIT_SMTP_* variables, else xlkit.toml's
    [smtp]."""

    def pick(name: str) -> Any:
        return _pick(name, options, environ, config)

    host = pick("host")
    if not host:
        raise SettingsError("err.smtp-host")
    security = str(pick("security") or "starttls").lower()
    if security not in SECURITY:
        raise SettingsError("err.smtp-security")
    try:
        port = int(pick("port") or DEFAULT_PORTS[security])
    except ValueError:
        raise SettingsError("err.smtp-port") from None
    user = pick("user")
    sender = sender_of(options, environ, config)
    if not sender:
        # a message with no From is dropped or flagged as spam
        raise SettingsError("err.smtp-from")
    timeout = float(options.get("timeout") or TIMEOUT)
    return SmtpSettings(
        str(host), port, str(user) if user else None, security, sender, pick("cafile"), timeout
    )


def build_message(
    *,
    subject: str,
    body: str,
    to: list[str],
    cc: list[str],
    sender: str | None,
    attachments: list[Path],
    domain: str = "xlkit.local",
) -> EmailMessage:
    """A standard message: UTF-8 text, each file attached under its own (Vietnamese) name."""
    message = EmailMessage()
    message["Subject"] = one_line(subject)  # from her workbook: never a second header
    if sender:
        message["From"] = _header_address(sender) if "<" in sender else formataddr(("", sender))
    message["To"] = ", ".join(_header_address(a) for a in to)
    if cc:
        message["Cc"] = ", ".join(_header_address(a) for a in cc)
    message["X-Mailer"] = f"xlkit {__version__}"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(
        domain=(bare(sender).rsplit("@", 1)[-1] if sender and "@" in sender else domain)
    )
    message.set_content(body, charset="utf-8")
    for path in attachments:
        kind, _ = mimetypes.guess_type(path.name)
        if path.suffix.lower() == ".xlsx":
            kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maintype, subtype = (kind or "application/octet-stream").split("/", 1)
        message.add_attachment(
            path.read_bytes(), maintype=maintype, subtype=subtype, filename=one_line(path.name)
        )
    return message


def write_eml(message: EmailMessage, path: Path) -> Path:
    """Write MESSAGE as an .eml that Thunderbird and Outlook open as a draft ready to send."""
    with atomic_path(path, role="eml") as temporary:
        temporary.write_bytes(b"X-Unsent: 1\n" + message.as_bytes())
    return path


def recipients_of(message: EmailMessage) -> list[str]:
    """The bare addresses of To and Cc, for the envelope (a display name never reaches it)."""
    return [
        address
        for _, address in getaddresses([str(message.get(field) or "") for field in ("To", "Cc")])
        if address
    ]


def send(message: EmailMessage, settings: SmtpSettings, password: str | None) -> str:
    """Send MESSAGE; return its Message-ID. Every failure becomes SendFailed with a short reason."""
    context = (
        ssl.create_default_context(cafile=settings.cafile)
        if settings.cafile
        else ssl.create_default_context()
    )
    recipients = recipients_of(message)
    try:
        if settings.security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context
            )
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with server:
            server.ehlo()
            if settings.security == "starttls":
                server.starttls(context=context)
                server.ehlo()
            if settings.user:
                _login(server, settings.user, password or "")
            server.send_message(
                message, from_addr=bare(settings.sender or settings.user or ""), to_addrs=recipients
            )
    except smtplib.SMTPAuthenticationError as exc:
        raise SendFailed("auth", _said(exc)) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise SendFailed("not-supported", " ".join(str(exc).split()).rstrip(".")) from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise SendFailed("refused", ", ".join(exc.recipients)) from None
    except smtplib.SMTPResponseException as exc:
        raise SendFailed("refused", _said(exc)) from None
    except ssl.SSLError as exc:
        raise SendFailed("tls", exc.reason or str(exc)) from None
    except TimeoutError:
        raise SendFailed(
            "timeout", f"{settings.host}:{settings.port}", seconds=settings.timeout
        ) from None
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" in str(exc):  # smtplib turns a read that timed out into a disconnection
            raise SendFailed(
                "timeout", f"{settings.host}:{settings.port}", seconds=settings.timeout
            ) from None
        raise SendFailed("connect", f"{settings.host}:{settings.port} ({exc})") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise SendFailed(
            "connect",
            f"{settings.host}:{settings.port} "
            f"({exc.strerror if isinstance(exc, OSError) and exc.strerror else exc})",
        ) from None
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
    text = (
        exc.smtp_error.decode("utf-8", "replace")
        if isinstance(exc.smtp_error, bytes)
        else str(exc.smtp_error)
    )
    return f"{exc.smtp_code} {' '.join(text.split())}"
