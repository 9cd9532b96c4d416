"""Check-digit algorithms of Japanese identifiers (no recognizer here).

Kept apart from the recognizers so that tests and any recognizer can use
the same, documented arithmetic.
"""
from __future__ import annotations


def my_number_check_digit(first11: str) -> int:
    """個人番号 (My Number): 11 digits + 1 check digit.

    行政手続における特定の個人を識別するための番号の利用等に関する法律施行令
    第8条 / 総務省令第85号第5条: with P_n the n-th digit counted from the
    right of the 11 digits and Q_n = n + 1 (1 <= n <= 6), n - 5 (7 <= n <= 11),
    r = sum(P_n * Q_n) mod 11; the check digit is 0 when r <= 1, else 11 - r.
    """
    digits = [int(c) for c in reversed(first11)]
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(digits, start=1))
    r = total % 11
    return 0 if r <= 1 else 11 - r


def is_my_number(number: str) -> bool:
    return len(number) == 12 and number.isdigit() and my_number_check_digit(number[:11]) == int(number[11])


def corporate_number_check_digit(base12: str) -> int:
    """法人番号 (corporate number): 1 check digit + 12 digits.

    法人番号の指定等に関する省令 第2条: with P_n the n-th digit from the right
    of the 12-digit base and Q_n = 1 for odd n, 2 for even n, the check
    digit (the FIRST digit) is 9 - (sum(P_n * Q_n) mod 9).
    """
    digits = [int(c) for c in reversed(base12)]
    total = sum(p * (1 if n % 2 else 2) for n, p in enumerate(digits, start=1))
    return 9 - total % 9


def is_corporate_number(number: str) -> bool:
    return (len(number) == 13 and number.isdigit()
            and corporate_number_check_digit(number[1:]) == int(number[0]))


def luhn_valid(number: str) -> bool:
    """Luhn (ISO/IEC 7812-1) check of a payment card number."""
    if not number.isdigit() or not 13 <= len(number) <= 19:
        return False
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0
