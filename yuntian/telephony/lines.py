"""Line-oriented device output, shared by every caller-ID parser: split a byte stream into
lines and decode each line's text.

Devices end lines with CR LF, LF, a lone CR (and a few with LF CR); chunk boundaries fall
anywhere, so the splitter keeps the partial line and the half-seen line end between feeds.
Text is UTF-8, else GB18030 (Chinese exchanges send GBK names), else Latin-1 (older units).
"""

from __future__ import annotations

import re
import unicodedata

# A line longer than this is garbage (the longest real record, a raw-hex MDMF packet with
# spaces, is under 800 bytes): it is dropped whole, however it was chunked, so a device
# spewing without line ends cannot grow memory.
MAX_LINE = 4096

CR, LF = 0x0D, 0x0A
_EOL = re.compile(rb"[\r\n]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Control characters become spaces one for one, so fixed columns stay where they were.
_CONTROLS_TO_SPACES = {code: " " for code in (*range(0x20), *range(0x7F, 0xA0))}
# Punctuation of Chinese text that Unicode does not class as East Asian wide.
_CJK_PUNCTUATION = frozenset("·—―‘’“”…")


class LineSplitter:
    """Bytes in, complete lines (without their ends) out.

    CR, LF, CR LF and LF CR each end one line, so two line ends in a row make a blank line
    whatever the device's convention. Feeding in any chunks gives the same lines."""

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self._max = max_line
        self._buf = bytearray()
        self._overflow = False  # the current line grew past max_line: drop it up to its end
        self._partner: int | None = None  # the byte that, next, completes the line end seen

    def feed(self, data: bytes) -> list[bytes]:
        if not data:
            return []
        lines: list[bytes] = []
        pos = 1 if data[0] == self._partner else 0
        self._partner = None
        while True:
            match = _EOL.search(data, pos)
            if match is None:
                self._append(data[pos:])
                return lines
            end = match.start()
            self._append(data[pos:end])
            lines += self._take()
            partner = LF if data[end] == CR else CR
            pos = end + 1
            if pos == len(data):
                self._partner = partner
            elif data[pos] == partner:
                pos += 1

    def flush(self) -> list[bytes]:
        """The partial last line, if any, as if its line end had arrived (the device went
        quiet without ending it, or a UDP datagram ended)."""
        self._partner = None
        return [line for line in self._take() if line]

    def _take(self) -> list[bytes]:
        line = [] if self._overflow else [bytes(self._buf)]
        self._buf.clear()
        self._overflow = False
        return line

    def _append(self, data: bytes) -> None:
        if self._overflow or not data:
            return
        if len(self._buf) + len(data) > self._max:
            self._buf.clear()
            self._overflow = True
        else:
            self._buf += data


def decode_text(data: bytes) -> str:
    """UTF-8, else GB18030 when the bytes read as Chinese, else Latin-1 (never fails).

    Latin-1 text is often valid GB18030 too (``Müller`` reads as ``M黮ler``), so GB18030 is
    taken only when it gives East Asian characters whose bytes look like Chinese rather than
    like an accented letter next to an ASCII one; see :func:`_reads_as_chinese`."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        chinese = data.decode("gb18030")
    except UnicodeDecodeError:
        return data.decode("latin-1")
    return chinese if _reads_as_chinese(chinese) else data.decode("latin-1")


def _reads_as_chinese(text: str) -> bool:
    """Whether GB18030 ``text`` is more likely Chinese than Latin-1 misread.

    Each non-ASCII character votes by its bytes. For Chinese: every byte 0xA1 or above (a
    GB2312 character; in Latin-1 two accented letters in a row, rare) or a byte in 0x80-0xA0
    (a control character in Latin-1, so not Latin-1 text). For Latin-1: a high byte next to
    an ASCII one, as in ``ü`` + ``l`` (in GBK a rare extension character), or a character
    between lower-case ASCII letters (``Größe`` reads as ``Gr鲞e``; Chinese text mixes in
    capitals, as in ``TCL王`` or ``A座``). Ties go to Chinese, the networks Yuntian is for.
    Known misses: a name of one rare character such as ``镕`` alone reads as Latin-1."""
    votes = 0
    for index, char in enumerate(text):
        if char.isascii():
            continue
        if unicodedata.east_asian_width(char) not in ("W", "F") and char not in _CJK_PUNCTUATION:
            return False  # Greek, Cyrillic, box drawing, private use: not a caller's name
        raw = char.encode("gb18030")
        looks_chinese = min(raw) >= 0xA1 or any(0x80 <= byte <= 0xA0 for byte in raw)
        in_word = _lower_ascii(text, index - 1) and _lower_ascii(text, index + 1)
        votes += 1 if looks_chinese and not in_word else -1
    return votes >= 0


def _lower_ascii(text: str, index: int) -> bool:
    return 0 <= index < len(text) and "a" <= text[index] <= "z"


def text_line(data: bytes) -> str:
    """A free-form line's text (modem output): control characters (NUL padding, stray
    escapes) removed, tabs as spaces, trimmed."""
    return _CONTROL.sub("", decode_text(data).replace("\t", " ")).strip()


def column_line(data: bytes) -> str:
    """A fixed-column record's text (Whozz Calling, TCI, NCID): control characters become
    spaces one for one, so the columns after them stay where they were; not trimmed."""
    return decode_text(data).translate(_CONTROLS_TO_SPACES)
