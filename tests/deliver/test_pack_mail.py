"""The package and the e-mail: bytes kept, hashes right, and a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import json
import socket
import ssl
from email import policy
from pathlib import Path

import openpyxl
import pytest
from clirun import run
from conftest import EXAMPLE, INFO, MEMBERS, fill

from xlkit.workbooks.template import write_workbook


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder with the example workbook under a Vietnamese name."""
    (tmp_path / "workbooks").mkdir()
    (tmp_path / "workbooks" / "sổ chi bộ 2023.xlsx").write_bytes(EXAMPLE.read_bytes())
    return tmp_path


def test_pack_keeps_the_workbook_bytes_and_hashes(folder: Path) -> None:
    result = run("pack", "2023-H1", cwd=folder)
    assert result.returncode == 0, result.stderr
    package = folder / "out" / "2023-H1"
    assert (package / "sổ chi bộ 2023.xlsx").read_bytes() == EXAMPLE.read_bytes()
    manifest = json.loads((package / "manifest.json").read_text())
    assert manifest["period"] == "2023-H1" and manifest["forced"] is False
    names = {f["name"] for f in manifest["files"]}
    assert {"sổ chi bộ 2023.xlsx", "bao-cao-2023-H1.docx", "chi-so-2023-H1.xlsx"} <= names
    for entry in manifest["files"]:
        assert (
            sha(package / entry["name"]) == entry["sha256"]
            and (package / entry["name"]).stat().st_size == entry["bytes"]
        )
    sums = (package / "SHA256SUMS").read_text().splitlines()
    assert f"{sha(package / 'chi-so-2023-H1.xlsx')}  chi-so-2023-H1.xlsx" in sums
    assert not [p for p in (folder / "out").iterdir() if p.name.startswith(".")]


def test_indicator_workbook_equals_xlkit_indicators(folder: Path) -> None:
    assert run("pack", "2023-H1", cwd=folder).returncode == 0
    expected = json.loads(run("indicators", "2023-H1", "--format", "json", cwd=folder).stdout)
    sheet = openpyxl.load_workbook(folder / "out" / "2023-H1" / "chi-so-2023-H1.xlsx")["Chỉ số"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert [r[0] for r in rows] == [e["key"] for e in expected]
    for row, item in zip(rows, expected, strict=True):
        assert row[1] == item["label"]
        assert (round(row[2], 2) if isinstance(row[2], float) else row[2]) == item["value"], item[
            "key"
        ]


def test_workbook_strings_stay_text_in_the_indicator_workbook(tmp_path: Path) -> None:
    path = tmp_path / "so.xlsx"
    write_workbook(path, year=2023)
    fill(
        path,
        INFO,
        {
            "Đảng viên": MEMBERS,
            "Chỉ tiêu": [
                {
                    "Mã": "+84",
                    "Nội dung": '=HYPERLINK("http://x","y")',
                    "Đơn vị tính": "%",
                    "Kế hoạch năm": 100,
                }
            ],
        },
    )
    result = run("pack", "2023-H1", str(path), "-o", str(tmp_path / "goi"))
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(tmp_path / "goi" / "chi-so-2023-H1.xlsx")["Chỉ tiêu"]
    assert (sheet["A3"].value, sheet["A3"].data_type) == ("+84", "s")
    assert (sheet["B3"].value, sheet["B3"].data_type) == ('=HYPERLINK("http://x","y")', "s")


def test_pack_refuses_errors_and_existing_packages(make_book, tmp_path: Path) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[0]["Ngày sinh"] = "abc"
    bad = make_book(Đảng_viên=rows)
    target = tmp_path / "goi"
    result = run("pack", "2023-H1", str(bad), "-o", str(target))
    assert result.returncode == 1 and not target.exists()
    forced = run("pack", "2023-H1", str(bad), "-o", str(target), "--force")
    assert (
        forced.returncode == 0
        and json.loads((target / "manifest.json").read_text())["forced"] is True
    )
    again = run("pack", "2023-H1", str(bad), "-o", str(target), "--force")
    assert again.returncode == 0
    refused = run("pack", "2023-H1", str(bad), "-o", str(target))
    assert (refused.returncode, refused.stderr) == (
        2,
        f"xlkit: Gói {target} đã có; thêm --force để làm lại\n",
    )  # the folder is judged first
    good = make_book()
    assert (
        run("pack", "2023-H1", str(good), "-o", str(target)).returncode == 2
    )  # exists: never silently replaced
    assert (
        run("pack", "2023-H1", str(good), "-o", str(good.parent), "--force").returncode == 2
    )  # would take the workbook with it


def attachments(message) -> dict[str, bytes]:
    return {
        part.get_filename(): part.get_payload(decode=True) for part in message.iter_attachments()
    }


def test_mail_eml_by_default(folder: Path) -> None:
    result = run("mail", "2023-H1", "--to", "vanphong@dangbo.example.vn", cwd=folder)
    assert result.returncode == 0, result.stderr
    eml = folder / "out" / "2023-H1" / "thu.eml"
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert (
        message["Subject"]
        == "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023 - Chi bộ Trường Mầm non Hoa Sen"
    )
    assert message["X-Unsent"] == "1" and message["To"] == "vanphong@dangbo.example.vn"
    files = attachments(message)
    package = folder / "out" / "2023-H1"
    assert "sổ chi bộ 2023.xlsx" in files
    for name, data in files.items():
        assert data == (package / name).read_bytes(), name
    assert "Đảng viên: 18 (chính thức 17, dự bị 01)." in message.get_body().get_content()


def test_mail_rebuilds_a_stale_package(folder: Path) -> None:
    assert run("pack", "2023-H1", cwd=folder).returncode == 0
    workbook = folder / "workbooks" / "sổ chi bộ 2023.xlsx"
    book = openpyxl.load_workbook(workbook)
    book["Thông tin"]["B4"] = "CHI BỘ TRƯỜNG MẦM NON HOA SEN MỚI"
    book.save(workbook)
    assert run("mail", "2023-H1", "--to", "a@b.vn", cwd=folder).returncode == 0
    packed = folder / "out" / "2023-H1" / "sổ chi bộ 2023.xlsx"
    assert packed.read_bytes() == workbook.read_bytes()


# --- a real SMTP server on loopback --------------------------------------------------------------

USER, PASSWORD = "bithu@hoasen.example.vn", "mat-khau-ung-dung-9f3"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    import ipaddress

    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, False, False, False),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert, private = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert, private


