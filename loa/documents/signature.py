"""Who signs an official document, and how the signature block reads (Decree 30/2020,
Phụ lục I, II.7): TM. for the collective, KT. when a deputy signs for the head, Q. for an
acting head, TL. / TUQ. when signing by order or by authorisation."""

import unicodedata

from django.core.exceptions import ValidationError

from .model import Signature
from .models import SignatureAuthority

COLLECTIVE = "ỦY BAN NHÂN DÂN"
HEAD = "CHỦ TỊCH"

# What a unit's plans and reports may carry: the collective decides, so the head (TM.),
# a deputy for the head (KT.) or an acting head (Q.) signs; never a clerk by order.
COLLECTIVE_DOCUMENTS = frozenset(
    {SignatureAuthority.TM, SignatureAuthority.KT, SignatureAuthority.Q}
)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


def authority_for(*, position: str, delegation: str = "") -> SignatureAuthority:
    """The authority a person signs with, from their position and any delegation."""
    if delegation == "acting":
        return SignatureAuthority.Q
    if delegation == "authorised":
        return SignatureAuthority.TUQ
    folded = _folded(position)
    if folded.startswith("phó chủ tịch"):
        return SignatureAuthority.KT
    if folded.startswith("chủ tịch"):
        return SignatureAuthority.TM
    return SignatureAuthority.TL


def signer_fields(
    *,
    name: str,
    position: str,
    delegation: str = "",
    allowed: frozenset = COLLECTIVE_DOCUMENTS,
    deputy_under_collective: bool = True,
    noun: str = "văn bản",
) -> dict:
    """The signature fields a document stores when this person signs it, or a Vietnamese
    error when their position cannot sign this kind of document."""
    if not position.strip():
        raise ValidationError(
            "Tài khoản của bạn chưa có chức vụ tại đơn vị này, nên chưa in được khối chữ ký. "
            "Đề nghị quản trị đơn vị ghi chức vụ (Chủ tịch, Phó Chủ tịch…) ở trang Người dùng."
        )
    authority = authority_for(position=position, delegation=delegation)
    if authority not in allowed:
        raise ValidationError(
            f"Với chức vụ “{position}”, bạn ký với thẩm quyền {authority.label}; {noun} này "
            "do Chủ tịch, Phó Chủ tịch (hoặc người được giao quyền Chủ tịch) ký."
        )
    return {
        "signature_authority": authority,
        "signed_for_collective": authority == SignatureAuthority.TM or deputy_under_collective,
        "signer_position": " ".join(position.split()),
        "signer_name": name,
    }


def signature_block(
    *,
    authority: str,
    position: str,
    name: str,
    for_collective: bool = True,
    collective: str = COLLECTIVE,
    head: str = HEAD,
) -> Signature:
    """Boxes 7a–7c from plain values: the authority lines, the position, the name."""
    authority = SignatureAuthority(authority)
    lines: list[str] = []
    if authority == SignatureAuthority.TM:
        lines = [f"TM. {collective}"]
    elif authority in (SignatureAuthority.KT, SignatureAuthority.Q):
        prefix = "KT." if authority == SignatureAuthority.KT else "Q."
        lines = ([f"TM. {collective}"] if for_collective else []) + [f"{prefix} {head}"]
    elif authority == SignatureAuthority.TL:
        lines = [f"TL. {head}"]
    elif authority == SignatureAuthority.TUQ:
        lines = [f"TUQ. {head}"]
    return Signature(authority_lines=lines, position=position.upper(), name=name)


def block_of(fields: dict) -> Signature:
    """The block that `signer_fields` will print, before it is stored."""
    return signature_block(
        authority=fields["signature_authority"],
        position=fields["signer_position"],
        name=fields["signer_name"],
        for_collective=fields["signed_for_collective"],
    )


def signature_of(document) -> Signature:
    """The block of a stored document (a draft shows the head's block without a name)."""
    fields = ("signature_authority", "signer_position", "signer_name", "signed_for_collective")
    return block_of({f: getattr(document, f) for f in fields})
