"""A packet safe to email: `--protect` encrypts with AES-256 (qpdf), read back by three tools."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pytest

from secondopinion.services.pdf_protect import password_problem, protect
from tests.cli_process import run_secondopinion
from tests.report.conftest import pdf_text

PASSWORD = "Correct horse 7 ñ"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_secondopinion(*args, env=env, without=["SECONDOPINION_PDF_PASSWORD"])


def _show_encryption(path: Path, password: str | None) -> str:
    args = ["qpdf", "--show-encryption"]
    if password is not None:
        args.append(f"--password={password}")
    done = subprocess.run([*args, str(path)], capture_output=True, text=True)
    return done.stdout + done.stderr


@pytest.mark.parametrize("what", ["pdf", "compare"])
def test_protected_export_is_aes256_and_opens_only_with_the_password(
    demo_path: Path, tmp_path: Path, what: str
) -> None:
    out = tmp_path / f"{what}.pdf"
    done = _run(
        "export",
        what,
        "--journal",
        str(demo_path),
        "--out",
        str(out),
        "--protect",
        env={"SECONDOPINION_PDF_PASSWORD": PASSWORD},
    )
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr

    shown = _show_encryption(out, PASSWORD)
    assert "R = 6" in shown, shown
    assert "AESv3" in shown, shown  # qpdf's name for AES-256 (PDF 2.0 / revision 6)
    assert PASSWORD.encode() not in out.read_bytes()

    # qpdf's structural check passes with the password.
    check = subprocess.run(
        ["qpdf", "--check", f"--password={PASSWORD}", str(out)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr

    # Without the password poppler refuses; with it the words are there.
    refused = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    assert refused.returncode != 0
    opened = subprocess.run(
        ["pdftotext", "-upw", PASSWORD, "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ("Questions" if what == "pdf" else "Comparison of opinions") in opened

    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out, password="wrong password")
    with pikepdf.open(out, password=PASSWORD) as doc:
        assert doc.is_encrypted
        assert doc.encryption.bits == 256
        assert len(doc.pages) >= 1


def test_protect_needs_the_password_in_the_environment(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    done = _run("export", "pdf", "--journal", str(demo_path), "--out", str(out), "--protect")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "SECONDOPINION_PDF_PASSWORD" in done.stderr
    assert not out.exists()


def test_a_short_password_is_refused_and_not_echoed(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    done = _run(
        "export",
        "pdf",
        "--journal",
        str(demo_path),
        "--out",
        str(out),
        "--protect",
        env={"SECONDOPINION_PDF_PASSWORD": "abc"},
    )
    assert done.returncode == 2
    assert "at least 8 characters" in done.stderr
    assert "abc" not in done.stderr.replace("SECONDOPINION", "")
    assert not out.exists()


def test_without_protect_the_file_is_not_encrypted(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    done = _run("export", "pdf", "--journal", str(demo_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "File is not encrypted" in _show_encryption(out, None)
    assert "Questions" in pdf_text(out)


def test_password_rules() -> None:
    assert password_problem("") is not None
    assert password_problem("short") is not None
    assert password_problem(" leading space ok?") is not None
    assert password_problem("x" * 128) is not None
    assert password_problem("long enough", "different") == "The two passwords are not the same."
    assert password_problem("long enough", "long enough") is None
    with pytest.raises(ValueError):
        protect(b"%PDF-1.4", "short")
