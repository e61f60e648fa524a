"""Text meant for a terminal: control characters are shown, never obeyed.

A file name is chosen by whoever wrote the file. Printed raw, a newline in it
forges a line of its own (`[1/1] ok ...`, `processed 9, ... failed 0`), an
ANSI escape recolours or clears the terminal, and a bidirectional override
shows the name reversed. `terminal_safe` escapes all of them (`\\n`, `\\x1b`,
`\\u202e`), so a printed line is always exactly one line that means what it
says.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the invisible bidirectional formatting characters
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_safe(text: object) -> str:
    """`text` as one printable line: every control or bidi character escaped."""
    return _UNSAFE.sub(_escape, str(text))
