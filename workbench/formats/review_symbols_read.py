"""The character a w:sym stands for.

Word writes w:sym (font + hexadecimal code) when a symbol is inserted from a symbol font; from a
Unicode font it writes the character itself as text. Codes are often given in the F000-F0FF
private-use block (the font's byte plus F000). For the Symbol font the byte is mapped to Unicode
by Adobe's Symbol encoding (Greek letters and the common mathematical signs); for any other font
(Wingdings, ...) there is no Unicode equivalent, and the code point is kept as it is, so the
reviewer's text still shows that a symbol stands there.
"""

from __future__ import annotations

# Adobe Symbol encoding, bytes 0x20-0x7E in order
_SYMBOL_LOW = (
    " !\u2200#\u2203%&\u220b()\u2217+,\u2212./0123456789:;<=>?"
    "\u2245\u0391\u0392\u03a7\u0394\u0395\u03a6\u0393\u0397\u0399\u03d1\u039a\u039b\u039c\u039d"
    "\u039f\u03a0\u0398\u03a1\u03a3\u03a4\u03a5\u03c2\u03a9\u039e\u03a8\u0396[\u2234]\u22a5_\u203e"
    "\u03b1\u03b2\u03c7\u03b4\u03b5\u03c6\u03b3\u03b7\u03b9\u03d5\u03ba\u03bb\u03bc\u03bd\u03bf"
    "\u03c0\u03b8\u03c1\u03c3\u03c4\u03c5\u03d6\u03c9\u03be\u03c8\u03b6{|}\u223c"
)
_SYMBOL_HIGH = {
    0xA3: "\u2264", 0xA5: "\u221e", 0xAC: "\u2190", 0xAD: "\u2191", 0xAE: "\u2192", 0xAF: "\u2193",
    0xB0: "\u00b0", 0xB1: "\u00b1", 0xB3: "\u2265", 0xB4: "\u00d7", 0xB6: "\u2202", 0xB7: "\u2022",
    0xB8: "\u00f7", 0xB9: "\u2260", 0xBA: "\u2261", 0xBB: "\u2248", 0xBC: "\u2026", 0xC6: "\u2205",
    0xC7: "\u2229", 0xC8: "\u222a", 0xCE: "\u2208", 0xCF: "\u2209", 0xD2: "\u00ae", 0xD3: "\u00a9",
    0xD4: "\u2122", 0xD5: "\u220f", 0xD6: "\u221a", 0xD8: "\u00ac", 0xD9: "\u2227", 0xDA: "\u2228",
    0xE2: "\u00ae", 0xE3: "\u00a9", 0xE4: "\u2122", 0xE5: "\u2211", 0xF2: "\u222b",
}


def symbol_text(font: str, char: str) -> str:
    """The text for w:sym w:font=`font` w:char=`char` ("" when the code is not hexadecimal or
    not a character XML can hold)."""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    if font.strip().lower() == "symbol":
        byte = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
        if 0x20 <= byte <= 0x7E:
            return _SYMBOL_LOW[byte - 0x20]
        if byte in _SYMBOL_HIGH:
            return _SYMBOL_HIGH[byte]
    if code < 0x20 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return ""
    return chr(code)


def symbol_font_text(text: str) -> str:
    """The text of a run set in the Symbol font, its private-use codes (F020-F0FF) mapped."""
    if not any("\uf020" <= char <= "\uf0ff" for char in text):
        return text
    return "".join(symbol_text("Symbol", f"{ord(char):X}") if "\uf020" <= char <= "\uf0ff" else char
                   for char in text)
