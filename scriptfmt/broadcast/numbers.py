"""Numbers in words: the fully spoken form (for counting) and the broadcast written form (for the copy).

Spoken:    1384234 -> "one million three hundred eighty-four thousand two hundred thirty-four"
Broadcast: 1384234 -> "one-million-384-thousand-234"; 21450 -> "21-thousand-450"; 4500 -> "45-hundred";
           one to nine and round tens in words, 11-999 in digits (American broadcast style).
"""

from __future__ import annotations

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
MAX_WORDS_DIGITS = 15  # longer digit runs are read digit by digit (and int() stays cheap)
DIGIT_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

_ORDINAL_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def _under_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{ONES[hundreds]} hundred")
    if rest or not parts:
        if rest < 20:
            parts.append(ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            parts.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    return " ".join(parts)


def cardinal_words(n: int) -> str:
    """Spoken cardinal: 21450 -> "twenty-one thousand four hundred fifty"."""
    if n < 0:
        return "minus " + cardinal_words(-n)
    if n >= 10**15:
        return digit_words(str(n))
    parts = []
    for scale, name in SCALES:
        if n >= scale:
            head, n = divmod(n, scale)
            parts.append(f"{_under_thousand(head)} {name}")
    if n or not parts:
        parts.append(_under_thousand(n))
    return " ".join(parts)


def digit_words(digits: str) -> str:
    """Digit by digit, as phone numbers are read: "0143" -> "oh one four three"."""
    return " ".join(DIGIT_WORDS[int(d)] for d in digits if d.isdigit() and d.isascii())


def ordinal_words(n: int) -> str:
    """Spoken ordinal: 21 -> "twenty-first"."""
    words = cardinal_words(n)
    head, sep, last = words.rpartition(" ")
    h2, dash, last = last.rpartition("-")
    if last in _ORDINAL_IRREGULAR:
        last = _ORDINAL_IRREGULAR[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + h2 + dash + last


def is_year(n: int) -> bool:
    return 1000 <= n <= 2099


def year_words(n: int) -> str:
    """Spoken year: 2021 -> "twenty twenty-one", 1905 -> "nineteen oh-five", 2008 -> "two thousand eight"."""
    if not is_year(n):
        return cardinal_words(n)
    century, rest = divmod(n, 100)
    if 2000 <= n <= 2009 or n % 1000 == 0:
        return cardinal_words(n)
    if rest == 0:
        return f"{cardinal_words(century)} hundred"
    if rest < 10:
        return f"{cardinal_words(century)} oh-{ONES[rest]}"
    return f"{cardinal_words(century)} {cardinal_words(rest)}"


def broadcast_int(n: int) -> str:
    """Broadcast written form: 5 -> "five", 40 -> "forty", 450 -> "450", 21450 -> "21-thousand-450"."""
    if n < 0:
        return "minus " + broadcast_int(-n)
    if n < 10 or (n < 100 and n % 10 == 0):
        return cardinal_words(n)
    if n < 1000:
        return str(n)
    if n < 10000 and n % 100 == 0 and n % 1000:
        return f"{broadcast_int(n // 100)}-hundred"  # 4,500 -> 45-hundred
    for scale, name in SCALES:
        if n >= scale:
            head, rest = divmod(n, scale)
            if head >= 1000:
                return str(n)
            text = f"{broadcast_int(head)}-{name}"
            return text + (f"-{broadcast_int(rest)}" if rest else "")
    return str(n)  # pragma: no cover


def broadcast_ordinal(n: int) -> str:
    """1 -> "first", 10 -> "tenth", 21 -> "21st"."""
    if n < 10 or (n < 100 and n % 10 == 0):
        return ordinal_words(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def broadcast_decimal(whole: int, decimals: str) -> str:
    """1.5 -> "one-point-five", 62.25 -> "62-point-two-five"."""
    return broadcast_int(whole) + "-point-" + "-".join(ONES[int(d)] for d in decimals)


FRACTIONS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"), 5: ("fifth", "fifths"),
             6: ("sixth", "sixths"), 8: ("eighth", "eighths"), 10: ("tenth", "tenths"), 16: ("sixteenth", "sixteenths")}
UNICODE_FRACTIONS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}


def fraction_words(num: int, den: int) -> str | None:
    """3/4 -> "three-quarters"; None when it is not a plain fraction (9/11, 24/7)."""
    if den not in FRACTIONS or not 0 < num < den:
        return None
    single, plural = FRACTIONS[den]
    return f"{ONES[num]}-{single if num == 1 else plural}"
