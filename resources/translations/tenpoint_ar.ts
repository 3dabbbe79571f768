<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActivitiesArea</name>
    <message>
        <location filename="../../desktop/activities/area.py" line="+162"/>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New activity</source>
        <translation>نشاط &amp;جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>ح&amp;ذف…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>تحد&amp;يث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No activity matches these filters.</source>
        <translation>لا يطابق أي نشاط عوامل التصفية هذه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up activities are recorded yet. Record the first one, or choose a recommendation in the browser and add a follow-up activity to it.</source>
        <translation>لم يُسجَّل أي نشاط متابعة بعد. سجّل النشاط الأول، أو اختر توصية في تبويب التوصيات وأضف إليها نشاط متابعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/activities/editing.py" line="+75"/>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editing.py" line="-36"/>
        <source>This installation has no office yet. Set up the office (its name and country) before recording activities.</source>
        <translation>لم يُعدّ مكتب لهذا التثبيت بعد. أعدّ المكتب (اسمه وبلده) قبل تسجيل الأنشطة.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the activity &quot;{title}&quot;?

It is kept, marked deleted (tick &quot;Show deleted&quot; to see it), so that the deletion reaches the other offices with the next package.</source>
        <translation>هل تريد حذف النشاط «{title}»؟

سيُحتفظ به موسوماً بأنه محذوف (حدّد «إظهار المحذوفة» لرؤيته)، كي يصل الحذف إلى المكاتب الأخرى مع الحزمة التالية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Delete activity</source>
        <translation>حذف النشاط</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../desktop/activities/editor.py" line="+53"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linked items</source>
        <translation>البنود الم&amp;رتبطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead or&amp;ganisation</source>
        <translation>ال&amp;منظمة الرائدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This activity was deleted on {when}. It is kept so that the deletion reaches the other offices; it cannot be changed.</source>
        <translation>حُذف هذا النشاط في {when}. ويُحتفظ به كي يصل الحذف إلى المكاتب الأخرى؛ ولا يمكن تغييره.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by {owner}. It is shown here read-only: only its owner can change it.</source>
        <translation>سجّله {owner}. ويُعرض هنا للقراءة فقط: لا يغيّره إلا مالكه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity (read-only): {title}</source>
        <translation>نشاط (للقراءة فقط): {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit activity: {title}</source>
        <translation>تحرير النشاط: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields marked by a message must be corrected before saving. Save with Ctrl+S.</source>
        <translation>يجب تصحيح الحقول المشار إليها برسالة قبل الحفظ. احفظ بالضغط على Ctrl+S.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported in the June 2011 compilation: the baseline of the follow-up, kept as reported.</source>
        <translation>أُبلغ عنه في تجميع يونيو 2011: خط الأساس للمتابعة، محفوظ كما أُبلغ عنه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by {office}.</source>
        <translation>سجّله {office}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by {creator} on {created}; last changed by {editor} on {updated} (revision {revision}, times in local time, {zone}).</source>
        <translation>أنشأه {creator} في {created}؛ وآخر من غيّره {editor} في {updated} (المراجعة {revision}، والأوقات بالتوقيت المحلي، {zone}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field}: {problems}</source>
        <translation>{field}: {problems}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Activity not saved</source>
        <translation>لم يُحفظ النشاط</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved by someone else</source>
        <translation>حفظه شخص آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the saved version now? Your changes will be lost; choose No to keep them on screen and copy what you need first.</source>
        <translation>هل تريد تحميل النسخة المحفوظة الآن؟ ستفقد تغييراتك؛ اختر «لا» لإبقائها على الشاشة ونسخ ما تحتاج إليه أولاً.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity has changes that are not saved. Save them?</source>
        <translation>في هذا النشاط تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <location filename="../../desktop/activities/filter_bar.py" line="+47"/>
        <source>Search titles, descriptions, organisations, notes, evidence (Ctrl+F)</source>
        <translation>البحث في العناوين والأوصاف والمنظمات والملاحظات والأدلة (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item code, e.g. DES-SR-III-01</source>
        <translation>رمز البند، مثل DES-SR-III-01</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All action areas</source>
        <translation>جميع مجالات العمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All offices</source>
        <translation>جميع المكاتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted</source>
        <translation>إظهار المحذوفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the follow-up reported in &amp;2011</source>
        <translation>إظهار المتابعة المُبلَّغ عنها في &amp;عام 2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The June 2011 compilation&apos;s activities of this office&apos;s regions (at headquarters, of every region): the baseline of the follow-up, read-only.</source>
        <translation>أنشطة تجميع يونيو 2011 في مناطق هذا المكتب (وفي المقر الرئيسي، أنشطة كل المناطق): خط الأساس للمتابعة، للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked &amp;item:</source>
        <translation>البند الم&amp;رتبط:</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطاً</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{matching} of %Ln activities</source>
        <translation>
            <numerusform>{matching} من %Ln نشاط</numerusform>
            <numerusform>{matching} من نشاط واحد</numerusform>
            <numerusform>{matching} من نشاطين</numerusform>
            <numerusform>{matching} من %Ln أنشطة</numerusform>
            <numerusform>{matching} من %Ln نشاطاً</numerusform>
            <numerusform>{matching} من %Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>المحذوفة: %Ln</numerusform>
            <numerusform>المحذوفة: %Ln</numerusform>
            <numerusform>المحذوفة: %Ln</numerusform>
            <numerusform>المحذوفة: %Ln</numerusform>
            <numerusform>المحذوفة: %Ln</numerusform>
            <numerusform>المحذوفة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{activities}; {by_status}</source>
        <translation>{activities}؛ {by_status}</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../desktop/activities/table_model.py" line="+56"/>
        <source>Deleted ({status})</source>
        <translation>محذوف ({status})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>June 2011</source>
        <translation>يونيو 2011</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked items</source>
        <translation>البنود المرتبطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>In this computer&apos;s local time ({zone})</source>
        <translation>بالتوقيت المحلي لهذا الحاسوب ({zone})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Recorded by {owner}; read-only here.</source>
        <translation>سجّله {owner}؛ للقراءة فقط هنا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported in the June 2011 compilation</source>
        <translation>أُبلغ عنه في تجميع يونيو 2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, local time ({zone})</source>
        <translation>{time}، بالتوقيت المحلي ({zone})</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/backups/dialog.py" line="+54"/>
        <location line="+175"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Tenpoint backs the database up before every import, schema upgrade and restore. Backups are kept in {folder}.</source>
        <translation>ينشئ Tenpoint نسخة احتياطية من قاعدة البيانات قبل كل استيراد وكل ترقية للمخطط وكل استعادة. وتُحفظ النسخ الاحتياطية في {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Keep the newest backups:</source>
        <translation>&amp;الاحتفاظ بأحدث النسخ الاحتياطية:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore...</source>
        <translation>ا&amp;ستعادة...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>damaged: cannot be restored</source>
        <translation>تالفة: لا يمكن استعادتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set up</source>
        <translation>لم يُعدّ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backing up...</source>
        <translation>جارٍ النسخ الاحتياطي...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup written: {path}</source>
        <translation>كُتبت النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database by the backup of {date} ({reason})?

Everything recorded since then will be replaced. A backup of the current state is taken first, so this can be undone by restoring that one.</source>
        <translation>هل تريد استبدال قاعدة البيانات بالنسخة الاحتياطية المؤرخة {date} ({reason})؟

سيُستبدل كل ما سُجّل منذ ذلك الحين. وتُنشأ أولاً نسخة احتياطية من الحالة الراهنة، فيمكن التراجع عن ذلك باستعادتها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring...</source>
        <translation>جارٍ الاستعادة...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was restored. The state before it was backed up to {path}.</source>
        <translation>استُعيدت النسخة الاحتياطية. وحُفظت الحالة السابقة لها احتياطياً في {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore done</source>
        <translation>اكتملت الاستعادة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغيت العملية: لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>BrowserArea</name>
    <message>
        <location filename="../../desktop/browser/area.py" line="+83"/>
        <location line="+16"/>
        <source>Show all regions</source>
        <translation>إظهار كل المناطق</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Tick “Show all regions” to see the matches in the other regions too</source>
        <translation>حدّد «إظهار كل المناطق» لرؤية النتائج المطابقة في المناطق الأخرى أيضاً</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Also show the events of the regions your office does not belong to</source>
        <translation>إظهار فعاليات المناطق التي لا ينتمي إليها مكتبك أيضاً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headquarters, and an installation not yet set up, see every region</source>
        <translation>يرى المقر الرئيسي، وكذلك أي تثبيت لم يُعدّ بعد، كل المناطق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the events of all regions.</source>
        <translation>تُعرض فعاليات كل المناطق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the events of all regions (your office: {regions}).</source>
        <translation>تُعرض فعاليات كل المناطق (مكتبك: {regions}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the events of your office&apos;s regions: {regions}.</source>
        <translation>
            <numerusform>تُعرض فعاليات مناطق مكتبك: {regions}.</numerusform>
            <numerusform>تُعرض فعاليات منطقة مكتبك: {regions}.</numerusform>
            <numerusform>تُعرض فعاليات منطقتي مكتبك: {regions}.</numerusform>
            <numerusform>تُعرض فعاليات مناطق مكتبك: {regions}.</numerusform>
            <numerusform>تُعرض فعاليات مناطق مكتبك: {regions}.</numerusform>
            <numerusform>تُعرض فعاليات مناطق مكتبك: {regions}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why your office follows these conferences:</source>
        <translation>لماذا يتابع مكتبك هذه المؤتمرات:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No item matches these filters.</source>
        <translation>لا يطابق أي بند عوامل التصفية هذه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items matching the filters: {count}</source>
        <translation>البنود المطابقة لعوامل التصفية: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: {count}</source>
        <translation>البنود: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No item matches “{query}”.</source>
        <translation>لا يطابق أي بند «{query}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose code starts with “{query}”: {count}</source>
        <translation>البنود التي يبدأ رمزها بـ«{query}»: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{query}”, best first: {count}</source>
        <translation>نتائج «{query}»، الأفضل أولاً: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No item in your regions has a code starting with “{query}”; {total} in all regions.</source>
        <translation>لا يوجد في مناطقك بند يبدأ رمزه بـ«{query}»؛ وفي كل المناطق: {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose code starts with “{query}”: {count} in your regions; {total} in all regions.</source>
        <translation>البنود التي يبدأ رمزها بـ«{query}»: {count} في مناطقك؛ و{total} في كل المناطق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item in your regions matches “{query}”; {total} in all regions.</source>
        <translation>لا يطابق «{query}» أي بند في مناطقك؛ وفي كل المناطق: {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{query}”, best first: {count} in your regions; {total} in all regions.</source>
        <translation>نتائج «{query}»، الأفضل أولاً: {count} في مناطقك؛ و{total} في كل المناطق.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln items here; counting their follow-up activities…</source>
        <translation>
            <numerusform>لا بنود هنا؛ جارٍ عدّ أنشطة المتابعة…</numerusform>
            <numerusform>هنا بند واحد؛ جارٍ عدّ أنشطة المتابعة الخاصة به…</numerusform>
            <numerusform>هنا بندان؛ جارٍ عدّ أنشطة المتابعة الخاصة بهما…</numerusform>
            <numerusform>هنا %Ln بنود؛ جارٍ عدّ أنشطة المتابعة الخاصة بها…</numerusform>
            <numerusform>هنا %Ln بنداً؛ جارٍ عدّ أنشطة المتابعة الخاصة بها…</numerusform>
            <numerusform>هنا %Ln بند؛ جارٍ عدّ أنشطة المتابعة الخاصة بها…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln items here.</source>
        <translation>
            <numerusform>لا بنود هنا.</numerusform>
            <numerusform>هنا بند واحد.</numerusform>
            <numerusform>هنا بندان.</numerusform>
            <numerusform>هنا %Ln بنود.</numerusform>
            <numerusform>هنا %Ln بنداً.</numerusform>
            <numerusform>هنا %Ln بند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of them have follow-up activities.</source>
        <translation>
            <numerusform>ليس لأيٍّ منها أنشطة متابعة.</numerusform>
            <numerusform>بند واحد منها له أنشطة متابعة.</numerusform>
            <numerusform>بندان منها لهما أنشطة متابعة.</numerusform>
            <numerusform>%Ln بنود منها لها أنشطة متابعة.</numerusform>
            <numerusform>%Ln بنداً منها لها أنشطة متابعة.</numerusform>
            <numerusform>%Ln بند منها لها أنشطة متابعة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item to read it in full.</source>
        <translation>اختر بنداً لقراءته كاملاً.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening the item…</source>
        <translation>جارٍ فتح البند…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown item</source>
        <translation>بند غير معروف</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This item is retired, and hidden in the tree and the search. Tick “Show retired items” to see it there.</source>
        <translation>هذا البند مستبعد، ومخفي في الشجرة وفي البحث. حدّد «إظهار البنود المستبعدة» لرؤيته هناك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is from {event}, outside your office&apos;s region. Tick “Show all regions” to see it in the tree.</source>
        <translation>هذا البند من {event}، خارج منطقة مكتبك. حدّد «إظهار كل المناطق» لرؤيته في الشجرة.</translation>
    </message>
</context>
<context>
    <name>CatalogChoiceModel</name>
    <message>
        <location filename="../../desktop/activities/picker.py" line="+39"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Already linked</source>
        <translation>مرتبط بالفعل</translation>
    </message>
</context>
<context>
    <name>CatalogEditDialog</name>
    <message>
        <location filename="../../desktop/browser/catalog_editor.py" line="+297"/>
        <source>Fields marked * are required. Nothing is changed until you choose {save}.</source>
        <translation>الحقول المعلَّمة بعلامة * إلزامية. ولن يتغير شيء حتى تختار «{save}».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Retire</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reinstate</source>
        <translation>إعادة إدراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A conference, workshop or follow-up meeting held after 2011. Offices receive it with headquarters&apos; next update and follow it up when their country takes part.</source>
        <translation>مؤتمر أو حلقة عمل أو اجتماع متابعة عُقد بعد عام 2011. وتتلقاه المكاتب مع التحديث التالي من المقر الرئيسي وتتابعه إذا شارك فيه بلدها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document of an event, with the reference it can be found by: its symbol, publication or link.</source>
        <translation>وثيقة من وثائق فعالية، مع المرجع الذي يمكن العثور عليها به: رمزها أو المنشور أو الرابط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heading of a document, under which items are added.</source>
        <translation>عنوان في وثيقة، تُضاف البنود تحته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recommendation, action or other item of a document, worded as the document prints it.</source>
        <translation>توصية أو إجراء أو بند آخر من وثيقة، بالصياغة التي وردت في الوثيقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A country that took part in an event: offices in it follow the event up.</source>
        <translation>بلد شارك في فعالية: تتابع المكاتب الموجودة فيه هذه الفعالية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct {code}, an item headquarters added. The text before the correction stays in its history.</source>
        <translation>تصحيح {code}، وهو بند أضافه المقر الرئيسي. ويبقى النص السابق للتصحيح في سجله.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note shown with {code}, kept in its history. The item&apos;s text stays as the source printed it.</source>
        <translation>ملاحظة تُعرض مع {code} ويُحتفظ بها في سجله. ويبقى نص البند كما ورد في المصدر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} will be hidden from the browser and the item picker. Activities linked to it keep their link and show it as retired.</source>
        <translation>سيُخفى {code} من تبويب التوصيات ومن نافذة اختيار البنود. وتحتفظ الأنشطة المرتبطة به بارتباطها، وتعرضه بوصفه مستبعداً.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} will be shown and offered for linking again.</source>
        <translation>سيُعرض {code} مجدداً ويُتاح للربط من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} says the same as another item. It will be retired, and every activity linked to it will be linked to the item you choose instead, with a history entry.</source>
        <translation>مضمون {code} مطابق لمضمون بند آخر. سيُستبعد، وستُربط كل الأنشطة المرتبطة به بالبند الذي تختاره بدلاً منه، مع قيد في السجل.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why: the decision or meeting behind it, so that offices understand</source>
        <translation>السبب: القرار أو الاجتماع الذي استند إليه ذلك، كي تفهم المكاتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from, or anything offices should know</source>
        <translation>مصدره، أو أي شيء ينبغي أن تعرفه المكاتب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>A new code, e.g. {example}</source>
        <translation>رمز جديد، مثل {example}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unsaved change</source>
        <translation>تغيير غير محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalog change is not saved. Save it?</source>
        <translation>هذا التغيير في الفهرس غير محفوظ. هل تريد حفظه؟</translation>
    </message>
</context>
<context>
    <name>CatalogMenu</name>
    <message>
        <location filename="../../desktop/browser/catalog_menu.py" line="+73"/>
        <source>Import a catalog workbook…</source>
        <translation>استيراد مصنّف فهرس…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a catalog template to fill…</source>
        <translation>حفظ قالب فهرس لتعبئته…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit catalog</source>
        <translation>تحرير الفهرس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add events, documents, sections and items to the catalog, or correct, annotate, retire or merge the item shown; offices receive the changes with the next update</source>
        <translation>إضافة فعاليات ووثائق وأقسام وبنود إلى الفهرس، أو تصحيح البند المعروض أو إضافة ملاحظة إليه أو استبعاده أو دمجه في بند آخر؛ وتتلقى المكاتب التغييرات مع التحديث التالي</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{action}: {code}…</source>
        <translation>{action}: {code}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select an item first</source>
        <translation>اختر بنداً أولاً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the catalog…</source>
        <translation>جارٍ فتح الفهرس…</translation>
    </message>
</context>
<context>
    <name>CatalogPreviewDialog</name>
    <message>
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="+153"/>
        <source>Catalog workbook: {file}</source>
        <translation>مصنّف الفهرس: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Apply %n changes</source>
        <translation>
            <numerusform>تطبيق %n تغيير</numerusform>
            <numerusform>تطبيق %n تغيير</numerusform>
            <numerusform>تطبيق %n تغييرين</numerusform>
            <numerusform>تطبيق %n تغييرات</numerusform>
            <numerusform>تطبيق %n تغييراً</numerusform>
            <numerusform>تطبيق %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>This workbook cannot be imported: %n problems, listed below with their sheet, row and column. Correct them in the workbook and import it again; nothing was changed.</source>
        <translation>
            <numerusform>لا يمكن استيراد هذا المصنّف: فيه %n مشكلة، مسرودة أدناه مع الورقة والصف والعمود. صحّحها في المصنّف ثم استورده مجدداً؛ لم يتغير شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا المصنّف: فيه %n مشكلة، مذكورة أدناه مع ورقتها وصفها وعمودها. صحّحها في المصنّف ثم استورده مجدداً؛ لم يتغير شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا المصنّف: فيه %n مشكلتان، مسرودتان أدناه مع الورقة والصف والعمود. صحّحهما في المصنّف ثم استورده مجدداً؛ لم يتغير شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا المصنّف: فيه %n مشكلات، مسرودة أدناه مع الورقة والصف والعمود. صحّحها في المصنّف ثم استورده مجدداً؛ لم يتغير شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا المصنّف: فيه %n مشكلةً، مسرودة أدناه مع الورقة والصف والعمود. صحّحها في المصنّف ثم استورده مجدداً؛ لم يتغير شيء.</numerusform>
            <numerusform>لا يمكن استيراد هذا المصنّف: فيه %n مشكلة، مسرودة أدناه مع الورقة والصف والعمود. صحّحها في المصنّف ثم استورده مجدداً؛ لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rows are filled in: there is nothing to import.</source>
        <translation>لا صفوف معبأة: لا يوجد ما يُستورد.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Applying this workbook makes %n changes to the catalog, all together or none (edition {start} to {end}): {counts}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>ينتج عن تطبيق هذا المصنّف %n تغيير في الفهرس (من الطبعة {start} إلى الطبعة {end}): {counts}. وتتلقى المكاتب التغييرات مع تحديثها التالي.</numerusform>
            <numerusform>ينتج عن تطبيق هذا المصنّف %n تغيير في الفهرس (من الطبعة {start} إلى الطبعة {end}): {counts}. وتتلقاه المكاتب مع تحديثها التالي.</numerusform>
            <numerusform>ينتج عن تطبيق هذا المصنّف %n تغييران في الفهرس، يُطبَّقان معاً أو لا يُطبَّق أيٌّ منهما (من الطبعة {start} إلى الطبعة {end}): {counts}. وتتلقاهما المكاتب مع تحديثها التالي.</numerusform>
            <numerusform>ينتج عن تطبيق هذا المصنّف %n تغييرات في الفهرس، تُطبَّق كلها معاً أو لا يُطبَّق أيٌّ منها (من الطبعة {start} إلى الطبعة {end}): {counts}. وتتلقاها المكاتب مع تحديثها التالي.</numerusform>
            <numerusform>ينتج عن تطبيق هذا المصنّف %n تغييراً في الفهرس، تُطبَّق كلها معاً أو لا يُطبَّق أيٌّ منها (من الطبعة {start} إلى الطبعة {end}): {counts}. وتتلقاها المكاتب مع تحديثها التالي.</numerusform>
            <numerusform>ينتج عن تطبيق هذا المصنّف %n تغيير في الفهرس، تُطبَّق كلها معاً أو لا يُطبَّق أيٌّ منها (من الطبعة {start} إلى الطبعة {end}): {counts}. وتتلقاها المكاتب مع تحديثها التالي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <location filename="../../desktop/browser/tree_model.py" line="+36"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>آخر حالة</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>(retired) {text}</source>
        <translation>(مستبعد) {text}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retired: no longer in the current catalog.</source>
        <translation>مستبعد: لم يعد في الفهرس الحالي.</translation>
    </message>
</context>
<context>
    <name>CatalogTreeView</name>
    <message>
        <location filename="../../desktop/browser/views.py" line="+40"/>
        <source>Catalog tree</source>
        <translation>شجرة الفهرس</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>999 of 999</source>
        <translation>999 من 999</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up yet</source>
        <translation>لا متابعة بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest status</source>
        <translation>آخر حالة</translation>
    </message>
</context>
<context>
    <name>CatalogWorkbookFlow</name>
    <message>
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="-119"/>
        <source>Save a catalog template</source>
        <translation>حفظ قالب فهرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog-changes.xlsx</source>
        <translation>catalog-changes.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the template...</source>
        <translation>جارٍ كتابة القالب...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog template saved</source>
        <translation>حُفظ قالب الفهرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}. Fill in its sheets (each explains itself in the README), then import it with Edit catalog &gt; Import a catalog workbook.</source>
        <translation>كُتب {path}. املأ أوراقه (تشرح ورقة README كل ورقة منها)، ثم استورده من «تحرير الفهرس &gt; استيراد مصنّف فهرس».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a catalog workbook</source>
        <translation>استيراد مصنّف فهرس</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading and checking {file}...</source>
        <translation>جارٍ قراءة {file} وفحصه...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the catalog...</source>
        <translation>جارٍ تغيير الفهرس...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalog changed</source>
        <translation>تغيّر الفهرس</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changes applied; the catalog is now at edition {edition}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>طُبِّق %n تغيير؛ وأصبح الفهرس الآن في الطبعة {edition}. وتتلقى المكاتب التغييرات مع تحديثها التالي.</numerusform>
            <numerusform>طُبِّق %n تغيير؛ وأصبح الفهرس الآن في الطبعة {edition}. وتتلقاه المكاتب مع تحديثها التالي.</numerusform>
            <numerusform>طُبِّق %n تغييران؛ وأصبح الفهرس الآن في الطبعة {edition}. وتتلقاهما المكاتب مع تحديثها التالي.</numerusform>
            <numerusform>طُبِّقت %n تغييرات؛ وأصبح الفهرس الآن في الطبعة {edition}. وتتلقاها المكاتب مع تحديثها التالي.</numerusform>
            <numerusform>طُبِّق %n تغييراً؛ وأصبح الفهرس الآن في الطبعة {edition}. وتتلقاها المكاتب مع تحديثها التالي.</numerusform>
            <numerusform>طُبِّق %n تغيير؛ وأصبح الفهرس الآن في الطبعة {edition}. وتتلقاها المكاتب مع تحديثها التالي.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalog workbook</source>
        <translation>مصنّف الفهرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook could not be used: {error}</source>
        <translation>تعذّر استخدام المصنّف: {error}</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="+239"/>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
</context>
<context>
    <name>ChoiceResult</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+144"/>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/sync/conflicts_panel.py" line="+99"/>
        <source>No open conflicts. When this installation and another one change the same activity between two packages, both versions are kept and shown here until you decide.</source>
        <translation>لا توجد تعارضات مفتوحة. عندما يغيّر هذا التثبيت وتثبيت آخر النشاطَ نفسه بين حزمتين، يُحتفظ بالنسختين وتُعرضان هنا إلى أن تقرر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;mine</source>
        <translation>الإبقاء على &amp;نسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;theirs</source>
        <translation>اعتماد نسخ&amp;تهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge...</source>
        <translation>&amp;دمج...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose field by field between the two versions, correct the result, and save it</source>
        <translation>اختر بين النسختين حقلاً حقلاً، وصحّح النتيجة، ثم احفظها</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fields in bold differ, their differing words marked. Your decision is saved in the activity&apos;s history and travels with the next package.</source>
        <translation>الحقول المكتوبة بخط عريض مختلفة، وكلماتها المختلفة مُعلَّمة. ويُحفظ قرارك في سجل النشاط وينتقل مع الحزمة التالية.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This installation&apos;s version (mine)</source>
        <translation>النسخة المحلية (نسختي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received version (theirs)</source>
        <translation>النسخة الواردة (نسختهم)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Conflict not resolved</source>
        <translation>لم يُحلّ التعارض</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict resolved: {how}.</source>
        <translation>حُلّ التعارض: {how}.</translation>
    </message>
</context>
<context>
    <name>CountryResult</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+32"/>
        <source>(no country)</source>
        <translation>(بلا بلد)</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../desktop/progress/coverage_page.py" line="+123"/>
        <location line="+34"/>
        <source>Click a bar or a number to list the items behind it.</source>
        <translation>انقر شريطاً أو رقماً لعرض البنود التي يمثّلها.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Group &amp;by:</source>
        <translation>ال&amp;تجميع حسب:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Items by the latest status of their follow-up</source>
        <translation>البنود حسب آخر حالة لمتابعتها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items with follow-up: {followed} of {items} ({percent}).</source>
        <translation>البنود التي لها متابعة: {followed} من {items} ({percent}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The 2011 compilation reported %Ln activities for them.</source>
        <translation>
            <numerusform>لم يُبلغ تجميع 2011 عن أي نشاط لها.</numerusform>
            <numerusform>أبلغ تجميع 2011 عن نشاط واحد لها.</numerusform>
            <numerusform>أبلغ تجميع 2011 عن نشاطين لها.</numerusform>
            <numerusform>أبلغ تجميع 2011 عن %Ln أنشطة لها.</numerusform>
            <numerusform>أبلغ تجميع 2011 عن %Ln نشاطاً لها.</numerusform>
            <numerusform>أبلغ تجميع 2011 عن %Ln نشاط لها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>{what}: %Ln items. Double-click one to read it in Recommendations.</source>
        <translation>
            <numerusform>{what}: لا توجد بنود.</numerusform>
            <numerusform>{what}: بند واحد. انقر نقراً مزدوجاً عليه لقراءته في «التوصيات».</numerusform>
            <numerusform>{what}: بندان. انقر نقراً مزدوجاً على أحدهما لقراءته في «التوصيات».</numerusform>
            <numerusform>{what}: %Ln بنود. انقر نقراً مزدوجاً على أحدها لقراءته في «التوصيات».</numerusform>
            <numerusform>{what}: %Ln بنداً. انقر نقراً مزدوجاً على أحدها لقراءته في «التوصيات».</numerusform>
            <numerusform>{what}: %Ln بند. انقر نقراً مزدوجاً على أحدها لقراءته في «التوصيات».</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{group}: {status}</source>
        <translation>{group}: {status}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../desktop/browser/catalog_editor.py" line="-476"/>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation>ترك التاريخ فارغاً</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../desktop/sync/export_panel.py" line="+96"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank template</source>
        <translation>قالب فارغ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All this office&apos;s activities</source>
        <translation>كل أنشطة هذا المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those changed since the last export</source>
        <translation>ما تغيّر منها منذ آخر تصدير فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport package...</source>
        <translation>&amp;تصدير الحزمة...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A package for headquarters, to send by e-mail or on a USB stick.</source>
        <translation>حزمة للمقر الرئيسي، تُرسل بالبريد الإلكتروني أو على ذاكرة USB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For an office:</source>
        <translation>لمكتب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a region:</source>
        <translation>لمنطقة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport update...</source>
        <translation>ت&amp;صدير التحديث...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An update package: the region&apos;s merged activities, catalog updates, and what headquarters holds of the office&apos;s work.</source>
        <translation>حزمة تحديث: أنشطة المنطقة المدمجة، وتحديثات الفهرس، وما لدى المقر الرئيسي من عمل المكتب.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Nairobi</source>
        <translation>مثال: نيروبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose a country)</source>
        <translation>(اختر بلداً)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write &amp;template...</source>
        <translation>كتابة &amp;قالب...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protect with a password</source>
        <translation>&amp;حماية بكلمة مرور</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The packages and templates written here are then encrypted: Excel, LibreOffice and Tenpoint ask for the password to open them. Give it to the recipient another way than the file (by phone, say). A lost password cannot be recovered.</source>
        <translation>عندئذٍ تُشفَّر الحزم والقوالب المكتوبة هنا: ويطلب Excel وLibreOffice وTenpoint كلمة المرور لفتحها. أعطِ كلمة المرور للمستلم بوسيلة غير الملف (بالهاتف مثلاً). ولا يمكن استرداد كلمة مرور مفقودة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the password in both fields.</source>
        <translation>اكتب كلمة المرور في الحقلين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A workbook with pre-assigned activity IDs for an office without Tenpoint to fill in by hand; importing it twice never creates duplicates.</source>
        <translation>مصنّف بمعرّفات أنشطة مخصصة مسبقاً، يملؤه يدوياً مكتبٌ لا يستخدم Tenpoint؛ واستيراده مرتين لا ينشئ أنشطة مكررة أبداً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workbook with pre-assigned activity IDs, to enter many activities in Excel and import them here.</source>
        <translation>مصنّف بمعرّفات أنشطة مخصصة مسبقاً، لإدخال أنشطة كثيرة في Excel واستيرادها هنا.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Set up this installation&apos;s office (File &gt; Office identity) before exporting.</source>
        <translation>أعدّ مكتب هذا التثبيت (ملف &gt; هوية المكتب) قبل التصدير.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export update package</source>
        <translation>تصدير حزمة التحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package</source>
        <translation>تصدير الحزمة</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Writing {file}...</source>
        <translation>جارٍ كتابة {file}...</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Write blank template</source>
        <translation>كتابة قالب فارغ</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Wrote {path}: a template for {office} with %Ln rows.</source>
        <translation>
            <numerusform>كُتب {path}: قالب لـ{office} لا صفوف فيه.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} فيه صف واحد.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} فيه صفان.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} فيه %Ln صفوف.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} فيه %Ln صفاً.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} فيه %Ln صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطاً</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>لا عمليات حذف</numerusform>
            <numerusform>عملية حذف واحدة</numerusform>
            <numerusform>عمليتا حذف</numerusform>
            <numerusform>%Ln عمليات حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}: {contents}. It is listed in the history as sent.</source>
        <translation>كُتب {path}: {contents}. وهو مُدرج في السجل بوصفه مُرسَلاً.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is protected with a password.</source>
        <translation>وهو محمي بكلمة مرور.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled: no file was written and nothing was recorded as sent.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف ولم يُسجَّل أي شيء بوصفه مُرسَلاً.</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+124"/>
        <source>Result: {field}</source>
        <translation>النتيجة: {field}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>اعتماد نسختهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both: every item of the two versions</source>
        <translation>كلتاهما: كل عناصر النسختين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Result:</source>
        <translation>النتيجة:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/browser/filter_bar.py" line="+16"/>
        <source>No follow-up yet</source>
        <translation>لا متابعة بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up overdue</source>
        <translation>متابعة متأخرة عن الموعد</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of item</source>
        <translation>نوع البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10-Point Plan action area</source>
        <translation>مجال عمل خطة النقاط العشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With or without follow-up</source>
        <translation>بمتابعة أو بدونها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every item again</source>
        <translation>إظهار كل البنود مجدداً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show retired items</source>
        <translation>إظهار البنود المستبعدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also show the items headquarters retired or merged into another item; they keep their follow-up activities</source>
        <translation>إظهار البنود التي استبعدها المقر الرئيسي أو دمجها في بند آخر أيضاً؛ وهي تحتفظ بأنشطة المتابعة الخاصة بها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter:</source>
        <translation>التصفية:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All events</source>
        <translation>جميع الفعاليات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds of item</source>
        <translation>جميع أنواع البنود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All action areas</source>
        <translation>جميع مجالات العمل</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All documents</source>
        <translation>جميع الوثائق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event}: {document}</source>
        <translation>{event}: {document}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/activities/history.py" line="+133"/>
        <source>History: {title}</source>
        <translation>السجل: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entries, newest first. The history is kept as recorded and cannot be edited.</source>
        <translation>
            <numerusform>لا إدخالات. ويُحفظ السجل كما سُجّل ولا يمكن تحريره.</numerusform>
            <numerusform>إدخال واحد. ويُحفظ السجل كما سُجّل ولا يمكن تحريره.</numerusform>
            <numerusform>إدخالان، الأحدث أولاً. ويُحفظ السجل كما سُجّل ولا يمكن تحريره.</numerusform>
            <numerusform>%n إدخالات، الأحدث أولاً. ويُحفظ السجل كما سُجّل ولا يمكن تحريره.</numerusform>
            <numerusform>%n إدخالاً، الأحدث أولاً. ويُحفظ السجل كما سُجّل ولا يمكن تحريره.</numerusform>
            <numerusform>%n إدخال، الأحدث أولاً. ويُحفظ السجل كما سُجّل ولا يمكن تحريره.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Old value:</source>
        <translation>القيمة القديمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value:</source>
        <translation>القيمة الجديدة:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-141"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>القيمة القديمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{action} ({note})</source>
        <translation>{action} ({note})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unsigned package {id}</source>
        <translation>حزمة غير موقّعة {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package {id}</source>
        <translation>الحزمة {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{package}, edited in a spreadsheet after export</source>
        <translation>{package}، حُرّرت في جدول بيانات بعد التصدير</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="+58"/>
        <source>No package sent or received yet.</source>
        <translation>لم تُرسَل أو تُستقبَل أي حزمة بعد.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/sync/preview_dialog.py" line="+192"/>
        <source>Import preview</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the activities that do not change</source>
        <translation>إظهار الأنشطة التي لا تتغير</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing has been written yet. Check what importing would do, then import or cancel. Applying is all-or-nothing: a package with a rejected row is left out whole unless you choose to import only its valid rows.</source>
        <translation>لم يُكتب شيء بعد. تحقق مما سيفعله الاستيراد، ثم استورد أو ألغِ. ويُطبَّق الاستيراد كاملاً أو لا يُطبَّق: فالحزمة التي فيها صف مرفوض تُستبعد بأكملها ما لم تختر استيراد صفوفها الصالحة فقط.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First signed package from {office}. Call the office and compare the key&apos;s fingerprint: {fingerprint}. Or trust the key file its IT exported (tenpoint keys export).</source>
        <translation>أول حزمة موقّعة من {office}. اتصل بالمكتب وقارن بصمة المفتاح: {fingerprint}. أو ثق بملف المفتاح الذي صدّره قسم تكنولوجيا المعلومات فيه (tenpoint keys export).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have checked this fingerprint with {office}</source>
        <translation>تحققت من هذه البصمة مع {office}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the office&apos;s &amp;key file...</source>
        <translation>الوثوق بملف &amp;مفتاح المكتب...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed, or changed after signing: {files}. Nothing shows who made these files or that they are as exported. Import them only if you know where they come from; the activity history will record that they arrived unsigned.</source>
        <translation>غير موقّعة، أو غُيّرت بعد التوقيع: {files}. لا شيء يبيّن من أعدّ هذه الملفات ولا أنها كما صُدِّرت. لا تستوردها إلا إذا كنت تعرف مصدرها؛ وسيسجّل سجل النشاط أنها وصلت غير موقّعة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as unsigned data</source>
        <translation>استيراد كبيانات غير موقّعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until you decide, these packages are left out of the import.</source>
        <translation>إلى أن تقرر، تُستبعد هذه الحزم من الاستيراد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import only the &amp;valid rows...</source>
        <translation>استيراد الصفوف ال&amp;صالحة فقط...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid rows of packages with rejected rows; you then choose where to save a workbook listing the rejected rows.</source>
        <translation>استيراد الصفوف الصالحة من الحزم التي فيها صفوف مرفوضة؛ ثم تختار أين تحفظ مصنّفاً يسرد الصفوف المرفوضة.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not the key of this package</source>
        <translation>ليس مفتاح هذه الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file holds the key {chosen}, but {file} was signed with the key {fingerprint}. The package was not made with the key of that file: check with the office before importing it.</source>
        <translation>يحتوي ملف المفتاح على المفتاح {chosen}، لكن {file} موقّع بالمفتاح {fingerprint}. لم تُعدّ الحزمة بمفتاح ذلك الملف: تحقق مع المكتب قبل استيرادها.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the packages again...</source>
        <translation>جارٍ فحص الحزم مجدداً...</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Problems in {file}: {n}</source>
        <translation>المشكلات في {file}: {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activities: {shown} of {n}</source>
        <translation>الأنشطة: {shown} من {n}</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../desktop/browser/detail_pane.py" line="+59"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the item whose reference you followed</source>
        <translation>الرجوع إلى البند الذي تتبّعت الإحالة منه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add follow-up activity</source>
        <translation>إضافة نشاط متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a follow-up activity linked to this item</source>
        <translation>تسجيل نشاط متابعة مرتبط بهذا البند</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Retired items take no new follow-up activities</source>
        <translation>البنود المستبعدة لا تقبل أنشطة متابعة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a follow-up activity linked to {code}</source>
        <translation>تسجيل نشاط متابعة مرتبط بـ{code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item selected</source>
        <translation>لم يُختر أي بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item in the tree or in the search results to read its text, its 10-Point Plan action areas, its cross-references and its follow-up activities.</source>
        <translation>اختر بنداً في الشجرة أو في نتائج البحث لقراءة نصه ومجالات عمله في خطة النقاط العشر وإحالاته المرجعية وأنشطة المتابعة الخاصة به.</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../../desktop/activities/picker.py" line="+61"/>
        <source>Link catalog items</source>
        <translation>ربط بنود من الفهرس</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type words or a code: border training, DES-AP-I, VIII (iv)</source>
        <translation>اكتب كلمات أو رمزاً: border training، DES-AP-I، VIII (iv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link selected</source>
        <translation>ربط المحدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all &amp;regions</source>
        <translation>إظهار كل ال&amp;مناطق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also offer the items of the regions your office does not belong to (your office: {regions})</source>
        <translation>عرض بنود المناطق التي لا ينتمي إليها مكتبك أيضاً (مكتبك: {regions})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Headquarters, and an installation not yet set up, see every region</source>
        <translation>يرى المقر الرئيسي، وكذلك أي تثبيت لم يُعدّ بعد، كل المناطق</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{shown}; {selected}</source>
        <translation>{shown}؛ {selected}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>المحددة: %Ln</numerusform>
            <numerusform>المحددة: %Ln</numerusform>
            <numerusform>المحددة: %Ln</numerusform>
            <numerusform>المحددة: %Ln</numerusform>
            <numerusform>المحددة: %Ln</numerusform>
            <numerusform>المحددة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{shown} of %Ln items shown</source>
        <translation>
            <numerusform>البنود المعروضة: {shown} من %Ln</numerusform>
            <numerusform>البنود المعروضة: {shown} من %Ln</numerusform>
            <numerusform>البنود المعروضة: {shown} من %Ln</numerusform>
            <numerusform>البنود المعروضة: {shown} من %Ln</numerusform>
            <numerusform>البنود المعروضة: {shown} من %Ln</numerusform>
            <numerusform>البنود المعروضة: {shown} من %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %Ln items of your regions shown</source>
        <translation>
            <numerusform>بنود مناطقك المعروضة: {shown} من %Ln</numerusform>
            <numerusform>بنود مناطقك المعروضة: {shown} من %Ln</numerusform>
            <numerusform>بنود مناطقك المعروضة: {shown} من %Ln</numerusform>
            <numerusform>بنود مناطقك المعروضة: {shown} من %Ln</numerusform>
            <numerusform>بنود مناطقك المعروضة: {shown} من %Ln</numerusform>
            <numerusform>بنود مناطقك المعروضة: {shown} من %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../desktop/sync/keys_dialog.py" line="+42"/>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>ملفات المفاتيح (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a key file</source>
        <translation>من ملف مفتاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed on import</source>
        <translation>أُكِّد عند الاستيراد</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+66"/>
        <source>Trusted keys</source>
        <translation>المفاتيح الموثوق بها</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>This file holds the key of {office} (office ID {office_id}), with the fingerprint

{fingerprint}

Trust it only if the file came from that office&apos;s IT by a way you rely on: its packages will then be accepted as the office&apos;s own.</source>
        <translation>يحتوي هذا الملف على مفتاح {office} (معرّف المكتب {office_id})، وبصمته

{fingerprint}

لا تثق به إلا إذا وصلك الملف من قسم تكنولوجيا المعلومات في ذلك المكتب بوسيلة تعتمد عليها: فعندئذٍ ستُقبل حزمه على أنها حزم المكتب نفسه.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Re&amp;move...</source>
        <translation>إ&amp;زالة...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export my key...</source>
        <translation>&amp;تصدير مفتاحي...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This installation&apos;s key: {fingerprint}. Offices and headquarters compare it when they receive your first package.</source>
        <translation>مفتاح هذا التثبيت: {fingerprint}. تقارنه المكاتب والمقر الرئيسي عند استلام حزمتك الأولى.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+18"/>
        <source>Trust a key file</source>
        <translation>الوثوق بملف مفتاح</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Packages are signed by the office that made them. A package from an office listed here is accepted only with that office&apos;s key; a package from another office asks you to check its key&apos;s fingerprint with the office first, or to trust the key file the office&apos;s IT exported.</source>
        <translation>تُوقَّع الحزم من المكتب الذي أعدّها. والحزمة الواردة من مكتب مدرج هنا لا تُقبل إلا بمفتاح ذلك المكتب؛ أما الحزمة الواردة من مكتب آخر فتطلب منك أولاً التحقق من بصمة مفتاحه مع المكتب، أو الوثوق بملف المفتاح الذي صدّره قسم تكنولوجيا المعلومات في المكتب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust a key file...</source>
        <translation>ال&amp;وثوق بملف مفتاح...</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The key of {office} is trusted: fingerprint {fingerprint}.</source>
        <translation>مفتاح {office} موثوق به: البصمة {fingerprint}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove key</source>
        <translation>إزالة المفتاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key of {office} ({fingerprint})? Do it only after checking with the office that it was reinstalled: its next package will ask you to confirm the new key&apos;s fingerprint.</source>
        <translation>هل تريد إزالة مفتاح {office} ({fingerprint})؟ لا تفعل ذلك إلا بعد التحقق مع المكتب من أنه أُعيد تثبيته: ستطلب منك حزمته التالية تأكيد بصمة المفتاح الجديد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key of {office} was removed.</source>
        <translation>أُزيل مفتاح {office}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export this installation&apos;s key</source>
        <translation>تصدير مفتاح هذا التثبيت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your public key is in {path}. It is not secret: give it to the IT of the offices or headquarters that import your packages.</source>
        <translation>مفتاحك العام في {path}. وهو ليس سرياً: أعطه لقسم تكنولوجيا المعلومات في المكاتب أو المقر الرئيسي الذي يستورد حزمك.</translation>
    </message>
</context>
<context>
    <name>LatePage</name>
    <message>
        <location filename="../../desktop/progress/late_page.py" line="+78"/>
        <source>Sta&amp;le when not updated for more than:</source>
        <translation>يُعدّ &amp;راكداً إذا لم يُحدَّث لأكثر من:</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source> days</source>
        <comment>unit after a number of days</comment>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يوماً</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln open activities; overdue: {overdue}, stale: {stale}.</source>
        <translation>
            <numerusform>لا أنشطة مفتوحة؛ المتأخرة عن الموعد: {overdue}، والراكدة: {stale}.</numerusform>
            <numerusform>نشاط مفتوح واحد؛ متأخر عن الموعد: {overdue}، وراكد: {stale}.</numerusform>
            <numerusform>نشاطان مفتوحان؛ منهما متأخر عن الموعد: {overdue}، وراكد: {stale}.</numerusform>
            <numerusform>%Ln أنشطة مفتوحة؛ منها متأخرة عن الموعد: {overdue}، وراكدة: {stale}.</numerusform>
            <numerusform>%Ln نشاطاً مفتوحاً؛ منها متأخرة عن الموعد: {overdue}، وراكدة: {stale}.</numerusform>
            <numerusform>%Ln نشاط مفتوح؛ منها متأخرة عن الموعد: {overdue}، وراكدة: {stale}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{office}: %Ln late activities. Double-click one to open it.</source>
        <translation>
            <numerusform>{office}: لا أنشطة متأخرة.</numerusform>
            <numerusform>{office}: نشاط متأخر واحد. انقر نقراً مزدوجاً عليه لفتحه.</numerusform>
            <numerusform>{office}: نشاطان متأخران. انقر نقراً مزدوجاً على أحدهما لفتحه.</numerusform>
            <numerusform>{office}: %Ln أنشطة متأخرة. انقر نقراً مزدوجاً على أحدها لفتحه.</numerusform>
            <numerusform>{office}: %Ln نشاطاً متأخراً. انقر نقراً مزدوجاً على أحدها لفتحه.</numerusform>
            <numerusform>{office}: %Ln نشاط متأخر. انقر نقراً مزدوجاً على أحدها لفتحه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln late activities in every office. Click an office to see only its own; double-click an activity to open it.</source>
        <translation>
            <numerusform>لا أنشطة متأخرة في أي مكتب.</numerusform>
            <numerusform>نشاط متأخر واحد في جميع المكاتب. انقر مكتباً لترى أنشطته وحدها؛ وانقر نقراً مزدوجاً على نشاط لفتحه.</numerusform>
            <numerusform>نشاطان متأخران في جميع المكاتب. انقر مكتباً لترى أنشطته وحدها؛ وانقر نقراً مزدوجاً على نشاط لفتحه.</numerusform>
            <numerusform>%Ln أنشطة متأخرة في جميع المكاتب. انقر مكتباً لترى أنشطته وحدها؛ وانقر نقراً مزدوجاً على نشاط لفتحه.</numerusform>
            <numerusform>%Ln نشاطاً متأخراً في جميع المكاتب. انقر مكتباً لترى أنشطته وحدها؛ وانقر نقراً مزدوجاً على نشاط لفتحه.</numerusform>
            <numerusform>%Ln نشاط متأخر في جميع المكاتب. انقر مكتباً لترى أنشطته وحدها؛ وانقر نقراً مزدوجاً على نشاط لفتحه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %Ln most overdue activities are listed.</source>
        <translation>
            <numerusform>لا يُسرد أي نشاط.</numerusform>
            <numerusform>يُسرد النشاط الأكثر تأخراً.</numerusform>
            <numerusform>يُسرد النشاطان الأكثر تأخراً.</numerusform>
            <numerusform>تُسرد أكثر %Ln أنشطة تأخراً.</numerusform>
            <numerusform>تُسرد أكثر %Ln نشاطاً تأخراً.</numerusform>
            <numerusform>تُسرد أكثر %Ln نشاط تأخراً.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing is late.</source>
        <translation>لا شيء متأخر.</translation>
    </message>
</context>
<context>
    <name>LinkedItemsEdit</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="+43"/>
        <source>&amp;Add items…</source>
        <translation>إ&amp;ضافة بنود…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not in the current catalog</source>
        <translation>ليس في الفهرس الحالي</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+69"/>
        <source>Tenpoint</source>
        <translation>Tenpoint</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Recommendations</source>
        <translation>ال&amp;توصيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activities</source>
        <translation>الأن&amp;شطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&amp;Sync</source>
        <translation>الم&amp;زامنة</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+41"/>
        <source>&amp;Progress</source>
        <translation>التق&amp;دم</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;New follow-up activity...</source>
        <translation>نشاط متابعة &amp;جديد...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office &amp;identity...</source>
        <translation>&amp;هوية المكتب...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tenpoint</source>
        <translation>&amp;حول Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups...</source>
        <translation>ال&amp;نسخ الاحتياطية...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report...</source>
        <translation>&amp;تصدير تقرير...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print report...</source>
        <translation>&amp;طباعة تقرير...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Office: not set up</source>
        <translation>المكتب: لم يُعدّ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: {name} ({role})</source>
        <translation>المكتب: {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no country</source>
        <translation>بلا بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: {country}</source>
        <translation>البلد: {country}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenpoint - shared database</source>
        <translation>Tenpoint - قاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared database: {location}</source>
        <translation>قاعدة البيانات المشتركة: {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The headquarters database on a PostgreSQL server, shared with the other officers: what they import shows here too.</source>
        <translation>قاعدة بيانات المقر الرئيسي على خادم PostgreSQL، مشتركة مع الموظفين الآخرين: ما يستوردونه يظهر هنا أيضاً.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Tenpoint</source>
        <translation>حول Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Tenpoint {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Follow-up of the recommendations of the 10-Point Plan of Action regional conferences, offline.&lt;/p&gt;&lt;p&gt;Catalog version {catalog}. Database: {database}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tenpoint {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;متابعة توصيات المؤتمرات الإقليمية لخطة العمل ذات النقاط العشر، دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;إصدار الفهرس {catalog}. قاعدة البيانات: {database}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+74"/>
        <source>Merge the two versions: {title}</source>
        <translation>دمج النسختين: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For each field the two versions differ in, keep your version or take the received one, then correct the result if needed. Words that differ are marked. The merged version is saved in the activity&apos;s history and travels with the next package.</source>
        <translation>في كل حقل تختلف فيه النسختان، أبقِ على نسختك أو اعتمد النسخة الواردة، ثم صحّح النتيجة عند الحاجة. والكلمات المختلفة مُعلَّمة. وتُحفظ النسخة المدمجة في سجل النشاط وتنتقل مع الحزمة التالية.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Save merged version</source>
        <translation>&amp;حفظ النسخة المدمجة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your version deletes this activity.</source>
        <translation>نسختك تحذف هذا النشاط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The received version deletes this activity.</source>
        <translation>النسخة الواردة تحذف هذا النشاط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merged version keeps it. To delete it, cancel and choose the version that deletes it.</source>
        <translation>النسخة المدمجة تُبقي عليه. ولحذفه، ألغِ واختر النسخة التي تحذفه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same in both versions</source>
        <translation>متطابق في النسختين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Conflict not resolved</source>
        <translation>لم يُحلّ التعارض</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="-249"/>
        <source>Untick for no date</source>
        <translation>ألغِ التحديد لترك التاريخ فارغاً</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/sync/password_dialog.py" line="+36"/>
        <source>Protected package</source>
        <translation>حزمة محمية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is not correct.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is protected with a password. Type the password its sender gave you; Cancel leaves the file out of the import.</source>
        <translation>{file} محمي بكلمة مرور. اكتب كلمة المرور التي أعطاك إياها مرسله؛ ويؤدي «إلغاء» إلى استبعاد الملف من الاستيراد.</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <location filename="../../desktop/progress/area.py" line="+64"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan targets</source>
        <translation>غايات خطة العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late follow-up</source>
        <translation>المتابعة المتأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity over time</source>
        <translation>النشاط عبر الزمن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport report...</source>
        <translation>ت&amp;صدير تقرير...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int report...</source>
        <translation>&amp;طباعة تقرير...</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Showing: {scope}</source>
        <translation>المعروض: {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counting...</source>
        <translation>جارٍ العدّ...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be read: {error}</source>
        <translation>تعذّرت قراءة الأرقام: {error}</translation>
    </message>
</context>
<context>
    <name>ProgressFilterBar</name>
    <message>
        <location filename="../../desktop/progress/filter_bar.py" line="+39"/>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All offices</source>
        <translation>جميع المكاتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>جميع الفعاليات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All action areas</source>
        <translation>جميع مجالات العمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the follow-up reported in &amp;2011</source>
        <translation>احتساب المتابعة المُبلَّغ عنها في &amp;عام 2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The June 2011 compilation&apos;s follow-up is the baseline, left out of the figures unless this is ticked.</source>
        <translation>متابعة تجميع يونيو 2011 هي خط الأساس، وتُستبعد من الأرقام ما لم يُحدَّد هذا الخيار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;gion:</source>
        <translation>المنط&amp;قة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office:</source>
        <translation>الم&amp;كتب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent:</source>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ac&amp;tion area:</source>
        <translation>م&amp;جال العمل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>الحا&amp;لة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running fro&amp;m:</source>
        <translation>جارية م&amp;ن:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>u&amp;ntil:</source>
        <translation>حت&amp;ى:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>running {start} – {end}</source>
        <translation>جارية {start} – {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with the 2011 follow-up</source>
        <translation>مع متابعة عام 2011</translation>
    </message>
</context>
<context>
    <name>ProgressTables</name>
    <message>
        <location filename="../../desktop/progress/coverage_page.py" line="-156"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action area</source>
        <translation>مجال العمل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No follow-up yet</source>
        <translation>لا متابعة بعد</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed up</source>
        <translation>تمت متابعتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported in 2011</source>
        <translation>أُبلغ عنها في 2011</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/progress/targets_page.py" line="+55"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>آخر حالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+32"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/late_page.py" line="-105"/>
        <location line="+22"/>
        <location filename="../../desktop/progress/targets_page.py" line="+7"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+16"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Open activities</source>
        <translation>الأنشطة المفتوحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Overdue</source>
        <translation>متأخر عن الموعد</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Stale</source>
        <translation>راكد</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Overdue and stale</source>
        <translation>متأخر عن الموعد وراكد</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/progress/targets_page.py" line="-3"/>
        <location filename="../../desktop/progress/timeline_page.py" line="-3"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>التأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/progress/targets_page.py" line="+1"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+4"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/targets_page.py" line="-30"/>
        <source>Reached</source>
        <translation>تحققت</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln to go</source>
        <translation>
            <numerusform>المتبقي: %Ln</numerusform>
            <numerusform>المتبقي: %Ln</numerusform>
            <numerusform>المتبقي: %Ln</numerusform>
            <numerusform>المتبقي: %Ln</numerusform>
            <numerusform>المتبقي: %Ln</numerusform>
            <numerusform>المتبقي: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln بلد</numerusform>
            <numerusform>بلد واحد</numerusform>
            <numerusform>بلدان اثنان</numerusform>
            <numerusform>%Ln بلدان</numerusform>
            <numerusform>%Ln بلداً</numerusform>
            <numerusform>%Ln بلد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln achievements</source>
        <translation>
            <numerusform>%Ln إنجاز</numerusform>
            <numerusform>إنجاز واحد</numerusform>
            <numerusform>إنجازان</numerusform>
            <numerusform>%Ln إنجازات</numerusform>
            <numerusform>%Ln إنجازاً</numerusform>
            <numerusform>%Ln إنجاز</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>المُحقَّق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts</source>
        <translation>وحدة العدّ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/progress/timeline_page.py" line="-3"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts toward the target</source>
        <translation>يُحتسب ضمن الغاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/timeline_page.py" line="-18"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/tables.py" line="+30"/>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../desktop/progress/report_export.py" line="+25"/>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.xlsx)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.pdf)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the report...</source>
        <translation>جارٍ كتابة التقرير...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {path}:
{contents}.</source>
        <translation>كُتب {path}:
{contents}.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report not written</source>
        <translation>لم يُكتب التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be written: {error}</source>
        <translation>تعذّرت كتابة التقرير: {error}</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/progress/report_preview.py" line="+117"/>
        <source>Print report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Print...</source>
        <translation>&amp;طباعة...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;تصغير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit &amp;width</source>
        <translation>ملاءمة ال&amp;عرض</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printing the report...</source>
        <translation>جارٍ طباعة التقرير...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report not printed</source>
        <translation>لم يُطبع التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be printed: {error}</source>
        <translation>تعذّرت طباعة التقرير: {error}</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../../desktop/progress/report_print.py" line="+42"/>
        <source>Reading the report...</source>
        <translation>جارٍ قراءة التقرير...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report not printed</source>
        <translation>لم يُطبع التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be read: {error}</source>
        <translation>تعذّرت قراءة التقرير: {error}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../desktop/browser/search_field.py" line="+33"/>
        <source>Search codes and texts, e.g. {word} or {code} ({shortcut})</source>
        <translation>البحث في الرموز والنصوص، مثل {word} أو {code} ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>البحث في الفهرس</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/browser/results_model.py" line="+99"/>
        <source>(retired)</source>
        <translation>(مستبعد)</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../desktop/browser/views.py" line="+42"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/setup_dialog.py" line="+50"/>
        <source>Office identity</source>
        <translation>هوية المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this office</source>
        <translation>إعداد هذا المكتب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The packages this office sends carry its name and country, and its country decides which conferences&apos; recommendations you see first. Saving a change first tells you what it changes and asks you to confirm it.</source>
        <translation>تحمل الحزم التي يرسلها هذا المكتب اسمه وبلده، ويحدد بلده المؤتمراتِ التي ترى توصياتها أولاً. وعند حفظ أي تغيير، يُعرض عليك أولاً ما يغيّره ويُطلب منك تأكيده.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenpoint works offline. Tell it once which office this is: the packages you send carry this identity, and your country decides which conferences&apos; recommendations you see first.</source>
        <translation>يعمل Tenpoint دون اتصال بالإنترنت. أخبره مرة واحدة أيّ مكتب هذا: تحمل الحزم التي ترسلها هذه الهوية، ويحدد بلدك المؤتمراتِ التي ترى توصياتها أولاً.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. UNHCR Representation in Kenya</source>
        <translation>مثال: ممثلية المفوضية في كينيا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is headquarters (merges the offices&apos; packages)</source>
        <translation>هذا هو المقر الرئيسي (يدمج حزم المكاتب)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Office name:</source>
        <translation>ا&amp;سم المكتب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conferences:</source>
        <translation>المؤتمرات:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no country)</source>
        <translation>(بلا بلد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the country&apos;s name or its code, then choose it from the list.</source>
        <translation>اكتب جزءاً من اسم البلد أو رمزه، ثم اختره من القائمة.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;{typed}&quot; is not a country of the list. Type part of its name or its code and choose it from the list.</source>
        <translation>«{typed}» ليس بلداً من القائمة. اكتب جزءاً من اسمه أو رمزه واختره من القائمة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Headquarters sees every region&apos;s conferences.</source>
        <translation>يرى المقر الرئيسي مؤتمرات كل المناطق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This country took part in none of the regional conferences; you will see all of them.</source>
        <translation>لم يشارك هذا البلد في أيٍّ من المؤتمرات الإقليمية؛ وستراها كلها.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Change the office identity?</source>
        <translation>هل تريد تغيير هوية المكتب؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange identity</source>
        <translation>&amp;تغيير الهوية</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>with no country</source>
        <translation>بلا بلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation is set up as “{old}”, {old_country}. Change it to “{new}”, {new_country}?</source>
        <translation>هذا التثبيت مُعدّ باسم «{old}»، {old_country}. هل تريد تغييره إلى «{new}»، {new_country}؟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Packages already sent keep the old name and country; each office knows headquarters by the new ones from the next update it receives.</source>
        <translation>تحتفظ الحزم المرسلة بالفعل بالاسم والبلد القديمين؛ وسيعرف كل مكتب المقر الرئيسي بالاسم والبلد الجديدين بدءاً من التحديث التالي الذي يتلقاه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages already sent keep the old name and country; headquarters knows this office by the new ones from its next package.</source>
        <translation>تحتفظ الحزم المرسلة بالفعل بالاسم والبلد القديمين؛ وسيعرف المقر الرئيسي هذا المكتب بالاسم والبلد الجديدين بدءاً من حزمته التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conferences whose recommendations you see first are those listed under Conferences. Activities recorded for a country other than {country} can no longer be sent: headquarters refuses them when they arrive in a package, and here they can be saved only with this country.</source>
        <translation>المؤتمرات التي ترى توصياتها أولاً هي المدرجة تحت «المؤتمرات». ولم يعد ممكناً إرسال الأنشطة المسجلة لبلد غير {country}: إذ يرفضها المقر الرئيسي عند وصولها في حزمة، ولا يمكن حفظها هنا إلا بهذا البلد.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The office keeps its ID and its signing key: its activities stay its own, and its packages are still recognised where they arrive.</source>
        <translation>يحتفظ المكتب بمعرّفه وبمفتاح التوقيع الخاص به: فتبقى أنشطته أنشطتَه، ويظل التعرّف على حزمه قائماً حيثما تصل.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>As a field office, this installation sends its activities to headquarters and no longer takes in the offices&apos; packages.</source>
        <translation>بصفته مكتباً ميدانياً، يرسل هذا التثبيت أنشطته إلى المقر الرئيسي ولا يعود يستقبل حزم المكاتب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As headquarters, this installation takes in the offices&apos; packages and sends them updates, instead of sending its own package to headquarters.</source>
        <translation>بصفته مقراً رئيسياً، يستقبل هذا التثبيت حزم المكاتب ويرسل إليها التحديثات، بدلاً من إرسال حزمته الخاصة إلى المقر الرئيسي.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Choose the office&apos;s country.</source>
        <translation>اختر بلد المكتب.</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../../desktop/startup.py" line="+109"/>
        <source>Tenpoint</source>
        <translation>Tenpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenpoint {version}</source>
        <translation>Tenpoint {version}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening the shared database {location}...</source>
        <translation>جارٍ فتح قاعدة البيانات المشتركة {location}...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the database in {folder}...</source>
        <translation>جارٍ فتح قاعدة البيانات في {folder}...</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <location filename="../../desktop/sync/area.py" line="+85"/>
        <source>History of packages</source>
        <translation>سجل الحزم</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+228"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Import &amp;files...</source>
        <translation>استيراد م&amp;لفات...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a f&amp;older...</source>
        <translation>استيراد م&amp;جلد...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;keys...</source>
        <translation>المفاتيح الموثوق &amp;بها...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offices&apos; package signing keys this installation trusts, and its own key.</source>
        <translation>مفاتيح توقيع الحزم الخاصة بالمكاتب التي يثق بها هذا التثبيت، ومفتاحه الخاص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packages from offices or headquarters, and filled templates. Every file is checked and previewed before anything is written.</source>
        <translation>حزم من المكاتب أو المقر الرئيسي، وقوالب معبأة. يُفحص كل ملف وتُعرض معاينته قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conflicts ({n})</source>
        <translation>التعارضات ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import packages</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a folder of packages</source>
        <translation>استيراد مجلد حزم</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Checking %Ln files...</source>
        <translation>
            <numerusform>جارٍ فحص الملفات (%Ln)...</numerusform>
            <numerusform>جارٍ فحص ملف واحد...</numerusform>
            <numerusform>جارٍ فحص ملفين...</numerusform>
            <numerusform>جارٍ فحص %Ln ملفات...</numerusform>
            <numerusform>جارٍ فحص %Ln ملفاً...</numerusform>
            <numerusform>جارٍ فحص %Ln ملف...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening {file}...</source>
        <translation>جارٍ فتح {file}...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>أُلغي الاستيراد: لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the rejected rows as</source>
        <translation>حفظ الصفوف المرفوضة باسم</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing...</source>
        <translation>جارٍ الاستيراد...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rejected rows are listed in {path}.</source>
        <translation>الصفوف المرفوضة مسرودة في {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import done.</source>
        <translation>اكتمل الاستيراد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import done</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/comparison.py" line="+33"/>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/messages.py" line="+17"/>
        <source>Sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>مُستلَمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office package</source>
        <translation>حزمة مكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters update</source>
        <translation>تحديث من المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import</source>
        <translation>جاهزة للاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid rows only</source>
        <translation>الصفوف الصالحة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified</source>
        <translation>تم التحقق منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New office key</source>
        <translation>مفتاح مكتب جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed</source>
        <translation>غير موقّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after signing</source>
        <translation>غُيّرت بعد التوقيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong key</source>
        <translation>مفتاح خاطئ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept this installation&apos;s version</source>
        <translation>أُبقي على نسخة هذا التثبيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept the received version</source>
        <translation>اعتُمدت النسخة الواردة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved an edited version</source>
        <translation>حُفظت نسخة محرَّرة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{state} (imported unsigned)</source>
        <translation>{state} (استُوردت غير موقّعة)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cells were changed after the package was exported.</source>
        <translation>غُيّرت خلايا بعد تصدير الحزمة.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities were edited in the file after export, on the version held here: once you accept the file as unsigned data, they are updated, and their history says so.</source>
        <translation>
            <numerusform>لم يُحرَّر أي نشاط في الملف بعد التصدير.</numerusform>
            <numerusform>حُرّر في الملف بعد التصدير نشاط واحد، على النسخة الموجودة هنا: وبمجرد أن تقبل الملف كبيانات غير موقّعة، يُحدَّث ويذكر سجله ذلك.</numerusform>
            <numerusform>حُرّر في الملف بعد التصدير نشاطان، على النسخة الموجودة هنا: وبمجرد أن تقبل الملف كبيانات غير موقّعة، يُحدَّثان ويذكر سجلهما ذلك.</numerusform>
            <numerusform>حُرّرت في الملف بعد التصدير %Ln أنشطة، على النسخة الموجودة هنا: وبمجرد أن تقبل الملف كبيانات غير موقّعة، تُحدَّث ويذكر سجلها ذلك.</numerusform>
            <numerusform>حُرّر في الملف بعد التصدير %Ln نشاطاً، على النسخة الموجودة هنا: وبمجرد أن تقبل الملف كبيانات غير موقّعة، تُحدَّث ويذكر سجلها ذلك.</numerusform>
            <numerusform>حُرّر في الملف بعد التصدير %Ln نشاط، على النسخة الموجودة هنا: وبمجرد أن تقبل الملف كبيانات غير موقّعة، تُحدَّث ويذكر سجلها ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln older versions will be ignored: they never overwrite newer data.</source>
        <translation>
            <numerusform>لن تُتجاهل أي نسخة أقدم: فالنسخ الأقدم لا تحل أبداً محل بيانات أحدث.</numerusform>
            <numerusform>ستُتجاهل نسخة أقدم واحدة: فالنسخ الأقدم لا تحل أبداً محل بيانات أحدث.</numerusform>
            <numerusform>ستُتجاهل نسختان أقدم: فالنسخ الأقدم لا تحل أبداً محل بيانات أحدث.</numerusform>
            <numerusform>ستُتجاهل %Ln نسخ أقدم: فالنسخ الأقدم لا تحل أبداً محل بيانات أحدث.</numerusform>
            <numerusform>ستُتجاهل %Ln نسخةً أقدم: فالنسخ الأقدم لا تحل أبداً محل بيانات أحدث.</numerusform>
            <numerusform>ستُتجاهل %Ln نسخة أقدم: فالنسخ الأقدم لا تحل أبداً محل بيانات أحدث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln deletions.</source>
        <translation>
            <numerusform>لا عمليات حذف.</numerusform>
            <numerusform>عملية حذف واحدة.</numerusform>
            <numerusform>عمليتا حذف.</numerusform>
            <numerusform>%Ln عمليات حذف.</numerusform>
            <numerusform>%Ln عملية حذف.</numerusform>
            <numerusform>%Ln عملية حذف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities acknowledged by headquarters.</source>
        <translation>
            <numerusform>لا أنشطة أقرّ المقر الرئيسي باستلامها.</numerusform>
            <numerusform>نشاط واحد أقرّ المقر الرئيسي باستلامه.</numerusform>
            <numerusform>نشاطان أقرّ المقر الرئيسي باستلامهما.</numerusform>
            <numerusform>%Ln أنشطة أقرّ المقر الرئيسي باستلامها.</numerusform>
            <numerusform>%Ln نشاطاً أقرّ المقر الرئيسي باستلامها.</numerusform>
            <numerusform>%Ln نشاط أقرّ المقر الرئيسي باستلامها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln catalog updates.</source>
        <translation>
            <numerusform>لا تحديثات للفهرس.</numerusform>
            <numerusform>تحديث واحد للفهرس.</numerusform>
            <numerusform>تحديثان للفهرس.</numerusform>
            <numerusform>%Ln تحديثات للفهرس.</numerusform>
            <numerusform>%Ln تحديثاً للفهرس.</numerusform>
            <numerusform>%Ln تحديث للفهرس.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln changes to the catalog by headquarters (new items, corrections, retirements, merges).</source>
        <translation>
            <numerusform>%Ln تغيير أجراه المقر الرئيسي على الفهرس (بنود جديدة، وتصحيحات، وعمليات استبعاد، وعمليات دمج).</numerusform>
            <numerusform>%Ln تغيير أجراه المقر الرئيسي على الفهرس (بنود جديدة، وتصحيحات، وعمليات استبعاد، وعمليات دمج).</numerusform>
            <numerusform>%Ln تغييران أجراهما المقر الرئيسي على الفهرس (بنود جديدة، وتصحيحات، وعمليات استبعاد، وعمليات دمج).</numerusform>
            <numerusform>%Ln تغييرات أجراها المقر الرئيسي على الفهرس (بنود جديدة، وتصحيحات، وعمليات استبعاد، وعمليات دمج).</numerusform>
            <numerusform>%Ln تغييراً أجراها المقر الرئيسي على الفهرس (بنود جديدة، وتصحيحات، وعمليات استبعاد، وعمليات دمج).</numerusform>
            <numerusform>%Ln تغيير أجراها المقر الرئيسي على الفهرس (بنود جديدة، وتصحيحات، وعمليات استبعاد، وعمليات دمج).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: rejected, nothing imported from it.</source>
        <translation>{file}: مرفوض، ولم يُستورد منه شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {counts}.</source>
        <translation>{file}: {counts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as unsigned data: the activity history records it.</source>
        <translation>استُورد كبيانات غير موقّعة: ويسجّل سجل النشاط ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="-24"/>
        <source>{counts} (valid rows only)</source>
        <translation>{counts} (الصفوف الصالحة فقط)</translation>
    </message>
</context>
<context>
    <name>SyncTableModel</name>
    <message>
        <location filename="../../desktop/sync/conflicts_panel.py" line="-212"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-302"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from</source>
        <translation>مُستلَم من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs in</source>
        <translation>يختلف في</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="+5"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation&apos;s version (mine)</source>
        <translation>النسخة المحلية (نسختي)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received version (theirs)</source>
        <translation>النسخة الواردة (نسختهم)</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="+41"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-27"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-3"/>
        <location line="+14"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office or region</source>
        <translation>المكتب أو المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletions</source>
        <translation>عمليات الحذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/sync/keys_dialog.py" line="-132"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-13"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/keys_dialog.py" line="-4"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/preview_dialog.py" line="-30"/>
        <source>Waiting for your confirmation</source>
        <translation>بانتظار تأكيدك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for your decision</source>
        <translation>بانتظار قرارك</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict</source>
        <translation>متعارضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held here</source>
        <translation>الموجود هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../desktop/progress/targets_page.py" line="+15"/>
        <source>An activity counts toward a target when it is linked to the target or to one of the actions that serve it, and is completed, or ongoing with evidence recorded.</source>
        <translation>يُحتسب النشاط ضمن غاية عندما يكون مرتبطاً بالغاية أو بأحد الإجراءات التي تخدمها، ويكون مكتملاً، أو قيد التنفيذ مع تسجيل أدلة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the threshold reached (%)</source>
        <translation>نسبة ما بُلغ من العتبة (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Select a target to see the countries and activities that count toward it.</source>
        <translation>اختر غاية لرؤية البلدان والأنشطة التي تُحتسب ضمنها.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Progress towards each target</source>
        <translation>التقدم نحو كل غاية</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code}: {text}
Threshold: {threshold} (“{source}”). Achieved: {achieved}. {progress}.
Countries that count: {countries}</source>
        <translation>{code}: {text}
العتبة: {threshold} («{source}»). المُحقَّق: {achieved}. {progress}.
البلدان المحتسبة: {countries}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../desktop/progress/timeline_page.py" line="+15"/>
        <source>An activity counts in the year it started, or in the year it was recorded when it has no start date.</source>
        <translation>يُحتسب النشاط في السنة التي بدأ فيها، أو في السنة التي سُجّل فيها إن لم يكن له تاريخ بدء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Click a bar or a number to list the activities behind it.</source>
        <translation>انقر شريطاً أو رقماً لعرض الأنشطة التي يمثّلها.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Activities by year and status</source>
        <translation>الأنشطة حسب السنة والحالة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{year}: {status}</source>
        <translation>{year}: {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{what}: %Ln activities. Double-click one to open it.</source>
        <translation>
            <numerusform>{what}: لا أنشطة.</numerusform>
            <numerusform>{what}: نشاط واحد. انقر نقراً مزدوجاً عليه لفتحه.</numerusform>
            <numerusform>{what}: نشاطان. انقر نقراً مزدوجاً على أحدهما لفتحه.</numerusform>
            <numerusform>{what}: %Ln أنشطة. انقر نقراً مزدوجاً على أحدها لفتحه.</numerusform>
            <numerusform>{what}: %Ln نشاطاً. انقر نقراً مزدوجاً على أحدها لفتحه.</numerusform>
            <numerusform>{what}: %Ln نشاط. انقر نقراً مزدوجاً على أحدها لفتحه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../desktop/activities/messages.py" line="+15"/>
        <source>Give the activity a title.</source>
        <translation>أعطِ النشاط عنواناً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link at least one catalog item that this activity follows up on.</source>
        <translation>اربط بنداً واحداً على الأقل من الفهرس يتابعه هذا النشاط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a status from the list.</source>
        <translation>اختر حالة من القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a kind of activity from the list.</source>
        <translation>اختر نوع نشاط من القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a country of the list; choose one from it.</source>
        <translation>«{value}» ليس بلداً من القائمة؛ اختر بلداً منها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office records its own country&apos;s activities; &quot;{value}&quot; is another country.</source>
        <translation>يسجّل هذا المكتب أنشطة بلده؛ و«{value}» بلد آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date ({value}) is before the start date.</source>
        <translation>تاريخ الانتهاء ({value}) يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of people reached cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد الأشخاص المشمولين سالباً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a whole number. Type the number of people, e.g. 50, or leave it empty.</source>
        <translation>«{value}» ليس عدداً صحيحاً. اكتب عدد الأشخاص، مثل 50، أو اترك الحقل فارغاً.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text holds an invisible control character ({value}) that cannot be saved; remove it (it often comes with text pasted from another program).</source>
        <translation>يحتوي هذا النص على حرف تحكم غير مرئي ({value}) لا يمكن حفظه؛ احذفه (كثيراً ما يأتي مع نص ملصوق من برنامج آخر).</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The title has %Ln characters.</source>
        <translation>
            <numerusform>في العنوان %Ln حرف.</numerusform>
            <numerusform>في العنوان حرف واحد.</numerusform>
            <numerusform>في العنوان حرفان.</numerusform>
            <numerusform>في العنوان %Ln أحرف.</numerusform>
            <numerusform>في العنوان %Ln حرفاً.</numerusform>
            <numerusform>في العنوان %Ln حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This text has %Ln characters.</source>
        <translation>
            <numerusform>في هذا النص %Ln حرف.</numerusform>
            <numerusform>في هذا النص حرف واحد.</numerusform>
            <numerusform>في هذا النص حرفان.</numerusform>
            <numerusform>في هذا النص %Ln أحرف.</numerusform>
            <numerusform>في هذا النص %Ln حرفاً.</numerusform>
            <numerusform>في هذا النص %Ln حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %Ln characters fit.</source>
        <translation>
            <numerusform>الحد الأقصى %Ln حرف.</numerusform>
            <numerusform>الحد الأقصى حرف واحد.</numerusform>
            <numerusform>الحد الأقصى حرفان.</numerusform>
            <numerusform>الحد الأقصى %Ln أحرف.</numerusform>
            <numerusform>الحد الأقصى %Ln حرفاً.</numerusform>
            <numerusform>الحد الأقصى %Ln حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These codes are not in the catalog: {codes}.</source>
        <translation>
            <numerusform>هذه الرموز غير موجودة في الفهرس: {codes}.</numerusform>
            <numerusform>هذا الرمز غير موجود في الفهرس: {codes}.</numerusform>
            <numerusform>هذان الرمزان غير موجودين في الفهرس: {codes}.</numerusform>
            <numerusform>هذه الرموز غير موجودة في الفهرس: {codes}.</numerusform>
            <numerusform>هذه الرموز غير موجودة في الفهرس: {codes}.</numerusform>
            <numerusform>هذه الرموز غير موجودة في الفهرس: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This value cannot be saved ({code}).</source>
        <translation>لا يمكن حفظ هذه القيمة ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+36"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>غُيِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in a package</source>
        <translation>ورد في حزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved</source>
        <translation>حُلّ التعارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict detected</source>
        <translation>اكتُشف تعارض</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/messages.py" line="+203"/>
        <source>This activity was saved by someone else since you opened it (it is now at revision {found}; you opened revision {expected}). Your changes have not been saved.</source>
        <translation>حفظ شخص آخر هذا النشاط منذ أن فتحته (هو الآن في المراجعة {found}؛ وقد فتحت المراجعة {expected}). لم تُحفظ تغييراتك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This activity belongs to {owner}; it can be read here but not changed.</source>
        <translation>هذا النشاط يخص {owner}؛ يمكن قراءته هنا لا تغييره.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This activity no longer exists or has been deleted; nothing was changed.</source>
        <translation>هذا النشاط لم يعد موجوداً أو قد حُذف؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation has no office yet. Set up the office (its name and country) before recording activities.</source>
        <translation>لم يُعدّ مكتب لهذا التثبيت بعد. أعدّ المكتب (اسمه وبلده) قبل تسجيل الأنشطة.</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../../desktop/shared/labels.py" line="-17"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../../exporters/activity.py" line="+29"/>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legislative and policy reform</source>
        <translation>الإصلاح التشريعي وإصلاح السياسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity-building</source>
        <translation>بناء القدرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication and outreach</source>
        <translation>التواصل والتوعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection and analysis</source>
        <translation>جمع البيانات وتحليلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation and coordination</source>
        <translation>التعاون والتنسيق</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../exporters/layout.py" line="+94"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is being done, in a line</source>
        <translation>ما يجري تنفيذه، في سطر واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked items</source>
        <translation>البنود المرتبطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item codes</source>
        <translation>رموز البنود</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../exporters/validation_lists.py" line="+26"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of activity</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country</source>
        <translation>بلا بلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Interior</source>
        <translation>مثال: وزارة الداخلية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other organisations taking part, separated by commas</source>
        <translation>المنظمات الأخرى المشاركة، مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People reached</source>
        <translation>الأشخاص المشمولون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the activity is and who it is for</source>
        <translation>ماهية النشاط والفئة التي يستهدفها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress notes</source>
        <translation>ملاحظات التقدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the activity stands</source>
        <translation>ما بلغه النشاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it achieved</source>
        <translation>ما حققه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>References to documents or links, one per line</source>
        <translation>مراجع لوثائق أو روابط، مرجع واحد في كل سطر</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+45"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint met an unexpected error. It has been written to the log file; the application keeps running where it can.</source>
        <translation>واجه Tenpoint خطأً غير متوقع. وقد دُوِّن في ملف السجل؛ ويواصل التطبيق العمل حيثما أمكن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tenpoint cannot start</source>
        <translation>تعذّر بدء تشغيل Tenpoint</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../desktop/shared/formatting.py" line="+47"/>
        <source>{size} kB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+27"/>
        <source>on request</source>
        <translation>بناءً على طلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a schema upgrade</source>
        <translation>قبل ترقية المخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other file</source>
        <translation>ملف آخر</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../build/translations/catalog_labels.py" line="+5"/>
        <source>Cooperation among key partners</source>
        <translation>التعاون بين الشركاء الرئيسيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection and analysis</source>
        <translation>جمع البيانات وتحليلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection-sensitive entry systems</source>
        <translation>نظم دخول تراعي اعتبارات الحماية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception arrangements</source>
        <translation>ترتيبات الاستقبال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanisms for profiling and referral</source>
        <translation>آليات تحديد السمات والإحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differentiated processes and procedures</source>
        <translation>عمليات وإجراءات متمايزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions for refugees</source>
        <translation>حلول للاجئين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressing secondary movements</source>
        <translation>معالجة التحركات الثانوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return arrangements for non-refugees and alternative migration options</source>
        <translation>عودة غير اللاجئين وخيارات الهجرة البديلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information strategy</source>
        <translation>استراتيجية إعلامية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gulf of Aden</source>
        <translation>خليج عدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West Africa</source>
        <translation>غرب أفريقيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East and Horn of Africa, Great Lakes and Southern Africa</source>
        <translation>شرق أفريقيا والقرن الأفريقي والبحيرات الكبرى والجنوب الأفريقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia</source>
        <translation>آسيا الوسطى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/catalog_edit_words.py" line="+41"/>
        <source>{field} is required.</source>
        <translation>«{field}» إلزامي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &quot;{value}&quot; is not a date (write it as 2013-05-06).</source>
        <translation>{field}: «{value}» ليس تاريخاً (اكتبه بالصيغة 2013-05-06).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; is not one of the choices offered.</source>
        <translation>{field}: «{value}» ليس من الخيارات المعروضة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; is not a valid code (capital letters, digits, dots and hyphens).</source>
        <translation>{field}: «{value}» ليس رمزاً صالحاً (أحرف كبيرة وأرقام ونقاط وشرطات).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; must list action areas by their numbers, 1 to 10.</source>
        <translation>{field}: يجب أن يسرد «{value}» مجالات العمل بأرقامها، من 1 إلى 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the catalog already has &quot;{value}&quot;; choose another code.</source>
        <translation>{field}: يحتوي الفهرس بالفعل على «{value}»؛ اختر رمزاً آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the catalog has nothing with the code &quot;{value}&quot;.</source>
        <translation>{field}: لا يحتوي الفهرس على أي شيء بالرمز «{value}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is before the start date.</source>
        <translation>{field}: {value} يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is printed in the June 2011 compilation: its text stays as printed. Annotate it, or supersede it with a new item.</source>
        <translation>{value} مطبوع في تجميع يونيو 2011: ويبقى نصه كما طُبع. أضف إليه ملاحظة، أو اجعل بنداً جديداً يحل محله.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: an item cannot be merged into itself.</source>
        <translation>{field}: لا يمكن دمج بند في نفسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is retired; merge into an item in use.</source>
        <translation>{field}: {value} مستبعد؛ ادمج في بند مستخدم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is already retired.</source>
        <translation>{value} مستبعد بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not retired.</source>
        <translation>{value} ليس مستبعداً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} was merged into another item already.</source>
        <translation>{value} دُمج بالفعل في بند آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} belongs to another document.</source>
        <translation>{field}: {value} يتبع وثيقة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: this change does not use it; empty the cell, or choose in What to do the change that uses it.</source>
        <translation>{field}: هذا التغيير لا يستخدمه؛ أفرغ الخلية، أو اختر في «الإجراء المطلوب» التغيير الذي يستخدمه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only headquarters edits the catalog; offices receive its changes in updates.</source>
        <translation>لا يحرر الفهرس إلا المقر الرئيسي؛ وتتلقى المكاتب تغييراته في التحديثات.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workbook has none of the catalog workbook&apos;s sheets (Events, Documents, Sections, Items, Changes...); write one with `tenpoint catalog template`.</source>
        <translation>لا يحتوي المصنّف على أي ورقة من أوراق مصنّف الفهرس (Events، Documents، Sections، Items، Changes...)؛ اكتب مصنّفاً منها بالأمر `tenpoint catalog template`.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {column}</source>
        <translation>العمود {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the parts of a place</comment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>{place} — {problem}</source>
        <translation>{place} — {problem}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{country} ({role})</source>
        <translation>{country} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>into {code}</source>
        <translation>في {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sheet}, row {row}: {action} {code}</source>
        <translation>{sheet}، الصف {row}: {action} {code}</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_edits.py" line="+50"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+59"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="+0"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of a new region</source>
        <translation>اسم المنطقة الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizers</source>
        <translation>الجهات المنظمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>عنوان الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="-2"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+0"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="+1"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source reference (symbol, publication or link)</source>
        <translation>مرجع المصدر (الرمز أو المنشور أو الرابط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number as printed</source>
        <translation>الترقيم كما طُبع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cited as</source>
        <translation>يُستشهد به بوصفه</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+2"/>
        <source>Action areas</source>
        <translation>مجالات العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part in the event</source>
        <translation>الصفة في الفعالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field to correct</source>
        <translation>الحقل المراد تصحيحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected value</source>
        <translation>القيمة المصحّحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Superseded by</source>
        <translation>البند الذي يحل محله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (kept in the history)</source>
        <translation>السبب (يُحفظ في السجل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>الإجراء المطلوب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an event</source>
        <translation>إضافة فعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a document</source>
        <translation>إضافة وثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a section</source>
        <translation>إضافة قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a country to an event</source>
        <translation>إضافة بلد إلى فعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct an added item</source>
        <translation>تصحيح بند مُضاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate an item</source>
        <translation>إضافة ملاحظة إلى بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire an item</source>
        <translation>استبعاد بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate a retired item</source>
        <translation>إعادة إدراج بند مستبعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into another item</source>
        <translation>دمج في بند آخر</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>حلقة عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up meeting</source>
        <translation>اجتماع متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept note</source>
        <translation>مذكرة مفاهيمية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary report</source>
        <translation>تقرير موجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected recommendations and follow-up</source>
        <translation>التوصيات المختارة والمتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>خطة عمل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declaration</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-hosts&apos; summary</source>
        <translation>ملخص الجهات المضيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion paper</source>
        <translation>ورقة مناقشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome document</source>
        <translation>وثيقة ختامية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>New value or text</source>
        <translation>القيمة أو النص الجديد</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="-2"/>
        <source>Item</source>
        <translation>البند</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="+70"/>
        <source>Follow up, offline, on the recommendations of the 10-Point Plan regional conferences. Without a command, opens the application.</source>
        <translation>متابعة توصيات المؤتمرات الإقليمية لخطة النقاط العشر، دون اتصال بالإنترنت. من دون أمر، يُفتح التطبيق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/commands/catalog_command.py" line="+50"/>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/backup_command.py" line="+36"/>
        <source>must be 1 or more</source>
        <translation>يجب أن يكون 1 أو أكثر</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/commands/template_command.py" line="+35"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the newest N backups in the data folder (saved for the automatic backups too; default 20)</source>
        <translation>الاحتفاظ بأحدث N من النسخ الاحتياطية في مجلد البيانات (يُحفظ الإعداد للنسخ الاحتياطية التلقائية أيضاً؛ الافتراضي 20)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>back the database up now</source>
        <translation>إنشاء نسخة احتياطية من قاعدة البيانات الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the backup to this folder (never rotated) instead of the data folder&apos;s backups</source>
        <translation>كتابة النسخة الاحتياطية في هذا المجلد (دون حذف النسخ القديمة منه أبداً) بدلاً من مجلد النسخ الاحتياطية في مجلد البيانات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written: {path}</source>
        <translation>كُتبت النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the backups in the data folder</source>
        <translation>سرد النسخ الاحتياطية في مجلد البيانات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>damaged: cannot be restored</source>
        <translation>تالفة: لا يمكن استعادتها</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no office set up</source>
        <translation>لم يُعدّ أي مكتب</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln activities, {office}</source>
        <translation>
            <numerusform>لا أنشطة، {office}</numerusform>
            <numerusform>نشاط واحد، {office}</numerusform>
            <numerusform>نشاطان، {office}</numerusform>
            <numerusform>%Ln أنشطة، {office}</numerusform>
            <numerusform>%Ln نشاطاً، {office}</numerusform>
            <numerusform>%Ln نشاط، {office}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backups in {folder}.</source>
        <translation>لا توجد نسخ احتياطية في {folder}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln backups in {folder}, newest first.</source>
        <translation>
            <numerusform>لا نسخ احتياطية في {folder}.</numerusform>
            <numerusform>نسخة احتياطية واحدة في {folder}.</numerusform>
            <numerusform>نسختان احتياطيتان في {folder}، الأحدث أولاً.</numerusform>
            <numerusform>%Ln نسخ احتياطية في {folder}، الأحدث أولاً.</numerusform>
            <numerusform>%Ln نسخةً احتياطية في {folder}، الأحدث أولاً.</numerusform>
            <numerusform>%Ln نسخة احتياطية في {folder}، الأحدث أولاً.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %Ln backups are kept:</source>
        <translation>
            <numerusform>لا يُحتفظ بأي نسخة احتياطية:</numerusform>
            <numerusform>يُحتفظ بأحدث نسخة احتياطية:</numerusform>
            <numerusform>يُحتفظ بأحدث نسختين احتياطيتين:</numerusform>
            <numerusform>يُحتفظ بأحدث %Ln نسخ احتياطية:</numerusform>
            <numerusform>يُحتفظ بأحدث %Ln نسخةً احتياطية:</numerusform>
            <numerusform>يُحتفظ بأحدث %Ln نسخة احتياطية:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>replace the database by a backup (the current state is backed up first)</source>
        <translation>استبدال قاعدة البيانات بنسخة احتياطية (تُنشأ أولاً نسخة احتياطية من الحالة الراهنة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/commands/export_command.py" line="+52"/>
        <location filename="../../desktop/commands/import_command.py" line="+47"/>
        <location line="+7"/>
        <location filename="../../desktop/commands/keys_command.py" line="+35"/>
        <location line="+4"/>
        <location filename="../../desktop/options.py" line="+21"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file, or its name in the data folder&apos;s backups</source>
        <translation>ملف النسخة الاحتياطية، أو اسمه في مجلد النسخ الاحتياطية في مجلد البيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+37"/>
        <source>do not ask for confirmation</source>
        <translation>عدم طلب التأكيد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring replaces the database: add --yes to confirm.</source>
        <translation>الاستعادة تستبدل قاعدة البيانات: أضف --yes للتأكيد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the database by the backup of {date} ({reason})? The current state is backed up first. [y/N] </source>
        <translation>هل تريد استبدال قاعدة البيانات بالنسخة الاحتياطية المؤرخة {date} ({reason})؟ تُنشأ أولاً نسخة احتياطية من الحالة الراهنة. [y/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+38"/>
        <source>y</source>
        <translation>ن</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+0"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was restored.</source>
        <translation>لم يُستعَد شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current state was backed up first: {path}</source>
        <translation>أُنشئت أولاً نسخة احتياطية من الحالة الراهنة: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored {path}.</source>
        <translation>استُعيدت {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its schema was upgraded from {old} to {new}.</source>
        <translation>رُقّي مخططها من {old} إلى {new}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="-2"/>
        <source>look at the recommendations catalog</source>
        <translation>استعراض فهرس التوصيات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counts per event, document and kind</source>
        <translation>الأعداد حسب الفعالية والوثيقة والنوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>الطباعة بصيغة JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one item with its source and links</source>
        <translation>بند واحد مع مصدره وروابطه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/commands/export_command.py" line="+57"/>
        <location filename="../../desktop/commands/report_command.py" line="+42"/>
        <location line="+8"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item code, e.g. DES-SR-VIII-04</source>
        <translation>رمز البند، مثل DES-SR-VIII-04</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: write the catalog workbook to fill (events, documents, sections, items, changes)</source>
        <translation>في المقر الرئيسي: كتابة مصنّف الفهرس المراد تعبئته (الفعاليات، والوثائق، والأقسام، والبنود، والتغييرات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>FILE.xlsx</source>
        <translation>FILE.xlsx</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the workbook to write</source>
        <translation>المصنّف المراد كتابته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: apply a filled catalog workbook, all of it or nothing</source>
        <translation>في المقر الرئيسي: تطبيق مصنّف فهرس معبأ، كله أو لا شيء منه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the filled catalog workbook</source>
        <translation>مصنّف الفهرس المعبأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the outcome as JSON</source>
        <translation>طباعة النتيجة بصيغة JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: the catalog workbook to fill. Import it with `tenpoint catalog import {path}`.</source>
        <translation>كُتب {path}: مصنّف الفهرس المراد تعبئته. استورده بالأمر `tenpoint catalog import {path}`.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Catalog version {version}, edition {edition}: %Ln items</source>
        <translation>
            <numerusform>إصدار الفهرس {version}، الطبعة {edition}: لا بنود</numerusform>
            <numerusform>إصدار الفهرس {version}، الطبعة {edition}: بند واحد</numerusform>
            <numerusform>إصدار الفهرس {version}، الطبعة {edition}: بندان</numerusform>
            <numerusform>إصدار الفهرس {version}، الطبعة {edition}: %Ln بنود</numerusform>
            <numerusform>إصدار الفهرس {version}، الطبعة {edition}: %Ln بنداً</numerusform>
            <numerusform>إصدار الفهرس {version}، الطبعة {edition}: %Ln بند</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By kind:</source>
        <translation>حسب النوع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By event:</source>
        <translation>حسب الفعالية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By document:</source>
        <translation>حسب الوثيقة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up activities reported in 2011: {count}</source>
        <translation>أنشطة المتابعة المُبلَّغ عنها في 2011: {count}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(retired: no longer in the current catalog)</source>
        <translation>(مستبعد: لم يعد في الفهرس الحالي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event:     {name}</source>
        <translation>الفعالية:  {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document:  {title} ({code})</source>
        <translation>الوثيقة:   {title} ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section:   {section}</source>
        <translation>القسم:     {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading:   {heading}</source>
        <translation>العنوان:   {heading}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of:   {code}</source>
        <translation>جزء من:    {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-items:</source>
        <translation>البنود الفرعية:</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>{file}: not imported; %Ln problems, each to correct in the workbook:</source>
        <translation>
            <numerusform>{file}: لم يُستورد؛ فيه %Ln مشكلة ينبغي تصحيح كل منها في المصنّف:</numerusform>
            <numerusform>{file}: لم يُستورد؛ فيه %Ln مشكلة ينبغي تصحيحها في المصنّف:</numerusform>
            <numerusform>{file}: لم يُستورد؛ فيه %Ln مشكلتان ينبغي تصحيح كل منهما في المصنّف:</numerusform>
            <numerusform>{file}: لم يُستورد؛ فيه %Ln مشكلات ينبغي تصحيح كل منها في المصنّف:</numerusform>
            <numerusform>{file}: لم يُستورد؛ فيه %Ln مشكلةً ينبغي تصحيح كل منها في المصنّف:</numerusform>
            <numerusform>{file}: لم يُستورد؛ فيه %Ln مشكلة ينبغي تصحيح كل منها في المصنّف:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed: the catalog stays as it was.</source>
        <translation>لم يتغير شيء: يبقى الفهرس كما كان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: no rows filled; nothing to do.</source>
        <translation>{file}: لا صفوف معبأة؛ لا شيء للقيام به.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{file}: %Ln rows</source>
        <translation>
            <numerusform>{file}: %Ln صف</numerusform>
            <numerusform>{file}: %Ln صف</numerusform>
            <numerusform>{file}: %Ln صفان</numerusform>
            <numerusform>{file}: %Ln صفوف</numerusform>
            <numerusform>{file}: %Ln صفاً</numerusform>
            <numerusform>{file}: %Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In all:</source>
        <translation>الإجمالي:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity links moved to the surviving items: {count}</source>
        <translation>روابط الأنشطة المنقولة إلى البنود الباقية: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was changed. Importing would raise the catalog edition from {old} to {new}.</source>
        <translation>تشغيل تجريبي: لم يتغير شيء. كان الاستيراد سيرفع طبعة الفهرس من {old} إلى {new}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: the catalog edition is now {new} (it was {old}).</source>
        <translation>استُورد: طبعة الفهرس الآن {new} (كانت {old}).</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Cross-references: {links}, {suspect}, {unresolved}</source>
        <translation>الإحالات المرجعية: {links}، {suspect}، {unresolved}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action-area links: {explicit}, {inferred}</source>
        <translation>روابط مجالات العمل: {explicit}، {inferred}</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%Ln links</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>لا روابط</numerusform>
            <numerusform>رابط واحد</numerusform>
            <numerusform>رابطان</numerusform>
            <numerusform>%Ln روابط</numerusform>
            <numerusform>%Ln رابطاً</numerusform>
            <numerusform>%Ln رابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln suspect</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>لا روابط مشكوك فيها</numerusform>
            <numerusform>رابط واحد مشكوك فيه</numerusform>
            <numerusform>رابطان مشكوك فيهما</numerusform>
            <numerusform>%Ln روابط مشكوك فيها</numerusform>
            <numerusform>%Ln رابطاً مشكوكاً فيه</numerusform>
            <numerusform>%Ln رابط مشكوك فيه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unresolved</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>لا روابط غير محلولة</numerusform>
            <numerusform>رابط واحد غير محلول</numerusform>
            <numerusform>رابطان غير محلولين</numerusform>
            <numerusform>%Ln روابط غير محلولة</numerusform>
            <numerusform>%Ln رابطاً غير محلول</numerusform>
            <numerusform>%Ln رابط غير محلول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln stated in the text</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>لا روابط مذكورة في النص</numerusform>
            <numerusform>رابط واحد مذكور في النص</numerusform>
            <numerusform>رابطان مذكوران في النص</numerusform>
            <numerusform>%Ln روابط مذكورة في النص</numerusform>
            <numerusform>%Ln رابطاً مذكوراً في النص</numerusform>
            <numerusform>%Ln رابط مذكور في النص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inferred</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>لا روابط مُستنتَجة</numerusform>
            <numerusform>رابط واحد مُستنتَج</numerusform>
            <numerusform>رابطان مُستنتَجان</numerusform>
            <numerusform>%Ln روابط مُستنتَجة</numerusform>
            <numerusform>%Ln رابطاً مُستنتَجاً</numerusform>
            <numerusform>%Ln رابط مُستنتَج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Source:    lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>المصدر:    الأسطر {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>المصدر:    السطر {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>المصدر:    السطران {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>المصدر:    الأسطر {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>المصدر:    الأسطر {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>المصدر:    الأسطر {lines} من تجميع يونيو 2011</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Repeated word for word in Annex I, lines {lines}.</source>
        <translation>
            <numerusform>مكرر حرفياً في المرفق الأول، الأسطر {lines}.</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول، السطر {lines}.</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول، السطران {lines}.</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول، الأسطر {lines}.</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول، الأسطر {lines}.</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول، الأسطر {lines}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Repeated in Annex I, lines {lines}, with this wording:</source>
        <translation>
            <numerusform>مكرر في المرفق الأول، الأسطر {lines}، بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول، السطر {lines}، بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول، السطران {lines}، بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول، الأسطر {lines}، بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول، الأسطر {lines}، بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول، الأسطر {lines}، بالصياغة التالية:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>10-Point Plan action areas: none assigned</source>
        <translation>مجالات عمل خطة النقاط العشر: لم يُحدَّد أي مجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10-Point Plan action areas:</source>
        <translation>مجالات عمل خطة النقاط العشر:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[suspect: {reason}]</source>
        <translation>[مشكوك فيها: {reason}]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unresolved)</source>
        <translation>(غير محلولة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cites (printed &quot;{printed}&quot;):</source>
        <translation>يُحيل إلى (كما ورد في النص: «{printed}»):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cited by:</source>
        <translation>يُحيل إليه:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up activities: none recorded</source>
        <translation>أنشطة المتابعة: لم يُسجَّل أي نشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up activities:</source>
        <translation>أنشطة المتابعة:</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflicts_command.py" line="+22"/>
        <source>list concurrent edits kept side by side, and resolve them</source>
        <translation>سرد التعديلات المتزامنة المحفوظة جنباً إلى جنب، وحلّها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/commands/keys_command.py" line="-10"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the open conflicts with both versions (default)</source>
        <translation>التعارضات المفتوحة بكلتا نسختيها (الافتراضي)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep one of the two versions</source>
        <translation>الإبقاء على إحدى النسختين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local: the version shown here; incoming: the one received</source>
        <translation>local: النسخة المعروضة هنا؛ incoming: النسخة المستلَمة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflict {id} resolved: kept the local version. The decision is in the activity&apos;s history and travels with the next package.</source>
        <translation>حُلّ التعارض {id}: أُبقي على النسخة المحلية. والقرار مُدوَّن في سجل النشاط وينتقل مع الحزمة التالية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict {id} resolved: kept the incoming version. The decision is in the activity&apos;s history and travels with the next package.</source>
        <translation>حُلّ التعارض {id}: اعتُمدت النسخة الواردة. والقرار مُدوَّن في سجل النشاط وينتقل مع الحزمة التالية.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln open conflicts. Resolve one with: tenpoint conflicts resolve ID --keep local|incoming</source>
        <translation>
            <numerusform>لا تعارضات مفتوحة. لحل تعارض: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>تعارض مفتوح واحد. لحله: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>تعارضان مفتوحان. لحل أحدهما: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>%Ln تعارضات مفتوحة. لحل أحدها: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>%Ln تعارضاً مفتوحاً. لحل أحدها: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>%Ln تعارض مفتوح. لحل أحدها: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#{id}  {title}  [{owner}]</source>
        <translation>#{id}  {title}  [{owner}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {sender}, detected {date}; differs in: {fields}</source>
        <translation>من {sender}، اكتُشف في {date}؛ يختلف في: {fields}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing (same content)</source>
        <translation>لا شيء (المحتوى نفسه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local (by {who}):</source>
        <translation>النسخة المحلية (بواسطة {who}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming (by {who}):</source>
        <translation>النسخة الواردة (بواسطة {who}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/export_command.py" line="-83"/>
        <source>Password protection: the recipient needs the password to open or import the package (Excel and LibreOffice ask for it too), and a lost password cannot be recovered. There is no option taking the password itself: it would show in the list of running processes and in the shell history. Scripts may set the environment variable {variable} instead.</source>
        <translation>الحماية بكلمة مرور: يحتاج المستلم إلى كلمة المرور لفتح الحزمة أو استيرادها (ويطلبها Excel وLibreOffice أيضاً)، ولا يمكن استرداد كلمة مرور مفقودة. ولا يوجد خيار يأخذ كلمة المرور نفسها: إذ ستظهر في قائمة العمليات الجارية وفي سجل أوامر الصدفة. ويمكن للبرامج النصية تعيين متغير البيئة {variable} بدلاً من ذلك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the password is never given on the command line (it would show in the list of running processes and in the shell history): use --password-file FILE or {variable}</source>
        <translation>لا تُعطى كلمة المرور أبداً في سطر الأوامر (إذ ستظهر في قائمة العمليات الجارية وفي سجل أوامر الصدفة): استخدم --password-file FILE أو {variable}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>protect the file with the password on the first line of FILE</source>
        <translation>حماية الملف بكلمة المرور الموجودة في السطر الأول من FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protect the file with a password typed twice (not shown)</source>
        <translation>حماية الملف بكلمة مرور تُكتب مرتين (لا تظهر)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the password file {path}: {detail}.</source>
        <translation>تعذّرت قراءة ملف كلمة المرور {path}: {detail}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line of {path} is empty: it holds no password.</source>
        <translation>السطر الأول من {path} فارغ: لا يحتوي على كلمة مرور.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for the file: </source>
        <translation>كلمة مرور الملف: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty password protects nothing; nothing was written.</source>
        <translation>كلمة المرور الفارغة لا تحمي شيئاً؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same password again: </source>
        <translation>كلمة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ; nothing was written.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write a sync package (.xlsx) to send by e-mail or USB stick</source>
        <translation>كتابة حزمة مزامنة (.xlsx) لإرسالها بالبريد الإلكتروني أو على ذاكرة USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/commands/template_command.py" line="-7"/>
        <source>OUT.xlsx</source>
        <translation>OUT.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package file to write</source>
        <translation>ملف الحزمة المراد كتابته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only activities changed since they were last exported</source>
        <translation>الأنشطة التي تغيّرت منذ آخر تصدير لها فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/commands/report_command.py" line="-2"/>
        <source>OFFICE_ID</source>
        <translation>OFFICE_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at headquarters: an update package for this office</source>
        <translation>في المقر الرئيسي: حزمة تحديث لهذا المكتب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: an update package for a region (GOA, WAF, AME, EHSA, CAS, APAC)</source>
        <translation>في المقر الرئيسي: حزمة تحديث لمنطقة (GOA، WAF، AME، EHSA، CAS، APAC)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطاً</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>لا عمليات حذف</numerusform>
            <numerusform>عملية حذف واحدة</numerusform>
            <numerusform>عمليتا حذف</numerusform>
            <numerusform>%Ln عمليات حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledgements</source>
        <translation>
            <numerusform>لا إقرارات استلام</numerusform>
            <numerusform>إقرار استلام واحد</numerusform>
            <numerusform>إقرارا استلام</numerusform>
            <numerusform>%Ln إقرارات استلام</numerusform>
            <numerusform>%Ln إقرار استلام</numerusform>
            <numerusform>%Ln إقرار استلام</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}: {contents} (package {id}).</source>
        <translation>كُتب {path}: {contents} (الحزمة {id}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file is protected with a password: send the password by another way than the file (a phone call, say).</source>
        <translation>الملف محمي بكلمة مرور: أرسل كلمة المرور بوسيلة غير الملف (بمكالمة هاتفية مثلاً).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="-9"/>
        <source>import sync packages or filled templates (.xlsx files or folders)</source>
        <translation>استيراد حزم المزامنة أو القوالب المعبأة (ملفات .xlsx أو مجلدات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package files, or folders whose .xlsx files to import</source>
        <translation>ملفات الحزم، أو مجلدات يُراد استيراد ملفات .xlsx التي فيها</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="-167"/>
        <location filename="../../desktop/commands/import_command.py" line="+3"/>
        <source>show what importing would do, change nothing</source>
        <translation>عرض ما سيفعله الاستيراد، دون تغيير أي شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="+2"/>
        <source>print the summary as JSON</source>
        <translation>طباعة الملخص بصيغة JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password of protected packages, on the first line of FILE (there is no option taking the password itself: it would show in the process list and the shell history; {variable} works too; on a terminal, Tenpoint asks)</source>
        <translation>كلمة مرور الحزم المحمية، في السطر الأول من FILE (لا يوجد خيار يأخذ كلمة المرور نفسها: إذ ستظهر في قائمة العمليات وفي سجل أوامر الصدفة؛ ويصلح {variable} أيضاً؛ وفي الطرفية، يطلبها Tenpoint)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ERRORS.xlsx</source>
        <translation>ERRORS.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the valid rows of packages with rejected rows, and list the rejected rows in this workbook</source>
        <translation>استيراد الصفوف الصالحة من الحزم التي فيها صفوف مرفوضة، وسرد الصفوف المرفوضة في هذا المصنّف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import packages without a valid signature (filled templates, files edited after export) as unsigned data; the activity history records it</source>
        <translation>استيراد الحزم التي ليس لها توقيع صالح (القوالب المعبأة، والملفات المحررة بعد التصدير) كبيانات غير موقّعة؛ ويسجّل سجل النشاط ذلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust this new office key, after checking its fingerprint with the office (repeatable)</source>
        <translation>الوثوق بمفتاح المكتب الجديد هذا، بعد التحقق من بصمته مع المكتب (يمكن تكراره)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="+178"/>
        <location filename="../../desktop/commands/import_command.py" line="+13"/>
        <source>No such file: {path}</source>
        <translation>لا يوجد ملف كهذا: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="+23"/>
        <source>
Rejected rows are listed in {path}.</source>
        <translation>
الصفوف المرفوضة مسرودة في {path}.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The password is not correct.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {file} (empty to skip the file): </source>
        <translation>كلمة مرور {file} (اتركها فارغة لتخطي الملف): </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To import a protected package, give its password: --password-file FILE (the password on the first line of FILE), or the environment variable {variable}; run in a terminal, Tenpoint asks for it.</source>
        <translation>لاستيراد حزمة محمية، أعطِ كلمة مرورها: --password-file FILE (كلمة المرور في السطر الأول من FILE)، أو متغير البيئة {variable}؛ وعند التشغيل في طرفية، يطلبها Tenpoint.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/keys_command.py" line="-1"/>
        <source>this installation&apos;s signing key and the trusted office keys</source>
        <translation>مفتاح التوقيع الخاص بهذا التثبيت ومفاتيح المكاتب الموثوق بها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this installation&apos;s fingerprint and the trusted keys (default)</source>
        <translation>بصمة هذا التثبيت والمفاتيح الموثوق بها (الافتراضي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write this installation&apos;s public key to a file, for headquarters&apos; IT</source>
        <translation>كتابة المفتاح العام لهذا التثبيت في ملف، لقسم تكنولوجيا المعلومات في المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trust an office&apos;s key from the file its IT provides</source>
        <translation>الوثوق بمفتاح مكتب من الملف الذي يقدّمه قسم تكنولوجيا المعلومات فيه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forget an office&apos;s key (e.g. the office was reinstalled): its next package asks to confirm the new one</source>
        <translation>نسيان مفتاح مكتب (مثلاً إذا أُعيد تثبيت المكتب): ستطلب حزمته التالية تأكيد المفتاح الجديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OFFICE</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office ID or name</source>
        <translation>معرّف المكتب أو اسمه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public key written to {path} (fingerprint {fingerprint}). It is not secret; give it to headquarters&apos; IT.</source>
        <translation>كُتب المفتاح العام في {path} (البصمة {fingerprint}). وهو ليس سرياً؛ أعطه لقسم تكنولوجيا المعلومات في المقر الرئيسي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted the key of {office}: fingerprint {fingerprint}.</source>
        <translation>أصبح مفتاح {office} موثوقاً به: البصمة {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed the key of {office} ({fingerprint}). Its next package shows the key&apos;s fingerprint to confirm.</source>
        <translation>أُزيل مفتاح {office} ({fingerprint}). وستعرض حزمته التالية بصمة المفتاح لتأكيدها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from a key file</source>
        <translation>من ملف مفتاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed on import</source>
        <translation>أُكِّد عند الاستيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation&apos;s key: {fingerprint}</source>
        <translation>مفتاح هذا التثبيت: {fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No office keys are trusted yet.</source>
        <translation>لا توجد مفاتيح مكاتب موثوق بها بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{office_id}, registered {when} by {user}, {source}</source>
        <translation>{office_id}، سجّله {user} في {when}، {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/report_command.py" line="-16"/>
        <source>{value} is not a date like 2026-12-31</source>
        <translation>{value} ليس تاريخاً بصيغة 2026-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a follow-up report: a workbook (.xlsx) or a printable compilation (.pdf)</source>
        <translation>كتابة تقرير متابعة: مصنّف (.xlsx) أو تجميع قابل للطباعة (.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT.xlsx|OUT.pdf</source>
        <translation>OUT.xlsx|OUT.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report file to write</source>
        <translation>ملف التقرير المراد كتابته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this region&apos;s conferences (GOA, WAF, AME, EHSA, CAS, APAC)</source>
        <translation>مؤتمرات هذه المنطقة فقط (GOA، WAF، AME، EHSA، CAS، APAC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/commands/setup_command.py" line="+37"/>
        <location filename="../../desktop/commands/template_command.py" line="+4"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only activities in this country (ISO code, e.g. KE)</source>
        <translation>الأنشطة في هذا البلد فقط (رمز ISO، مثل KE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only this office&apos;s activities</source>
        <translation>أنشطة هذا المكتب فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this conference (SAN, DKR, SJO, DES, MNL, ALA)</source>
        <translation>هذا المؤتمر فقط (SAN، DKR، SJO، DES، MNL، ALA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only items of this action area of the 10-Point Plan</source>
        <translation>بنود مجال العمل هذا من خطة النقاط العشر فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only activities of this status</source>
        <translation>الأنشطة ذات هذه الحالة فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>only activities running on or after this day</source>
        <translation>الأنشطة الجارية في هذا اليوم أو بعده فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only activities running on or before this day</source>
        <translation>الأنشطة الجارية في هذا اليوم أو قبله فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count the follow-up the 2011 compilation reported (left out by default: it is the baseline)</source>
        <translation>احتساب المتابعة التي أبلغ عنها تجميع 2011 (مستبعدة افتراضياً: فهي خط الأساس)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF&apos;s paper (default A4)</source>
        <translation>مقاس ورق ملف PDF (الافتراضي A4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path}: a report is written as .xlsx or .pdf.</source>
        <translation>{path}: يُكتب التقرير بصيغة .xlsx أو .pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {path}: {contents}.</source>
        <translation>كُتب {path}: {contents}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/setup_command.py" line="-3"/>
        <source>set this installation&apos;s office identity</source>
        <translation>تعيين هوية المكتب لهذا التثبيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/commands/template_command.py" line="-2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the office&apos;s name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166-1 alpha-2 country code (optional for headquarters)</source>
        <translation>رمز البلد وفق ISO 3166-1 alpha-2 (اختياري للمقر الرئيسي)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is headquarters</source>
        <translation>هذا هو المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headquarters only: keep the data in this shared PostgreSQL database (such as postgresql://tenpoint@server:5432/tenpoint?sslmode=verify-full or postgresql:///?service=tenpoint) rather than on this computer, from now on. The password is read from your PostgreSQL password file, never from the URL</source>
        <translation>للمقر الرئيسي فقط: الاحتفاظ بالبيانات من الآن فصاعداً في قاعدة بيانات PostgreSQL المشتركة هذه (مثل postgresql://tenpoint@server:5432/tenpoint?sslmode=verify-full أو postgresql:///?service=tenpoint) بدلاً من هذا الحاسوب. تُقرأ كلمة المرور من ملف كلمات مرور PostgreSQL الخاص بك، ولا تُقرأ أبداً من عنوان URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change an existing identity (packages already sent keep the old one)</source>
        <translation>تغيير هوية قائمة (تحتفظ الحزم المرسلة بالفعل بالهوية القديمة)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the URL gives a password, and Tenpoint never keeps a password in plain text: remove it from the URL and put it in your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file</source>
        <translation>يتضمن عنوان URL كلمة مرور، ولا يحتفظ Tenpoint أبداً بكلمة مرور بنص غير مشفّر: احذفها من عنوان URL وضعها في ملف كلمات مرور PostgreSQL الخاص بك (.pgpass؛ وفي Windows الملف %APPDATA%\postgresql\pgpass.conf) أو في ملف خدمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a PostgreSQL URL; give one such as postgresql://tenpoint@server:5432/tenpoint</source>
        <translation>هذا ليس عنوان URL خاصاً بـPostgreSQL؛ أعطِ عنواناً مثل postgresql://tenpoint@server:5432/tenpoint</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--database is for headquarters (--hq): a field office keeps its database on its own computer</source>
        <translation>الخيار --database مخصص للمقر الرئيسي (--hq): يحتفظ المكتب الميداني بقاعدة بياناته على حاسوبه الخاص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--database cannot be used by a portable copy, which keeps its database beside the program</source>
        <translation>لا يمكن للنسخة المحمولة استخدام الخيار --database، فهي تحتفظ بقاعدة بياناتها بجانب البرنامج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ini} already chooses the database (&quot;database&quot; in its [data] section), and it wins over --database: change it there</source>
        <translation>يحدد {ini} قاعدة البيانات بالفعل (الإعداد «database» في قسمه [data])، وله الأولوية على --database: غيّره هناك</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Office:    {name} ({role})</source>
        <translation>المكتب:          {name} ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:   {country}</source>
        <translation>البلد:           {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:   {regions}</source>
        <translation>المناطق:         {regions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office ID: {uuid}</source>
        <translation>معرّف المكتب:    {uuid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:  {path}</source>
        <translation>قاعدة البيانات:  {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/template_command.py" line="-5"/>
        <source>write a blank template for an office without Tenpoint, or for bulk entry</source>
        <translation>كتابة قالب فارغ لمكتب لا يستخدم Tenpoint، أو للإدخال المجمّع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the template file</source>
        <translation>ملف القالب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: the office the template is for</source>
        <translation>في المقر الرئيسي: المكتب المُعدّ له القالب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that office&apos;s country (ISO 3166-1 alpha-2)</source>
        <translation>بلد ذلك المكتب (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows with pre-assigned IDs (default 200)</source>
        <translation>عدد الصفوف ذات المعرّفات المخصصة مسبقاً (الافتراضي 200)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rows must be between 1 and 100000.</source>
        <translation>يجب أن تكون قيمة --rows بين 1 و100000.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote {path}: a template for {office} ({country}) with %Ln rows.</source>
        <translation>
            <numerusform>كُتب {path}: قالب لـ{office} ({country}) لا صفوف فيه.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} ({country}) فيه صف واحد.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} ({country}) فيه صفان.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} ({country}) فيه %Ln صفوف.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} ({country}) فيه %Ln صفاً.</numerusform>
            <numerusform>كُتب {path}: قالب لـ{office} ({country}) فيه %Ln صف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/options.py" line="-4"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder for the database, backups and logs (default: the per-user application data folder)</source>
        <translation>مجلد قاعدة البيانات والنسخ الاحتياطية والسجلات (الافتراضي: مجلد بيانات التطبيق الخاص بكل مستخدم)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>preconfiguration file (default: tenpoint.ini beside the program, if there is one)</source>
        <translation>ملف التهيئة المسبقة (الافتراضي: tenpoint.ini بجانب البرنامج، إن وُجد)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check this installation on a fresh temporary database, without a window, and exit (0 when it works)</source>
        <translation>فحص هذا التثبيت على قاعدة بيانات مؤقتة جديدة، دون نافذة، ثم الخروج (0 عند نجاحه)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/migrate_command.py" line="-44"/>
        <source>move this headquarters&apos; database into an empty PostgreSQL database, then compare every table</source>
        <translation>نقل قاعدة بيانات هذا المقر الرئيسي إلى قاعدة بيانات PostgreSQL فارغة، ثم مقارنة كل جدول</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/commands/setup_command.py" line="-86"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the empty PostgreSQL database, such as postgresql://tenpoint@server:5432/tenpoint</source>
        <translation>قاعدة بيانات PostgreSQL الفارغة، مثل postgresql://tenpoint@server:5432/tenpoint</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+94"/>
        <source>Not a PostgreSQL URL; give one such as postgresql://tenpoint@server:5432/tenpoint.</source>
        <translation>هذا ليس عنوان URL خاصاً بـPostgreSQL؛ أعطِ عنواناً مثل postgresql://tenpoint@server:5432/tenpoint.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Nothing was moved.</source>
        <translation>لم يُنقل شيء.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer opens the shared database from now on ({record} says so; delete it to go back to the file).</source>
        <translation>يفتح هذا الحاسوب قاعدة البيانات المشتركة من الآن فصاعدًا (كما يذكر {record}؛ احذفه للعودة إلى الملف).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moving the database writes to the server: add --yes to confirm.</source>
        <translation>نقل قاعدة البيانات يكتب على الخادم: أضف --yes للتأكيد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the database {path} into {location}? That database must be empty; this computer&apos;s file is left as it is. [y/N] </source>
        <translation>هل تريد نسخ قاعدة البيانات {path} إلى {location}؟ يجب أن تكون قاعدة البيانات تلك فارغة؛ ويبقى الملف الموجود على هذا الحاسوب كما هو. [y/N] </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying {path} into {location}...</source>
        <translation>جارٍ نسخ {path} إلى {location}...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{percent}% - {table}</source>
        <translation>{percent}% - {table}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln rows, equal</source>
        <translation>
            <numerusform>%Ln صف، بلا فروق</numerusform>
            <numerusform>%Ln صف، بلا فروق</numerusform>
            <numerusform>%Ln صفان، بلا فروق</numerusform>
            <numerusform>%Ln صفوف، بلا فروق</numerusform>
            <numerusform>%Ln صفاً، بلا فروق</numerusform>
            <numerusform>%Ln صف، بلا فروق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every table was compared row by row after the copy: %Ln rows in {tables} tables, all equal.</source>
        <translation>
            <numerusform>قورن كل جدول صفاً بصف بعد النسخ: %Ln صف في جداول عددها {tables}، ولم يظهر أي اختلاف.</numerusform>
            <numerusform>قورن كل جدول صفاً بصف بعد النسخ: %Ln صف في جداول عددها {tables}، ولم يظهر أي اختلاف.</numerusform>
            <numerusform>قورن كل جدول صفاً بصف بعد النسخ: %Ln صفان في جداول عددها {tables}، ولم يظهر أي اختلاف.</numerusform>
            <numerusform>قورن كل جدول صفاً بصف بعد النسخ: %Ln صفوف في جداول عددها {tables}، ولم يظهر أي اختلاف.</numerusform>
            <numerusform>قورن كل جدول صفاً بصف بعد النسخ: %Ln صفاً في جداول عددها {tables}، ولم يظهر أي اختلاف.</numerusform>
            <numerusform>قورن كل جدول صفاً بصف بعد النسخ: %Ln صف في جداول عددها {tables}، ولم يظهر أي اختلاف.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To open the shared database from now on, put this in tenpoint.ini on every headquarters computer:</source>
        <translation>لفتح قاعدة البيانات المشتركة من الآن فصاعداً، ضع ما يلي في tenpoint.ini على كل حاسوب في المقر الرئيسي:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password belongs in each user&apos;s PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file (pg_service.conf), never in tenpoint.ini.</source>
        <translation>مكان كلمة المرور هو ملف كلمات مرور PostgreSQL الخاص بكل مستخدم (.pgpass؛ وفي Windows الملف %APPDATA%\postgresql\pgpass.conf) أو ملف خدمة (pg_service.conf)، وليس tenpoint.ini أبداً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in the URL you gave was used for this move only; it is shown nowhere and kept nowhere.</source>
        <translation>استُخدمت كلمة المرور الواردة في عنوان URL الذي أعطيته لعملية النقل هذه فقط؛ فهي لا تُعرض في أي مكان ولا يُحتفظ بها في أي مكان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was left as it was: keep it as a backup.</source>
        <translation>تُرك {path} كما كان: احتفظ به نسخةً احتياطية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This data folder already uses the shared database {location}: there is no SQLite file to move.</source>
        <translation>يستخدم مجلد البيانات هذا بالفعل قاعدة البيانات المشتركة {location}: لا يوجد ملف SQLite لنقله.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program is writing to {path} ({detail}): close Tenpoint wherever it uses this data folder, then try again; nothing was moved.</source>
        <translation>برنامج آخر يكتب في {path} ({detail}): أغلق Tenpoint أينما كان يستخدم مجلد البيانات هذا، ثم أعد المحاولة؛ لم يُنقل شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {location} already holds data (table {table}): a headquarters moves only into an empty database. Ask its administrator for a new one; nothing was changed.</source>
        <translation>تحتوي قاعدة البيانات {location} على بيانات بالفعل (الجدول {table}): لا يُنقل المقر الرئيسي إلا إلى قاعدة بيانات فارغة. اطلب من مسؤول قاعدة البيانات هذه قاعدةً جديدة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The move was cancelled; nothing was kept on the server.</source>
        <translation>أُلغيت عملية النقل؛ لم يُحتفظ بأي شيء على الخادم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the copy ({table}): {detail}
Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>رفض الخادم النسخ ({table}): {detail}
لم يُحتفظ بأي شيء على الخادم، ولم يتغير الملف الموجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the copy, table {table} differs on the server: the row {key} is on one side only. Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>بعد النسخ، يختلف الجدول {table} على الخادم: الصف {key} موجود في جانب واحد فقط. لم يُحتفظ بأي شيء على الخادم، ولم يتغير الملف الموجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the copy, table {table} differs on the server: row {key}, column {column}. Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>بعد النسخ، يختلف الجدول {table} على الخادم: الصف {key}، العمود {column}. لم يُحتفظ بأي شيء على الخادم، ولم يتغير الملف الموجود على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../desktop/config.py" line="+229"/>
        <source>Tenpoint cannot read the settings file {path}: {value}</source>
        <translation>يتعذّر على Tenpoint قراءة ملف الإعدادات {path}: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} is not a valid .ini file: {value}</source>
        <translation>ملف الإعدادات {path} ليس ملف .ini صالحاً: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} has an unknown section [{key}]; the known sections are [office], [data] and [interface].</source>
        <translation>يحتوي ملف الإعدادات {path} على قسم غير معروف [{key}]؛ والأقسام المعروفة هي [office] و[data] و[interface].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} has an unknown setting &quot;{key}&quot;; check its spelling against the installation guide.</source>
        <translation>يحتوي ملف الإعدادات {path} على إعداد غير معروف «{key}»؛ تحقق من تهجئته في دليل التثبيت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{key}&quot; must be yes or no, not &quot;{value}&quot;.</source>
        <translation>في ملف الإعدادات {path}، يجب أن تكون قيمة «{key}» هي yes أو no، لا «{value}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} presets an office but gives no office name ([office] name = ...).</source>
        <translation>يعيّن ملف الإعدادات {path} مكتباً مسبقاً لكنه لا يذكر اسمه ([office] name = ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} sets both a data folder and portable mode; keep one of them.</source>
        <translation>يعيّن ملف الإعدادات {path} مجلد بيانات والوضع المحمول كليهما؛ أبقِ على أحدهما فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{value}&quot; is not a language code such as fr, ar or es.</source>
        <translation>في ملف الإعدادات {path}، «{value}» ليس رمز لغة مثل fr أو ar أو es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} presets the country &quot;{value}&quot;, which is not an ISO 3166-1 alpha-2 code Tenpoint knows (such as KE or YE).</source>
        <translation>يعيّن ملف الإعدادات {path} مسبقاً البلد «{value}»، وهو ليس من رموز ISO 3166-1 alpha-2 التي يعرفها Tenpoint (مثل KE أو YE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{key}&quot; must be a PostgreSQL URL such as postgresql://tenpoint@server:5432/tenpoint or postgresql:///?service=tenpoint, not &quot;{value}&quot;.</source>
        <translation>في ملف الإعدادات {path}، يجب أن تكون قيمة «{key}» عنوان URL خاصاً بـPostgreSQL مثل postgresql://tenpoint@server:5432/tenpoint أو postgresql:///?service=tenpoint، لا «{value}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the settings file {path}, &quot;{key}&quot; writes a password in the database URL. Tenpoint never keeps a password in plain text: remove it from the URL and put it in your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file.</source>
        <translation>في ملف الإعدادات {path}، يكتب الإعداد «{key}» كلمة مرور في عنوان URL لقاعدة البيانات. لا يحتفظ Tenpoint أبداً بكلمة مرور بنص غير مشفّر: احذفها من عنوان URL وضعها في ملف كلمات مرور PostgreSQL الخاص بك (.pgpass؛ وفي Windows الملف %APPDATA%\postgresql\pgpass.conf) أو في ملف خدمة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} sets both a shared database and portable mode; a portable copy keeps its own database file, so keep one of them.</source>
        <translation>يعيّن ملف الإعدادات {path} قاعدة بيانات مشتركة والوضع المحمول كليهما؛ والنسخة المحمولة تحتفظ بملف قاعدة بيانات خاص بها، لذا أبقِ على أحدهما فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} presets the office name &quot;{value}&quot;; it must be 1 to 200 characters.</source>
        <translation>يعيّن ملف الإعدادات {path} مسبقاً اسم المكتب «{value}»؛ ويجب أن يتراوح طوله بين 1 و200 حرف.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <location filename="../../desktop/browser/detail_html.py" line="+50"/>
        <source>undertaken</source>
        <translation>مُنفَّذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envisaged</source>
        <translation>مُزمَع</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retired: this item is no longer in the current catalog. It is kept because follow-up activities may cite it.</source>
        <translation>مستبعد: لم يعد هذا البند في الفهرس الحالي. ويُحتفظ به لأن أنشطة متابعة قد تستشهد به.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+45"/>
        <source>Printed label</source>
        <translation>الترقيم المطبوع</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>صُحّح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotated</source>
        <translation>أُضيفت ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>استُبعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstated</source>
        <translation>أُعيد إدراجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into {item}</source>
        <translation>دُمج في {item}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Cited as</source>
        <translation>يُستشهد به بوصفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-heading</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported in 2011 as</source>
        <translation>أُبلغ عنه في 2011 بوصفه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the place of</source>
        <translation>يحل محل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged into {item}: headquarters found that this item says the same. Its follow-up activities are linked to {item} now.</source>
        <translation>دُمج في {item}: وجد المقر الرئيسي أن مضمون هذا البند مطابق له. وأنشطة المتابعة الخاصة به مرتبطة الآن بـ{item}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{document}, {reference}</source>
        <translation>{document}، {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{document}, {reference}, issued {date}</source>
        <translation>{document}، {reference}، صدرت في {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes from headquarters</source>
        <translation>ملاحظات المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}, {when}</source>
        <translation>{who}، {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog history</source>
        <translation>سجل تغييرات الفهرس</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{item} merged into this item</source>
        <translation>دُمج {item} في هذا البند</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Repeated word for word in Annex I (lines {lines}).</source>
        <translation>
            <numerusform>مكرر حرفياً في المرفق الأول (الأسطر {lines}).</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول (السطر {lines}).</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول (السطران {lines}).</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول (الأسطر {lines}).</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول (الأسطر {lines}).</numerusform>
            <numerusform>مكرر حرفياً في المرفق الأول (الأسطر {lines}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Repeated in Annex I (lines {lines}) with this wording:</source>
        <translation>
            <numerusform>مكرر في المرفق الأول (الأسطر {lines}) بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول (السطر {lines}) بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول (السطران {lines}) بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول (الأسطر {lines}) بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول (الأسطر {lines}) بالصياغة التالية:</numerusform>
            <numerusform>مكرر في المرفق الأول (الأسطر {lines}) بالصياغة التالية:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This reference may point to the wrong item: {reason}</source>
        <translation>قد تشير هذه الإحالة إلى البند الخطأ: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show source details</source>
        <translation>إظهار تفاصيل المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where this text comes from and the catalog maintainers&apos; notes; not needed to follow up on the item</source>
        <translation>مصدر هذا النص وملاحظات القائمين على الفهرس؛ لا حاجة إليها لمتابعة البند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide source details</source>
        <translation>إخفاء تفاصيل المصدر</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>الأسطر {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>السطر {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>السطران {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>الأسطر {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>الأسطر {lines} من تجميع يونيو 2011</numerusform>
            <numerusform>الأسطر {lines} من تجميع يونيو 2011</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by headquarters (catalog edition {edition}) from {source}</source>
        <translation>أضافه المقر الرئيسي (طبعة الفهرس {edition}) من {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the June 2011 compilation</source>
        <translation>تجميع يونيو 2011</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source details</source>
        <translation>تفاصيل المصدر</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+235"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{document}: added by headquarters after 2011 (see the catalog history)</source>
        <translation>{document}: أضافه المقر الرئيسي بعد عام 2011 (انظر سجل تغييرات الفهرس)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Sub-items</source>
        <translation>البنود الفرعية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annex I</source>
        <translation>المرفق الأول</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>10-Point Plan action areas</source>
        <translation>مجالات عمل خطة النقاط العشر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None assigned.</source>
        <translation>لم يُحدَّد أي مجال.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no such item)</source>
        <translation>(لا يوجد بند كهذا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cites (printed as “{printed}”)</source>
        <translation>يُحيل إلى (كما ورد في النص: «{printed}»)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cited by</source>
        <translation>يُحيل إليه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up activities ({count})</source>
        <translation>أنشطة المتابعة ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up activity recorded yet.</source>
        <translation>لم يُسجَّل أي نشاط متابعة بعد.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Catalog notes</source>
        <translation>ملاحظات الفهرس</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message numerus="yes">
        <location filename="../../desktop/browser/follow_up.py" line="+19"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطاً</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting the follow-up activities…</source>
        <translation>جارٍ عدّ أنشطة المتابعة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up yet</source>
        <translation>لا متابعة بعد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count}, latest {status}</source>
        <translation>{count}، آخر حالة: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{followed} of {total}</source>
        <translation>{followed} من {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items with follow-up activities: {followed} of {total}</source>
        <translation>البنود التي لها أنشطة متابعة: {followed} من {total}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../exporters/catalog_edits.py" line="+28"/>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-item</source>
        <translation>بند فرعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan target</source>
        <translation>غاية من غايات خطة العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan action</source>
        <translation>إجراء من إجراءات خطة العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training topic</source>
        <translation>موضوع تدريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training target group</source>
        <translation>الفئة المستهدفة بالتدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration paragraph</source>
        <translation>فقرة من الإعلان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-Hosts&apos; Summary paragraph</source>
        <translation>فقرة من ملخص الجهات المضيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework element</source>
        <translation>عنصر من عناصر الإطار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>سيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional Support Function</source>
        <translation>وظيفة الدعم الإقليمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected recommendation</source>
        <translation>توصية مختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected follow-up activity</source>
        <translation>نشاط متابعة مختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up outcome</source>
        <translation>نتيجة المتابعة</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="-36"/>
        <source>stated in the text</source>
        <translation>مذكور في النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>مُستنتَج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet sent</source>
        <translation>لم يُرسَل بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by headquarters</source>
        <translation>استلمه المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since sent</source>
        <translation>تغيّر منذ الإرسال</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>countries</source>
        <translation>بلدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achievements</source>
        <translation>إنجازات</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln planned</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>مخطط له: %Ln</numerusform>
            <numerusform>مخطط له: %Ln</numerusform>
            <numerusform>مخطط له: %Ln</numerusform>
            <numerusform>مخطط له: %Ln</numerusform>
            <numerusform>مخطط له: %Ln</numerusform>
            <numerusform>مخطط له: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ongoing</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>قيد التنفيذ: %Ln</numerusform>
            <numerusform>قيد التنفيذ: %Ln</numerusform>
            <numerusform>قيد التنفيذ: %Ln</numerusform>
            <numerusform>قيد التنفيذ: %Ln</numerusform>
            <numerusform>قيد التنفيذ: %Ln</numerusform>
            <numerusform>قيد التنفيذ: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>مكتمل: %Ln</numerusform>
            <numerusform>مكتمل: %Ln</numerusform>
            <numerusform>مكتمل: %Ln</numerusform>
            <numerusform>مكتمل: %Ln</numerusform>
            <numerusform>مكتمل: %Ln</numerusform>
            <numerusform>مكتمل: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln suspended</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>معلّق: %Ln</numerusform>
            <numerusform>معلّق: %Ln</numerusform>
            <numerusform>معلّق: %Ln</numerusform>
            <numerusform>معلّق: %Ln</numerusform>
            <numerusform>معلّق: %Ln</numerusform>
            <numerusform>معلّق: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln cancelled</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>ملغى: %Ln</numerusform>
            <numerusform>ملغى: %Ln</numerusform>
            <numerusform>ملغى: %Ln</numerusform>
            <numerusform>ملغى: %Ln</numerusform>
            <numerusform>ملغى: %Ln</numerusform>
            <numerusform>ملغى: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/shared/messages.py" line="-177"/>
        <source>Tenpoint cannot open the shared database {location}. The server or the connection said:

{detail}

Check that the server is running and can be reached from this computer, and that your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or service file holds the password for this user; nothing was changed.</source>
        <translation>يتعذّر على Tenpoint فتح قاعدة البيانات المشتركة {location}. كان رد الخادم أو الاتصال:

{detail}

تحقق من أن الخادم يعمل ويمكن الوصول إليه من هذا الحاسوب، ومن أن ملف كلمات مرور PostgreSQL الخاص بك (.pgpass؛ وفي Windows الملف %APPDATA%\postgresql\pgpass.conf) أو ملف الخدمة يحتوي على كلمة المرور لهذا المستخدم؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database cannot be backed up or restored here: {tool} was not found. Install the PostgreSQL client tools (the same version as the server or newer), or ask the database administrator; nothing was changed.</source>
        <translation>لا يمكن هنا نسخ قاعدة البيانات المشتركة احتياطياً أو استعادتها: لم يُعثر على {tool}. ثبّت أدوات عميل PostgreSQL (بالإصدار نفسه الذي يستخدمه الخادم أو بإصدار أحدث)، أو اطلب المساعدة من مسؤول قاعدة البيانات؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be restored; the shared database was left as it was. The tool said:

{detail}</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية؛ وبقيت قاعدة البيانات المشتركة كما كانت. كان رد الأداة:

{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared database could not be backed up; nothing was changed. The tool said:

{detail}</source>
        <translation>تعذّر النسخ الاحتياطي لقاعدة البيانات المشتركة؛ لم يتغير شيء. كان رد الأداة:

{detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database {path} was last opened by Tenpoint {version}, whose schema ({found}) this version does not know (it knows up to {known}). Install Tenpoint {version} or newer to open it; nothing was changed.</source>
        <translation>قاعدة البيانات {path} فُتحت آخر مرة بواسطة Tenpoint {version}، الذي يستخدم مخططاً ({found}) لا يعرفه هذا الإصدار (يعرف حتى {known}). ثبّت Tenpoint {version} أو أحدث لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {path} was written by a newer version of Tenpoint (schema {found}; this version knows up to {known}). Install the newer version to open it; nothing was changed.</source>
        <translation>قاعدة البيانات {path} كتبها إصدار أحدث من Tenpoint (المخطط {found}؛ ويعرف هذا الإصدار حتى {known}). ثبّت الإصدار الأحدث لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Tenpoint database ({detail}); nothing was changed.</source>
        <translation>{path} ليس قاعدة بيانات Tenpoint ({detail})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field office needs its country: give its ISO 3166-1 alpha-2 code.</source>
        <translation>يحتاج المكتب الميداني إلى تحديد بلده: أعطِ رمزه وفق ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code &quot;{code}&quot;: use an ISO 3166-1 alpha-2 code such as YE, KE or CR.</source>
        <translation>رمز بلد غير معروف «{code}»: استخدم رمزاً وفق ISO 3166-1 alpha-2 مثل YE أو KE أو CR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation is already set up as &quot;{name}&quot; ({country}). Packages already sent carry that identity; use --force to change it.</source>
        <translation>هذا التثبيت مُعدّ بالفعل باسم «{name}» ({country}). والحزم المرسلة بالفعل تحمل تلك الهوية؛ استخدم --force لتغييرها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office name must be 1 to 200 characters; got &quot;{value}&quot;.</source>
        <translation>يجب أن يتراوح طول اسم المكتب بين 1 و200 حرف؛ والمُدخَل «{value}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalog item has the code &quot;{code}&quot;.</source>
        <translation>لا يوجد بند في الفهرس رمزه «{code}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundled catalog is damaged ({file}: {detail}); please reinstall.</source>
        <translation>الفهرس المرفق بالبرنامج تالف ({file}: {detail})؛ يُرجى إعادة التثبيت.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected data error: {error}</source>
        <translation>خطأ غير متوقع في البيانات: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>took part</source>
        <translation>شارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named in its texts</source>
        <translation>ورد اسمه في نصوصه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>named in {kind} {code}: “{words}”</source>
        <translation>ورد اسمه في {kind} {code}: «{words}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}: “{words}”</source>
        <translation>{reason}: «{words}»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{event} ({reason})</source>
        <translation>{event} ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{region}: {events}</source>
        <translation>{region}: {events}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{conferences}; {conference}</source>
        <translation>{conferences}؛ {conference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder {path} is on a network share ({share}). Tenpoint keeps its database on this computer&apos;s own disk, because a network share can lose or corrupt changes. Choose a folder on this computer with --data-dir, or with &quot;folder&quot; in the [data] section of tenpoint.ini; nothing was changed.</source>
        <translation>مجلد البيانات {path} موجود على مشاركة شبكية ({share}). يحتفظ Tenpoint بقاعدة بياناته على القرص الخاص بهذا الحاسوب، لأن المشاركة الشبكية قد تُضيّع التغييرات أو تُتلفها. اختر مجلداً على هذا الحاسوب باستخدام --data-dir، أو بالإعداد «folder» في القسم [data] من tenpoint.ini؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup file {path}; nothing was changed.</source>
        <translation>لا يوجد ملف نسخة احتياطية {path}؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {path} is damaged (SQLite&apos;s integrity check fails); it cannot be restored and nothing was changed. Choose another backup.</source>
        <translation>النسخة الاحتياطية {path} تالفة (فشل فحص السلامة في SQLite)؛ لا يمكن استعادتها ولم يتغير شيء. اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Tenpoint backup; nothing was changed.</source>
        <translation>{path} ليس نسخة احتياطية من Tenpoint؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup written to {path} failed its check, so it was not kept. The disk may be full or failing; nothing else was changed.</source>
        <translation>فشلت النسخة الاحتياطية المكتوبة في {path} في الفحص، لذا لم يُحتفظ بها. قد يكون القرص ممتلئاً أو معطوباً؛ ولم يتغير شيء آخر.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup {path} cannot be used ({code}).</source>
        <translation>لا يمكن استخدام النسخة الاحتياطية {path} ({code}).</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../desktop/reports/contents.py" line="+48"/>
        <source>Follow-up of the 10-Point Plan regional conferences</source>
        <translation>متابعة المؤتمرات الإقليمية لخطة النقاط العشر</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Region: {name}</source>
        <translation>المنطقة: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: {name}</source>
        <translation>البلد: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: {name}</source>
        <translation>المكتب: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event: {name}</source>
        <translation>الفعالية: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action area: {name}</source>
        <translation>مجال العمل: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {name}</source>
        <translation>الحالة: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities running: {name}</source>
        <translation>الأنشطة الجارية خلال: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: every region, country and office</source>
        <translation>النطاق: كل المناطق والبلدان والمكاتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up reported in the 2011 compilation is counted with the rest.</source>
        <translation>تُحتسب المتابعة المُبلَّغ عنها في تجميع 2011 مع البقية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up reported in the 2011 compilation is left out (the baseline).</source>
        <translation>تُستبعد المتابعة المُبلَّغ عنها في تجميع 2011 (خط الأساس).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on {time}</source>
        <translation>أُعدّ في {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {start}</source>
        <translation>من {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {end}</source>
        <translation>حتى {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="+322"/>
        <location line="+183"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Data sources</source>
        <translation>مصادر البيانات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events: {count}</source>
        <translation>الفعاليات: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking items: {count}</source>
        <translation>البنود التي تطلب إجراءً: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up activities: {count}</source>
        <translation>أنشطة المتابعة: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No activities counted.</source>
        <translation>لم يُحتسب أي نشاط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/reports/sheets.py" line="+94"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/reports/sheets.py" line="-19"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/reports/sheets.py" line="-42"/>
        <location line="+71"/>
        <location line="+2"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest package received</source>
        <translation>آخر حزمة مستلَمة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This installation&apos;s own office</source>
        <translation>مكتب هذا التثبيت نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package received</source>
        <translation>لم تُستلم أي حزمة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No events in this report.</source>
        <translation>لا توجد فعاليات في هذا التقرير.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region: {region}</source>
        <translation>المنطقة: {region}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No asking items.</source>
        <translation>لا توجد بنود تطلب إجراءً.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No follow-up recorded.</source>
        <translation>لم تُسجَّل أي متابعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: {office}</source>
        <translation>المكتب: {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation: {name}</source>
        <translation>المنظمة الرائدة: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence: {evidence}</source>
        <translation>الأدلة: {evidence}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {start}</source>
        <translation>من {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {end}</source>
        <translation>حتى {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/sheets.py" line="-89"/>
        <source>Data from {office} ({country}): %Ln activities, latest package made {time}</source>
        <translation>
            <numerusform>بيانات من {office} ({country}): لا أنشطة، وأُعدّت آخر حزمة في {time}</numerusform>
            <numerusform>بيانات من {office} ({country}): نشاط واحد، وأُعدّت آخر حزمة في {time}</numerusform>
            <numerusform>بيانات من {office} ({country}): نشاطان، وأُعدّت آخر حزمة في {time}</numerusform>
            <numerusform>بيانات من {office} ({country}): %Ln أنشطة، وأُعدّت آخر حزمة في {time}</numerusform>
            <numerusform>بيانات من {office} ({country}): %Ln نشاطاً، وأُعدّت آخر حزمة في {time}</numerusform>
            <numerusform>بيانات من {office} ({country}): %Ln نشاط، وأُعدّت آخر حزمة في {time}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>here (this office)</source>
        <translation>هنا (هذا المكتب)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country</source>
        <translation>بلا بلد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>المُحقَّق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>تحققت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countries counted</source>
        <translation>البلدان المحتسبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dar es Salaam Action Plan: progress towards the targets</source>
        <translation>خطة عمل دار السلام: التقدم نحو الغايات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities by country and status</source>
        <translation>الأنشطة حسب البلد والحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities by country</source>
        <translation>الأنشطة حسب البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by event and status</source>
        <translation>الأنشطة حسب الفعالية والحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by event</source>
        <translation>الأنشطة حسب الفعالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up recorded</source>
        <translation>لم تُسجَّل أي متابعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items followed up</source>
        <translation>البنود التي تمت متابعتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/writing.py" line="+37"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطاً</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>لا فعاليات</numerusform>
            <numerusform>فعالية واحدة</numerusform>
            <numerusform>فعاليتان</numerusform>
            <numerusform>%Ln فعاليات</numerusform>
            <numerusform>%Ln فعاليةً</numerusform>
            <numerusform>%Ln فعالية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحةً</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smoke</name>
    <message>
        <location filename="../../desktop/smoke.py" line="+193"/>
        <source>create and migrate the database</source>
        <translation>إنشاء قاعدة البيانات وترحيلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the catalog</source>
        <translation>تحميل الفهرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the preconfiguration</source>
        <translation>قراءة التهيئة المسبقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the PostgreSQL driver</source>
        <translation>تحميل برنامج تشغيل PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach the shared database</source>
        <translation>الوصول إلى قاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up the office</source>
        <translation>إعداد المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an office package and read it back</source>
        <translation>كتابة حزمة مكتب وقراءتها مجدداً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the application context</source>
        <translation>فتح سياق التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build the main window</source>
        <translation>بناء النافذة الرئيسية</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FAILED at step {number}/{total}, {step}: {error}</source>
        <translation>فشل في الخطوة {number}/{total}، {step}: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Smoke test passed.</source>
        <translation>نجح اختبار التشغيل السريع.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../desktop/commands/sync_report.py" line="+30"/>
        <source>office package</source>
        <translation>حزمة مكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headquarters update</source>
        <translation>تحديث من المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filled template</source>
        <translation>قالب معبأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>would be imported</source>
        <translation>سيُستورد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid rows would be imported</source>
        <translation>ستُستورد الصفوف الصالحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid rows imported</source>
        <translation>استُوردت الصفوف الصالحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED: nothing imported from this file</source>
        <translation>مرفوض: لم يُستورد شيء من هذا الملف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: {kind} from {office}, made {made}</source>
        <translation>{file}: {kind} من {office}، تاريخ الإعداد: {made}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>... and %Ln more problems</source>
        <translation>
            <numerusform>... ولا مشكلات أخرى</numerusform>
            <numerusform>... ومشكلة أخرى</numerusform>
            <numerusform>... ومشكلتان أخريان</numerusform>
            <numerusform>... و%Ln مشكلات أخرى</numerusform>
            <numerusform>... و%Ln مشكلةً أخرى</numerusform>
            <numerusform>... و%Ln مشكلة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>لا عمليات حذف</numerusform>
            <numerusform>عملية حذف واحدة</numerusform>
            <numerusform>عمليتا حذف</numerusform>
            <numerusform>%Ln عمليات حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln older versions ignored</source>
        <translation>
            <numerusform>لا نسخ أقدم متجاهَلة</numerusform>
            <numerusform>نسخة أقدم واحدة متجاهَلة</numerusform>
            <numerusform>نسختان أقدم متجاهَلتان</numerusform>
            <numerusform>%Ln نسخ أقدم متجاهَلة</numerusform>
            <numerusform>%Ln نسخةً أقدم متجاهَلةً</numerusform>
            <numerusform>%Ln نسخة أقدم متجاهَلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledged by headquarters</source>
        <translation>
            <numerusform>ما أقرّ المقر الرئيسي باستلامه: %Ln</numerusform>
            <numerusform>ما أقرّ المقر الرئيسي باستلامه: %Ln</numerusform>
            <numerusform>ما أقرّ المقر الرئيسي باستلامه: %Ln</numerusform>
            <numerusform>ما أقرّ المقر الرئيسي باستلامه: %Ln</numerusform>
            <numerusform>ما أقرّ المقر الرئيسي باستلامه: %Ln</numerusform>
            <numerusform>ما أقرّ المقر الرئيسي باستلامه: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog updates</source>
        <translation>
            <numerusform>لا تحديثات للفهرس</numerusform>
            <numerusform>تحديث واحد للفهرس</numerusform>
            <numerusform>تحديثان للفهرس</numerusform>
            <numerusform>%Ln تحديثات للفهرس</numerusform>
            <numerusform>%Ln تحديثاً للفهرس</numerusform>
            <numerusform>%Ln تحديث للفهرس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog changes by headquarters</source>
        <translation>
            <numerusform>%Ln تغيير في الفهرس من المقر الرئيسي</numerusform>
            <numerusform>%Ln تغيير في الفهرس من المقر الرئيسي</numerusform>
            <numerusform>%Ln تغييران في الفهرس من المقر الرئيسي</numerusform>
            <numerusform>%Ln تغييرات في الفهرس من المقر الرئيسي</numerusform>
            <numerusform>%Ln تغييراً في الفهرس من المقر الرئيسي</numerusform>
            <numerusform>%Ln تغيير في الفهرس من المقر الرئيسي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln empty template rows</source>
        <translation>
            <numerusform>لا صفوف فارغة في القالب</numerusform>
            <numerusform>صف فارغ واحد في القالب</numerusform>
            <numerusform>صفان فارغان في القالب</numerusform>
            <numerusform>%Ln صفوف فارغة في القالب</numerusform>
            <numerusform>%Ln صفاً فارغاً في القالب</numerusform>
            <numerusform>%Ln صف فارغ في القالب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>... and %Ln more activities (--json lists them all)</source>
        <translation>
            <numerusform>... ولا أنشطة أخرى (يسردها الخيار --json جميعاً)</numerusform>
            <numerusform>... ونشاط آخر (يسردها الخيار --json جميعاً)</numerusform>
            <numerusform>... ونشاطان آخران (يسردها الخيار --json جميعاً)</numerusform>
            <numerusform>... و%Ln أنشطة أخرى (يسردها الخيار --json جميعاً)</numerusform>
            <numerusform>... و%Ln نشاطاً آخر (يسردها الخيار --json جميعاً)</numerusform>
            <numerusform>... و%Ln نشاط آخر (يسردها الخيار --json جميعاً)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{title} [{id}]: {what}</source>
        <translation>{title} [{id}]: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/sync_messages.py" line="+25"/>
        <source>The file is not an Excel workbook Tenpoint can read ({value}).</source>
        <translation>الملف ليس مصنّف Excel يستطيع Tenpoint قراءته ({value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook has no sheet &quot;{sheet}&quot;; it is not a Tenpoint package.</source>
        <translation>لا يحتوي المصنّف على ورقة «{sheet}»؛ فهو ليس حزمة Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet &quot;{sheet}&quot; has no column &quot;{column}&quot;.</source>
        <translation>لا تحتوي الورقة «{sheet}» على عمود «{column}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Manifest sheet is incomplete or damaged (&quot;{column}&quot;).</source>
        <translation>ورقة Manifest ناقصة أو تالفة («{column}»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was made by a newer Tenpoint (format {value}); update Tenpoint to import it.</source>
        <translation>أُعدّت الحزمة بإصدار أحدث من Tenpoint (الصيغة {value})؛ حدّث Tenpoint لاستيرادها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Manifest names an unknown kind of package (&quot;{value}&quot;).</source>
        <translation>تذكر ورقة Manifest نوع حزمة غير معروف («{value}»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package is not for this installation (an office package goes to headquarters, a headquarters update to its office, a template to headquarters or its own office).</source>
        <translation>هذه الحزمة ليست موجهة إلى هذا التثبيت (حزمة المكتب تذهب إلى المقر الرئيسي، وتحديث المقر الرئيسي إلى مكتبه، والقالب إلى المقر الرئيسي أو إلى مكتبه نفسه).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match the content: the package was changed after it was signed (or damaged). Import it only as unsigned data, if you know where it comes from.</source>
        <translation>التوقيع لا يطابق المحتوى: غُيّرت الحزمة بعد توقيعها (أو تلفت). لا تستوردها إلا كبيانات غير موقّعة، إن كنت تعرف مصدرها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package claims to come from an office whose registered key is a different one; it is signed by the key {value}. If that office was reinstalled, check the fingerprint with it, remove the old key (Trusted keys, or: tenpoint keys remove OFFICE) and import again.</source>
        <translation>تدّعي الحزمة أنها واردة من مكتب مفتاحه المسجّل مختلف؛ فهي موقّعة بالمفتاح {value}. إن كان ذلك المكتب قد أُعيد تثبيته، فتحقق من البصمة معه، وأزل المفتاح القديم (المفاتيح الموثوق بها، أو: tenpoint keys remove OFFICE) ثم استورد مجدداً.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the first signed package from this office. Check the key&apos;s fingerprint {value} with the office (by phone, for instance), then confirm it (on the command line: --trust-key {value}).</source>
        <translation>هذه أول حزمة موقّعة من هذا المكتب. تحقق من بصمة المفتاح {value} مع المكتب (بالهاتف مثلاً)، ثم أكّدها (في سطر الأوامر: --trust-key {value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package is not signed (a filled template or a hand-made file): nothing shows who made it. Import it only as unsigned data, if you know where it comes from (on the command line: --accept-unsigned).</source>
        <translation>الحزمة غير موقّعة (قالب معبأ أو ملف مُعدّ يدوياً): لا شيء يبيّن من أعدّها. لا تستوردها إلا كبيانات غير موقّعة، إن كنت تعرف مصدرها (في سطر الأوامر: --accept-unsigned).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>القيمة مطلوبة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a date; write it as 2026-03-31 or 31/03/2026.</source>
        <translation>«{value}» ليس تاريخاً؛ اكتبه بصيغة 2026-03-31 أو 31/03/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>«{value}» ليس عدداً صحيحاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number cannot be negative ({value}).</source>
        <translation>لا يمكن أن يكون العدد سالباً ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a status; choose one from the Lists sheet.</source>
        <translation>«{value}» ليس حالة؛ اختر حالة من ورقة «Lists».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a kind of activity; choose one from the Lists sheet.</source>
        <translation>«{value}» ليس نوع نشاط؛ اختر نوعاً من ورقة «Lists».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not an activity ID; keep the IDs Tenpoint wrote.</source>
        <translation>«{value}» ليس معرّف نشاط؛ أبقِ على المعرّفات التي كتبها Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version &quot;{value}&quot; was changed; keep the Version column as exported.</source>
        <translation>غُيّر رقم النسخة «{value}»؛ أبقِ عمود «النسخة» كما صُدِّر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity ID {value} appears more than once; each row needs its own ID.</source>
        <translation>معرّف النشاط {value} يظهر أكثر من مرة؛ ولكل صف معرّفه الخاص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end date {value} is before the start.</source>
        <translation>تاريخ الانتهاء {value} يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cell holds an invisible control character ({value}), which Tenpoint cannot store; remove it.</source>
        <translation>تحتوي الخلية على حرف تحكم غير مرئي ({value}) لا يستطيع Tenpoint تخزينه؛ احذفه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code &quot;{value}&quot;; use ISO codes such as KE.</source>
        <translation>رمز بلد غير معروف «{value}»؛ استخدم رموز ISO مثل KE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown catalog item code(s): {value}. See the Lists sheet.</source>
        <translation>رموز بنود فهرس غير معروفة: {value}. راجع ورقة «Lists».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity belongs to another office ({value}); an office sends only its own activities.</source>
        <translation>النشاط يخص مكتباً آخر ({value})؛ والمكتب لا يرسل إلا أنشطته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row is for another country ({value}) than the office that sent the package; an office records its own country&apos;s activities. Ask the office to correct the country.</source>
        <translation>الصف يخص بلداً ({value}) غير بلد المكتب الذي أرسل الحزمة؛ والمكتب يسجّل أنشطة بلده. اطلب من المكتب تصحيح البلد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity {value} is part of the 2011 compilation and cannot change.</source>
        <translation>النشاط {value} جزء من تجميع 2011 ولا يمكن تغييره.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cells were changed after the package was exported (the checksum differs).</source>
        <translation>غُيّرت خلايا بعد تصدير الحزمة (المجموع الاختباري مختلف).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an Excel workbook (.xlsx), whatever its name says. Ask the office to export the package again and send that file.</source>
        <translation>الملف ليس مصنّف Excel (.xlsx)، أياً كان ما يوحي به اسمه. اطلب من المكتب تصدير الحزمة مجدداً وإرسال ذلك الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is an old Excel 97-2003 workbook (.xls), perhaps renamed. Open it, save it as .xlsx (Excel workbook) and import that file.</source>
        <translation>الملف مصنّف قديم من Excel 97-2003 (.xls)، ربما أُعيدت تسميته. افتحه، واحفظه بصيغة .xlsx (مصنّف Excel) ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is an OpenDocument spreadsheet (.ods), perhaps renamed. Open it, save it as .xlsx (Excel workbook) and import that file.</source>
        <translation>الملف جدول بيانات OpenDocument (.ods)، ربما أُعيدت تسميته. افتحه، واحفظه بصيغة .xlsx (مصنّف Excel) ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged or incomplete (cut short while copying or sending?). Ask the office to export the package again.</source>
        <translation>الملف تالف أو ناقص (هل انقطع أثناء النسخ أو الإرسال؟). اطلب من المكتب تصدير الحزمة مجدداً.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file unpacks to far more than a package holds ({value}); it was not opened. Ask the office to export the package again.</source>
        <translation>ينفكّ ضغط الملف إلى حجم يفوق بكثير ما تحتويه الحزمة ({value})؛ فلم يُفتح. اطلب من المكتب تصدير الحزمة مجدداً.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds XML declarations ({value}) that no spreadsheet program writes and that can make a program use up all memory; it was not opened. Ask the office to export the package again.</source>
        <translation>يحتوي الملف على تعريفات XML ({value}) لا يكتبها أي برنامج جداول بيانات وقد تجعل البرنامج يستنفد الذاكرة كلها؛ فلم يُفتح. اطلب من المكتب تصدير الحزمة مجدداً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet has a value as far out as {value}, far beyond what a package holds; it was not opened. Delete what was typed in those far cells, or ask the office to export the package again.</source>
        <translation>في الورقة قيمة بعيدة تصل إلى {value}، أبعد بكثير مما تحتويه الحزمة؛ فلم يُفتح الملف. احذف ما كُتب في تلك الخلايا البعيدة، أو اطلب من المكتب تصدير الحزمة مجدداً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell {value} holds a formula; a package holds values only. Replace the formula with its value (copy, then paste values only) and import again.</source>
        <translation>الخلية {value} تحتوي على صيغة؛ والحزمة لا تحتوي إلا على قيم. استبدل الصيغة بقيمتها (انسخ، ثم الصق القيم فقط) واستورد مجدداً.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is protected by a password; give the password to import it.</source>
        <translation>الملف محمي بكلمة مرور؛ أعطِ كلمة المرور لاستيراده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password does not open this file; check it with the office that sent it.</source>
        <translation>كلمة المرور لا تفتح هذا الملف؛ تحقق منها مع المكتب الذي أرسله.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file failed ({value}); it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>فشلت قراءة الملف ({value})؛ ربما يكون تالفاً أو مُعدّاً لإحداث ضرر. لم يتغير شيء. اطلب من المكتب تصدير الحزمة مجدداً.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the file needed more than {value} MB of memory and was stopped; it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>احتاجت قراءة الملف إلى أكثر من {value} ميغابايت من الذاكرة فأُوقفت؛ ربما يكون تالفاً أو مُعدّاً لإحداث ضرر. لم يتغير شيء. اطلب من المكتب تصدير الحزمة مجدداً.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lock file Excel or LibreOffice keeps while a workbook is open, not a package: save and close that workbook before importing it</source>
        <translation>ملف القفل الذي يحتفظ به Excel أو LibreOffice أثناء فتح مصنّف، وليس حزمة: احفظ ذلك المصنّف وأغلقه قبل استيراده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an Excel workbook: open it, save it as .xlsx and import that file</source>
        <translation>ليس مصنّف Excel: افتحه، واحفظه بصيغة .xlsx ثم استورد ذلك الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel 97-2003 workbook: open it, save it as .xlsx and import that file</source>
        <translation>مصنّف قديم من Excel 97-2003: افتحه، واحفظه بصيغة .xlsx ثم استورد ذلك الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a plain Excel workbook: open it, save it as .xlsx and import that file</source>
        <translation>ليس مصنّف Excel عادياً: افتحه، واحفظه بصيغة .xlsx ثم استورد ذلك الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text file (CSV) holds one sheet only, not a package: import the .xlsx file Tenpoint exported</source>
        <translation>الملف النصي (CSV) يحتوي على ورقة واحدة فقط، وليس حزمة: استورد ملف .xlsx الذي صدّره Tenpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder: the folders inside are not searched; import that folder itself</source>
        <translation>مجلد: لا يُبحث في المجلدات الموجودة داخله؛ استورد ذلك المجلد نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an Excel workbook (.xlsx)</source>
        <translation>ليس مصنّف Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not read: {path} ({reason}).</source>
        <translation>لم يُقرأ: {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No package (.xlsx) in {folder}.</source>
        <translation>لا توجد حزمة (.xlsx) في {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <comment>between the files of a list</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package (.xlsx) in {folder}; found: {files}.</source>
        <translation>لا توجد حزمة (.xlsx) في {folder}؛ وُجد: {files}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows added to the sheet &quot;{sheet}&quot; after export: {n} (the package listed {listed}, the file holds {found}). Rows added by hand are not signed: the package imports only as unsigned data. To add activities by hand, fill a template.</source>
        <translation>صفوف أُضيفت إلى الورقة «{sheet}» بعد التصدير: {n} (أدرجت الحزمة {listed}، ويحتوي الملف على {found}). الصفوف المضافة يدوياً غير موقّعة: فلا تُستورد الحزمة إلا كبيانات غير موقّعة. ولإضافة أنشطة يدوياً، املأ قالباً.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities missing from this copy: {n} (the package listed {listed}, the file holds {found}). Deleting a row does not delete an activity: the missing ones stay as they are here. An activity is deleted in Tenpoint, and its deletion travels in the Deletions sheet.</source>
        <translation>أنشطة ناقصة من هذه النسخة: {n} (أدرجت الحزمة {listed}، ويحتوي الملف على {found}). حذف صف لا يحذف نشاطاً: تبقى الأنشطة الناقصة هنا كما هي. يُحذف النشاط في Tenpoint، وينتقل حذفه في ورقة «Deletions».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows missing from the sheet &quot;{sheet}&quot;: {n} (the package listed {listed}, the file holds {found}).</source>
        <translation>صفوف ناقصة من الورقة «{sheet}»: {n} (أدرجت الحزمة {listed}، ويحتوي الملف على {found}).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Problem &quot;{code}&quot; with value &quot;{value}&quot;.</source>
        <translation>المشكلة «{code}» في القيمة «{value}».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Headquarters exports an update for one office or region: give --office ID or --region CODE.</source>
        <translation>يصدّر المقر الرئيسي تحديثاً لمكتب واحد أو لمنطقة واحدة: أعطِ --office ID أو --region CODE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field office exports only its own package and templates; --office, --region and --office-name are for headquarters.</source>
        <translation>لا يصدّر المكتب الميداني إلا حزمته وقوالبه؛ والخيارات --office و--region و--office-name مخصصة للمقر الرئيسي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other office has the ID &quot;{value}&quot; (offices are known here once a package or template of theirs was handled).</source>
        <translation>لا يوجد مكتب آخر معرّفه «{value}» (لا تُعرف المكاتب هنا إلا بعد معالجة حزمة أو قالب خاص بها).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown region &quot;{value}&quot;; regions are GOA, WAF, AME, EHSA, CAS, APAC.</source>
        <translation>منطقة غير معروفة «{value}»؛ والمناطق هي GOA وWAF وAME وEHSA وCAS وAPAC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This installation&apos;s signing key {value} is damaged. Restore it from a backup of the data folder.</source>
        <translation>مفتاح التوقيع الخاص بهذا التثبيت {value} تالف. استعده من نسخة احتياطية لمجلد البيانات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the key file {value}.</source>
        <translation>تعذّرت قراءة ملف المفتاح {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the key file {value}.</source>
        <translation>تعذّرت كتابة ملف المفتاح {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a Tenpoint key file, or its fingerprint does not match its key.</source>
        <translation>{value} ليس ملف مفتاح Tenpoint، أو أن بصمته لا تطابق مفتاحه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another key is already registered for {value}. Check with the office, remove the old key, then register the new one.</source>
        <translation>يوجد مفتاح آخر مسجّل بالفعل لـ{value}. تحقق مع المكتب، وأزل المفتاح القديم، ثم سجّل الجديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is this installation&apos;s own key; it needs no registering.</source>
        <translation>هذا هو مفتاح هذا التثبيت نفسه؛ لا يحتاج إلى تسجيل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key is registered for &quot;{value}&quot;; `tenpoint keys` lists them.</source>
        <translation>لا يوجد مفتاح مسجّل لـ«{value}»؛ والأمر `tenpoint keys` يسرد المفاتيح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Set up this installation&apos;s office first: tenpoint setup --office-name NAME --country CC.</source>
        <translation>أعدّ مكتب هذا التثبيت أولاً: tenpoint setup --office-name NAME --country CC.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>There is no open conflict number {id}; `tenpoint conflicts` lists them.</source>
        <translation>لا يوجد تعارض مفتوح رقمه {id}؛ والأمر `tenpoint conflicts` يسرد التعارضات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose --keep local or --keep incoming.</source>
        <translation>اختر --keep local أو --keep incoming.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write {path}: {detail}. Nothing was recorded as sent.</source>
        <translation>تعذّرت كتابة {path}: {detail}. لم يُسجَّل أي شيء بوصفه مُرسَلاً.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed by {office} (key {fingerprint}).</source>
        <translation>موقّعة من {office} (المفتاح {fingerprint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with a key not yet registered for {office}: fingerprint {fingerprint}.</source>
        <translation>موقّعة بمفتاح لم يُسجَّل بعد لـ{office}: البصمة {fingerprint}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {office} with the key {fingerprint}, confirmed by you: registered on import.</source>
        <translation>موقّعة من {office} بالمفتاح {fingerprint}، الذي أكّدته: سُجّل عند الاستيراد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the key {fingerprint}, but the key registered for {office} is {registered}: refused.</source>
        <translation>موقّعة بالمفتاح {fingerprint}، لكن المفتاح المسجّل لـ{office} هو {registered}: مرفوضة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed.</source>
        <translation>غير موقّعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the content (changed after signing).</source>
        <translation>التوقيع لا يطابق المحتوى (غُيّرت بعد التوقيع).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as unsigned data.</source>
        <translation>استُوردت كبيانات غير موقّعة.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited in the file after export</source>
        <translation>حُرّر في الملف بعد التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older version: not imported</source>
        <translation>نسخة أقدم: لم يُستورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: both versions kept</source>
        <translation>تعارض: أُبقي على النسختين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {held} → {incoming}</source>
        <translation>{field}: {held} ← {incoming}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already imported on {date}; importing it again changes nothing that is already here.</source>
        <translation>استُوردت بالفعل في {date}؛ وإعادة استيرادها لا تغيّر شيئاً مما هو موجود هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of this package was imported on {date}. Cells of this copy were changed since it was exported: each change is listed with the activity it belongs to.</source>
        <translation>استُوردت نسخة من هذه الحزمة في {date}. وقد غُيّرت خلايا في هذه النسخة منذ تصديرها: كل تغيير مسرود مع النشاط الذي ينتمي إليه.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{value} is too large to be a Tenpoint key file, which holds a few lines. Choose the .txt file the office&apos;s IT exported with `tenpoint keys export`.</source>
        <translation>{value} أكبر من أن يكون ملف مفتاح Tenpoint، الذي لا يحتوي إلا على بضعة أسطر. اختر ملف .txt الذي صدّره قسم تكنولوجيا المعلومات في المكتب باستخدام `tenpoint keys export`.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Reading the file took longer than {value} s and was stopped; it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>استغرقت قراءة الملف أكثر من {value} ث فأُوقفت؛ ربما يكون تالفاً أو مُعدّاً لإحداث ضرر. لم يتغير شيء. اطلب من المكتب تصدير الحزمة مجدداً.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%Ln new</source>
        <comment>activities</comment>
        <translation>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <comment>activities</comment>
        <translation>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <comment>activities</comment>
        <translation>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln in conflict</source>
        <comment>activities</comment>
        <translation>
            <numerusform>متعارضة: %Ln</numerusform>
            <numerusform>متعارضة: %Ln</numerusform>
            <numerusform>متعارضة: %Ln</numerusform>
            <numerusform>متعارضة: %Ln</numerusform>
            <numerusform>متعارضة: %Ln</numerusform>
            <numerusform>متعارضة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rejected</source>
        <comment>activities</comment>
        <translation>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The text is too long (%Ln characters).</source>
        <translation>
            <numerusform>النص أطول مما ينبغي (%Ln حرف).</numerusform>
            <numerusform>النص أطول مما ينبغي (حرف واحد).</numerusform>
            <numerusform>النص أطول مما ينبغي (حرفان).</numerusform>
            <numerusform>النص أطول مما ينبغي (%Ln أحرف).</numerusform>
            <numerusform>النص أطول مما ينبغي (%Ln حرفاً).</numerusform>
            <numerusform>النص أطول مما ينبغي (%Ln حرف).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place}, sheet &quot;{sheet}&quot;</source>
        <translation>{place}، الورقة «{sheet}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}, row {row}</source>
        <translation>{place}، الصف {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}, column &quot;{column}&quot;</source>
        <translation>{place}، العمود «{column}»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That key file is for {value}, not for the office whose package waits for a key. Ask that office&apos;s IT for its own key file.</source>
        <translation>ملف المفتاح هذا يخص {value}، لا المكتب الذي تنتظر حزمته مفتاحاً. اطلب من قسم تكنولوجيا المعلومات في ذلك المكتب ملف المفتاح الخاص به.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/export_panel.py" line="-321"/>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.xlsx)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../exporters/styles.py" line="+37"/>
        <source>&amp;A, page &amp;P of &amp;N</source>
        <extracomment>Printed at the foot of each page of a workbook: keep &amp;A (the sheet), &amp;P (this page) and &amp;N (the number of pages) as they are.</extracomment>
        <translation>&amp;A، الصفحة &amp;P من &amp;N</translation>
    </message>
    <message>
        <location filename="../../exporters/error_workbook.py" line="+20"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/layout.py" line="+61"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_sheets.py" line="+87"/>
        <source>Events: one row per conference, workshop or follow-up meeting to add. Region: a region from the Lists sheet, or a new code with the name of the new region.</source>
        <translation>ورقة «Events»: صف لكل مؤتمر أو حلقة عمل أو اجتماع متابعة يُراد إضافته. «المنطقة»: منطقة من ورقة «Lists»، أو رمز جديد مع اسم المنطقة الجديدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries in events: the countries taking part in an event (one row each). The offices of those countries follow the event&apos;s recommendations.</source>
        <translation>ورقة «Countries in events»: البلدان المشاركة في فعالية (صف لكل بلد). وتتابع مكاتب تلك البلدان توصيات الفعالية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents: the documents of an event (action plan, outcome document, declaration...), each with the reference of its source: its symbol, publication or web address.</source>
        <translation>ورقة «Documents»: وثائق الفعالية (خطة العمل، والوثيقة الختامية، والإعلان...)، كل منها مع مرجع مصدرها: رمزها أو المنشور أو عنوان الموقع الإلكتروني.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections: the parts of a document, as printed. Part of: the section a sub-section belongs to.</source>
        <translation>ورقة «Sections»: أجزاء الوثيقة كما طُبعت. «جزء من»: القسم الذي يتبعه القسم الفرعي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items: the recommendations, targets and actions of a section, their text as the source prints it. Part of: the item a sub-item belongs to. Action areas: numbers 1 to 10, separated by commas.</source>
        <translation>ورقة «Items»: توصيات القسم وغاياته وإجراءاته، بنصها كما ورد في المصدر. «جزء من»: البند الذي يتبعه البند الفرعي. «مجالات العمل»: أرقام من 1 إلى 10، تفصل بينها فواصل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes: one row per change of an item already in the catalog or added above. What to do: correct the text, number or citation of an item added after 2011; annotate any item; retire or reinstate an item; or merge it into another (Superseded by), which moves every activity&apos;s link to that item. The June 2011 texts are never rewritten: annotate them or merge them.</source>
        <translation>ورقة «Changes»: صف لكل تغيير لبند موجود في الفهرس أو مضاف أعلاه. «الإجراء المطلوب»: تصحيح نص بند أُضيف بعد عام 2011 أو ترقيمه أو صيغة الاستشهاد به؛ أو إضافة ملاحظة إلى أي بند؛ أو استبعاد بند أو إعادة إدراجه؛ أو دمجه في بند آخر («البند الذي يحل محله»)، مما ينقل ارتباط كل نشاط إلى ذلك البند. ولا تُعاد كتابة نصوص يونيو 2011 أبداً: أضف إليها ملاحظات أو ادمجها.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Required.</source>
        <translation>إلزامي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A date: 2013-05-06, or 06/05/2013 (day/month/year).</source>
        <translation>تاريخ: 2013-05-06، أو 06/05/2013 (اليوم/الشهر/السنة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose from the drop-down.</source>
        <translation>اختر من القائمة المنسدلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from the Lists sheet, or one added in this workbook.</source>
        <translation>رمز من ورقة «Lists»، أو رمز أُضيف في هذا المصنّف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of the action areas (Lists sheet), separated by commas.</source>
        <translation>أرقام مجالات العمل (ورقة «Lists»)، تفصل بينها فواصل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capital letters, digits, dots and hyphens, e.g. NBO-OD-A-01.</source>
        <translation>أحرف كبيرة وأرقام ونقاط وشرطات، مثل NBO-OD-A-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a new region: its name.</source>
        <translation>لمنطقة جديدة فقط: اسمها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ISO 3166-1 alpha-2 code from the Lists sheet, e.g. KE.</source>
        <translation>رمز ISO 3166-1 alpha-2 من ورقة «Lists»، مثل KE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; kept in the history of the change.</source>
        <translation>اختياري؛ يُحفظ في سجل التغيير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To correct an item: which of its fields.</source>
        <translation>لتصحيح بند: أي حقل من حقوله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To correct an item: the corrected value. To annotate one: the note&apos;s text.</source>
        <translation>لتصحيح بند: القيمة المصحّحة. لإضافة ملاحظة إلى بند: نص الملاحظة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To merge an item: the item that replaces it, which takes over its activities&apos; links.</source>
        <translation>لدمج بند: البند الذي يحل محله، والذي تنتقل إليه ارتباطات أنشطته.</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="+4"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../exporters/error_workbook.py" line="+0"/>
        <location filename="../../exporters/layout.py" line="-39"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="+1"/>
        <source>In the drop-down</source>
        <translation>في القائمة المنسدلة</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Tenpoint catalog workbook</source>
        <translation>مصنّف فهرس Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by Tenpoint {version} from catalog edition {edition}.</source>
        <translation>أعدّه Tenpoint {version} من طبعة الفهرس {edition}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headquarters adds to the catalog of recommendations and changes it with this workbook: fill the sheets, then import it with `tenpoint catalog import FILE.xlsx` (add --dry-run to see first what it would do). Every row is applied, or none: a problem in any cell is named by its sheet, row and column, and the catalog stays as it was.</source>
        <translation>يضيف المقر الرئيسي إلى فهرس التوصيات ويغيّره بهذا المصنّف: املأ الأوراق، ثم استورده بالأمر `tenpoint catalog import FILE.xlsx` (أضف --dry-run لترى أولاً ما سيفعله). تُطبَّق كل الصفوف أو لا يُطبَّق أيٌّ منها: وتُحدَّد أي مشكلة في أي خلية بورقتها وصفها وعمودها، ويبقى الفهرس كما كان.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows are applied sheet by sheet in the order of the tabs, so a row may name what a sheet before it adds: an event&apos;s documents, a document&apos;s sections, a section&apos;s items. Leave a sheet empty when there is nothing to add.</source>
        <translation>تُطبَّق الصفوف ورقةً ورقةً بترتيب علامات التبويب، لذا يجوز أن يذكر صفٌّ ما تضيفه ورقة سابقة: وثائق فعالية، أو أقسام وثيقة، أو بنود قسم. اترك الورقة فارغة إن لم يكن هناك ما يُضاف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blue headers mark the columns to fill; rest the pointer on a header with a red corner to read what it holds. Choices and codes come from the drop-downs (the Lists sheet); a code added in this workbook may be typed. Values only: a formula is refused.</source>
        <translation>تدل رؤوس الأعمدة الزرقاء على الأعمدة المراد تعبئتها؛ ضع المؤشر على رأس عمود ذي زاوية حمراء لقراءة ما يحتويه. وتأتي الخيارات والرموز من القوائم المنسدلة (ورقة «Lists»)؛ ويجوز كتابة رمز أُضيف في هذا المصنّف. القيم فقط: تُرفض الصيغ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change raises the catalog&apos;s edition and travels to the offices in their next update from headquarters.</source>
        <translation>كل تغيير يرفع طبعة الفهرس وينتقل إلى المكاتب في تحديثها التالي من المقر الرئيسي.</translation>
    </message>
    <message>
        <location filename="../../exporters/layout.py" line="-87"/>
        <source>Filled by Tenpoint: do not change it. Sorting, filtering and copying whole rows are fine.</source>
        <translation>يملؤه Tenpoint: لا تغيّره. ولا بأس بفرز الصفوف الكاملة وتصفيتها ونسخها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity ID</source>
        <translation>معرّف النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint&apos;s identity of this activity. Never change, clear or type over it: Tenpoint recognises the activity by it when the file is imported. Sort, filter and copy whole rows freely: the ID moves with its row. The sheet is not locked, because Excel and LibreOffice cannot sort a protected sheet whose rows hold locked cells.</source>
        <translation>المعرّف الذي يميّز به Tenpoint هذا النشاط. لا تغيّره أبداً ولا تمحه ولا تكتب فوقه: فبه يتعرّف Tenpoint على النشاط عند استيراد الملف. افرز الصفوف الكاملة وصفّها وانسخها بحرية: فالمعرّف ينتقل مع صفه. والورقة غير مقفلة، لأن Excel وLibreOffice لا يستطيعان فرز ورقة محمية تحتوي صفوفها على خلايا مقفلة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Owner office ID</source>
        <translation>معرّف المكتب المالك</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The office the activity belongs to.</source>
        <translation>المكتب الذي يتبعه النشاط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Owner office</source>
        <translation>المكتب المالك</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How many edits the activity has seen.</source>
        <translation>عدد التعديلات التي أُجريت على النشاط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Which edits of which office this row holds: how Tenpoint merges it.</source>
        <translation>أيّ التعديلات ومن أيّ مكتب يتضمنها هذا الصف: وعلى أساس ذلك يدمجه Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created at (UTC)</source>
        <translation>تاريخ الإنشاء (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at (UTC)</source>
        <translation>تاريخ التحديث (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by</source>
        <translation>حدّثه</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted at (UTC)</source>
        <translation>تاريخ الحذف (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted by</source>
        <translation>حذفه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision held</source>
        <translation>المراجعة المحفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version held</source>
        <translation>النسخة المحفوظة</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Change ID</source>
        <translation>معرّف التغيير</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catalog edition</source>
        <translation>طبعة الفهرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Changed at (UTC)</source>
        <translation>تاريخ التغيير (UTC)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Changed by</source>
        <translation>غيّره</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Office ID</source>
        <translation>معرّف المكتب</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>القيمة القديمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version of this workbook format</source>
        <translation>إصدار صيغة هذا المصنّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique ID of this package; importing it again changes nothing</source>
        <translation>المعرّف الفريد لهذه الحزمة؛ وإعادة استيرادها لا تغيّر شيئاً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office = an office&apos;s activities; hq_update = headquarters&apos; update; template = a form to fill in</source>
        <translation>office = أنشطة مكتب؛ hq_update = تحديث من المقر الرئيسي؛ template = استمارة للتعبئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID of the office that made the package (or that the template is for)</source>
        <translation>معرّف المكتب الذي أعدّ الحزمة (أو المكتب المُعدّ له القالب)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of that office</source>
        <translation>اسم ذلك المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its country (ISO 3166-1 alpha-2)</source>
        <translation>بلده (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region a headquarters update is for</source>
        <translation>المنطقة التي يخصها تحديث المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office a headquarters update is for</source>
        <translation>المكتب الذي يخصه تحديث المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the package was made (UTC)</source>
        <translation>وقت إعداد الحزمة (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint version that made it</source>
        <translation>إصدار Tenpoint الذي أُعدّت به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema version that made it</source>
        <translation>إصدار مخطط قاعدة البيانات الذي أُعدّت به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog version of the sender</source>
        <translation>إصدار الفهرس لدى المرسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Activities sheet</source>
        <translation>عدد الصفوف في ورقة «Activities»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Deletions sheet</source>
        <translation>عدد الصفوف في ورقة «Deletions»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Acknowledgements sheet</source>
        <translation>عدد الصفوف في ورقة «Acknowledgements»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the content; shows whether cells were changed after export</source>
        <translation>قيمة SHA-256 للمحتوى؛ تبيّن ما إذا كانت خلايا قد غُيّرت بعد التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key of the office that made the package</source>
        <translation>المفتاح العام للمكتب الذي أعدّ الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature of the content by that key; editing any cell breaks it</source>
        <translation>توقيع المحتوى بذلك المفتاح؛ وتحرير أي خلية يُبطله</translation>
    </message>
    <message>
        <location filename="../../exporters/readme.py" line="+16"/>
        <source>Tenpoint package: follow-up activities of {office}</source>
        <translation>حزمة Tenpoint: أنشطة متابعة {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint update from headquarters ({office})</source>
        <translation>تحديث Tenpoint من المقر الرئيسي ({office})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint template: follow-up activities for {office}</source>
        <translation>قالب Tenpoint: أنشطة المتابعة لـ{office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made {time} UTC by Tenpoint {version}; package ID {package}.</source>
        <translation>أُعدّ في {time} UTC بواسطة Tenpoint {version}؛ معرّف الحزمة {package}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workbook was made by Tenpoint, the application with which UNHCR offices follow up on the recommendations of the 10-Point Plan regional conferences.</source>
        <translation>أعدّ هذا المصنّفَ Tenpoint، وهو التطبيق الذي تتابع به مكاتب المفوضية توصيات المؤتمرات الإقليمية لخطة النقاط العشر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates are real dates (year-month-day). Times in columns marked (UTC) are UTC.</source>
        <translation>التواريخ تواريخ فعلية (السنة-الشهر-اليوم). والأوقات في الأعمدة الموسومة بـ(UTC) هي بالتوقيت العالمي المنسق (UTC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue headers mark the columns a person fills in; grey headers the ones Tenpoint fills. Rest the pointer on a header with a red corner to read what it holds. Status and Kind show the words of the Lists sheet; choose them from the drop-down.</source>
        <translation>تدل رؤوس الأعمدة الزرقاء على الأعمدة التي يملؤها شخص، والرمادية على الأعمدة التي يملؤها Tenpoint. ضع المؤشر على رأس عمود ذي زاوية حمراء لقراءة ما يحتويه. ويعرض العمودان «الحالة» و«النوع» كلمات ورقة «Lists»؛ فاختر قيمتيهما من القائمة المنسدلة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets: Manifest (who made this package, when, and what it holds), Activities (one row per follow-up activity), Deletions (activities deleted at their source), Lists (the values the drop-downs offer: statuses, kinds, countries, catalog item codes).</source>
        <translation>الأوراق: «Manifest» (من أعدّ هذه الحزمة، ومتى، وما تحتويه)، و«Activities» (صف لكل نشاط متابعة)، و«Deletions» (الأنشطة المحذوفة في مصدرها)، و«Lists» (القيم التي تعرضها القوائم المنسدلة: الحالات والأنواع والبلدان ورموز بنود الفهرس).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never change the grey columns of the Activities sheet (Activity ID, Owner office ID, Revision, Version...): they let Tenpoint recognise each activity when the package is imported again. Sorting and filtering are fine.</source>
        <translation>لا تغيّر أبداً الأعمدة الرمادية في ورقة «Activities» («معرّف النشاط» و«معرّف المكتب المالك» و«المراجعة» و«النسخة»...): فبها يتعرّف Tenpoint على كل نشاط عند استيراد الحزمة مجدداً. ولا بأس بالفرز والتصفية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History: every recorded change of these activities (who, when, at which office, old and new value); it travels with them and is kept as evidence. Do not edit it: Tenpoint would notice that cells were changed after export.</source>
        <translation>ورقة «History»: كل تغيير مُسجَّل على هذه الأنشطة (مَن ومتى وفي أي مكتب، والقيمة القديمة والجديدة)؛ وهي تنتقل معها ويُحتفظ بها دليلاً. لا تحرّرها: إذ سيلاحظ Tenpoint أن خلايا غُيّرت بعد التصدير.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets: Manifest (which office the template is for), Activities (the rows to fill in), Lists (the values the drop-downs offer: statuses, kinds, countries, catalog item codes).</source>
        <translation>الأوراق: «Manifest» (المكتب المُعدّ له القالب)، و«Activities» (الصفوف المراد تعبئتها)، و«Lists» (القيم التي تعرضها القوائم المنسدلة: الحالات والأنواع والبلدان ورموز بنود الفهرس).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this package at headquarters: Tenpoint &gt; Sync &gt; Import, or on the command line `tenpoint import FILE.xlsx`. Importing it twice changes nothing.</source>
        <translation>استورد هذه الحزمة في المقر الرئيسي: Tenpoint &gt; المزامنة &gt; استيراد، أو في سطر الأوامر `tenpoint import FILE.xlsx`. واستيرادها مرتين لا يغيّر شيئاً.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import this package at the office it is for: Tenpoint &gt; Sync &gt; Import, or `tenpoint import FILE.xlsx`. It brings the region&apos;s activities of other offices (read-only), changes headquarters made, catalog updates, and the Acknowledgements sheet: the revisions of your activities that headquarters has received.</source>
        <translation>استورد هذه الحزمة في المكتب الموجهة إليه: Tenpoint &gt; المزامنة &gt; استيراد، أو `tenpoint import FILE.xlsx`. وهي تحمل أنشطة المكاتب الأخرى في المنطقة (للقراءة فقط)، والتغييرات التي أجراها المقر الرئيسي، وتحديثات الفهرس، وورقة «Acknowledgements»: مراجعات أنشطتك التي تلقّاها المقر الرئيسي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill one row per activity in the Activities sheet, from Title on. Each row already has its Activity ID (the grey last column): keep it, even when you sort or copy rows, so that sending the file twice never creates duplicates. Leave rows you do not need empty.</source>
        <translation>املأ صفاً لكل نشاط في ورقة «Activities»، بدءاً من عمود «العنوان». لكل صف معرّف نشاط خاص به بالفعل («معرّف النشاط»، العمود الرمادي الأخير): أبقِ عليه، حتى عند فرز الصفوف أو نسخها، كي لا يؤدي إرسال الملف مرتين إلى إنشاء أنشطة مكررة أبداً. واترك الصفوف التي لا تحتاج إليها فارغة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title and Item codes are required. Item codes: one or more codes from the Lists sheet (for example DES-SR-III-01), separated by a semicolon. Status and Kind: choose from the drop-down. Dates: year-month-day (2026-03-31) or day/month/year.</source>
        <translation>العمودان «العنوان» و«رموز البنود» إلزاميان. «رموز البنود»: رمز واحد أو أكثر من ورقة «Lists» (مثل DES-SR-III-01)، مفصولة بفاصلة منقوطة (;). «الحالة» و«النوع»: اختر من القائمة المنسدلة. التواريخ: السنة-الشهر-اليوم (2026-03-31) أو اليوم/الشهر/السنة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the filled file to headquarters, or import it into your own Tenpoint with `tenpoint import FILE.xlsx`.</source>
        <translation>أرسل الملف المعبأ إلى المقر الرئيسي، أو استورده إلى Tenpoint الخاص بك باستخدام `tenpoint import FILE.xlsx`.</translation>
    </message>
    <message>
        <location filename="../../exporters/validation_lists.py" line="-3"/>
        <source>Status code</source>
        <translation>رمز الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind code</source>
        <translation>رمز النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name</source>
        <translation>اسم البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>رمز البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item (first words)</source>
        <translation>البند (الكلمات الأولى)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Tenpoint stores the value beside it. The Activities sheet shows the value, not this code; either is read.</source>
        <translation>الرمز الذي يخزّن به Tenpoint القيمة المجاورة. تعرض ورقة «Activities» القيمة لا هذا الرمز؛ ويُقرأ أيٌّ منهما.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a value from the list (see the Lists sheet).</source>
        <translation>اختر قيمة من القائمة (انظر ورقة «Lists»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({name}), or empty: the country this file&apos;s rows are for.</source>
        <translation>{code} ({name})، أو فارغ: البلد الذي تخصه صفوف هذا الملف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166-1 alpha-2 code, e.g. KE.</source>
        <translation>رمز وفق ISO 3166-1 alpha-2، مثل KE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the statuses in the Lists sheet.</source>
        <translation>إحدى الحالات الواردة في ورقة «Lists».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the kinds in the Lists sheet, or empty.</source>
        <translation>أحد الأنواع الواردة في ورقة «Lists»، أو فارغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more codes from the Lists sheet, separated by ;</source>
        <translation>رمز واحد أو أكثر من ورقة «Lists»، مفصولة بـ ;</translation>
    </message>
</context>
</TS>
