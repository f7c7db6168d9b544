"""Bytes to text: UTF-8, UTF-16 (with or without a BOM), GB18030 and Big5, detected rather than assumed.

Declared charsets (an HTML `<meta charset>`, a file's suffix) are ignored: they are wrong often
enough in scraped news that the bytes themselves are the better witness.
"""

from __future__ import annotations

import codecs

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried when the bytes are not UTF-8; the share of common characters picks between them (GB18030
# decodes almost any byte string, so a decoding alone proves nothing).
_CANDIDATES = ("big5hkscs", "gb18030", "utf-16-le", "utf-16-be")
_UTF16 = ("utf-16-le", "utf-16-be")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a document, or raise InputError naming it and saying why it cannot be read."""
    if not data.strip():
        raise InputError(name, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(name, f"bad {encoding} text at byte {error.start}") from None
    has_nul = b"\x00" in data[:4096]
    if not has_nul:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    best: tuple[float, str] | None = None
    for encoding in _UTF16 if has_nul else _CANDIDATES:
        if encoding in _UTF16 and len(data) % 2:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            continue  # NUL characters are not text in any encoding
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 0.5:
        if has_nul:
            raise InputError(name, "binary data, not text (NUL bytes, and not UTF-16)")
        raise InputError(name, "cannot decode: not UTF-8, UTF-16, GB18030 or Big5 text (binary file?)")
    return best[1]


# The most frequent characters of news text, in both scripts: a decoding that yields many of them
# is the right one; a wrong decoding of Chinese bytes yields rare characters and symbols.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
    "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道"
    "命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长"
    "求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色"
    "光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清美再采转更单风切打白教速"
    "花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需"
    "段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感"
    "劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂"
    "京识适属圆包火住调满县局照参红细引听该铁价严龙飞們這個來為國會對說時發後學動經長麼還過們與當總統訪問"
    "，。、；：？！“”（）《》0123456789 \n"
)


def _plausibility(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    cjk = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    if cjk == 0:
        printable = sum(1 for c in sample if c.isprintable() or c in "\n\t")
        return printable / len(sample)
    common = sum(1 for c in sample if c in _COMMON)
    return min(1.0, common / max(1, len(sample)) * 2.5)
