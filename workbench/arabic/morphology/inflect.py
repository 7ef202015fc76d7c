"""Tiny English inflection for gloss drafts: past tense, third person -s, plural.

Only the first word of a gloss is inflected ("take an oath" -> "took an oath"). Irregular forms
cover the common verbs and nouns of BAMA glosses; everything else follows the regular spelling
rules. A wrong form costs little in a gloss draft; the point is to read "decided", not "decide".
"""

from __future__ import annotations

_IRREGULAR_PAST = dict(
    pair.split(":")
    for pair in """
    arise:arose awake:awoke be:was bear:bore beat:beat become:became begin:began bend:bent
    bind:bound bite:bit bleed:bled blow:blew break:broke breed:bred bring:brought build:built
    burst:burst buy:bought cast:cast catch:caught choose:chose cling:clung come:came cost:cost
    creep:crept cut:cut deal:dealt dig:dug do:did draw:drew drink:drank drive:drove eat:ate
    fall:fell feed:fed feel:felt fight:fought find:found flee:fled fly:flew forbid:forbade
    forget:forgot forgive:forgave freeze:froze get:got give:gave go:went grind:ground grow:grew
    hang:hung have:had hear:heard hide:hid hit:hit hold:held hurt:hurt keep:kept kneel:knelt
    know:knew lay:laid lead:led leave:left lend:lent let:let lie:lay light:lit lose:lost
    make:made mean:meant meet:met mislead:misled overcome:overcame oversee:oversaw pay:paid
    put:put quit:quit read:read rend:rent ride:rode ring:rang rise:rose run:ran say:said see:saw
    seek:sought sell:sold send:sent set:set sew:sewed shake:shook shed:shed shine:shone
    shoot:shot show:showed shut:shut sing:sang sink:sank sit:sat sleep:slept slide:slid
    sling:slung speak:spoke speed:sped spend:spent spin:spun spit:spat split:split spread:spread
    spring:sprang stand:stood steal:stole stick:stuck sting:stung stink:stank strike:struck
    strive:strove swear:swore sweep:swept swim:swam swing:swung take:took teach:taught tear:tore
    tell:told think:thought throw:threw tread:trod undergo:underwent understand:understood
    undertake:undertook uphold:upheld wake:woke wear:wore weave:wove weep:wept win:won wind:wound
    withdraw:withdrew withhold:withheld withstand:withstood wring:wrung write:wrote
    """.split()
)
_PAST_FORMS = frozenset(_IRREGULAR_PAST.values()) - frozenset(_IRREGULAR_PAST)
_DOUBLE_FINAL = frozenset(
    "ban beg chat dip drop grab hop jog nod plan plot rob rub ship shop skip slip stab step stir "
    "stop tap trap trim trip wrap admit commit control equip occur omit patrol permit prefer "
    "refer regret submit transfer".split()
)
_IRREGULAR_PLURAL = {
    "man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
    "tooth": "teeth", "mouse": "mice", "life": "lives", "wife": "wives", "knife": "knives",
    "leaf": "leaves", "half": "halves", "crisis": "crises", "analysis": "analyses",
    "thesis": "theses", "basis": "bases", "phenomenon": "phenomena", "criterion": "criteria",
    "sheep": "sheep", "fish": "fish", "series": "series", "news": "news",
}
_VOWELS = frozenset("aeiou")


def _split(gloss: str) -> tuple[str, str]:
    head, _, rest = gloss.partition(" ")
    return head, (" " + rest if rest else "")


def past_tense(gloss: str) -> str:
    verb, rest = _split(gloss)
    low = verb.lower()
    if not low.isalpha():
        return gloss
    if low in _PAST_FORMS or (low.endswith("ed") and low not in ("need", "feed", "heed", "shed")):
        return gloss  # BAMA already glosses some perfect stems in the past ("said")
    if low in _IRREGULAR_PAST:
        form = _IRREGULAR_PAST[low]
    elif low.endswith("e"):
        form = low + "d"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        form = low[:-1] + "ied"
    elif low in _DOUBLE_FINAL:
        form = low + low[-1] + "ed"
    else:
        form = low + "ed"
    return form + rest


def third_person(gloss: str) -> str:
    verb, rest = _split(gloss)
    low = verb.lower()
    if not low.isalpha():
        return gloss
    if low in ("be", "have"):
        return {"be": "is", "have": "has"}[low] + rest
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return low + "es" + rest
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return low[:-1] + "ies" + rest
    return low + "s" + rest


def plural(gloss: str) -> str:
    """Pluralize the last word of a noun gloss ("city" -> "cities", "prime minister" -> "prime
    ministers"); words already plural-looking are kept."""
    head, _, last = gloss.rpartition(" ")
    low = last.lower()
    if not low.isalpha() or low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return gloss
    if low in _IRREGULAR_PLURAL:
        form = _IRREGULAR_PLURAL[low]
    elif low.endswith(("s", "sh", "ch", "x", "z")):
        form = low + "es"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        form = low[:-1] + "ies"
    else:
        form = low + "s"
    if last[:1].isupper():
        form = form[:1].upper() + form[1:]
    return f"{head} {form}" if head else form