@pytest.fixture
def smtp_server(tmp_path: Path):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    cert, key = make_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    class Handler:
        def __init__(self) -> None:
            self.received: list[tuple[str, list[str], bytes]] = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
            self.received.append(
                (
                    envelope.mail_from,
                    envelope.rcpt_tos,
                    envelope.original_content or envelope.content,
                )
            )
            return "250 Message accepted"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == USER.encode()
            and auth_data.password == PASSWORD.encode()
        )
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Handler()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_require_tls=True,
        tls_context=context,
        require_starttls=True,
    )
    controller.start()
    try:
        yield {"port": port, "cafile": str(cert), "handler": handler}
    finally:
        controller.stop()


def smtp_env(server, password: str) -> dict[str, str]:
    return {
        "XLKIT_SMTP_HOST": "127.0.0.1",
        "XLKIT_SMTP_PORT": str(server["port"]),
        "XLKIT_SMTP_USER": USER,
        "XLKIT_SMTP_SECURITY": "starttls",
        "XLKIT_SMTP_CAFILE": server["cafile"],
        "XLKIT_SMTP_PASSWORD": password,
    }


def test_send_over_starttls_with_login(folder: Path, smtp_server) -> None:
    result = run(
        "mail",
        "2023-H1",
        "--to",
        "vanphong@dangbo.example.vn",
        "--cc",
        "pho@hoasen.example.vn",
        "--send",
        cwd=folder,
        env=smtp_env(smtp_server, PASSWORD),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Đã gửi tới vanphong@dangbo.example.vn, pho@hoasen.example.vn; Message-ID <"
    )
    ((sender, recipients, data),) = smtp_server["handler"].received
    assert sender == USER and recipients == ["vanphong@dangbo.example.vn", "pho@hoasen.example.vn"]
    message = email.message_from_bytes(data, policy=policy.default)
    assert (
        message["Subject"]
        == "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023 - Chi bộ Trường Mầm non Hoa Sen"
    )
    assert message["Message-ID"] in result.stdout and "X-Unsent" not in message
    package = folder / "out" / "2023-H1"
    files = attachments(message)
    assert set(files) >= {
        "sổ chi bộ 2023.xlsx",
        "bao-cao-2023-H1.docx",
        "chi-so-2023-H1.xlsx",
        "manifest.json",
    }
    for name, content in files.items():
        assert content == (package / name).read_bytes(), name
    assert PASSWORD not in result.stdout + result.stderr
    assert (package / "thu.eml").exists()


