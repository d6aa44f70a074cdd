"""A proof of work against bots, self-hosted, no third-party captcha (ADR 26).

The form page carries a challenge the server signed (django.core.signing: a random salt,
the time it was made, and a small sum). The browser's script (static/js/pow.js) looks for
a nonce such that sha256(challenge + nonce) starts with BITS zero bits: about 65,000 hashes
at 16 bits, a fraction of a second on a cheap phone, and the same for every single sending
a bot makes. Without JavaScript the citizen answers the sum instead, written in words.

`verify` refuses a challenge not signed here, older than MAX_AGE, answered sooner than
MIN_SECONDS after the page was drawn (no person fills a form that fast), or used
before (each one is spent in the shared cache on first use)."""

import hashlib
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache

SALT = "loa.portal.feedback.challenge"
MAX_AGE = 2 * 3600  # seconds: long enough to type a long feedback or read a contest's rules
MIN_SECONDS = 3

WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]

# the same words on every page that carries a challenge (a feedback, a contest's
# registration): they name neither, and no button the page may not have
FORGED = "Phiên gửi biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi gửi lại."
EXPIRED = "Trang đã mở quá lâu (quá 2 giờ). Những gì đã nhập vẫn được giữ nguyên; vui lòng gửi lại."
TOO_FAST = "Biểu mẫu được gửi quá nhanh sau khi mở trang. Vui lòng kiểm tra lại rồi gửi lại."
USED = "Phiên gửi này đã được dùng. Những gì đã nhập vẫn được giữ nguyên; vui lòng gửi lại."
WRONG = "Kết quả phép tính chưa đúng. Vui lòng tính lại và nhập bằng chữ số."


def bits() -> int:
    return getattr(settings, "LOA_POW_BITS", 16)


@dataclass(frozen=True)
class Challenge:
    token: str  # what the form carries and the script hashes
    question: str  # the sum in words, for a browser without JavaScript
    bits: int


def issue() -> Challenge:
    a, b = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    token = signing.dumps(
        {"r": secrets.token_hex(8), "t": int(time.time()), "a": a, "b": b}, salt=SALT
    )
    return Challenge(token, f"{WORDS[a].capitalize()} cộng {WORDS[b]} bằng bao nhiêu?", bits())


def leading_zero_bits(digest: bytes) -> int:
    count = 0
    for byte in digest:
        if byte == 0:
            count += 8
            continue
        count += 8 - byte.bit_length()
        break
    return count


def solved(token: str, nonce: str, wanted: int) -> bool:
    digest = hashlib.sha256(f"{token}{nonce}".encode()).digest()
    return leading_zero_bits(digest) >= wanted


def verify(token: str, *, nonce: str = "", answer: str = "", spend: bool = True) -> str:
    """ "" when the challenge is met (and, with `spend`, now used up), else why not."""
    try:
        data = signing.loads(token or "", salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired:
        return EXPIRED
    except signing.BadSignature:
        return FORGED
    if not isinstance(data, dict) or not {"r", "t", "a", "b"} <= data.keys():
        return FORGED
    if time.time() - data["t"] < getattr(settings, "LOA_POW_MIN_SECONDS", MIN_SECONDS):
        return TOO_FAST
    nonce, answer = (nonce or "")[:40], (answer or "").strip()[:10]
    if nonce:
        if not solved(token, nonce, bits()):
            return FORGED
    elif answer != str(data["a"] + data["b"]):
        return WRONG
    if spend and not cache.add(_key(data["r"]), "", timeout=MAX_AGE + 60):
        return USED
    return ""


def _key(salt: str) -> str:
    return f"loa:feedback:challenge:{salt}"


def _salt(token: str) -> str:
    try:
        return str(signing.loads(token or "", salt=SALT, max_age=MAX_AGE + 60)["r"])
    except (signing.BadSignature, KeyError, TypeError):
        return ""


def remember(token: str, receipt: str) -> None:
    """The feedback this challenge made: a second sending of the same page (a double
    click, a retry) is led to its receipt instead of making another."""
    salt = _salt(token)
    if salt:
        cache.set(_key(salt), receipt, timeout=MAX_AGE + 60)


def made_by(token: str) -> str:
    """The receipt code of the feedback this challenge already made, or ""."""
    salt = _salt(token)
    return (cache.get(_key(salt)) or "") if salt else ""


def solve(token: str, wanted: int | None = None) -> str:
    """The nonce the browser's script would find (for tests and the demo)."""
    wanted = bits() if wanted is None else wanted
    n = 0
    while not solved(token, str(n), wanted):
        n += 1
    return str(n)
