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

WEEKDAYS = frozenset("Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split())

# "one" and "two" are left out: أحد and اثنان are as often "someone" and the dual.
NUMBERS = frozenset(
    """
    three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand million billion
    """.split()
)

# Lemma ids (BAMA's own) of very frequent words whose homographs are rare.
# أنّ "that" before أن "to": phrases.py turns it into "to" before an imperfect verb.
FREQUENT_LEMMAS = frozenset({"dAr_1", "<in~a_1", ">an~a_1"})

# Everyday English words (our own list). Common concepts have common English names, so a
# reading whose gloss starts with one of these is likelier than one glossed "creditor",
# "mannerism" or "venial sin" (مدينة "city", تعمل "works", الصغيرة "the small"). Light verbs
# (be, get, make, take, give, come, set, put) are left out: "get burned" is no everyday gloss.
BASIC_ENGLISH = frozenset(
    """
    able about above accept accident account act action active add address administration admit
    adult affair afraid after afternoon again against age agency agree agreement aid aim air
    airport all allow ally almost alone along already also although always among amount ancient
    and anger angry animal announce another answer any apartment appear apply approve area argue
    arm army around arrest arrive art article artist ask assembly attack attempt attend author
    authority autumn average avoid away baby back bad bag balance ball bank base basic battle be
    bear beat beautiful become bed before begin behind believe belong below best better between
    big bill bird birth black blood blue board boat body book border born borrow both bottom box
    boy brain branch brave bread break bridge brief bright bring brother budget build building
    burn bus business busy buy call calm camp campaign can candidate capital car card care carry
    case cause celebrate center central century certain chair chairman chance change character
    charge cheap check chief child choose church circle citizen city civil claim class clean clear
    climate close clothes cloud club coast cold collect college color  comfort command
    committee common community company compare complete computer concern condition conference
    confirm congress connect consider continue contract control cook cool cooperation copy corner
    correct cost council count country court cover create crime crisis crop cross crowd culture
    cup current custom cut daily damage dance danger dark date daughter day dead deal death debate
    decide decision declare deep defend defense degree delegation demand deny department describe
    desert design destroy detail develop development die difference different difficult dinner
    direct direction director discover discuss disease distance divide doctor document dog door
    doubt down draw dream dress drink drive drop dry during duty early earth east easy eat economy
    edge education effect effort egg election electricity element embassy emergency employ empty
    end enemy energy engineer enjoy enough enter entire environment equal escape establish even
    evening event every evidence exactly exam example exchange exhibition exist expect expensive
    experience expert explain explosion export express face fact factory fail fair fall false
    family famous far farm farmer fast father fear feel festival few field fight figure fill film
    final find fine finish fire firm first fish flag flight floor flow flower fly follow food foot
    force foreign forest forget form former forward free freedom friend front fruit fuel full fund
    future game garden gas gate general  gift girl  glad glass go goal god gold good govern
    government great green ground group grow growth guard guest guide gun hair half hall hand
    happen happy hard head health hear heart heat heavy help high hill history hit hold hole holy
    home hope hospital hot hotel hour house human hundred hunger husband idea important improve
    include income increase independent industry inform information inside interest international
    invite iron island issue job join journey judge just justice keep key kill kind king kitchen
    know knowledge labor lack lake land language large last late law lawyer lead leader learn
    least leave left leg less lesson letter level library lie life lift light like limit line list
    listen little live local long look lose loss love low machine main major  man manage many
    map market marriage matter may meal mean measure meat medicine meet meeting member memory
    message method middle might military milk mind minister minute miss mission modern moment
    money month moon more morning most mother mountain mouth move much music must name nation
    national natural nature near necessary need neighbor network never new news next night no
    noon north note nothing notice now number nurse object occupy offer office officer official
    oil old open operation opinion opposition order organization organize other out own page pain
    paper parent park parliament part party pass passenger past pay peace people perhaps period
    permit person picture piece place plan plant play player please poem poet point police policy
    political poor popular population port position possible post power prepare present president
    press pressure price prime prison private prize problem process produce product program
    progress project promise protect protest prove provide public pull punish purpose push put
    quarter question quick quiet race radio railway rain raise rate reach read ready real reason
    receive record red reduce reform refuse region reject relation release religion remain
    remember remove repair repeat report represent republic request rescue research resign
    respect rest result return rich right rise river road rock role room root round rule run safe
    salt same save say school science sea search season seat second secret secretary security
    see seek sell send sense serious serve service  settle several shape share ship shop short
    show sick side sign silver simple since sing sister sit situation size skin sky sleep slow
    small smile snow social society soldier solution son song soon sort sound south space speak
    special speech speed spend sport spring square staff stage stand star start state station stay
    steal step still stone stop store storm story street strength strike strong student study
    subject succeed success sudden suffer sugar summer sun supply support sure surprise system
    table  talk tall tax tea teach teacher team technology telephone television tell term test
    thank theater thing think thought threat ticket time today together tomorrow tonight tool top
    total touch tourism toward town trade tradition traffic train transport travel treat treaty
    tree trial trip troops trouble true trust truth try turn type under understand union unit
    university until up use usual valley value vehicle victim victory view village violence visit
    voice vote wage wait walk wall want war warm warn wash watch water way weak wealth weapon
    wear weather week weight welcome well west wet white whole wide wife win wind window winter
    wish with woman wonder word work worker world worry write writer wrong year yellow yesterday
    young youth zone
    """.split()
) - frozenset("be get make take give come set put".split())

# Frequent news lemmas and the sense news prose means by them (our own list, from common
# knowledge of Modern Standard Arabic). One "lemma keyword" per entry: the lemma undiacritized as
# BAMA spells it (plurals go under their singular: سكان under ساكن), the keyword a word that
# starts one of the preferred reading's gloss alternatives. A reading with that lemma and gloss
# beats its homographs (الملك "king", not "property"; قرر "decide", not "settle down").
_PREFERRED = """
لكن however  لكن but  قال said  بات become  ملك king  هزيمة defeat  جامع mosque  أحد one  ساكن inhabitant
ساكن resident  قرر decide  وصل arrive  سلمان Salman  قال say  أعلن announce  أكد confirm
أشار point  أضاف add  ذكر mention  أوضح explain  تابع follow  رأى see  اعتبر consider  طالب demand
دعا call  رفض refuse  وافق agree  بحث discuss  التقى meet  استقبل receive  زار visit  غادر leave
عاد return  بدأ begin  انتهى end  استمر continue  شارك participate  قتل kill  أصاب injure
هاجم attack  سقط fall  وقع sign  وقع occur  أطلق launch  نفذ carry  شن launch  اعتقل arrest
أفرج release  فاز win  خسر lose  ارتفع rise  انخفض decline  بلغ reach  تجاوز exceed  حقق achieve
قدم present  تلقى receive  أرسل send  نشر publish  أصدر issue  حذر warn  طلب request  أمر order
سمح allow  منع prevent  عقد hold  اجتمع meet  انتخب elect  عين appoint  استقال resign  حكم rule
يوم day  عام year  شهر month  أسبوع week  ساعة hour  دقيقة minute  وقت time  مرة time
دولة state  بلد country  حكومة government  رئيس president  وزير minister  وزارة ministry
مجلس council  برلمان parliament  نائب deputy  سفير ambassador  سفارة embassy  جيش army
قوة force  أمن security  شرطة police  جندي soldier  ضابط officer  مسلح gunman  حرب war  سلام peace
اتفاق agreement  اتفاقية agreement  معاهدة treaty  مفاوضات negotiation  حوار dialogue  أزمة crisis
هجوم attack  انفجار explosion  قصف bombardment  غارة raid  معركة battle  نصر victory  قتيل killed
جريح wounded  ضحية victim  لاجئ refugee  سجن prison  محكمة court  قاض judge  قانون law  دستور constitution
انتخاب election  حزب party  معارضة opposition  شعب people  مواطن citizen  سكان population
مدينة city  قرية village  منطقة region  محافظة governorate  عاصمة capital  حدود border  شارع street
اقتصاد economy  سوق market  سعر price  نفط oil  غاز gas  شركة company  بنك bank  مال money
مليون million  مليار billion  ألف thousand  دولار dollar  ميزانية budget  تجارة trade  صادرات export
مصدر source  تقرير report  خبر news  صحيفة newspaper  وكالة agency  بيان statement  مؤتمر conference
موقع site  قناة channel  تلفزيون television  إذاعة radio  صحفي journalist  مسؤول official
عالم world  دولي international  عربي Arab  إسلامي Islamic  أمير prince  شيخ sheikh  إمام imam
مسجد mosque  كنيسة church  مدرسة school  جامعة university  طالب student  مستشفى hospital  طبيب doctor
صحة health  تعليم education  عمل work  عامل worker  مشروع project  خطة plan  برنامج program
قرار decision  موقف position  سياسة policy  علاقة relation  تعاون cooperation  دعم support
مساعدة aid  حق right  حرية freedom  إنسان human  امرأة woman  طفل child  رجل man  شاب young
أسرة family  بيت house  أرض land  ماء water  كهرباء electricity  طريق road  سيارة car
طائرة aircraft  مطار airport  ميناء port  سفينة ship  حدث event  حادث accident  عدد number
جزء part  نصف half  أول first  آخر other  جديد new  كبير big  صغير small  كثير many  قليل few
مهم important  عام general  خاص special  رسمي official  وطني national  محلي local
أمام front  خلال during  بعد after  قبل before  بين between  حول around  ضد against  دون without
غير other  كل all  بعض some  نحو toward  منذ since  حتى until  عند at  إذا if  لأن because
أيضا also  فقط only  كذلك also  حيث where  عندما when  ضمن within  عبر across
"""
PREFERRED: dict[str, frozenset[str]] = {}
for _lemma, _keyword in zip(*[iter(_PREFERRED.split())] * 2):
    PREFERRED[_lemma] = PREFERRED.get(_lemma, frozenset()) | {_keyword.lower()}

# Words before or after which a word that can be a name is read as one (الملك سلمان, عبد
# العزيز, محمد بن سلمان). Undiacritized, as written.
NAME_BEFORE = frozenset("بن ابن بنت عبد أبو ابو أم آل الملك الأمير الشيخ الرئيس السيد الإمام".split())
NAME_AFTER = frozenset("بن ابن بنت".split())
# Words that are themselves the first half of a name when a name follows (عبد العزيز, أبو بكر).
NAME_HEADS = frozenset("عبد أبو ابو".split())
