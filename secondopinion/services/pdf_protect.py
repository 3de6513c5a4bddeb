"""Password protection for the PDFs a person emails: AES-256, done by qpdf through pikepdf.

Why a library: PDF encryption is easy to get subtly wrong (key derivation, per-object keys, the
permission block); qpdf is the reference implementation that `qpdf --check` itself trusts. The
password is used once, here, and never stored or logged; the caller must not keep it either.
"""

from __future__ import annotations

import io

from secondopinion.i18n import words

PASSWORD_ENV = "SECONDOPINION_PDF_PASSWORD"
MIN_LENGTH = 8
MAX_LENGTH = 127  # PDF 2.0 (revision 6) uses at most the first 127 UTF-8 bytes of a password


def password_problem(password: str, again: str | None = None) -> str | None:
    """What is wrong with this password for a protected PDF, in one line; ``None`` when fine."""
    w = words()
    if not password:
        return w._("Type a password to protect the PDF with.")
    if password != password.strip():
        return w._("The password must not begin or end with a space.")
    if len(password) < MIN_LENGTH:
        return w._(
            "Use at least {n} characters, so the PDF cannot be opened by guessing.", n=MIN_LENGTH
        )
    if len(password.encode("utf-8")) > MAX_LENGTH:
        return w._("Use at most {n} bytes (PDF readers ignore the rest).", n=MAX_LENGTH)
    if again is not None and again != password:
        return w._("The two passwords are not the same.")
    return None


def protect(pdf: bytes, password: str) -> bytes:
    """Return ``pdf`` encrypted with AES-256 (revision 6): it opens only with ``password``.

    Printing and copying stay allowed once opened: the password keeps strangers out, it is not
    meant to restrict the doctor who has it.
    """
    import pikepdf  # only when a PDF is protected: it is a large native library

    problem = password_problem(password)
    if problem:
        raise ValueError(problem)
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.save(
            out,
            encryption=pikepdf.Encryption(user=password, owner=password, R=6, aes=True),
            # Fixed file ID and no stream rewriting beyond what encryption needs.
            deterministic_id=False,
        )
    return out.getvalue()
