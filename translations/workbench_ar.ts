<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Filters</name>
    <message>
        <location filename="../workbench/ui/models/status_filter_model.py" line="+31"/>
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
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <location filename="../workbench/ui/models/paragraph_model.py" line="+133"/>
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
</TS>
