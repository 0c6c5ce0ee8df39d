"""Bytes to text: UTF-8 when it is, otherwise the encoding charset-normalizer detects."""
from __future__ import annotations

import charset_normalizer

_CONTROL = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


class DecodeError(Exception):
    pass


def decode(data: bytes) -> str:
    if not data:
        raise DecodeError("is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _normalise(data.decode("utf-16"))
    if _looks_binary(data):
        raise DecodeError("is a binary file, not text")
    try:
        return _normalise(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise DecodeError("has an unknown text encoding")
    if _old_code_page(best.encoding) and _windows_1252_quotes(data):
        # curly quotes and dashes at cp1252's places, read as a Mac or DOS page ("Mšrzendorfer"
        # for "Märzendorfer"): the file is the far commoner Windows-1252
        return _normalise(data.decode("cp1252"))
    return _normalise(str(_prefer_windows_1252(results, best)))


def _old_code_page(encoding: str) -> bool:
    return encoding.startswith("mac") or encoding in ("cp437", "cp775", "cp850", "cp852", "cp855", "cp857",
                                                      "cp858", "cp860", "cp861", "cp863", "cp865", "cp1125")


def _windows_1252_quotes(data: bytes) -> bool:
    """Windows-1252 decodes the bytes, and several are its curly quotes, dashes or ellipsis."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return sum(data.count(bytes([b])) for b in (0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97)) >= 2


def _prefer_windows_1252(results, best):
    """Windows-1252, the commonest legacy encoding of English news, whenever it reads the
    bytes with no more mess than the detector's pick.

    Latin code pages read English text with a few accented names equally cleanly, and
    the detector's language guess then decides between them by a hair: Central European
    cp1250 turns "Peña" into "Peńa" and "Gisèle" into "Gisčle". A real Polish or Czech
    text reads messier as Windows-1252 ("pozna³a") and keeps its own page.
    """
    for match in results:
        if match.encoding == "cp1252" and match.chaos <= best.chaos:
            return match
    return best


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > len(sample) * 0.05


def _normalise(text: str) -> str:
    """One newline convention, so offsets mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