def test_refused_login_exits_two_and_keeps_the_eml(folder: Path, smtp_server) -> None:
    wrong = "sai-mat-khau-7c1"
    for extra in ((), ("--debug",)):
        result = run(
            *extra,
            "mail",
            "2023-H1",
            "--to",
            "vp@dangbo.example.vn",
            "--send",
            cwd=folder,
            env=smtp_env(smtp_server, wrong),
        )
        assert result.returncode == 2, result.stderr
        assert (
            len(result.stderr.splitlines()) == 1
            and "từ chối đăng nhập" in result.stderr
            and "thu.eml" in result.stderr
        )
        assert wrong not in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert smtp_server["handler"].received == []
    kept = email.message_from_bytes(
        (folder / "out" / "2023-H1" / "thu.eml").read_bytes(), policy=policy.default
    )
    assert kept["To"] == "vp@dangbo.example.vn"


def test_no_route_and_tls_failures_exit_two(folder: Path, smtp_server) -> None:
    env = smtp_env(smtp_server, PASSWORD)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    result = run(
        "mail",
        "2023-H1",
        "--to",
        "a@b.vn",
        "--send",
        cwd=folder,
        env={**env, "XLKIT_SMTP_PORT": str(closed)},
    )
    assert result.returncode == 2 and "không kết nối được" in result.stderr
    untrusted = {k: v for k, v in env.items() if k != "XLKIT_SMTP_CAFILE"}
    result = run("mail", "2023-H1", "--to", "a@b.vn", "--send", cwd=folder, env=untrusted)
    assert result.returncode == 2 and "TLS" in result.stderr
    assert PASSWORD not in result.stderr


def test_settings_from_xlkit_toml_and_missing_host(folder: Path, smtp_server) -> None:
    (folder / "xlkit.toml").write_text(
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_server["port"]}\nuser = "{USER}"\nsecurity = "starttls"\ncafile = "{smtp_server["cafile"]}"\n'
    )
    env = {"XLKIT_SMTP_PASSWORD": PASSWORD}
    result = run("mail", "2023-H1", "--to", "a@b.vn", "--send", cwd=folder, env=env)
    assert result.returncode == 0, result.stderr
    (folder / "xlkit.toml").unlink()
    result = run(
        "mail",
        "2023-H1",
        "--to",
        "a@b.vn",
        "--send",
        cwd=folder,
        env={k: "" for k in ("XLKIT_SMTP_HOST",)},
    )
    assert result.returncode == 2 and "--smtp-host" in result.stderr


def test_password_is_not_an_option() -> None:
    result = run("mail", "--help", "--lang", "en")
    assert result.returncode == 0 and "--smtp-user" in result.stdout
    assert "--password" not in result.stdout
    refused = run("mail", "2023-H1", "--to", "a@b.vn", "--password", "x")
    assert refused.returncode == 2 and refused.stderr.startswith(
        "xlkit: Không có tùy chọn --password"
    )


def test_send_needs_a_sender(folder: Path, smtp_server) -> None:
    env = {**smtp_env(smtp_server, PASSWORD), "XLKIT_SMTP_USER": "", "XLKIT_SMTP_FROM": ""}
    result = run("mail", "2023-H1", "--to", "a@b.vn", "--send", cwd=folder, env=env)
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: Chưa có địa chỉ người gửi: dùng --from hoặc XLKIT_SMTP_FROM\n",
    )
    assert smtp_server["handler"].received == []


def test_display_names_stay_in_the_header_and_out_of_the_envelope(
    folder: Path, smtp_server
) -> None:
    result = run(
        "mail",
        "2023-H1",
        "--to",
        "Nguyễn Văn A <vana@x.example.vn>",
        "--from",
        "Chi bộ Hoa Sen <chibo@hoasen.example.vn>",
        "--send",
        cwd=folder,
        env=smtp_env(smtp_server, PASSWORD),
    )
    assert result.returncode == 0, result.stderr
    ((sender, recipients, data),) = smtp_server["handler"].received
    assert (sender, recipients) == ("chibo@hoasen.example.vn", ["vana@x.example.vn"])
    message = email.message_from_bytes(data, policy=policy.default)
    assert (
        str(message["To"]) == "Nguyễn Văn A <vana@x.example.vn>"
        and str(message["From"]) == "Chi bộ Hoa Sen <chibo@hoasen.example.vn>"
    )


