"""The grounding check: in generated copy, every number, percentage, price, date, superlative,
quotation and named source that the fact sheet does not support is flagged with its span.

French and English, with typographic variants: no-break and narrow no-break spaces (« 50 % »),
decimal commas, thousands separators, « 19,90 € », « 19€90 », « n°1 », typographic quotes. A claim
is supported when the fact sheet (claims and evidence) holds the same value: the same number, the
same percentage, the same price (and currency when both say one), a compatible date, a superlative
of the same group, the quoted words, the source's name. The flags feed the ethics checklist."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache

from app.core.campaign import Fact
from app.core.resources import load_json

SP = "[ \u00a0\u202f\u2009]"  # a space, including the no-break ones French typography uses
_NUM = (r"(?<![\w.,/])(?:\d{1,3}(?:(?:" + SP + r"|[.,])\d{3})+|\d+)(?:[.,]\d+)?(?![\w])")
_CURRENCY_SYMBOL = {"€": "EUR", "$": "USD", "£": "GBP", "eur": "EUR", "euro": "EUR",
                    "euros": "EUR", "usd": "USD", "dollar": "USD", "dollars": "USD",
                    "gbp": "GBP", "chf": "CHF", "livres": "GBP", "pounds": "GBP"}
_CUR_WORD = r"(?:€|\$|£|EUR|USD|GBP|CHF|euros?|dollars?|livres|pounds)"
_PRICE = re.compile(
    r"(?:(?P<c1>[€$£])" + SP + r"?(?P<n1>" + _NUM + r"))"
    r"|(?:(?P<n3>\d+)€(?P<d3>\d{2})\b)"
    r"|(?:(?P<n2>" + _NUM + r")" + SP + r"?(?P<c2>" + _CUR_WORD + r")(?![\w]))", re.I)
_PERCENT = re.compile(r"(?P<n>" + _NUM + r")" + SP + r"?(?:%|pour" + SP + r"?cents?\b|percent\b"
                      r"|per" + SP + r"cent\b)", re.I)
_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "january": 1, "february": 2, "march": 3, "april": 4,
    "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DATES = [
    re.compile(r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-])"),
    re.compile(r"(?<![\w/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?![\w/])"),
    re.compile(r"\b(?P<d>1er|\d{1,2})(?:st|nd|rd|th)?" + SP + r"+(?:of" + SP + r")?(?P<mn>"
               + _MONTH + r")(?:,?" + SP + r"+(?P<y>\d{4}))?\b", re.I),
    re.compile(r"\b(?P<mn>" + _MONTH + r")" + SP + r"+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?" + SP
               + r"+(?P<y>\d{4}))?\b", re.I),
    re.compile(r"\b(?P<mn>" + _MONTH + r")" + SP + r"+(?P<y>\d{4})\b", re.I),
    re.compile(r"(?<![\w.,])(?P<y>(?:19|20)\d{2})(?![\w.,]\d)"),
]
_NUMBER = re.compile(_NUM)
_LIST_MARKER = re.compile(r"^\s*\d{1,2}[.)]\s", re.M)
_QUOTES = re.compile(r"«\s*(?P<a>[^»\n]{2,}?)\s*»|“(?P<b>[^”\n]{2,}?)”"
                     r"|„(?P<c>[^“”\n]{2,}?)[“”]|(?<![\w])\"(?P<d>[^\"\n]{2,}?)\"(?![\w])")
_NAME = re.compile(r"\s*((?:[\w'’&.-]+" + SP + r"?){1,6})")
_PAREN_SOURCE = re.compile(r"\((?P<s>[A-Z][\w&.-]*(?:" + SP + r"[A-Z][\w&.-]*)*)(?:,?" + SP
                           + r"*(?:\d{4}))?\)")


@dataclass(frozen=True)
class GroundingFlag:
    kind: str  # number | percentage | price | date | superlative | quotation | source
    start: int
    end: int
    text: str
    supported: bool = False
    detail: str = ""  # the normalised value, or the superlative group, for the reviewer

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class GroundingReport:
    flags: list[GroundingFlag] = field(default_factory=list)  # unsupported: to review
    supported: list[GroundingFlag] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.flags

    def to_dict(self) -> dict:
        return {"flags": [f.to_dict() for f in self.flags],
                "supported": [f.to_dict() for f in self.supported]}


@cache
def _rules() -> dict:
    data = load_json("prompting", "grounding.json")

    def compile_all(patterns):
        return [re.compile(p.replace(" ", SP), re.I) for p in patterns]

    return {"superlatives": {g: compile_all(ps) for g, ps in data["superlatives"].items()},
            "sources": compile_all(data["source_triggers"]),
            "prepositions": compile_all(data["source_prepositions"]),
            "nouns": set(data["source_nouns"]),
            "stopwords": set(data["stopwords"])}


def check_grounding(text: str, facts: list[Fact] | None, *, also: tuple[str, ...] = ()
                    ) -> GroundingReport:
    """Flag what `text` claims that `facts` (and the `also` texts: the product's name...) do not
    support. Spans index into `text` as given."""
    support = _Support.of([t for f in facts or [] for t in (f.claim, f.evidence) if t], also)
    report = GroundingReport()
    for claim in _claims(text):
        supported = support.supports(claim)
        flag = GroundingFlag(claim.kind, claim.start, claim.end, claim.text, supported,
                             claim.detail)
        (report.supported if supported else report.flags).append(flag)
    return report


# --- extraction ------------------------------------------------------------------------------
@dataclass
class _Claim:
    kind: str
    start: int
    end: int
    text: str
    value: object = None
    detail: str = ""


def _claims(text: str) -> list[_Claim]:
    claims: list[_Claim] = []
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _LIST_MARKER.finditer(text)]

    def add(kind, start, end, value=None, detail="", exclusive=True):
        if exclusive and any(start < b and a < end for a, b in taken):
            return
        if exclusive:
            taken.append((start, end))
        claims.append(_Claim(kind, start, end, text[start:end], value, detail))

    for group, patterns in _rules()["superlatives"].items():
        for pattern in patterns:
            for m in pattern.finditer(text):
                add("superlative", m.start(), m.end(), group, group)
    for m in _PRICE.finditer(text):
        value = _price_value(m)
        if value:
            add("price", m.start(), m.end(), value, f"{_show(value[0])} {value[1] or ''}".strip())
    for m in _PERCENT.finditer(text):
        value = parse_number(m.group("n"))
        if value is not None:
            add("percentage", m.start(), m.end(), value, f"{_show(value)} %")
    for pattern in _DATES:
        for m in pattern.finditer(text):
            value = _date_value(m)
            if value:
                add("date", m.start(), m.end(), value, _date_label(value))
    for m in _NUMBER.finditer(text):
        value = parse_number(m.group(0))
        if value is not None:
            add("number", m.start(), m.end(), value, _show(value))
    for m in _QUOTES.finditer(text):
        inner = next(g for g in m.groups() if g)
        add("quotation", m.start(), m.end(), _words(inner), exclusive=False)
    for claim in _sources(text):
        add("source", claim[0], claim[1], claim[2], exclusive=False)
    return sorted(claims, key=lambda c: (c.start, c.end))


def _sources(text: str):
    rules = _rules()
    for pattern in rules["sources"] + rules["prepositions"]:
        for m in pattern.finditer(text):
            found = _source_name(text, m.end())
            if found:
                yield m.start(), found[0], found[1]
    for m in _PAREN_SOURCE.finditer(text):
        words = _content_words(m.group("s"))
        if words:
            yield m.start(), m.end(), words


_CONNECTORS = {"de", "du", "des", "of", "the", "&", "la", "le", "l", "d", "and", "et"}


def _source_name(text: str, pos: int):
    """(end, words that must be in the fact sheet) of the source named after a trigger, or None.
    A proper name (capitalised words) is the source; otherwise the words up to a source noun
    ("les dermatologues"). A phrase with neither is no source ("selon vos envies")."""
    tokens = list(re.finditer(r"[\w'’&.-]+", text[pos:pos + 80]))
    gap = re.compile(r"^(?:" + SP + r"{1,2})?$")
    run, prev_end = [], 0
    for t in tokens:  # the words right after the trigger, up to punctuation
        if not gap.match(text[pos + prev_end:pos + t.start()]) or len(run) >= 7:
            break
        run.append(t)
        prev_end = t.end()
    words = [t.group(0).strip(".-") for t in run]
    words = [w for w in words if w]
    if not words:
        return None
    first = next((i for i, w in enumerate(words) if _fold(w) not in _CONNECTORS
                  and not re.fullmatch(r"l['’]\w*|d['’]\w*", _fold(w))), None)
    capital = [i for i, w in enumerate(words) if w[:1].isupper() or (
        re.match(r"[ld]['’]", w, re.I) and w[2:3].isupper())]
    nouns = set(_rules()["nouns"])
    if capital and first is not None and capital[0] <= first + 1:
        last = capital[0]
        for i in range(capital[0] + 1, len(words)):
            if i in capital:
                last = i
            elif _fold(words[i]) not in _CONNECTORS:
                break
        chosen = [words[i] for i in range(capital[0], last + 1) if i in capital]
        span_end = run[last].end()
    else:
        noun_at = next((i for i, w in enumerate(words) if set(_words(w)) & nouns), None)
        if noun_at is None:
            return None
        last = noun_at
        chosen = words[:last + 1]
        span_end = run[last].end()
    content = _content_words(" ".join(chosen))
    span_end -= len(run[last].group(0)) - len(run[last].group(0).rstrip(".-"))
    return (pos + span_end, content) if content else None


# --- values ----------------------------------------------------------------------------------
def parse_number(raw: str) -> Decimal | None:
    """"1 299,90" / "1,299.90" / "1.299" / "0,5" -> Decimal. A single separator followed by
    exactly three digits is read as a thousands separator (prices and counts), else decimal."""
    s = re.sub(SP, "", raw.strip())
    if not s:
        return None
    if "," in s and "." in s:
        decimal_sep = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal_sep == "," else ",", "").replace(decimal_sep, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, _, tail = s.rpartition(sep)
        if s.count(sep) > 1 or (len(tail) == 3 and head not in ("0", "")):
            s = s.replace(sep, "")
        else:
            s = s.replace(sep, ".")
    try:
        return Decimal(s).normalize()
    except InvalidOperation:
        return None


def _show(value: Decimal) -> str:
    return format(value, "f")


def _price_value(m: re.Match):
    if m.group("n3"):
        amount = parse_number(f"{m.group('n3')},{m.group('d3')}")
        currency = "EUR"
    else:
        raw = m.group("n1") or m.group("n2")
        amount = parse_number(raw)
        currency = _CURRENCY_SYMBOL.get((m.group("c1") or m.group("c2") or "").lower())
    return (amount, currency) if amount is not None else None


def _date_value(m: re.Match):
    parts = m.groupdict()
    year = parts.get("y")
    if year and len(year) == 2:
        year = "20" + year
    month = parts.get("m")
    if parts.get("mn"):
        month = _MONTHS.get(parts["mn"].lower())
    day = parts.get("d")
    day = 1 if day == "1er" else day
    try:
        value = (int(year) if year else None, int(month) if month else None,
                 int(day) if day else None)
    except ValueError:
        return None
    if value[1] is not None and not 1 <= value[1] <= 12:
        return None
    if value[2] is not None and not 1 <= value[2] <= 31:
        return None
    return value


def _date_label(value) -> str:
    return "-".join("??" if v is None else f"{v:02d}" for v in value)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'")


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", _fold(text)))


def _content_words(text: str) -> tuple[str, ...]:
    stop = _rules()["stopwords"]
    return tuple(w for w in _words(text) if w not in stop and len(w) > 1)


# --- support ---------------------------------------------------------------------------------
@dataclass
class _Support:
    numbers: set = field(default_factory=set)
    percentages: set = field(default_factory=set)
    prices: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    groups: set = field(default_factory=set)
    words: tuple = ()
    folded: str = ""

    @classmethod
    def of(cls, texts: list[str], also: tuple[str, ...] = ()) -> _Support:
        support = cls()
        for text in texts:
            for claim in _claims(text):
                support._add(claim)
        joined = " \n ".join([*texts, *also])
        support.words = _words(joined)
        support.folded = " ".join(support.words)
        return support

    def _add(self, claim: _Claim) -> None:
        if claim.kind == "price":
            self.prices.append(claim.value)
            self.numbers.add(claim.value[0])
        elif claim.kind == "percentage":
            self.percentages.add(claim.value)
            self.numbers.add(claim.value)
        elif claim.kind == "date":
            self.dates.append(claim.value)
            for part in claim.value:
                if part is not None:
                    self.numbers.add(Decimal(part))
        elif claim.kind == "number":
            self.numbers.add(claim.value)
        elif claim.kind == "superlative":
            self.groups.add(claim.value)

    def supports(self, claim: _Claim) -> bool:
        kind, value = claim.kind, claim.value
        if kind == "number":
            return value in self.numbers
        if kind == "percentage":
            return value in self.percentages
        if kind == "price":
            amount, currency = value
            return any(a == amount and (not currency or not c or c == currency)
                       for a, c in self.prices)
        if kind == "date":
            return any(_date_fits(value, d) for d in self.dates)
        if kind == "superlative":
            return value in self.groups
        if kind == "quotation":
            return bool(value) and _contains(self.folded, " ".join(value))
        if kind == "source":
            return bool(value) and set(value) <= set(self.words)
        return False


def _date_fits(claim, fact) -> bool:
    """The copy's date says nothing the fact's date contradicts or lacks."""
    return all(c is None or (f is not None and c == f) for c, f in zip(claim, fact, strict=True))


def _contains(haystack: str, needle: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return bool(needle) and re.search(pattern, haystack) is not None
