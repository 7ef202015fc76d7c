"""Small word lists that stand in for the corpus frequencies BAMA 1.0 lacks (see ranking.py).

Our own lists of facts, matched against BAMA's English glosses or lemma ids.
"""

from __future__ import annotations

# Names news text uses every day that share their spelling with common words (الموصل
# "conductor", الرياض "gardens", القدس "holy", اليمن "right side", مصر "insistent", الأحد "one").
# Medina is left out: المدينة is far more often "the city".
NAMES = frozenset(
    """
    Egypt Cairo Alexandria Iraq Baghdad Mosul Basra Kirkuk Irbil Syria Damascus Aleppo Homs
    Lebanon Beirut Jordan Amman Palestine Jerusalem Gaza Ramallah Israel Saudi Riyadh Jeddah Mecca
    Yemen Sanaa Aden Oman Muscat Kuwait Bahrain Manama Qatar Doha Emirates Dubai Sudan Khartoum
    Libya Tripoli Benghazi Tunisia Tunis Algeria Algiers Morocco Rabat Casablanca Mauritania
    Nouakchott Somalia Mogadishu Djibouti Iran Tehran Turkey Ankara Istanbul Afghanistan Kabul
    Pakistan Islamabad India Russia Moscow China Beijing Japan Tokyo America Washington France
    Paris Britain London Germany Berlin Italy Rome Spain Madrid Europe Africa Asia Gulf
    Sunday Monday Tuesday Wednesday Thursday Friday Saturday
    January February March April May June July August September October November December
    """.split()
)

# "one" and "two" are left out: أحد and اثنان are as often "someone" and the dual.
NUMBERS = frozenset(
    """
    three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand million billion
    """.split()
)

# Lemma ids (BAMA's own) of very frequent words whose homographs are rare.
FREQUENT_LEMMAS = frozenset({"dAr_1", "<in~a_1"})
