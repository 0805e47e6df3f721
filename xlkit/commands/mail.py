"""`mail`: the package sent to the superior committee (or a draft .eml written beside it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlkit.guard.files import guard_file
from xlkit.vocab.periods import Period

if TYPE_CHECKING:
    from xlkit.deliver.package import Package

from xlkit.commands.pack import pack
from xlkit.commands.shared import (
    HasErrors,
    Notice,
    Prepared,
    Problem,
    config_table,
    guarded,
    prepare,
)


@dataclass
class MailResult:
    eml: Path
    message_id: str | None  # None when only the .eml was written
    recipients: list[str]
    notices: list[Notice]


def mail(
    period: Period,
    workbook: Path | None = None,
    *,
    to: Sequence[str],
    cc: Sequence[str] = (),
    eml: Path | None = None,
    send: bool = False,
    smtp: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
    force: bool = False,
    password: Callable[[str], str | None] | None = None,
    sending: Callable[[str], AbstractContextManager[Any]] | None = None,
    today: date | None = None,
    cwd: Path | None = None,
) -> MailResult:
    """Write the message of PERIOD's package (.eml) and, with SEND, send it over SMTP.

    SMTP holds the command's options (host, port, user, security, from, timeout); ENVIRON and
    xlkit.toml fill the rest. PASSWORD asks for the password when the environment has none;
    SENDING(host) is a context manager shown while the server is talked to.
    """
    import contextlib
    import os

    from xlkit.deliver import mail as mailer
    from xlkit.deliver.package import default_folder
    from xlkit.documents.mail import mail_text

    today = today or date.today()
    environ = dict(os.environ if environ is None else environ)
    options = dict(smtp or {})
    for address in [*to, *cc, *([options["from"]] if options.get("from") else [])]:
        try:
            mailer.checked_address(address)
        except mailer.BadAddress as exc:
            raise Problem("err.bad-address", address=exc.address) from None
    config = config_table("smtp") or {}
    settings = None
    if send:
        try:
            settings = mailer.smtp_settings(options, environ, config)
        except mailer.SettingsError as exc:
            raise Problem(str(exc)) from None
    prepared = prepare(period, workbook, cwd=cwd, today=today, document=True)
    package = _current_package(prepared, force=force, today=today)
    files = [package.folder / f.name for f in package.files] + [package.folder / "manifest.json"]
    subject, body = mail_text(
        prepared.book, period, [f.name for f in files], computed=prepared.computed
    )
    origin = mailer.sender_of(options, environ, config)
    message = mailer.build_message(
        subject=subject, body=body, to=list(to), cc=list(cc), sender=origin, attachments=files
    )
    target = eml or default_folder(period) / "thu.eml"
    # the .eml is a draft xlkit rewrites each time; never an input, a file of the package, or
    # the user's
    guarded(
        lambda: guard_file(
            target, inputs=(prepared.path,), package=files, roles=("eml",), force=True
        )
    )
    guarded(lambda: mailer.write_eml(message, target), target)
    recipients = [*to, *cc]
    if settings is None:
        return MailResult(target, None, recipients, prepared.notices)
    secret = environ.get("XLKIT_SMTP_PASSWORD")
    if settings.user and secret is None:
        secret = password(settings.user) if password else None
        if secret is None:
            raise Problem("err.smtp-password", eml=target)
    showing = sending(settings.host) if sending else contextlib.nullcontext()
    try:
        with showing:
            message_id = mailer.send(message, settings, secret)
    except mailer.SendFailed as exc:
        raise Problem(
            "err.send-failed",
            why_say=exc.reason_key,
            detail=exc.detail,
            eml=target,
            seconds=f"{exc.seconds:g}",
        ) from None
    finally:
        secret = None
    return MailResult(target, message_id, recipients, prepared.notices)


def _current_package(prepared: Prepared, *, force: bool, today: date) -> Package:
    """The package of the period in out/<period>/ when it holds this very workbook, else a fresh
    one."""
    from xlkit.deliver.package import default_folder, load_package, sha256_of, verify

    folder = default_folder(prepared.period)
    package = load_package(folder)
    if package is not None and package.workbook == prepared.path.name and not verify(folder):
        packed = next(f for f in package.files if f.role == "workbook")
        if packed.sha256 == sha256_of(prepared.path) and (force or not package.forced):
            return package
    if prepared.report.errors and not force:
        raise HasErrors(prepared.report)
    # a stale package of ours is replaced; a folder xlkit did not make is still refused by
    # the guard
    return pack(prepared.period, force=True, today=today, prepared=prepared).package