@pytest.mark.parametrize("address", ["not an address", "a@b", "a@b.vn, c@d.vn", "<>"])
def test_every_address_is_validated(folder: Path, address: str) -> None:
    result = run("mail", "2023-H1", "--to", address, cwd=folder)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"xlkit: Địa chỉ thư không hợp lệ: {address}\n"
    assert not (folder / "out").exists()


def test_the_servers_words_come_after_ours_in_brackets(folder: Path, smtp_server) -> None:
    result = run(
        "mail", "2023-H1", "--to", "a@b.vn", "--send", cwd=folder, env=smtp_env(smtp_server, "sai")
    )
    eml = Path("out") / "2023-H1" / "thu.eml"
    assert result.stderr.startswith(
        "xlkit: Không gửi được thư: máy chủ từ chối đăng nhập (sai tài khoản hoặc mật khẩu ứng dụng) [535 "
    )
    assert result.stderr.endswith(f"]; thư đã lưu ở {eml} để gửi sau\n")
    env = {
        **smtp_env(smtp_server, PASSWORD),
        "XLKIT_SMTP_SECURITY": "none",
    }  # this server requires STARTTLS before AUTH
    result = run("mail", "2023-H1", "--to", "a@b.vn", "--send", cwd=folder, env=env)
    assert result.returncode == 2 and result.stderr.startswith("xlkit: Không gửi được thư: ")
    assert result.stderr.count("[") == 1 and "; thư đã lưu ở" in result.stderr


def test_a_silent_server_times_out(folder: Path) -> None:
    import threading
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    held: list[socket.socket] = []
    threading.Thread(
        target=lambda: held.append(listener.accept()[0]), daemon=True
    ).start()  # accepts, never answers
    env = {
        "XLKIT_SMTP_HOST": "127.0.0.1",
        "XLKIT_SMTP_PORT": str(listener.getsockname()[1]),
        "XLKIT_SMTP_FROM": "a@b.vn",
        "XLKIT_SMTP_SECURITY": "none",
    }
    started = time.monotonic()
    try:
        result = run(
            "mail", "2023-H1", "--to", "a@b.vn", "--send", "--timeout", "1", cwd=folder, env=env
        )
    finally:
        listener.close()
        for connection in held:
            connection.close()
    assert time.monotonic() - started < 20
    assert result.returncode == 2
    assert "máy chủ không trả lời trong 1 giây (đổi bằng --timeout)" in result.stderr
    assert run("mail", "--help").stdout.count("mặc định 30") == 1


def test_pack_without_libreoffice_says_so(folder: Path, tmp_path: Path) -> None:
    bare = tmp_path / "bin"
    bare.mkdir()
    result = run("pack", "2023-H1", "--ngay", "04/07/2023", cwd=folder, env={"PATH": str(bare)})
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "xlkit: gói không có PDF vì chưa cài LibreOffice ('sudo apt-get install libreoffice-writer-nogui'; Windows/macOS: libreoffice.org)\n"
    )
    assert not (folder / "out" / "2023-H1" / "bao-cao-2023-H1.pdf").exists()


@pytest.mark.soffice
def test_indicator_workbook_opens_in_libreoffice(
    need_soffice: str, folder: Path, tmp_path: Path
) -> None:
    from conftest import convert

    from xlkit.read.workbook import read_raw

    assert run("pack", "2023-H1", cwd=folder).returncode == 0
    written = folder / "out" / "2023-H1" / "chi-so-2023-H1.xlsx"
    converted = convert(need_soffice, written, "ods", tmp_path / "lo")
    ours, theirs = read_raw(written), read_raw(converted)
    assert list(theirs.sheets) == list(ours.sheets) == ["Biểu đồ", "Chỉ số", "Chỉ tiêu", "Số liệu"]
    import zipfile

    # the five charts survive LibreOffice's reading, each still a chart object
    with zipfile.ZipFile(converted) as archive:
        assert archive.read("content.xml").decode("utf-8").count("<draw:object ") == 5

    def cells(rows: list[list]) -> list[list]:  # LibreOffice keeps 15 significant digits of a float
        return [[float(f"{v:.12g}") if isinstance(v, float) else v for v in row] for row in rows]

    for name in ours.sheets:  # LibreOffice reads every cell as written
        assert cells(theirs.sheets[name].rows) == cells(ours.sheets[name].rows), name
