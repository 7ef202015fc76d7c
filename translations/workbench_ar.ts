<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../workbench/ui/panels/term_dialog.py" line="+137"/>
        <source>Selected: {text}</source>
        <translation>المحدَّد: ⁨{text}⁩</translation>
    </message>
</context>
<context>
    <name>AnalysisTableModel</name>
    <message>
        <location filename="../workbench/ui/panels/analysis_model.py" line="+67"/>
        <source>noun</source>
        <translation>اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proper noun</source>
        <translation>اسم علم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjective</source>
        <translation>صفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adverb</source>
        <translation>ظرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verb</source>
        <translation>فعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preposition</source>
        <translation>حرف جر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conjunction</source>
        <translation>حرف عطف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pronoun</source>
        <translation>ضمير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative pronoun</source>
        <translation>اسم موصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demonstrative</source>
        <translation>اسم إشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abbreviation</source>
        <translation>اختصار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interjection</source>
        <translation>أداة تعجّب أو جواب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>particle</source>
        <translation>حرف</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Diacritized</source>
        <translation>بالتشكيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lemma</source>
        <translation>المدخل المعجمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of speech</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gloss</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segmentation</source>
        <translation>التجزئة</translation>
    </message>
</context>
<context>
    <name>AskDialogs</name>
    <message>
        <location filename="../workbench/ui/dialogs/ask_dialogs.py" line="+30"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retranslate paragraph {row}</source>
        <translation>إعادة ترجمة الفقرة {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph {row} is {status}: a person wrote or checked it. Replace it with the new machine draft?</source>
        <translation>الفقرة {row} حالتها {status}: كتبها شخص أو راجعها. هل تستبدل بها المسودة الآلية الجديدة؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your text:
{current}

New draft:
{draft}

Replacing is one undo step, and your text stays in the paragraph&apos;s history.</source>
        <translation>نصك:
{current}

المسودة الجديدة:
{draft}

الاستبدال خطوة تراجع واحدة، ويبقى نصك في سجل الفقرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeping your text keeps the new draft in the history, beside it.</source>
        <translation>إن أبقيت نصك تبقى المسودة الجديدة في السجل بجانبه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with the draft</source>
        <translation>استبدل بالمسودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my text</source>
        <translation>أبقِ نصي</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It changes: {counts}.</source>
        <translation>سيتغير: {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left as they are (locked): {counts}. Tick “Include approved and reviewed” to change them too.</source>
        <translation>يبقى كما هو (مقفل): {counts}. حدّد «تضمين المعتمدة والمراجَعة» لتغييرها أيضًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewed and approved paragraphs it changes become edited and need checking again.</source>
        <translation>الفقرات المراجَعة والمعتمدة التي تتغير تصبح معدَّلة وتحتاج إلى مراجعة من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo takes the whole replacement back.</source>
        <translation>التراجع يلغي الاستبدال كله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace “{query}” with “{replacement}” in {count} paragraphs?</source>
        <translation>هل تضع «{replacement}» مكان «{query}» في {count} فقرة؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace in {count} paragraphs</source>
        <translation>استبدل في {count} فقرة</translation>
    </message>
</context>
<context>
    <name>BackupsController</name>
    <message>
        <location filename="../workbench/ui/dialogs/backups_dialog.py" line="+101"/>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-59"/>
        <source>Backups of {name}</source>
        <translation>النسخ الاحتياطية لـ {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is taken when the project opens, every ten minutes while it changes, and when it closes. Restoring keeps the current file beside the project.</source>
        <translation>تُؤخذ نسخة احتياطية عند فتح المشروع، وكل عشر دقائق ما دام يتغيّر، وعند إغلاقه. والاستعادة تُبقي الملف الحالي بجوار المشروع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore…</source>
        <translation>&amp;استعادة…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> — damaged, kept for inspection</source>
        <translation> — تالفة، محفوظة للفحص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}   {size} KB{state}</source>
        <translation>{when}   {size} ك.ب{state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backups of this project yet.</source>
        <translation>لا توجد نسخ احتياطية لهذا المشروع بعد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the backup from {when} in the place of {name}? The current file is kept beside it, and the project opens again.</source>
        <translation>أتضع النسخة الاحتياطية المأخوذة في {when} مكان {name}؟ يُحفظ الملف الحالي بجوارها، ثم يُفتح المشروع من جديد.</translation>
    </message>
</context>
<context>
    <name>CommentDock</name>
    <message>
        <location filename="../workbench/ui/views/comment_dock.py" line="+22"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note about this paragraph for the translator or the editor.</source>
        <translation>ملاحظة عن هذه الفقرة للمترجم أو للمراجِع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save comment</source>
        <translation>حفظ التعليق</translation>
    </message>
</context>
<context>
    <name>CompletionGlue</name>
    <message>
        <location filename="../workbench/ui/steer_completion.py" line="+157"/>
        <source>The model has nothing to add here.</source>
        <translation>ليس لدى النموذج ما يضيفه هنا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The suggestion lacks the glossary term {terms}.</source>
        <translation>ينقص الاقتراحَ مصطلحُ المسرد {terms}.</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <location filename="../workbench/ui/dialogs/concordance_dialog.py" line="+51"/>
        <source>Concordance</source>
        <translation>البحث في السياق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arabic words to look for in the translation memory</source>
        <translation>كلمات عربية للبحث عنها في ذاكرة الترجمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The translation memory could not be read: {why}</source>
        <translation>تعذّرت قراءة ذاكرة الترجمة: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} units hold these words.</source>
        <translation>عدد الوحدات التي تحوي هذه الكلمات: {count}.</translation>
    </message>
</context>
<context>
    <name>ConfidenceGlue</name>
    <message>
        <location filename="../workbench/ui/confidence_glue.py" line="+66"/>
        <source>Sort by &amp;confidence (least sure first)</source>
        <translation>ترتيب حسب الثقة (الأقل ثقة أولا)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine drafts the model was least sure of first, the other rows after them; sorted when chosen</source>
        <translation>مسودات الآلة التي كان النموذج أقل ثقة بها أولا، ثم بقية الصفوف؛ يُرتَّب عند الاختيار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next draft to chec&amp;k</source>
        <translation>المسودة التالية للمراجعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next machine draft marked “check this”, least sure first</source>
        <translation>مسودة الآلة التالية الموسومة «راجع هذه»، الأقل ثقة أولا</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No draft is marked “check this” in the rows shown.</source>
        <translation>لا توجد مسودة موسومة «راجع هذه» في الصفوف المعروضة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to the draft the model was least sure of.</source>
        <translation>عودة إلى المسودة التي كان النموذج أقل ثقة بها.</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <location filename="../workbench/ui/display_options.py" line="+34"/>
        <source>Show &amp;diacritics</source>
        <translation>إظهار ال&amp;تشكيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Arabic with its vowel marks (the text itself is never changed)</source>
        <translation>عرض النص العربي بحركاته (النص نفسه لا يتغيّر أبدًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyze word under the &amp;mouse</source>
        <translation>تحليل الكلمة تحت ال&amp;مؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The word panel follows the pointer over the Arabic instead of waiting for a click</source>
        <translation>تتبع لوحةُ الكلمة المؤشرَ فوق النص العربي بدل انتظار النقر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading layout</source>
        <translation>تخطيط القراءة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reading layout</source>
        <translation>تخطيط ال&amp;قراءة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Arabic and the English as two columns of flowing text that scroll together</source>
        <translation>النص العربي والإنجليزي في عمودين متصلين يتمرّران معًا</translation>
    </message>
</context>
<context>
    <name>DocumentBar</name>
    <message>
        <location filename="../workbench/ui/views/document_bar.py" line="+31"/>
        <source>&amp;Document:</source>
        <translation>ال&amp;مستند:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{count} paragraphs</source>
        <translation>{count} فقرة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The filter hides every paragraph of this document.</source>
        <translation>عامل التصفية يُخفي كل فقرات هذا المستند.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../workbench/ui/editing.py" line="+101"/>
        <source>Mark {count} paragraphs</source>
        <translation>تعيين حالة الفقرات ({count})</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../workbench/ui/dialogs/export_dialog.py" line="+34"/>
        <source>Word: bilingual table (for review in Word)</source>
        <translation>Word: جدول ثنائي اللغة (للمراجعة في Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word: Arabic paragraph, then its English</source>
        <translation>Word: الفقرة العربية ثم ترجمتها الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word: English only</source>
        <translation>Word: الإنجليزية وحدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word: the source document itself, in English</source>
        <translation>Word: المستند الأصلي نفسه بالإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument: the source document itself, in English</source>
        <translation>OpenDocument: المستند الأصلي نفسه، بالإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page: the article, in English</source>
        <translation>صفحة ويب: المقال بالإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: the source document itself, in English</source>
        <translation>Markdown: المستند الأصلي نفسه، بالإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: Arabic block, then its English</source>
        <translation>Markdown: الكتلة العربية ثم ترجمتها الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: two-column table</source>
        <translation>Markdown: جدول من عمودين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: English only</source>
        <translation>Markdown: الإنجليزية وحدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text: English only</source>
        <translation>نص عادي: الإنجليزية وحدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review (DOCX, edit the English)</source>
        <translation>مراجعة (DOCX، تُحرَّر فيه الإنجليزية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TMX: the paragraphs a person confirmed</source>
        <translation>TMX: الفقرات التي أكّدها شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLIFF 1.2 for another CAT tool</source>
        <translation>XLIFF 1.2 لأداة ترجمة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLIFF 2.0 for another CAT tool</source>
        <translation>XLIFF 2.0 لأداة ترجمة أخرى</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="+24"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include &amp;comments</source>
        <translation>تضمين الت&amp;عليقات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>المستند:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;bidi control characters</source>
        <translation>الإبقاء على محارف التحكم في الات&amp;جاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embeddings, overrides and isolates (U+202A-E, U+2066-9) can reorder what a reader sees; by default they are taken out of the exported text</source>
        <translation>محارف التضمين والتجاوز والعزل (U+202A-E وU+2066-9) قد تغيّر ترتيب ما يراه القارئ؛ تُحذف افتراضيا من النص المصدَّر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statuses:</source>
        <translation>الحالات:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All documents (each one&apos;s start marked)</source>
        <translation>كل المستندات (مع علامة عند بداية كل منها)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>As Word comments in the margin</source>
        <translation>تعليقات Word في الهامش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a note under each commented paragraph</source>
        <translation>ملاحظة تحت كل فقرة عليها تعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a column of their own</source>
        <translation>في عمود خاص بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text holds the translation only</source>
        <translation>النص العادي لا يحمل إلا الترجمة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../workbench/ui/models/status_filter_model.py" line="+46"/>
        <source>All paragraphs</source>
        <translation>كل الفقرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only untranslated</source>
        <translation>غير المترجمة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only drafts (not yet edited)</source>
        <translation>المسودات فقط (لم تُحرَّر بعد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only edited</source>
        <translation>المحرَّرة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet reviewed</source>
        <translation>لم تُراجَع بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide approved</source>
        <translation>إخفاء المعتمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only approved</source>
        <translation>المعتمدة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only commented</source>
        <translation>ذات التعليقات فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only drafts to check</source>
        <translation>المسودات المطلوب مراجعتها فقط</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../workbench/ui/finding.py" line="+136"/>
        <source>Replace all “{text}”</source>
        <translation>استبدال كل «⁨{text}⁩»</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../workbench/ui/dialogs/find_dialog.py" line="+33"/>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arabic or English; Arabic ignores diacritics</source>
        <translation>عربي أو إنجليزي؛ البحث في العربية يتجاهل التشكيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacement (English side only)</source>
        <translation>النص البديل (في الجانب الإنجليزي فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic source</source>
        <translation>النص العربي (المصدر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English target</source>
        <translation>النص الإنجليزي (الهدف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find:</source>
        <translation>بحث عن:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with:</source>
        <translation>استبدال بـ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Include approved and reviewed paragraphs in Replace all</source>
        <translation>تضمين الفقرات المعتمدة والمراجَعة في «استبدال الكل»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include approved paragraphs in Replace all</source>
        <translation>تضمين الفقرات المعتمدة في «استبدال الكل»</translation>
    </message>
</context>
<context>
    <name>GlossaryErrors</name>
    <message>
        <location filename="../workbench/ui/panels/term_dialog.py" line="-109"/>
        <source>The Arabic term is empty.</source>
        <translation>المصطلح العربي فارغ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Arabic term has no Arabic letter in it.</source>
        <translation>لا يحتوي المصطلح العربي على أي حرف عربي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The English term is empty.</source>
        <translation>المصطلح الإنجليزي فارغ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown match mode.</source>
        <translation>طريقة مطابقة غير معروفة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A forbidden rendering is part of the English term itself, so every correct translation would be flagged.</source>
        <translation>إحدى الترجمات الممنوعة جزء من المصطلح الإنجليزي نفسه، فتُعَدّ كل ترجمة صحيحة خطأً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This term is already in the glossary as {existing}.</source>
        <translation>هذا المصطلح موجود في المسرد من قبل بصيغة ⁨{existing}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This term is no longer in the glossary (deleted elsewhere?).</source>
        <translation>لم يعد هذا المصطلح في المسرد (هل حُذف من مكان آخر؟).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user glossary file cannot be read.</source>
        <translation>تتعذّر قراءة ملف مسرد المستخدم.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../workbench/ui/panels/glossary_panel.py" line="+50"/>
        <source>Search Arabic or English (diacritics ignored)</source>
        <translation>ابحث بالعربية أو الإنجليزية (دون اعتبار للتشكيل)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Glossary terms</source>
        <translation>مصطلحات المسرد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Delete glossary term</source>
        <translation>حذف مصطلح من المسرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {arabic} → {english} from the glossary?</source>
        <translation>هل تحذف ⁨{arabic}⁩ ← ⁨{english}⁩ من المسرد؟</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Terms: {total}</source>
        <translation>المصطلحات: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms: {shown} of {total}</source>
        <translation>المصطلحات: {shown} من {total}</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <location filename="../workbench/ui/panels/glossary_model.py" line="+77"/>
        <source>smart</source>
        <translation>ذكية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exact</source>
        <translation>تامة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>مسردي</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Never translate as: {renderings}</source>
        <translation>لا تُترجَم أبدًا إلى: ⁨{renderings}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forbidden</source>
        <translation>ممنوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
</context>
<context>
    <name>GridCommands</name>
    <message>
        <location filename="../workbench/ui/grid_commands.py" line="+112"/>
        <source>Your typing in paragraph {row} was not saved: Undo (Ctrl+Z) brings it back.</source>
        <translation>لم يُحفظ ما كتبته في الفقرة {row}: التراجع (Ctrl+Z) يعيده.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The new draft of paragraph {row} is identical to its text: nothing changed.</source>
        <translation>المسودة الجديدة للفقرة {row} مطابقة لنصها: لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paragraph {row} keeps your text.</source>
        <translation>الفقرة {row} تحتفظ بنصك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paragraph {row} was not replaced: its text changed meanwhile.</source>
        <translation>لم تُستبدل الفقرة {row}: تغيّر نصها في أثناء ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retranslate paragraph</source>
        <translation>إعادة ترجمة الفقرة</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../workbench/ui/dialogs/history_dialog.py" line="+31"/>
        <source>import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine</source>
        <translation>محرك ترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gloss</source>
        <translation>المسرد الحرفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLIFF file</source>
        <translation>ملف XLIFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory match</source>
        <translation>مطابقة من الذاكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review file</source>
        <translation>ملف مراجعة</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="+49"/>
        <source>History of paragraph {row}</source>
        <translation>سجل الفقرة {row}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Machine draft</source>
        <translation>المسودة الآلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current text</source>
        <translation>النص الحالي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No machine draft yet.</source>
        <translation>لا توجد مسودة آلية بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{status}, not used</source>
        <translation>{status}، لم تُستخدم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new draft offered by Retranslate: the paragraph kept the person&apos;s text.</source>
        <translation>مسودة جديدة من إعادة الترجمة: احتفظت الفقرة بنص الشخص.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this version</source>
        <translation>استعمال هذه النسخة</translation>
    </message>
</context>
<context>
    <name>InstalledModelsModel</name>
    <message>
        <location filename="../workbench/ui/models/installed_models_model.py" line="+59"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>اللغتان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk</source>
        <translation>الحجم على القرص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Argos package</source>
        <translation>حزمة Argos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OPUS-MT (Marian)</source>
        <translation>OPUS-MT (نموذج Marian)</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../workbench/ui/panels/issues_panel.py" line="+61"/>
        <source>&amp;Check</source>
        <translation>&amp;فحص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every enabled quality check again</source>
        <translation>إعادة تشغيل كل فحوص الجودة المفعّلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the problems of one kind</source>
        <translation>عرض مشكلات نوع واحد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch checks on or off for this project</source>
        <translation>تشغيل الفحوص أو إيقافها لهذا المشروع</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report…</source>
        <translation>تقرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the QA report (HTML or CSV)</source>
        <translation>تصدير تقرير الجودة (HTML أو CSV)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Quality problems</source>
        <translation>مشكلات الجودة</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All kinds ({count})</source>
        <translation>كل الأنواع ({count})</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Also in: {links}</source>
        <translation>أيضا في: {links}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems found</source>
        <translation>لم توجد مشكلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: {total} · errors: {errors} · warnings: {warnings}</source>
        <translation>المشكلات: {total} · أخطاء: {errors} · تنبيهات: {warnings}</translation>
    </message>
</context>
<context>
    <name>IssuesTableModel</name>
    <message>
        <location filename="../workbench/ui/panels/issues_model.py" line="+78"/>
        <source>The translation does not use “{english}” for {term}.</source>
        <translation>لا تستعمل الترجمةُ «⁨{english}⁩» مقابلًا للمصطلح ⁨{term}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation renders {term} as “{found}”; the glossary forbids it (use “{english}”).</source>
        <translation>جاء المصطلح ⁨{term}⁩ في الترجمة بمقابل «⁨{found}⁩»، والمسرد يمنعه (استعمل «⁨{english}⁩»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{message} (also ¶ {related})</source>
        <translation>{message} (أيضا ¶ {related})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in the translation</source>
        <translation>غير موجود في الترجمة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{document}, paragraph {position} of this document</source>
        <translation>{document}، الفقرة {position} من هذا المستند</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary English</source>
        <translation>المقابل في المسرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>ما وُجد</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../workbench/ui/labels.py" line="+21"/>
        <source>untranslated</source>
        <translation>غير مترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machine</source>
        <translation>آلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gloss</source>
        <translation>حرفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>من الذاكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>محرَّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation>مراجَعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project open elsewhere</source>
        <translation>المشروع مفتوح في مكان آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup not made</source>
        <translation>لم تُؤخذ النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged project</source>
        <translation>مشروع تالف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation model</source>
        <translation>نموذج الترجمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (computer {host}, process {pid})</source>
        <translation> (الحاسوب ⁨{host}⁩، العملية {pid})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project {name} is open in another window or program{who}. Close it there, then open it here again.</source>
        <translation>المشروع ⁨{name}⁩ مفتوح في نافذة أو برنامج آخر{who}. أغلقه هناك، ثم افتحه هنا من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project {name} was saved by a newer version of the workbench. Update the workbench to open it; the file was not changed.</source>
        <translation>حُفظ المشروع ⁨{name}⁩ بإصدار أحدث من منصة الترجمة. حدِّث المنصة لتفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a workbench project, or it is damaged. The file was not changed.</source>
        <translation>الملف ⁨{name}⁩ ليس مشروعًا لمنصة الترجمة، أو أنه تالف. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} already exists; choose another name.</source>
        <translation>الاسم ⁨{name}⁩ موجود من قبل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rolling backup of {name} could not be written: {reason}. Your work is saved in the project itself; free some space in the data folder or make it writable.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية الدورية لـ {name}: {reason}. عملك محفوظ في المشروع نفسه؛ أفرغ بعض المساحة في مجلد البيانات أو اجعله قابلًا للكتابة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is damaged ({problem}) and no good backup of it was found. The file was not changed.</source>
        <translation>{name} تالف ({problem}) ولم تُوجد له نسخة احتياطية سليمة. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged ({problem}). Its newest good backup is {backup}: Project &gt; Backups… puts it back (the damaged file is kept beside it).</source>
        <translation>{name} تالف ({problem}). أحدث نسخة احتياطية سليمة له هي {backup}: المشروع &gt; النسخ الاحتياطية… تُعيدها (ويُحفظ الملف التالف بجوارها).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last change could not be saved to {name} (is the disk full or removed?). Nothing else was lost.</source>
        <translation>تعذّر حفظ التغيير الأخير في ⁨{name}⁩ (هل القرص ممتلئ أو منزوع؟). لم يضع شيء غيره.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was not imported: {reason} (line {line}). The project is unchanged.</source>
        <translation>لم يُستورد الملف ⁨{name}⁩: ⁨{reason}⁩ (السطر {line}). المشروع على حاله.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was not imported: {reason}. The project is unchanged.</source>
        <translation>لم يُستورد الملف ⁨{name}⁩: ⁨{reason}⁩. المشروع على حاله.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No translation model is installed for Arabic to English. Install one from a .argosmodel file (Translate menu); gloss drafts are used meanwhile.</source>
        <translation>لا يوجد نموذج مثبَّت للترجمة من العربية إلى الإنجليزية. ثبِّت نموذجًا من ملف ‎.argosmodel (قائمة الترجمة)؛ وإلى أن تفعل تُستعمل المسودات الحرفية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a usable translation model: {reason}. Nothing was installed.</source>
        <translation>الملف ⁨{name}⁩ ليس نموذج ترجمة صالحًا: ⁨{reason}⁩. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was not written: {reason}</source>
        <translation>لم يُكتب ملف التصدير: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network could not be reached. The workbench works offline; only downloads need it.</source>
        <translation>تعذّر الوصول إلى الشبكة. تعمل المنصة دون اتصال؛ التنزيلات وحدها تحتاج إليه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} does not exist.</source>
        <translation>الملف ⁨{path}⁩ غير موجود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read or written: {reason}</source>
        <translation>تعذّرت قراءة الملف أو الكتابة فيه: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error: {kind}: {detail}</source>
        <translation>خطأ غير متوقع: ⁨{kind}⁩: ⁨{detail}⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model download stopped before the end. Download again to resume where it stopped.</source>
        <translation>توقف تنزيل النموذج قبل اكتماله. نزِّله مرة أخرى ليُستأنف من حيث توقف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model could not be downloaded from any mirror: {reason}</source>
        <translation>تعذّر تنزيل النموذج من أي مصدر: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model list at {url} could not be used: {reason}</source>
        <translation>تعذّر استخدام قائمة النماذج في {url}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LibreTranslate server {url} did not translate: {reason}. Check its address and key in Preferences.</source>
        <translation>لم يترجم خادم LibreTranslate في {url}: {reason}. تحقّق من عنوانه ومفتاحه في التفضيلات.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../workbench/ui/main_window.py" line="+96"/>
        <source>Open &amp;recent</source>
        <translation>المشاريع ال&amp;أخيرة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Arabic Workbench</source>
        <translation>منصة الترجمة العربية</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Restored from the backup {name}; the replaced file is kept as {aside}.</source>
        <translation>استُعيد من النسخة الاحتياطية {name}؛ وحُفظ الملف المستبدَل باسم {aside}.</translation>
    </message>
    <message>
        <location filename="../workbench/ui/status_reports.py" line="+99"/>
        <source>Engine: {name} ({model})</source>
        <translation>المحرك: ⁨{name} ({model})⁩</translation>
    </message>
    <message>
        <location filename="../workbench/ui/main_window.py" line="+101"/>
        <source>{name} — Arabic Workbench</source>
        <translation>⁨{name}⁩ — منصة الترجمة العربية</translation>
    </message>
    <message>
        <location filename="../workbench/ui/find_glue.py" line="+50"/>
        <location line="+54"/>
        <source>Not found</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{n} of {m}</source>
        <translation>{n} من {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed the end, continued from the top</source>
        <translation>بلغ النهاية، وتابع من البداية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed the start, continued from the bottom</source>
        <translation>بلغ البداية، وتابع من النهاية</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing replaced: the paragraphs with hits are locked ({counts})</source>
        <translation>لم يُستبدل شيء: الفقرات التي فيها نتائج مقفلة ({counts})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing replaced</source>
        <translation>لم يُستبدل شيء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replaced in {count} paragraphs</source>
        <translation>عدد الفقرات التي جرى فيها الاستبدال: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} locked paragraphs left as they were</source>
        <translation>{count} فقرة مقفلة بقيت كما هي</translation>
    </message>
    <message>
        <location filename="../workbench/ui/appearance.py" line="+74"/>
        <source>The new language is used the next time the workbench starts.</source>
        <translation>ستُستعمل اللغة الجديدة في المرة القادمة التي تُشغَّل فيها المنصة.</translation>
    </message>
    <message>
        <location filename="../workbench/ui/status_reports.py" line="-35"/>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rolling backup could not be made (see the earlier message).</source>
        <translation>تعذّر أخذ النسخة الاحتياطية الدورية (انظر الرسالة السابقة).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About this project</source>
        <translation>عن هذا المشروع</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paragraph {row} was not marked: its text changed after you read it. The newer text is shown; read it and mark it again.</source>
        <translation>لم تُعلَّم الفقرة ⁨{row}⁩: تغيّر نصها بعد أن قرأته. يظهر الآن النص الأحدث؛ اقرأه ثم علّمه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paragraph {row} is repeated: {count} more paragraph(s) with the same Arabic now hold its translation (status memory).</source>
        <translation>الفقرة {row} مكررة: صار عدد {count} من الفقرات الأخرى ذات النص العربي نفسه يحمل ترجمتها (الحالة: من الذاكرة).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Translation cancelled; {count} drafts kept</source>
        <translation>أُلغيت الترجمة؛ حُفظت المسودات المنجزة ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation finished: {count} drafts</source>
        <translation>انتهت الترجمة: عدد المسودات {count}</translation>
    </message>
    <message>
        <location filename="../workbench/ui/actions.py" line="+109"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import document…</source>
        <translation>ا&amp;ستيراد مستند…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a TXT, Markdown or DOCX file to the project</source>
        <translation>إضافة ملف TXT أو Markdown أو DOCX إلى المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find and replace…</source>
        <translation>&amp;بحث واستبدال…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirm and go to next</source>
        <translation>&amp;تأكيد والانتقال إلى التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks the paragraph edited (translator) or reviewed (editor)</source>
        <translation>يعيِّن حالة الفقرة «محرَّرة» (للمترجم) أو «مراجَعة» (للمراجِع)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next paragraph</source>
        <translation>الفقرة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous paragraph</source>
        <translation>الفقرة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the English text</source>
        <translation>تحرير النص الإنجليزي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;edited</source>
        <translation>تعيين الحالة: م&amp;حرَّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;reviewed</source>
        <translation>تعيين الحالة: م&amp;راجَعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;approved</source>
        <translation>تعيين الحالة: م&amp;عتمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retranslate this paragraph</source>
        <translation>إعادة &amp;ترجمة هذه الفقرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translate &amp;all</source>
        <translation>ترجمة ال&amp;كل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New drafts for every paragraph nobody has edited</source>
        <translation>مسودات جديدة لكل فقرة لم يحرِّرها أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate &amp;untranslated</source>
        <translation>ترجمة &amp;غير المترجمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translate &amp;selected</source>
        <translation>ترجمة ال&amp;محدَّدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentence &amp;alternatives…</source>
        <translation>&amp;بدائل الجملة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s other translations of the sentence at the cursor; choosing one replaces that sentence only</source>
        <translation>ترجمات النموذج الأخرى للجملة عند المؤشر؛ اختيار إحداها يستبدل تلك الجملة وحدها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Word alternatives…</source>
        <translation>بدائل ال&amp;كلمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other words the model would put here; the rest of the sentence follows the one chosen</source>
        <translation>كلمات أخرى قد يضعها النموذج هنا؛ ويتبع باقي الجملة الكلمة المختارة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill from the translation &amp;memory</source>
        <translation>ملء من &amp;ذاكرة الترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts from the memory for every paragraph nobody has edited (exact matches, or from the preferences&apos; percent)</source>
        <translation>مسودات من الذاكرة لكل فقرة لم يحرّرها أحد (التطابقات التامة، أو ابتداءً من النسبة المحددة في التفضيلات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel translation</source>
        <translation>إل&amp;غاء الترجمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of this paragraph…</source>
        <translation>&amp;سجل هذه الفقرة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from c&amp;lipboard</source>
        <translation>جديد من ال&amp;حافظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text on the clipboard as a new document (into a new project when none is open)</source>
        <translation>نص الحافظة مستندًا جديدًا (في مشروع جديد إن لم يكن مشروع مفتوحًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge review or XLIFF…</source>
        <translation>&amp;دمج ملف مراجعة أو XLIFF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back a review DOCX edited in Word or LibreOffice, or a translated XLIFF file</source>
        <translation>أعِد ملف مراجعة DOCX حُرِّر في Word أو LibreOffice، أو ملف XLIFF مترجَمًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rogress…</source>
        <translation>سير ال&amp;عمل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs, Arabic words and characters by status, per document</source>
        <translation>الفقرات والكلمات العربية والحروف حسب الحالة، لكل مستند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comment</source>
        <translation>&amp;تعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger text</source>
        <translation>تكبير ال&amp;نص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install model from file…</source>
        <translation>ت&amp;ثبيت نموذج من ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models…</source>
        <translation>ال&amp;نماذج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install, download, remove and choose translation models</source>
        <translation>تثبيت نماذج الترجمة وتنزيلها وإزالتها واختيارها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لو&amp;حة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am the &amp;translator</source>
        <translation>أنا ال&amp;مترجم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am the &amp;editor</source>
        <translation>أنا المرا&amp;جِع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;oncordance…</source>
        <translation>البحث في ال&amp;سياق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the translation memory for Arabic words</source>
        <translation>ابحث في ذاكرة الترجمة عن كلمات عربية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert next &amp;tag</source>
        <translation>إدراج &amp;الوسم التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first tag of the Arabic not yet in the English, at the cursor (around the selected words)</source>
        <translation>أول وسم في النص العربي لم يُضَف بعد إلى الإنجليزي، عند المؤشر (حول الكلمات المحددة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cop&amp;y source to target</source>
        <translation>&amp;نسخ المصدر إلى الترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Arabic with its tags into the editor, in place of its text (Ctrl+Z in the editor takes it back)</source>
        <translation>النص العربي بوسومه في المحرر بدلًا من نصه (Ctrl+Z في المحرر يتراجع عن ذلك)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert match {n}</source>
        <translation>إدراج المطابقة {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;QA report…</source>
        <translation>تصدير تقرير ال&amp;جودة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every quality problem of the project as an HTML page or a CSV table a reviewer can read without the workbench</source>
        <translation>كل مشكلات الجودة في المشروع صفحةَ HTML أو جدولَ CSV يقرؤه المراجع دون منصة العمل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Project</source>
        <translation>&amp;المشروع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Translate</source>
        <translation>ت&amp;رجمة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role</source>
        <translation>الد&amp;ور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paragraph toolbar</source>
        <translation>شريط أدوات الفقرة</translation>
    </message>
</context>
<context>
    <name>MatchesDock</name>
    <message>
        <location filename="../workbench/ui/panels/matches_panel.py" line="+72"/>
        <source>Matches</source>
        <translation>المطابقات</translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <location filename="../workbench/ui/panels/matches_model.py" line="+48"/>
        <source>Match on the words, variants and clitics folded: {n}%</source>
        <translation>المطابقة على الكلمات بعد توحيد الصور واللواصق: {n}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match on the words as written: {n}%</source>
        <translation>المطابقة على الكلمات كما كُتبت: {n}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same Arabic once diacritics and variants are folded.</source>
        <translation>النص العربي نفسه بعد توحيد التشكيل وصور الحروف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowered for: {why}</source>
        <translation>خُفّضت بسبب: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TMX import</source>
        <translation>مستورد من TMX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project {name}</source>
        <translation>المشروع {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unnamed project</source>
        <translation>مشروع بلا اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another project</source>
        <translation>مشروع آخر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this project</source>
        <translation>هذا المشروع</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>as written {n}</source>
        <translation>كما كُتبت {n}</translation>
    </message>
    <message>
        <location filename="../workbench/ui/panels/matches_panel.py" line="-34"/>
        <source>Matches from the translation memory appear here for the current paragraph.</source>
        <translation>تظهر هنا مطابقات ذاكرة الترجمة للفقرة الحالية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking in the translation memory…</source>
        <translation>جارٍ البحث في ذاكرة الترجمة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No match of 50% or more in the translation memory.</source>
        <translation>لا توجد في ذاكرة الترجمة مطابقة بنسبة 50% أو أكثر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} matches: Ctrl+1 to Ctrl+{count} inserts one.</source>
        <translation>عدد المطابقات: {count}؛ يُدرج ⁦Ctrl+1⁩ حتى ⁦Ctrl+{count}⁩ إحداها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match: Ctrl+1 inserts it.</source>
        <translation>مطابقة واحدة: يُدرجها ⁦Ctrl+1⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The translation memory could not be read: {why}</source>
        <translation>تعذّرت قراءة ذاكرة الترجمة: {why}</translation>
    </message>
</context>
<context>
    <name>MemoryGlue</name>
    <message>
        <location filename="../workbench/ui/memory_glue.py" line="+111"/>
        <source>Insert match {n}</source>
        <translation>إدراج المطابقة {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph {row} is {status}: a person wrote or checked it. Replace it with match {n}?</source>
        <translation>الفقرة {row} حالتها {status}: كتبها شخص أو راجعها. أتستبدل بها المطابقة {n}؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your text:
{current}

Match {n}:
{match}

Replacing is one undo step, and your text stays in the paragraph&apos;s history.</source>
        <translation>نصك:
{current}

المطابقة {n}:
{match}

الاستبدال خطوة تراجع واحدة، ويبقى نصك في سجل الفقرة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with the match</source>
        <translation>استبدل بالمطابقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my text</source>
        <translation>أبقِ نصي</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../workbench/ui/dialogs/merge_dialog.py" line="+21"/>
        <source>changed</source>
        <translation>تغيّرت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>لم تتغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown id</source>
        <translation>معرّف مجهول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another project</source>
        <translation>مشروع آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic differs</source>
        <translation>العربية مختلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged row</source>
        <translation>صف تالف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row deleted</source>
        <translation>صف محذوف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merge {name}</source>
        <translation>دمج {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the file&apos;s tracked changes name nobody</source>
        <translation>حين لا تسمّي التغييرات المتعقَّبة في الملف أحدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed paragraphs become:</source>
        <translation>تصبح الفقرات المتغيرة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer:</source>
        <translation>المراجِع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph id</source>
        <translation>معرّف الفقرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the project</source>
        <translation>في المشروع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>comments: {n}</source>
        <translation>التعليقات: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is written until you choose Merge.</source>
        <translation>لا يُكتب شيء حتى تختار «دمج».</translation>
    </message>
</context>
<context>
    <name>MergeGlue</name>
    <message>
        <location filename="../workbench/ui/merge_glue.py" line="+44"/>
        <source>Merge a review or XLIFF file</source>
        <translation>دمج ملف مراجعة أو ملف XLIFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review or XLIFF files (*.docx *.xlf *.xliff)</source>
        <translation>ملفات المراجعة أو XLIFF (*.docx *.xlf *.xliff)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merged {name}: {applied} changed, {conflicts} conflicts kept beside, {comments} comments.</source>
        <translation>دُمج {name}: تغيّر {applied}، وحُفظ {conflicts} من التعارضات إلى جانب النص، و{comments} من التعليقات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was merged: {why}</source>
        <translation>لم يُدمج شيء: {why}</translation>
    </message>
</context>
<context>
    <name>ModelBanner</name>
    <message>
        <location filename="../workbench/ui/views/model_banner.py" line="+31"/>
        <source>No translation model is installed. Drafts are word-by-word glosses until you install an Arabic to English model: from a .argosmodel file, or downloaded when this computer is online.</source>
        <translation>لا يوجد نموذج ترجمة مثبّت. ستكون المسودات ترجمة حرفية كلمة بكلمة إلى أن تثبّت نموذجًا من العربية إلى الإنجليزية: من ملف ‎.argosmodel، أو بتنزيله حين يكون هذا الحاسوب متصلًا بالشبكة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install model from file…</source>
        <translation>تثبيت نموذج من ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download model</source>
        <translation>تنزيل نموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep working with gloss drafts</source>
        <translation>متابعة العمل بالمسودات الحرفية</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../workbench/ui/dialogs/model_manager_dialog.py" line="+56"/>
        <source>Translation models</source>
        <translation>نماذج الترجمة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from file…</source>
        <translation>تثبيت من ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from folder…</source>
        <translation>تثبيت من مجلد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import OPUS-MT folder…</source>
        <translation>استيراد مجلد OPUS-MT…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download Arabic → English</source>
        <translation>تنزيل العربية ← الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for this project</source>
        <translation>استخدامه لهذا المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Installing {name}…</source>
        <translation>جارٍ تثبيت {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Converting {name}; this takes a few minutes…</source>
        <translation>جارٍ تحويل {name}؛ يستغرق ذلك بضع دقائق…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installed {name}.</source>
        <translation>ثُبّت {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install translation model</source>
        <translation>تثبيت نموذج ترجمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argos models (*.argosmodel)</source>
        <translation>نماذج Argos (*.argosmodel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install model from folder</source>
        <translation>تثبيت نموذج من مجلد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import OPUS-MT model folder</source>
        <translation>استيراد مجلد نموذج OPUS-MT</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Downloading the Arabic → English model from {url}…</source>
        <translation>جارٍ تنزيل نموذج العربية ← الإنجليزية من {url}…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Download cancelled. What was downloaded is kept: download again to continue where it stopped.</source>
        <translation>أُلغي التنزيل. ما نُزّل محفوظ: نزّل مرة أخرى لتكمل من حيث توقف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model could not be downloaded: the index or its mirrors cannot be reached (no network?). Install the model from a file instead, or try again when online. Gloss drafts work meanwhile.</source>
        <translation>تعذّر تنزيل النموذج: لا يمكن الوصول إلى الفهرس ولا إلى مرايا التنزيل (هل الشبكة غير متاحة؟). ثبّت النموذج من ملف بدلًا من ذلك، أو أعد المحاولة حين يتوفر الاتصال. تعمل المسودات الحرفية في الأثناء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The download failed ({reason}). The part already downloaded is kept: press Download again to resume.</source>
        <translation>فشل التنزيل ({reason}). الجزء الذي نُزّل محفوظ: اضغط «تنزيل» مرة أخرى للاستئناف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download failed: {reason}</source>
        <translation>فشل التنزيل: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removed {name}.</source>
        <translation>أُزيل {name}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove model</source>
        <translation>إزالة النموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the model {name} from this computer? Drafts already made with it stay in the projects.</source>
        <translation>أتريد إزالة النموذج {name} من هذا الحاسوب؟ تبقى المسودات التي صُنعت به في المشاريع.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../workbench/ui/model_availability.py" line="+72"/>
        <source>This project now translates with {name}.</source>
        <translation>صار هذا المشروع يُترجَم بالنموذج {name}.</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message>
        <location filename="../workbench/ui/models/paragraph_model.py" line="+55"/>
        <source>Glossary: “{found}” is a forbidden rendering of {term}</source>
        <translation>المسرد: «{found}» ترجمة ممنوعة للمصطلح {term}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glossary: {term} should appear as “{english}”</source>
        <translation>المسرد: يجب أن يظهر {term} بالصيغة «{english}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check this draft: the model was unsure of sentence {sentence}: mean log-probability {mean}, lower than {share}% of its sentences in this project</source>
        <translation>راجع هذه المسودة: لم يكن النموذج واثقا من الجملة {sentence}: متوسط لوغاريتم الاحتمال {mean}، أقل من {share}% من جمله في هذا المشروع</translation>
    </message>
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <location line="+161"/>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A person rewrote the machine draft (see the history)</source>
        <translation>أعاد شخص كتابة مسودة الآلة (انظر السجل)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied from paragraph {row}, which a person confirmed: the same Arabic</source>
        <translation>منسوخة من الفقرة {row} التي أكدها شخص: النص العربي نفسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the translation memory: an exact match</source>
        <translation>من ذاكرة الترجمة: تطابق تام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the translation memory: each sentence matched exactly, their translations joined</source>
        <translation>من ذاكرة الترجمة: تطابقت كل جملة تطابقًا تامًا، وضُمّت ترجماتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the translation memory: a {percent} match (check what differs)</source>
        <translation>من ذاكرة الترجمة: تطابق بنسبة {percent} (راجِع ما يختلف)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>repeat</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory, exact</source>
        <translation>الذاكرة، تام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory, sentences</source>
        <translation>الذاكرة، جُمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory {percent}</source>
        <translation>الذاكرة {percent}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>المحرك</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../workbench/ui/dialogs/preferences_dialog.py" line="+73"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text and look</source>
        <translation>النص والمظهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (best installed)</source>
        <translation>تلقائي (أفضل خط مثبّت)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor / reviewer</source>
        <translation>محرِّر / مراجِع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic font:</source>
        <translation>الخط العربي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic text size:</source>
        <translation>حجم النص العربي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English text size:</source>
        <translation>حجم النص الإنجليزي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My role:</source>
        <translation>دوري:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the history names your edits</source>
        <translation>كما يُسمّي السجل تعديلاتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all leaves reviewed paragraphs alone (approved ones always)</source>
        <translation>«استبدال الكل» لا يمسّ الفقرات المراجَعة (ولا المعتمدة أبدًا)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best installed model</source>
        <translation>أفضل نموذج مثبّت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreTranslate server</source>
        <translation>خادم LibreTranslate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word-by-word gloss drafts</source>
        <translation>مسودات حرفية كلمة بكلمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8 (fast, small)</source>
        <translation>int8 (سريع، صغير)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float32 (slower, exact)</source>
        <translation>float32 (أبطأ، أدق)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fast draft (greedy decoding)</source>
        <translation>مسودة سريعة (فك ترميز جشع)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Engine:</source>
        <translation>المحرّك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>خيوط المعالجة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computation:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beam size:</source>
        <translation>عرض الحزمة (beam):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model index URL:</source>
        <translation>عنوان فهرس النماذج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreTranslate server:</source>
        <translation>خادم LibreTranslate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreTranslate API key:</source>
        <translation>مفتاح API لخادم LibreTranslate:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ms</source>
        <translation> م.ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when Tab asks</source>
        <translation>فقط حين يطلب Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While you type English, the model suggests the rest of the sentence after this pause</source>
        <translation>في أثناء كتابتك الإنجليزية يقترح النموذج باقي الجملة بعد هذه المهلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest after a pause:</source>
        <translation>الاقتراح بعد مهلة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation memory</source>
        <translation>ذاكرة الترجمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from the translation memory first (also after an import)</source>
        <translation>الملء من ذاكرة الترجمة أولًا (وبعد كل استيراد أيضًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 %: exact matches only; lower also takes close (fuzzy) matches</source>
        <translation>100 %: التطابقات التامة وحدها؛ وما دونها يأخذ التطابقات القريبة أيضًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill repeated paragraphs when one is confirmed</source>
        <translation>ملء الفقرات المكررة عند تأكيد إحداها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory match from:</source>
        <translation>تطابق من الذاكرة مصدره:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../workbench/ui/dialogs/progress_dialog.py" line="+23"/>
        <source>Progress</source>
        <translation>سير العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic words: a word with its attached prefixes and pronouns counts once. Characters leave out spaces and diacritics.</source>
        <translation>الكلمات العربية: تُعدّ الكلمة مع سوابقها وضمائرها المتصلة كلمة واحدة. ولا تُحسب المسافات ولا علامات التشكيل ضمن الحروف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraphs</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Characters</source>
        <translation>الحروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do (words)</source>
        <translation>المتبقي (كلمات)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited (words)</source>
        <translation>المحرَّرة (كلمات)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewed (words)</source>
        <translation>المراجَعة (كلمات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved (words)</source>
        <translation>المعتمدة (كلمات)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewed or approved</source>
        <translation>مراجَعة أو معتمدة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{status}: {paragraphs} paragraphs, {words} words, {chars} characters</source>
        <translation>{status}: عدد الفقرات {paragraphs}، وعدد الكلمات {words}، وعدد الحروف {chars}</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../workbench/ui/project_files.py" line="+92"/>
        <source>The clipboard holds no text.</source>
        <translation>لا تحوي الحافظة نصًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported {name}</source>
        <translation>استُورد ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى ⁨{path}⁩</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed model {name}</source>
        <translation>ثُبِّت النموذج ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Workbench projects (*{suffix})</source>
        <translation>مشاريع المنصة (*{suffix})</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import document</source>
        <translation>استيراد مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents ({patterns})</source>
        <translation>المستندات ({patterns})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Install translation model</source>
        <translation>تثبيت نموذج ترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argos models (*.argosmodel)</source>
        <translation>نماذج Argos (*.argosmodel)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../workbench/ui/main_window.py" line="+63"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>QualityChecks</name>
    <message>
        <location filename="../workbench/ui/qa_glue.py" line="+102"/>
        <source>HTML page (*.html)</source>
        <translation>صفحة HTML (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export QA report</source>
        <translation>تصدير تقرير الجودة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A QA report is written as an HTML page (.html) or a CSV table (.csv); “{name}” has neither extension.</source>
        <translation>يُكتب تقرير الجودة صفحةَ HTML (.html) أو جدولَ CSV (.csv)؛ وليس للاسم «{name}» أيٌّ من الامتدادين.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The QA report could not be written: {error}</source>
        <translation>تعذرت كتابة تقرير الجودة: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QA report</source>
        <translation>تقرير الجودة</translation>
    </message>
</context>
<context>
    <name>QualityKinds</name>
    <message>
        <location filename="../workbench/ui/panels/qa_kinds.py" line="+34"/>
        <source>term missing</source>
        <translation>مصطلح غائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden rendering</source>
        <translation>ترجمة ممنوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number missing</source>
        <translation>رقم ناقص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra number</source>
        <translation>رقم زائد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date or month differs</source>
        <translation>تاريخ أو شهر مختلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untranslated</source>
        <translation>غير مترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic copied</source>
        <translation>العربية منسوخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic left in English</source>
        <translation>عربية متروكة في الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentence dropped?</source>
        <translation>جملة ساقطة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeated phrase</source>
        <translation>عبارة مكررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unusual length</source>
        <translation>طول غير معتاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>punctuation</source>
        <translation>علامات الترقيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leftover marker</source>
        <translation>علامة متبقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double space</source>
        <translation>مسافة مزدوجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inline tags</source>
        <translation>الوسوم المضمنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden bidi characters</source>
        <translation>محارف اتجاه مخفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translated differently</source>
        <translation>تُرجم بشكل مختلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same English, other Arabic</source>
        <translation>الإنجليزية نفسها لعربية أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name spelled two ways</source>
        <translation>اسم بتهجئتين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ReadingDocks</name>
    <message>
        <location filename="../workbench/ui/panels/docks.py" line="+57"/>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <location line="+14"/>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add &amp;glossary term…</source>
        <translation>إضافة مصطلح إلى ال&amp;مسرد…</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The glossary change was not stored: another project was opened before it could be saved.</source>
        <translation>لم يُحفظ تعديل المسرد: فُتح مشروع آخر قبل أن يُحفظ.</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../workbench/ui/panels/review_panel.py" line="+126"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
</context>
<context>
    <name>ReviewGlue</name>
    <message>
        <location filename="../workbench/ui/review_glue.py" line="+76"/>
        <source>Accept review</source>
        <translation>قبول المراجعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject review</source>
        <translation>رفض المراجعة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept {count} reviewed paragraphs</source>
        <translation>قبول {count} من الفقرات المراجَعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject {count} reviewed paragraphs</source>
        <translation>رفض {count} من الفقرات المراجَعة</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../workbench/ui/panels/review_panel.py" line="-64"/>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>Next to review</source>
        <translation>التالية للمراجعة</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject all</source>
        <translation>رفض الكل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to review here: the text is as its translator left it.</source>
        <translation>لا شيء للمراجعة هنا: النص كما تركه مترجمه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reviewer</source>
        <translation>مراجِع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: {who}&apos;s text arrived after this paragraph changed here; accepting replaces it.</source>
        <translation>تعارض: وصل نص {who} بعد أن تغيّرت هذه الفقرة هنا؛ القبول يستبدلها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes by {who} to the text of {before}; not yet accepted.</source>
        <translation>تعديلات {who} على نص {before}؛ لم تُقبل بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes by {who} to the text of {before}.</source>
        <translation>تعديلات {who} على نص {before}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next to review ({count})</source>
        <translation>التالية للمراجعة ({count})</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Comment: {text}</source>
        <translation>تعليق: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} paragraphs from a review file wait for you.</source>
        <translation>عدد الفقرات من ملف مراجعة التي تنتظرك: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No paragraph from a review file waits for you.</source>
        <translation>لا فقرة من ملف مراجعة تنتظرك.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../workbench/ui/dialogs/shortcuts_dialog.py" line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the English editor: complete the sentence with the model (again: accept)</source>
        <translation>في محرر الإنجليزية: إكمال الجملة بالنموذج (مرة أخرى: القبول)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the English editor: save and go to the next cell</source>
        <translation>في محرر الإنجليزية: الحفظ والانتقال إلى الخلية التالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SpellingGlue</name>
    <message>
        <location filename="../workbench/ui/spelling_glue.py" line="+135"/>
        <source>Looking for suggestions…</source>
        <translation>البحث عن اقتراحات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore “{word}” in this project</source>
        <translation>تجاهل «{word}» في هذا المشروع</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../workbench/ui/views/status_panel.py" line="+32"/>
        <source>Translating %v / %m</source>
        <translation>الترجمة جارية %v / %m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading model…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} paragraphs</source>
        <translation>عدد الفقرات: {total}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
</context>
<context>
    <name>SteerGlue</name>
    <message>
        <location filename="../workbench/ui/steer_glue.py" line="+82"/>
        <location line="+43"/>
        <source>Asking the model…</source>
        <translation>جارٍ سؤال النموذج…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Alternatives and completion need a translation model: the word-by-word gloss engine has none. Install a model first.</source>
        <translation>تحتاج البدائل والإكمال إلى نموذج ترجمة، ولا نموذج لمحرك الترجمة الحرفية. ثبّت نموذجًا أولًا.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a paragraph with Arabic text to translate first.</source>
        <translation>اختر أولًا فقرة فيها نص عربي للترجمة.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The model has no other translation here.</source>
        <translation>ليس لدى النموذج ترجمة أخرى هنا.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The text changed meanwhile: nothing was replaced.</source>
        <translation>تغيّر النص في أثناء ذلك: لم يُستبدل شيء.</translation>
    </message>
</context>
<context>
    <name>SteerPopup</name>
    <message>
        <location filename="../workbench/ui/steer_popup.py" line="+29"/>
        <source>Drops the glossary term {terms}</source>
        <translation>يُسقط مصطلح المسرد {terms}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drops the glossary terms {terms}</source>
        <translation>يُسقط مصطلحات المسرد {terms}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The text as it is now</source>
        <translation>النص كما هو الآن</translation>
    </message>
</context>
<context>
    <name>TagCommands</name>
    <message>
        <location filename="../workbench/ui/tag_commands.py" line="+81"/>
        <source>This paragraph has no tags</source>
        <translation>لا وسوم في هذه الفقرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every tag of the Arabic is in the English</source>
        <translation>كل وسوم النص العربي موجودة في الإنجليزي</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../workbench/ui/panels/term_dialog.py" line="+15"/>
        <source>Edit glossary term</source>
        <translation>تعديل مصطلح في المسرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add glossary term</source>
        <translation>إضافة مصطلح إلى المسرد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renderings to avoid, separated by ;</source>
        <translation>ترجمات يجب تجنّبها، تفصل بينها ;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smart (with clitics and article)</source>
        <translation>ذكية (مع السوابق واللواحق و«ال» التعريف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact (whole words only)</source>
        <translation>تامة (كلمات كاملة فقط)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project</source>
        <translation>هذا المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My glossary (all projects)</source>
        <translation>مسردي (كل المشاريع)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Arabic:</source>
        <translation>&amp;العربية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English:</source>
        <translation>ال&amp;إنجليزية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forbidden:</source>
        <translation>&amp;ترجمات ممنوعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Match:</source>
        <translation>&amp;طريقة المطابقة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Glossary:</source>
        <translation>المس&amp;رد:</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../workbench/ui/undo_commands.py" line="+27"/>
        <source>Edit paragraph {row}</source>
        <translation>تحرير الفقرة {row}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark paragraph {row} {status}</source>
        <translation>تعيين حالة الفقرة {row}: {status}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Discard typing in paragraph {row}</source>
        <translation>تجاهل الكتابة في الفقرة {row}</translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <location filename="../workbench/ui/panels/word_panel.py" line="+51"/>
        <source>Click an Arabic word to see its analyses.</source>
        <translation>انقر كلمة عربية لترى تحليلاتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;diacritics</source>
        <translation>إظهار ال&amp;تشكيل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analyses</source>
        <translation>التحليلات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lemma of the selected analysis</source>
        <translation>المدخل المعجمي للتحليل المحدَّد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add to glossary…</source>
        <translation>إ&amp;ضافة إلى المسرد…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Analyzing…</source>
        <translation>جارٍ التحليل…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Analyses, most likely first: {count}</source>
        <translation>التحليلات، الأرجح أولًا: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the dictionary (a name or a rare word?)</source>
        <translation>ليست في المعجم (اسم علم أو كلمة نادرة؟)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gloss: {gloss}</source>
        <translation>المعنى: ⁨{gloss}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buckwalter: {bw} · Readable: {readable}</source>
        <translation>نقحرة بكوالتر: ⁨{bw}⁩ · نقحرة مقروءة: ⁨{readable}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CALIMA MSA r13 (CAMeL Tools)</source>
        <translation>CALIMA MSA r13 (من أدوات CAMeL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAMA 1.0 (Buckwalter, built in)</source>
        <translation>BAMA 1.0 (معجم بكوالتر المدمج)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dictionary: {name}</source>
        <translation>المعجم: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysis failed: {error}</source>
        <translation>فشل التحليل: ⁨{error}⁩</translation>
    </message>
</context>
</TS>
