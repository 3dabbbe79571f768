<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <translation>&amp;Новое мероприятие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>Н&amp;айти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No activity matches these filters.</source>
        <translation>Нет мероприятий, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up activities are recorded yet. Record the first one, or choose a recommendation in the browser and add a follow-up activity to it.</source>
        <translation>Последующие мероприятия пока не записаны. Запишите первое или выберите рекомендацию на вкладке «Рекомендации» и добавьте к ней последующее мероприятие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/activities/editing.py" line="+75"/>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editing.py" line="-36"/>
        <source>This installation has no office yet. Set up the office (its name and country) before recording activities.</source>
        <translation>Для этого экземпляра программы еще не задано отделение. Прежде чем записывать мероприятия, укажите отделение (его название и страну).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Duplicate</source>
        <translation>Дублирование</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the activity &quot;{title}&quot;?

It is kept, marked deleted (tick &quot;Show deleted&quot; to see it), so that the deletion reaches the other offices with the next package.</source>
        <translation>Удалить мероприятие «{title}»?

Оно сохранится с пометкой «удалено» (чтобы увидеть его, отметьте «Показать удаленные»), чтобы сведения об удалении дошли до других отделений со следующим пакетом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Delete activity</source>
        <translation>Удаление мероприятия</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../desktop/activities/editor.py" line="+53"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linked items</source>
        <translation>&amp;Связанные пункты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Ста&amp;тус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry</source>
        <translation>Ст&amp;рана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead or&amp;ganisation</source>
        <translation>&amp;Ведущая организация</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This activity was deleted on {when}. It is kept so that the deletion reaches the other offices; it cannot be changed.</source>
        <translation>Это мероприятие удалено {when}. Оно сохраняется, чтобы сведения об удалении дошли до других отделений; изменить его нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by {owner}. It is shown here read-only: only its owner can change it.</source>
        <translation>Записано: {owner}. Здесь оно показано только для чтения: изменить его может только владелец.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity (read-only): {title}</source>
        <translation>Мероприятие (только чтение): {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit activity: {title}</source>
        <translation>Изменение мероприятия: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields marked by a message must be corrected before saving. Save with Ctrl+S.</source>
        <translation>Поля, отмеченные сообщением, необходимо исправить перед сохранением. Сохранить: Ctrl+S.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported in the June 2011 compilation: the baseline of the follow-up, kept as reported.</source>
        <translation>Указано в июньском сборнике 2011 года: исходный уровень последующих мер, сохраняется в том виде, в каком было представлено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by {office}.</source>
        <translation>Записано: {office}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by {creator} on {created}; last changed by {editor} on {updated} (revision {revision}, times in local time, {zone}).</source>
        <translation>Создано: {creator}, {created}; последнее изменение: {editor}, {updated} (редакция {revision}; время местное, {zone}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field}: {problems}</source>
        <translation>{field}: {problems}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Activity not saved</source>
        <translation>Мероприятие не сохранено</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved by someone else</source>
        <translation>Сохранено другим пользователем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the saved version now? Your changes will be lost; choose No to keep them on screen and copy what you need first.</source>
        <translation>Загрузить сохраненную версию сейчас? Ваши изменения будут потеряны; выберите «Нет», чтобы оставить их на экране и сначала скопировать нужное.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity has changes that are not saved. Save them?</source>
        <translation>В этом мероприятии есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <location filename="../../desktop/activities/filter_bar.py" line="+47"/>
        <source>Search titles, descriptions, organisations, notes, evidence (Ctrl+F)</source>
        <translation>Поиск по названиям, описаниям, организациям, заметкам, подтверждениям (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item code, e.g. DES-SR-III-01</source>
        <translation>Код пункта, например DES-SR-III-01</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All action areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All offices</source>
        <translation>Все отделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted</source>
        <translation>Показать удаленные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the follow-up reported in &amp;2011</source>
        <translation>Показать последующие меры из сборника &amp;2011 года</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The June 2011 compilation&apos;s activities of this office&apos;s regions (at headquarters, of every region): the baseline of the follow-up, read-only.</source>
        <translation>Мероприятия из июньского сборника 2011 года по регионам этого отделения (в штаб-квартире — по всем регионам): исходный уровень последующих мер, только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked &amp;item:</source>
        <translation>&amp;Связанный пункт:</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{matching} of %Ln activities</source>
        <translation>
            <numerusform>{matching} из %Ln мероприятия</numerusform>
            <numerusform>{matching} из %Ln мероприятий</numerusform>
            <numerusform>{matching} из %Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln удаленное</numerusform>
            <numerusform>%Ln удаленных</numerusform>
            <numerusform>%Ln удаленных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{activities}; {by_status}</source>
        <translation>{activities}; {by_status}</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../desktop/activities/table_model.py" line="+56"/>
        <source>Deleted ({status})</source>
        <translation>Удалено ({status})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>June 2011</source>
        <translation>Июнь 2011</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked items</source>
        <translation>Связанные пункты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Ведущая организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Кем записано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>In this computer&apos;s local time ({zone})</source>
        <translation>По местному времени этого компьютера ({zone})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Recorded by {owner}; read-only here.</source>
        <translation>Записано: {owner}; здесь только для чтения.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported in the June 2011 compilation</source>
        <translation>Указано в июньском сборнике 2011 года</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, local time ({zone})</source>
        <translation>{time}, местное время ({zone})</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/backups/dialog.py" line="+54"/>
        <location line="+175"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Tenpoint backs the database up before every import, schema upgrade and restore. Backups are kept in {folder}.</source>
        <translation>Tenpoint создает резервную копию базы данных перед каждым импортом, обновлением схемы и восстановлением. Резервные копии хранятся в папке {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Keep the newest backups:</source>
        <translation>&amp;Число хранимых копий:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore...</source>
        <translation>&amp;Восстановить...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>damaged: cannot be restored</source>
        <translation>повреждена: восстановление невозможно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set up</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backing up...</source>
        <translation>Создание резервной копии...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database by the backup of {date} ({reason})?

Everything recorded since then will be replaced. A backup of the current state is taken first, so this can be undone by restoring that one.</source>
        <translation>Заменить базу данных резервной копией от {date} ({reason})?

Все, что было записано после этого, будет заменено. Сначала создается резервная копия текущего состояния, поэтому это действие можно отменить, восстановив ее.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring...</source>
        <translation>Восстановление...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was restored. The state before it was backed up to {path}.</source>
        <translation>Резервная копия восстановлена. Предыдущее состояние сохранено в резервной копии {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore done</source>
        <translation>Восстановление завершено</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>BrowserArea</name>
    <message>
        <location filename="../../desktop/browser/area.py" line="+83"/>
        <location line="+16"/>
        <source>Show all regions</source>
        <translation>Показать все регионы</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Tick “Show all regions” to see the matches in the other regions too</source>
        <translation>Отметьте «Показать все регионы», чтобы увидеть совпадения и в других регионах</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Also show the events of the regions your office does not belong to</source>
        <translation>Показывать также конференции регионов, к которым ваше отделение не относится</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headquarters, and an installation not yet set up, see every region</source>
        <translation>Штаб-квартира и еще не настроенный экземпляр программы видят все регионы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the events of all regions.</source>
        <translation>Показаны конференции всех регионов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the events of all regions (your office: {regions}).</source>
        <translation>Показаны конференции всех регионов (ваше отделение: {regions}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the events of your office&apos;s regions: {regions}.</source>
        <translation>
            <numerusform>Показаны конференции региона вашего отделения: {regions}.</numerusform>
            <numerusform>Показаны конференции регионов вашего отделения: {regions}.</numerusform>
            <numerusform>Показаны конференции регионов вашего отделения: {regions}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why your office follows these conferences:</source>
        <translation>Почему ваше отделение отслеживает эти конференции:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No item matches these filters.</source>
        <translation>Нет пунктов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items matching the filters: {count}</source>
        <translation>Пунктов, соответствующих фильтрам: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: {count}</source>
        <translation>Пунктов: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No item matches “{query}”.</source>
        <translation>Нет пунктов, соответствующих запросу «{query}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose code starts with “{query}”: {count}</source>
        <translation>Пунктов с кодом, начинающимся на «{query}»: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{query}”, best first: {count}</source>
        <translation>Результаты по запросу «{query}», сначала наиболее подходящие: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No item in your regions has a code starting with “{query}”; {total} in all regions.</source>
        <translation>В ваших регионах нет пунктов с кодом, начинающимся на «{query}»; во всех регионах: {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose code starts with “{query}”: {count} in your regions; {total} in all regions.</source>
        <translation>Пунктов с кодом, начинающимся на «{query}»: {count} в ваших регионах; {total} во всех регионах.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item in your regions matches “{query}”; {total} in all regions.</source>
        <translation>В ваших регионах нет пунктов, соответствующих запросу «{query}»; во всех регионах: {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{query}”, best first: {count} in your regions; {total} in all regions.</source>
        <translation>Результаты по запросу «{query}», сначала наиболее подходящие: {count} в ваших регионах; {total} во всех регионах.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln items here; counting their follow-up activities…</source>
        <translation>
            <numerusform>Здесь %Ln пункт; подсчет последующих мероприятий…</numerusform>
            <numerusform>Здесь %Ln пункта; подсчет последующих мероприятий…</numerusform>
            <numerusform>Здесь %Ln пунктов; подсчет последующих мероприятий…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln items here.</source>
        <translation>
            <numerusform>Здесь %Ln пункт.</numerusform>
            <numerusform>Здесь %Ln пункта.</numerusform>
            <numerusform>Здесь %Ln пунктов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of them have follow-up activities.</source>
        <translation>
            <numerusform>Последующие мероприятия есть у %Ln из них.</numerusform>
            <numerusform>Последующие мероприятия есть у %Ln из них.</numerusform>
            <numerusform>Последующие мероприятия есть у %Ln из них.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item to read it in full.</source>
        <translation>Выберите пункт, чтобы прочитать его полностью.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening the item…</source>
        <translation>Открытие пункта…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown item</source>
        <translation>Неизвестный пункт</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This item is retired, and hidden in the tree and the search. Tick “Show retired items” to see it there.</source>
        <translation>Этот пункт выведен из обращения и скрыт в дереве и в результатах поиска. Отметьте «Показать выведенные пункты», чтобы увидеть его там.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is from {event}, outside your office&apos;s region. Tick “Show all regions” to see it in the tree.</source>
        <translation>Этот пункт относится к конференции {event}, вне региона вашего отделения. Отметьте «Показать все регионы», чтобы увидеть его в дереве.</translation>
    </message>
</context>
<context>
    <name>CatalogChoiceModel</name>
    <message>
        <location filename="../../desktop/activities/picker.py" line="+39"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Already linked</source>
        <translation>Уже связан</translation>
    </message>
</context>
<context>
    <name>CatalogEditDialog</name>
    <message>
        <location filename="../../desktop/browser/catalog_editor.py" line="+297"/>
        <source>Fields marked * are required. Nothing is changed until you choose {save}.</source>
        <translation>Поля, отмеченные *, обязательны. Ничего не изменится, пока вы не нажмете «{save}».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Retire</source>
        <translation>Вывести из обращения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reinstate</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note</source>
        <translation>Добавить примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A conference, workshop or follow-up meeting held after 2011. Offices receive it with headquarters&apos; next update and follow it up when their country takes part.</source>
        <translation>Конференция, семинар-практикум или совещание по последующим мерам, проведенные после 2011 года. Отделения получают сведения о них со следующим обновлением от штаб-квартиры и принимают последующие меры, если в них участвует их страна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document of an event, with the reference it can be found by: its symbol, publication or link.</source>
        <translation>Документ конференции с указанием источника, по которому его можно найти: условное обозначение, публикация или ссылка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heading of a document, under which items are added.</source>
        <translation>Заголовок документа, под которым добавляются пункты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recommendation, action or other item of a document, worded as the document prints it.</source>
        <translation>Рекомендация, мера или другой пункт документа в той формулировке, в которой он напечатан в документе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A country that took part in an event: offices in it follow the event up.</source>
        <translation>Страна, участвовавшая в конференции: находящиеся в ней отделения принимают последующие меры по этой конференции.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct {code}, an item headquarters added. The text before the correction stays in its history.</source>
        <translation>Исправление пункта {code}, добавленного штаб-квартирой. Текст до исправления сохраняется в его истории.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note shown with {code}, kept in its history. The item&apos;s text stays as the source printed it.</source>
        <translation>Примечание, которое показывается вместе с {code} и сохраняется в его истории. Текст пункта остается таким, каким он напечатан в источнике.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} will be hidden from the browser and the item picker. Activities linked to it keep their link and show it as retired.</source>
        <translation>Пункт {code} будет скрыт на вкладке «Рекомендации» и в окне выбора пунктов. Связанные с ним мероприятия сохранят связь и будут показывать его как выведенный из обращения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} will be shown and offered for linking again.</source>
        <translation>Пункт {code} снова будет показываться и предлагаться для связывания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} says the same as another item. It will be retired, and every activity linked to it will be linked to the item you choose instead, with a history entry.</source>
        <translation>Пункт {code} по смыслу совпадает с другим пунктом. Он будет выведен из обращения, а все связанные с ним мероприятия будут вместо него связаны с выбранным вами пунктом; это отразится в истории.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why: the decision or meeting behind it, so that offices understand</source>
        <translation>Причина: решение или совещание, на котором оно основано, чтобы отделения понимали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from, or anything offices should know</source>
        <translation>Откуда это взято или что-либо, что следует знать отделениям</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>A new code, e.g. {example}</source>
        <translation>Новый код, например {example}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unsaved change</source>
        <translation>Несохраненное изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalog change is not saved. Save it?</source>
        <translation>Это изменение каталога не сохранено. Сохранить его?</translation>
    </message>
</context>
<context>
    <name>CatalogMenu</name>
    <message>
        <location filename="../../desktop/browser/catalog_menu.py" line="+73"/>
        <source>Import a catalog workbook…</source>
        <translation>Импортировать книгу каталога…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a catalog template to fill…</source>
        <translation>Сохранить шаблон каталога для заполнения…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit catalog</source>
        <translation>Редактировать каталог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add events, documents, sections and items to the catalog, or correct, annotate, retire or merge the item shown; offices receive the changes with the next update</source>
        <translation>Добавить в каталог конференции, документы, разделы и пункты либо исправить показанный пункт, добавить к нему примечание, вывести его из обращения или объединить с другим пунктом; отделения получают изменения со следующим обновлением</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{action}: {code}…</source>
        <translation>{action}: {code}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select an item first</source>
        <translation>Сначала выберите пункт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the catalog…</source>
        <translation>Открытие каталога…</translation>
    </message>
</context>
<context>
    <name>CatalogPreviewDialog</name>
    <message>
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="+153"/>
        <source>Catalog workbook: {file}</source>
        <translation>Книга каталога: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Apply %n changes</source>
        <translation>
            <numerusform>Применить %n изменение</numerusform>
            <numerusform>Применить %n изменения</numerusform>
            <numerusform>Применить %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>This workbook cannot be imported: %n problems, listed below with their sheet, row and column. Correct them in the workbook and import it again; nothing was changed.</source>
        <translation>
            <numerusform>Эту книгу нельзя импортировать: обнаружена %n проблема (ниже указаны лист, строка и столбец). Исправьте ее в книге и повторите импорт; ничего не изменено.</numerusform>
            <numerusform>Эту книгу нельзя импортировать: обнаружены %n проблемы (ниже они перечислены с указанием листа, строки и столбца). Исправьте их в книге и повторите импорт; ничего не изменено.</numerusform>
            <numerusform>Эту книгу нельзя импортировать: обнаружено %n проблем (ниже они перечислены с указанием листа, строки и столбца). Исправьте их в книге и повторите импорт; ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rows are filled in: there is nothing to import.</source>
        <translation>Ни одна строка не заполнена: импортировать нечего.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Applying this workbook makes %n changes to the catalog, all together or none (edition {start} to {end}): {counts}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>Применение этой книги вносит в каталог %n изменение (выпуск каталога сменится с {start} на {end}): {counts}. Отделения получат его со следующим обновлением.</numerusform>
            <numerusform>Применение этой книги вносит в каталог %n изменения по принципу «все или ничего» (выпуск каталога сменится с {start} на {end}): {counts}. Отделения получат их со следующим обновлением.</numerusform>
            <numerusform>Применение этой книги вносит в каталог %n изменений по принципу «все или ничего» (выпуск каталога сменится с {start} на {end}): {counts}. Отделения получат их со следующим обновлением.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <location filename="../../desktop/browser/tree_model.py" line="+36"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>Последний статус</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>(retired) {text}</source>
        <translation>(выведен) {text}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retired: no longer in the current catalog.</source>
        <translation>Выведен: отсутствует в текущем каталоге.</translation>
    </message>
</context>
<context>
    <name>CatalogTreeView</name>
    <message>
        <location filename="../../desktop/browser/views.py" line="+40"/>
        <source>Catalog tree</source>
        <translation>Дерево каталога</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>999 of 999</source>
        <translation>999 из 999</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up yet</source>
        <translation>Последующих мер пока нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest status</source>
        <translation>Последний статус</translation>
    </message>
</context>
<context>
    <name>CatalogWorkbookFlow</name>
    <message>
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="-119"/>
        <source>Save a catalog template</source>
        <translation>Сохранение шаблона каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog-changes.xlsx</source>
        <translation>catalog-changes.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the template...</source>
        <translation>Создание шаблона...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog template saved</source>
        <translation>Шаблон каталога сохранен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}. Fill in its sheets (each explains itself in the README), then import it with Edit catalog &gt; Import a catalog workbook.</source>
        <translation>Записан файл {path}. Заполните его листы (каждый из них описан на листе README), затем импортируйте его командой «Редактировать каталог &gt; Импортировать книгу каталога».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a catalog workbook</source>
        <translation>Импорт книги каталога</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading and checking {file}...</source>
        <translation>Чтение и проверка {file}...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the catalog...</source>
        <translation>Изменение каталога...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalog changed</source>
        <translation>Каталог изменен</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changes applied; the catalog is now at edition {edition}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>Применено %n изменение; текущий выпуск каталога — {edition}. Отделения получат его со следующим обновлением.</numerusform>
            <numerusform>Применены %n изменения; текущий выпуск каталога — {edition}. Отделения получат их со следующим обновлением.</numerusform>
            <numerusform>Применено %n изменений; текущий выпуск каталога — {edition}. Отделения получат их со следующим обновлением.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalog workbook</source>
        <translation>Книга каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook could not be used: {error}</source>
        <translation>Не удалось использовать книгу: {error}</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="+239"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
</context>
<context>
    <name>ChoiceResult</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+144"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/sync/conflicts_panel.py" line="+99"/>
        <source>No open conflicts. When this installation and another one change the same activity between two packages, both versions are kept and shown here until you decide.</source>
        <translation>Открытых конфликтов нет. Когда этот экземпляр программы и другой изменяют одно и то же мероприятие в промежутке между двумя пакетами, сохраняются обе версии; они показываются здесь, пока вы не примете решение.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;theirs</source>
        <translation>Принять &amp;полученную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge...</source>
        <translation>&amp;Объединить...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose field by field between the two versions, correct the result, and save it</source>
        <translation>Выберите значение каждого поля из двух версий, исправьте результат и сохраните его</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fields in bold differ, their differing words marked. Your decision is saved in the activity&apos;s history and travels with the next package.</source>
        <translation>Поля, выделенные полужирным, различаются; отличающиеся слова отмечены. Ваше решение сохраняется в истории мероприятия и передается со следующим пакетом.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This installation&apos;s version (mine)</source>
        <translation>Версия этого экземпляра (моя)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received version (theirs)</source>
        <translation>Полученная версия</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Conflict not resolved</source>
        <translation>Конфликт не разрешен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict resolved: {how}.</source>
        <translation>Конфликт разрешен: {how}.</translation>
    </message>
</context>
<context>
    <name>CountryResult</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+32"/>
        <source>(no country)</source>
        <translation>(страна не указана)</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../desktop/progress/coverage_page.py" line="+123"/>
        <location line="+34"/>
        <source>Click a bar or a number to list the items behind it.</source>
        <translation>Щелкните столбец или число, чтобы увидеть список соответствующих пунктов.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Group &amp;by:</source>
        <translation>&amp;Группировать по:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Items by the latest status of their follow-up</source>
        <translation>Пункты по последнему статусу последующих мер</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items with follow-up: {followed} of {items} ({percent}).</source>
        <translation>Пункты с последующими мерами: {followed} из {items} ({percent}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The 2011 compilation reported %Ln activities for them.</source>
        <translation>
            <numerusform>По ним в сборнике 2011 года указано %Ln мероприятие.</numerusform>
            <numerusform>По ним в сборнике 2011 года указано %Ln мероприятия.</numerusform>
            <numerusform>По ним в сборнике 2011 года указано %Ln мероприятий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>{what}: %Ln items. Double-click one to read it in Recommendations.</source>
        <translation>
            <numerusform>{what}: %Ln пункт. Дважды щелкните пункт, чтобы прочитать его на вкладке «Рекомендации».</numerusform>
            <numerusform>{what}: %Ln пункта. Дважды щелкните пункт, чтобы прочитать его на вкладке «Рекомендации».</numerusform>
            <numerusform>{what}: %Ln пунктов. Дважды щелкните пункт, чтобы прочитать его на вкладке «Рекомендации».</numerusform>
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
        <translation>Не задана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation>Оставить дату пустой</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../desktop/sync/export_panel.py" line="+96"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank template</source>
        <translation>Пустой шаблон</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All this office&apos;s activities</source>
        <translation>Все мероприятия этого отделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those changed since the last export</source>
        <translation>Только измененные после последнего экспорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport package...</source>
        <translation>&amp;Экспортировать пакет...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A package for headquarters, to send by e-mail or on a USB stick.</source>
        <translation>Пакет для штаб-квартиры, который отправляется по электронной почте или на USB-накопителе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For an office:</source>
        <translation>Для отделения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a region:</source>
        <translation>Для региона:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport update...</source>
        <translation>Экспортировать &amp;обновление...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An update package: the region&apos;s merged activities, catalog updates, and what headquarters holds of the office&apos;s work.</source>
        <translation>Пакет обновления: объединенные мероприятия региона, обновления каталога и имеющиеся в штаб-квартире сведения о работе отделения.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Nairobi</source>
        <translation>например, Найроби</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose a country)</source>
        <translation>(выберите страну)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write &amp;template...</source>
        <translation>Создать &amp;шаблон...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office:</source>
        <translation>Отделение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protect with a password</source>
        <translation>&amp;Защитить паролем</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The packages and templates written here are then encrypted: Excel, LibreOffice and Tenpoint ask for the password to open them. Give it to the recipient another way than the file (by phone, say). A lost password cannot be recovered.</source>
        <translation>Тогда создаваемые здесь пакеты и шаблоны шифруются: Excel, LibreOffice и Tenpoint запрашивают пароль при их открытии. Сообщите пароль получателю иным способом, чем сам файл (например, по телефону). Утерянный пароль восстановить невозможно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Еще раз:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the password in both fields.</source>
        <translation>Введите пароль в оба поля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A workbook with pre-assigned activity IDs for an office without Tenpoint to fill in by hand; importing it twice never creates duplicates.</source>
        <translation>Книга с заранее присвоенными идентификаторами мероприятий, которую отделение без Tenpoint заполняет вручную; повторный импорт никогда не создает дубликатов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workbook with pre-assigned activity IDs, to enter many activities in Excel and import them here.</source>
        <translation>Книга с заранее присвоенными идентификаторами мероприятий для ввода большого числа мероприятий в Excel и их импорта сюда.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Set up this installation&apos;s office (File &gt; Office identity) before exporting.</source>
        <translation>Перед экспортом задайте отделение этого экземпляра программы (Файл &gt; Сведения об отделении).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export update package</source>
        <translation>Экспорт пакета обновления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Writing {file}...</source>
        <translation>Запись {file}...</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Write blank template</source>
        <translation>Создание пустого шаблона</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Wrote {path}: a template for {office} with %Ln rows.</source>
        <translation>
            <numerusform>Записан файл {path}: шаблон для {office} на %Ln строку.</numerusform>
            <numerusform>Записан файл {path}: шаблон для {office} на %Ln строки.</numerusform>
            <numerusform>Записан файл {path}: шаблон для {office} на %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln удаление</numerusform>
            <numerusform>%Ln удаления</numerusform>
            <numerusform>%Ln удалений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}: {contents}. It is listed in the history as sent.</source>
        <translation>Записан файл {path}: {contents}. В истории он отмечен как отправленный.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is protected with a password.</source>
        <translation>Он защищен паролем.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled: no file was written and nothing was recorded as sent.</source>
        <translation>Экспорт отменен: файл не записан, ничего не отмечено как отправленное.</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+124"/>
        <source>Result: {field}</source>
        <translation>Результат: {field}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Взять полученную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both: every item of the two versions</source>
        <translation>Обе: все пункты из обеих версий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/browser/filter_bar.py" line="+16"/>
        <source>No follow-up yet</source>
        <translation>Последующих мер пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up overdue</source>
        <translation>Последующие меры просрочены</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of item</source>
        <translation>Вид пункта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10-Point Plan action area</source>
        <translation>Направление Десятикомпонентного плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With or without follow-up</source>
        <translation>С последующими мерами или без них</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every item again</source>
        <translation>Снова показать все пункты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show retired items</source>
        <translation>Показать выведенные пункты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also show the items headquarters retired or merged into another item; they keep their follow-up activities</source>
        <translation>Показывать также пункты, которые штаб-квартира вывела из обращения или объединила с другим пунктом; их последующие мероприятия сохраняются</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All events</source>
        <translation>Все конференции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds of item</source>
        <translation>Все виды пунктов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All action areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All documents</source>
        <translation>Все документы</translation>
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
        <translation>История: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entries, newest first. The history is kept as recorded and cannot be edited.</source>
        <translation>
            <numerusform>%n запись, сначала новые. История хранится в том виде, в каком была записана, и не может быть изменена.</numerusform>
            <numerusform>%n записи, сначала новые. История хранится в том виде, в каком была записана, и не может быть изменена.</numerusform>
            <numerusform>%n записей, сначала новые. История хранится в том виде, в каком была записана, и не может быть изменена.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Old value:</source>
        <translation>Прежнее значение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value:</source>
        <translation>Новое значение:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-141"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{action} ({note})</source>
        <translation>{action} ({note})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unsigned package {id}</source>
        <translation>неподписанный пакет {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package {id}</source>
        <translation>пакет {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{package}, edited in a spreadsheet after export</source>
        <translation>{package}, изменен в электронной таблице после экспорта</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="+58"/>
        <source>No package sent or received yet.</source>
        <translation>Пакеты еще не отправлялись и не принимались.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/sync/preview_dialog.py" line="+192"/>
        <source>Import preview</source>
        <translation>Предварительный просмотр импорта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the activities that do not change</source>
        <translation>Показать мероприятия, которые не изменятся</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing has been written yet. Check what importing would do, then import or cancel. Applying is all-or-nothing: a package with a rejected row is left out whole unless you choose to import only its valid rows.</source>
        <translation>Пока ничего не записано. Проверьте, что сделает импорт, затем импортируйте или отмените. Применение выполняется по принципу «все или ничего»: пакет с отклоненной строкой исключается целиком, если вы не решите импортировать только его допустимые строки.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First signed package from {office}. Call the office and compare the key&apos;s fingerprint: {fingerprint}. Or trust the key file its IT exported (tenpoint keys export).</source>
        <translation>Первый подписанный пакет от {office}. Позвоните в отделение и сверьте отпечаток ключа: {fingerprint}. Или доверьтесь файлу ключа, экспортированному ИТ-службой отделения (tenpoint keys export).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have checked this fingerprint with {office}</source>
        <translation>Отпечаток сверен с {office}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the office&apos;s &amp;key file...</source>
        <translation>Доверять ключу отделения из &amp;файла...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed, or changed after signing: {files}. Nothing shows who made these files or that they are as exported. Import them only if you know where they come from; the activity history will record that they arrived unsigned.</source>
        <translation>Не подписаны или изменены после подписания: {files}. Ничто не указывает, кто создал эти файлы и что они остались такими, какими были экспортированы. Импортируйте их, только если знаете, откуда они получены; в истории мероприятий будет отмечено, что они поступили без подписи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as unsigned data</source>
        <translation>Импортировать как неподписанные данные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until you decide, these packages are left out of the import.</source>
        <translation>Пока вы не примете решение, эти пакеты не включаются в импорт.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import only the &amp;valid rows...</source>
        <translation>Импортировать только &amp;допустимые строки...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid rows of packages with rejected rows; you then choose where to save a workbook listing the rejected rows.</source>
        <translation>Импортировать допустимые строки пакетов с отклоненными строками; затем вы выберете, где сохранить книгу со списком отклоненных строк.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not the key of this package</source>
        <translation>Ключ не от этого пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file holds the key {chosen}, but {file} was signed with the key {fingerprint}. The package was not made with the key of that file: check with the office before importing it.</source>
        <translation>Файл ключа содержит ключ {chosen}, но файл {file} подписан ключом {fingerprint}. Пакет создан не с ключом из этого файла: прежде чем импортировать его, уточните у отделения.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the packages again...</source>
        <translation>Повторная проверка пакетов...</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Problems in {file}: {n}</source>
        <translation>Проблемы в файле {file}: {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activities: {shown} of {n}</source>
        <translation>Мероприятия: {shown} из {n}</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../desktop/browser/detail_pane.py" line="+59"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the item whose reference you followed</source>
        <translation>Вернуться к пункту, по ссылке из которого вы перешли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add follow-up activity</source>
        <translation>Добавить последующее мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a follow-up activity linked to this item</source>
        <translation>Записать последующее мероприятие, связанное с этим пунктом</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Retired items take no new follow-up activities</source>
        <translation>К выведенным пунктам нельзя добавлять новые последующие мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a follow-up activity linked to {code}</source>
        <translation>Записать последующее мероприятие, связанное с {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item selected</source>
        <translation>Пункт не выбран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item in the tree or in the search results to read its text, its 10-Point Plan action areas, its cross-references and its follow-up activities.</source>
        <translation>Выберите пункт в дереве или в результатах поиска, чтобы прочитать его текст, направления Десятикомпонентного плана, перекрестные ссылки и последующие мероприятия.</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../../desktop/activities/picker.py" line="+61"/>
        <source>Link catalog items</source>
        <translation>Связать пункты каталога</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type words or a code: border training, DES-AP-I, VIII (iv)</source>
        <translation>Введите слова или код: border training, DES-AP-I, VIII (iv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link selected</source>
        <translation>Связать выбранные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all &amp;regions</source>
        <translation>Показать все &amp;регионы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also offer the items of the regions your office does not belong to (your office: {regions})</source>
        <translation>Предлагать также пункты регионов, к которым ваше отделение не относится (ваше отделение: {regions})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Headquarters, and an installation not yet set up, see every region</source>
        <translation>Штаб-квартира и еще не настроенный экземпляр программы видят все регионы</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{shown}; {selected}</source>
        <translation>{shown}; {selected}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>выбрано: %Ln</numerusform>
            <numerusform>выбрано: %Ln</numerusform>
            <numerusform>выбрано: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{shown} of %Ln items shown</source>
        <translation>
            <numerusform>Показано {shown} из %Ln пункта</numerusform>
            <numerusform>Показано {shown} из %Ln пунктов</numerusform>
            <numerusform>Показано {shown} из %Ln пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %Ln items of your regions shown</source>
        <translation>
            <numerusform>Показано {shown} из %Ln пункта ваших регионов</numerusform>
            <numerusform>Показано {shown} из %Ln пунктов ваших регионов</numerusform>
            <numerusform>Показано {shown} из %Ln пунктов ваших регионов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../desktop/sync/keys_dialog.py" line="+42"/>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Файлы ключей (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a key file</source>
        <translation>Из файла ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed on import</source>
        <translation>Подтвержден при импорте</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+66"/>
        <source>Trusted keys</source>
        <translation>Доверенные ключи</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>This file holds the key of {office} (office ID {office_id}), with the fingerprint

{fingerprint}

Trust it only if the file came from that office&apos;s IT by a way you rely on: its packages will then be accepted as the office&apos;s own.</source>
        <translation>Этот файл содержит ключ отделения {office} (ID отделения {office_id}) с отпечатком

{fingerprint}

Доверяйте ему, только если файл получен от ИТ-службы этого отделения надежным для вас способом: тогда его пакеты будут приниматься как пакеты этого отделения.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Re&amp;move...</source>
        <translation>&amp;Удалить...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export my key...</source>
        <translation>&amp;Экспортировать мой ключ...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This installation&apos;s key: {fingerprint}. Offices and headquarters compare it when they receive your first package.</source>
        <translation>Ключ этого экземпляра программы: {fingerprint}. Отделения и штаб-квартира сверяют его при получении вашего первого пакета.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+18"/>
        <source>Trust a key file</source>
        <translation>Доверие к ключу из файла</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Packages are signed by the office that made them. A package from an office listed here is accepted only with that office&apos;s key; a package from another office asks you to check its key&apos;s fingerprint with the office first, or to trust the key file the office&apos;s IT exported.</source>
        <translation>Пакеты подписываются создавшим их отделением. Пакет от отделения из этого списка принимается только с ключом этого отделения; для пакета от другого отделения будет предложено сначала сверить отпечаток его ключа с отделением или доверять файлу ключа, экспортированному ИТ-службой отделения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust a key file...</source>
        <translation>&amp;Доверять ключу из файла...</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The key of {office} is trusted: fingerprint {fingerprint}.</source>
        <translation>Ключ отделения {office} добавлен в доверенные: отпечаток {fingerprint}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove key</source>
        <translation>Удаление ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key of {office} ({fingerprint})? Do it only after checking with the office that it was reinstalled: its next package will ask you to confirm the new key&apos;s fingerprint.</source>
        <translation>Удалить ключ отделения {office} ({fingerprint})? Делайте это, только убедившись у отделения, что программа была переустановлена: при получении его следующего пакета вам будет предложено подтвердить отпечаток нового ключа.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key of {office} was removed.</source>
        <translation>Ключ отделения {office} удален.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export this installation&apos;s key</source>
        <translation>Экспорт ключа этого экземпляра программы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your public key is in {path}. It is not secret: give it to the IT of the offices or headquarters that import your packages.</source>
        <translation>Ваш открытый ключ находится в файле {path}. Он не секретный: передайте его ИТ-службе отделений или штаб-квартиры, которые импортируют ваши пакеты.</translation>
    </message>
</context>
<context>
    <name>LatePage</name>
    <message>
        <location filename="../../desktop/progress/late_page.py" line="+78"/>
        <source>Sta&amp;le when not updated for more than:</source>
        <translation>&amp;Без обновлений, если не обновлялось более:</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source> days</source>
        <comment>unit after a number of days</comment>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln open activities; overdue: {overdue}, stale: {stale}.</source>
        <translation>
            <numerusform>%Ln незавершенное мероприятие; просрочено: {overdue}, без обновлений: {stale}.</numerusform>
            <numerusform>%Ln незавершенных мероприятия; просрочено: {overdue}, без обновлений: {stale}.</numerusform>
            <numerusform>%Ln незавершенных мероприятий; просрочено: {overdue}, без обновлений: {stale}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{office}: %Ln late activities. Double-click one to open it.</source>
        <translation>
            <numerusform>{office}: %Ln мероприятие с задержкой. Дважды щелкните мероприятие, чтобы открыть его.</numerusform>
            <numerusform>{office}: %Ln мероприятия с задержкой. Дважды щелкните мероприятие, чтобы открыть его.</numerusform>
            <numerusform>{office}: %Ln мероприятий с задержкой. Дважды щелкните мероприятие, чтобы открыть его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln late activities in every office. Click an office to see only its own; double-click an activity to open it.</source>
        <translation>
            <numerusform>Во всех отделениях %Ln мероприятие с задержкой. Щелкните отделение, чтобы увидеть только его мероприятия; дважды щелкните мероприятие, чтобы открыть его.</numerusform>
            <numerusform>Во всех отделениях %Ln мероприятия с задержкой. Щелкните отделение, чтобы увидеть только его мероприятия; дважды щелкните мероприятие, чтобы открыть его.</numerusform>
            <numerusform>Во всех отделениях %Ln мероприятий с задержкой. Щелкните отделение, чтобы увидеть только его мероприятия; дважды щелкните мероприятие, чтобы открыть его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %Ln most overdue activities are listed.</source>
        <translation>
            <numerusform>Показано %Ln наиболее просроченное мероприятие.</numerusform>
            <numerusform>Показаны %Ln наиболее просроченных мероприятия.</numerusform>
            <numerusform>Показаны %Ln наиболее просроченных мероприятий.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing is late.</source>
        <translation>Задержек нет.</translation>
    </message>
</context>
<context>
    <name>LinkedItemsEdit</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="+43"/>
        <source>&amp;Add items…</source>
        <translation>&amp;Добавить пункты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not in the current catalog</source>
        <translation>Отсутствует в текущем каталоге</translation>
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
        <translation>&amp;Рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activities</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&amp;Sync</source>
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+41"/>
        <source>&amp;Progress</source>
        <translation>&amp;Ход выполнения</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;New follow-up activity...</source>
        <translation>&amp;Новое последующее мероприятие...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office &amp;identity...</source>
        <translation>Сведения об &amp;отделении...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tenpoint</source>
        <translation>&amp;О программе Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups...</source>
        <translation>&amp;Резервные копии...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report...</source>
        <translation>&amp;Экспорт отчета...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print report...</source>
        <translation>&amp;Печать отчета...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Office: not set up</source>
        <translation>Отделение: не задано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>headquarters</source>
        <translation>штаб-квартира</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field office</source>
        <translation>отделение на местах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: {name} ({role})</source>
        <translation>Отделение: {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no country</source>
        <translation>страна не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: {country}</source>
        <translation>Страна: {country}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenpoint - shared database</source>
        <translation>Tenpoint - общая база данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared database: {location}</source>
        <translation>Общая база данных: {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The headquarters database on a PostgreSQL server, shared with the other officers: what they import shows here too.</source>
        <translation>База данных штаб-квартиры на сервере PostgreSQL, общая с другими сотрудниками: то, что они импортируют, отображается и здесь.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Tenpoint</source>
        <translation>О программе Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Tenpoint {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Follow-up of the recommendations of the 10-Point Plan of Action regional conferences, offline.&lt;/p&gt;&lt;p&gt;Catalog version {catalog}. Database: {database}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tenpoint {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Последующие меры по рекомендациям региональных конференций по Десятикомпонентному плану действий в автономном режиме.&lt;/p&gt;&lt;p&gt;Версия каталога: {catalog}. База данных: {database}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+74"/>
        <source>Merge the two versions: {title}</source>
        <translation>Объединение двух версий: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For each field the two versions differ in, keep your version or take the received one, then correct the result if needed. Words that differ are marked. The merged version is saved in the activity&apos;s history and travels with the next package.</source>
        <translation>Для каждого поля, в котором версии различаются, оставьте свою версию или примите полученную, затем при необходимости исправьте результат. Отличающиеся слова отмечены. Объединенная версия сохраняется в истории мероприятия и передается со следующим пакетом.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Save merged version</source>
        <translation>&amp;Сохранить объединенную версию</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your version deletes this activity.</source>
        <translation>Ваша версия удаляет это мероприятие.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The received version deletes this activity.</source>
        <translation>Полученная версия удаляет это мероприятие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merged version keeps it. To delete it, cancel and choose the version that deletes it.</source>
        <translation>Объединенная версия сохраняет его. Чтобы удалить мероприятие, отмените объединение и выберите версию, которая его удаляет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same in both versions</source>
        <translation>Одинаково в обеих версиях</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Conflict not resolved</source>
        <translation>Конфликт не разрешен</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="-249"/>
        <source>Untick for no date</source>
        <translation>Снимите флажок, чтобы не указывать дату</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/sync/password_dialog.py" line="+36"/>
        <source>Protected package</source>
        <translation>Защищенный пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is not correct.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is protected with a password. Type the password its sender gave you; Cancel leaves the file out of the import.</source>
        <translation>Файл {file} защищен паролем. Введите пароль, который сообщил вам отправитель; кнопка «Отмена» исключает файл из импорта.</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <location filename="../../desktop/progress/area.py" line="+64"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan targets</source>
        <translation>Целевые показатели Плана действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late follow-up</source>
        <translation>Задержки последующих мер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity over time</source>
        <translation>Динамика мероприятий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport report...</source>
        <translation>&amp;Экспорт отчета...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int report...</source>
        <translation>Пе&amp;чать отчета...</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Showing: {scope}</source>
        <translation>Показано: {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation>все данные</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counting...</source>
        <translation>Подсчет...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be read: {error}</source>
        <translation>Не удалось прочитать данные: {error}</translation>
    </message>
</context>
<context>
    <name>ProgressFilterBar</name>
    <message>
        <location filename="../../desktop/progress/filter_bar.py" line="+39"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All offices</source>
        <translation>Все отделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>Все конференции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All action areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the follow-up reported in &amp;2011</source>
        <translation>Учитывать последующие меры из сборника &amp;2011 года</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The June 2011 compilation&apos;s follow-up is the baseline, left out of the figures unless this is ticked.</source>
        <translation>Последующие меры из июньского сборника 2011 года — это исходный уровень; они не входят в показатели, если этот флажок не установлен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;gion:</source>
        <translation>Р&amp;егион:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Country:</source>
        <translation>Стр&amp;ана:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office:</source>
        <translation>О&amp;тделение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Конференция:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ac&amp;tion area:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running fro&amp;m:</source>
        <translation>&amp;Выполняются с:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>u&amp;ntil:</source>
        <translation>п&amp;о:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>running {start} – {end}</source>
        <translation>выполняются {start} – {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with the 2011 follow-up</source>
        <translation>с последующими мерами 2011 года</translation>
    </message>
</context>
<context>
    <name>ProgressTables</name>
    <message>
        <location filename="../../desktop/progress/coverage_page.py" line="-156"/>
        <source>Event</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No follow-up yet</source>
        <translation>Последующих мер пока нет</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed up</source>
        <translation>С последующими мерами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported in 2011</source>
        <translation>Указано в 2011 году</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/progress/targets_page.py" line="+55"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>Последний статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+32"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/late_page.py" line="-105"/>
        <location line="+22"/>
        <location filename="../../desktop/progress/targets_page.py" line="+7"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+16"/>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Open activities</source>
        <translation>Незавершенные мероприятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Stale</source>
        <translation>Без обновлений</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Overdue and stale</source>
        <translation>Просрочено, без обновлений</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/progress/targets_page.py" line="-3"/>
        <location filename="../../desktop/progress/timeline_page.py" line="-3"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/progress/targets_page.py" line="+1"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+4"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/targets_page.py" line="-30"/>
        <source>Reached</source>
        <translation>Достигнут</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln to go</source>
        <translation>
            <numerusform>Осталось: %Ln</numerusform>
            <numerusform>Осталось: %Ln</numerusform>
            <numerusform>Осталось: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln страна</numerusform>
            <numerusform>%Ln страны</numerusform>
            <numerusform>%Ln стран</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln achievements</source>
        <translation>
            <numerusform>%Ln достижение</numerusform>
            <numerusform>%Ln достижения</numerusform>
            <numerusform>%Ln достижений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Целевой показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Пороговое значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts</source>
        <translation>Учитываются</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/progress/timeline_page.py" line="-3"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts toward the target</source>
        <translation>Учитывается в целевом показателе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/timeline_page.py" line="-18"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
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
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.pdf)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export report</source>
        <translation>Экспорт отчета</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the report...</source>
        <translation>Запись отчета...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {path}:
{contents}.</source>
        <translation>Записан файл {path}:
{contents}.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Report written</source>
        <translation>Отчет записан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report not written</source>
        <translation>Отчет не записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be written: {error}</source>
        <translation>Не удалось записать отчет: {error}</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/progress/report_preview.py" line="+117"/>
        <source>Print report</source>
        <translation>Печать отчета</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Print...</source>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printing the report...</source>
        <translation>Печать отчета...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report not printed</source>
        <translation>Отчет не напечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be printed: {error}</source>
        <translation>Не удалось напечатать отчет: {error}</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../../desktop/progress/report_print.py" line="+42"/>
        <source>Reading the report...</source>
        <translation>Чтение отчета...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report not printed</source>
        <translation>Отчет не напечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be read: {error}</source>
        <translation>Не удалось прочитать отчет: {error}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../desktop/browser/search_field.py" line="+33"/>
        <source>Search codes and texts, e.g. {word} or {code} ({shortcut})</source>
        <translation>Поиск по кодам и текстам, например {word} или {code} ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>Поиск в каталоге</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/browser/results_model.py" line="+99"/>
        <source>(retired)</source>
        <translation>(выведен)</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../desktop/browser/views.py" line="+42"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/setup_dialog.py" line="+50"/>
        <source>Office identity</source>
        <translation>Сведения об отделении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this office</source>
        <translation>Настройка отделения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The packages this office sends carry its name and country, and its country decides which conferences&apos; recommendations you see first. Saving a change first tells you what it changes and asks you to confirm it.</source>
        <translation>Пакеты, которые отправляет это отделение, содержат его название и страну, а от страны зависит, рекомендации каких конференций вы видите в первую очередь. При сохранении изменения программа сначала сообщит, что оно меняет, и попросит его подтвердить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenpoint works offline. Tell it once which office this is: the packages you send carry this identity, and your country decides which conferences&apos; recommendations you see first.</source>
        <translation>Tenpoint работает в автономном режиме. Укажите один раз, какое это отделение: отправляемые вами пакеты содержат эти сведения, а от вашей страны зависит, рекомендации каких конференций вы видите в первую очередь.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. UNHCR Representation in Kenya</source>
        <translation>например, Представительство УВКБ ООН в Кении</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is headquarters (merges the offices&apos; packages)</source>
        <translation>Это штаб-квартира (объединяет пакеты отделений)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Office name:</source>
        <translation>&amp;Название отделения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conferences:</source>
        <translation>Конференции:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no country)</source>
        <translation>(страна не указана)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the country&apos;s name or its code, then choose it from the list.</source>
        <translation>Введите часть названия страны или ее код, затем выберите ее из списка.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;{typed}&quot; is not a country of the list. Type part of its name or its code and choose it from the list.</source>
        <translation>«{typed}» — не страна из списка. Введите часть ее названия или код и выберите ее из списка.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Headquarters sees every region&apos;s conferences.</source>
        <translation>Штаб-квартира видит конференции всех регионов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This country took part in none of the regional conferences; you will see all of them.</source>
        <translation>Эта страна не участвовала ни в одной из региональных конференций; вы будете видеть их все.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Change the office identity?</source>
        <translation>Изменить сведения об отделении?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange identity</source>
        <translation>&amp;Изменить сведения</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>with no country</source>
        <translation>без указания страны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation is set up as “{old}”, {old_country}. Change it to “{new}”, {new_country}?</source>
        <translation>Этот экземпляр программы настроен как «{old}», {old_country}. Изменить на «{new}», {new_country}?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Packages already sent keep the old name and country; each office knows headquarters by the new ones from the next update it receives.</source>
        <translation>Уже отправленные пакеты сохраняют прежние название и страну; каждое отделение будет знать штаб-квартиру под новыми названием и страной начиная со следующего полученного им обновления.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages already sent keep the old name and country; headquarters knows this office by the new ones from its next package.</source>
        <translation>Уже отправленные пакеты сохраняют прежние название и страну; штаб-квартира будет знать это отделение под новыми названием и страной начиная с его следующего пакета.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conferences whose recommendations you see first are those listed under Conferences. Activities recorded for a country other than {country} can no longer be sent: headquarters refuses them when they arrive in a package, and here they can be saved only with this country.</source>
        <translation>Конференции, рекомендации которых вы видите в первую очередь, перечислены в разделе «Конференции». Мероприятия, записанные для страны, отличной от {country}, больше нельзя будет отправить: штаб-квартира отклоняет их при поступлении в пакете, а здесь их можно сохранить, только указав эту страну.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The office keeps its ID and its signing key: its activities stay its own, and its packages are still recognised where they arrive.</source>
        <translation>Отделение сохраняет свой ID и ключ подписи: его мероприятия остаются его собственными, а его пакеты по-прежнему распознаются там, куда они поступают.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>As a field office, this installation sends its activities to headquarters and no longer takes in the offices&apos; packages.</source>
        <translation>Как отделение на местах этот экземпляр программы отправляет свои мероприятия в штаб-квартиру и больше не принимает пакеты отделений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As headquarters, this installation takes in the offices&apos; packages and sends them updates, instead of sending its own package to headquarters.</source>
        <translation>Как штаб-квартира этот экземпляр программы принимает пакеты отделений и отправляет им обновления, вместо того чтобы отправлять собственный пакет в штаб-квартиру.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Choose the office&apos;s country.</source>
        <translation>Выберите страну отделения.</translation>
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
        <translation>Открытие общей базы данных {location}...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the database in {folder}...</source>
        <translation>Открытие базы данных в папке {folder}...</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <location filename="../../desktop/sync/area.py" line="+85"/>
        <source>History of packages</source>
        <translation>История пакетов</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+228"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Import &amp;files...</source>
        <translation>Импорт ф&amp;айлов...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a f&amp;older...</source>
        <translation>Импорт пап&amp;ки...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;keys...</source>
        <translation>Доверенные кл&amp;ючи...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offices&apos; package signing keys this installation trusts, and its own key.</source>
        <translation>Ключи подписи пакетов отделений, которым доверяет этот экземпляр программы, и его собственный ключ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packages from offices or headquarters, and filled templates. Every file is checked and previewed before anything is written.</source>
        <translation>Пакеты от отделений или штаб-квартиры и заполненные шаблоны. Каждый файл проверяется и показывается для предварительного просмотра до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conflicts ({n})</source>
        <translation>Конфликты ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import packages</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a folder of packages</source>
        <translation>Импорт папки с пакетами</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Checking %Ln files...</source>
        <translation>
            <numerusform>Проверка %Ln файла...</numerusform>
            <numerusform>Проверка %Ln файлов...</numerusform>
            <numerusform>Проверка %Ln файлов...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening {file}...</source>
        <translation>Открытие {file}...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорт отменен: ничего не записано.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the rejected rows as</source>
        <translation>Сохранить отклоненные строки как</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing...</source>
        <translation>Импорт...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rejected rows are listed in {path}.</source>
        <translation>Отклоненные строки перечислены в файле {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import done.</source>
        <translation>Импорт завершен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import done</source>
        <translation>Импорт завершен</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/comparison.py" line="+33"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/messages.py" line="+17"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office package</source>
        <translation>Пакет отделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters update</source>
        <translation>Обновление штаб-квартиры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import</source>
        <translation>Готов к импорту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid rows only</source>
        <translation>Только допустимые строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New office key</source>
        <translation>Новый ключ отделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed</source>
        <translation>Нет подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after signing</source>
        <translation>Изменен после подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong key</source>
        <translation>Неверный ключ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept this installation&apos;s version</source>
        <translation>сохранена версия этого экземпляра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept the received version</source>
        <translation>принята полученная версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved an edited version</source>
        <translation>сохранена отредактированная версия</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{state} (imported unsigned)</source>
        <translation>{state} (импортирован без подписи)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cells were changed after the package was exported.</source>
        <translation>После экспорта пакета в нем были изменены ячейки.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities were edited in the file after export, on the version held here: once you accept the file as unsigned data, they are updated, and their history says so.</source>
        <translation>
            <numerusform>%Ln мероприятие изменено в файле после экспорта (по отношению к хранящейся здесь версии): если вы примете файл как неподписанные данные, изменения будут внесены и отражены в истории мероприятий.</numerusform>
            <numerusform>%Ln мероприятия изменены в файле после экспорта (по отношению к хранящейся здесь версии): если вы примете файл как неподписанные данные, изменения будут внесены и отражены в истории мероприятий.</numerusform>
            <numerusform>%Ln мероприятий изменено в файле после экспорта (по отношению к хранящейся здесь версии): если вы примете файл как неподписанные данные, изменения будут внесены и отражены в истории мероприятий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln older versions will be ignored: they never overwrite newer data.</source>
        <translation>
            <numerusform>%Ln более старая версия будет проигнорирована: более старые версии никогда не перезаписывают более новые данные.</numerusform>
            <numerusform>%Ln более старые версии будут проигнорированы: более старые версии никогда не перезаписывают более новые данные.</numerusform>
            <numerusform>%Ln более старых версий будет проигнорировано: более старые версии никогда не перезаписывают более новые данные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln deletions.</source>
        <translation>
            <numerusform>%Ln удаление.</numerusform>
            <numerusform>%Ln удаления.</numerusform>
            <numerusform>%Ln удалений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities acknowledged by headquarters.</source>
        <translation>
            <numerusform>%Ln мероприятие, получение которого подтверждено штаб-квартирой.</numerusform>
            <numerusform>%Ln мероприятия, получение которых подтверждено штаб-квартирой.</numerusform>
            <numerusform>%Ln мероприятий, получение которых подтверждено штаб-квартирой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln catalog updates.</source>
        <translation>
            <numerusform>%Ln обновление каталога.</numerusform>
            <numerusform>%Ln обновления каталога.</numerusform>
            <numerusform>%Ln обновлений каталога.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln changes to the catalog by headquarters (new items, corrections, retirements, merges).</source>
        <translation>
            <numerusform>%Ln изменение каталога, внесенное штаб-квартирой (новые пункты, исправления, выводы из обращения, объединения).</numerusform>
            <numerusform>%Ln изменения каталога, внесенные штаб-квартирой (новые пункты, исправления, выводы из обращения, объединения).</numerusform>
            <numerusform>%Ln изменений каталога, внесенных штаб-квартирой (новые пункты, исправления, выводы из обращения, объединения).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: rejected, nothing imported from it.</source>
        <translation>{file}: отклонен, ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {counts}.</source>
        <translation>{file}: {counts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as unsigned data: the activity history records it.</source>
        <translation>Импортировано как неподписанные данные: это отражено в истории мероприятий.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="-24"/>
        <source>{counts} (valid rows only)</source>
        <translation>{counts} (только допустимые строки)</translation>
    </message>
</context>
<context>
    <name>SyncTableModel</name>
    <message>
        <location filename="../../desktop/sync/conflicts_panel.py" line="-212"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-302"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Кем записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from</source>
        <translation>Получено от</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs in</source>
        <translation>Различия в полях</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="+5"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation&apos;s version (mine)</source>
        <translation>Версия этого экземпляра (моя)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received version (theirs)</source>
        <translation>Полученная версия</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="+41"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Отправка/получение</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-27"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-3"/>
        <location line="+14"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office or region</source>
        <translation>Отделение или регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletions</source>
        <translation>Удаления</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/sync/keys_dialog.py" line="-132"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-13"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/keys_dialog.py" line="-4"/>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/preview_dialog.py" line="-30"/>
        <source>Waiting for your confirmation</source>
        <translation>Ожидает вашего подтверждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for your decision</source>
        <translation>Ожидает вашего решения</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновленные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict</source>
        <translation>В конфликте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклоненные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happens</source>
        <translation>Что произойдет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held here</source>
        <translation>Хранится здесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../desktop/progress/targets_page.py" line="+15"/>
        <source>An activity counts toward a target when it is linked to the target or to one of the actions that serve it, and is completed, or ongoing with evidence recorded.</source>
        <translation>Мероприятие учитывается в целевом показателе, если оно связано с этим показателем или с одной из служащих ему мер и при этом завершено либо выполняется и для него записаны подтверждения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the threshold reached (%)</source>
        <translation>Доля достигнутого порогового значения (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Select a target to see the countries and activities that count toward it.</source>
        <translation>Выберите целевой показатель, чтобы увидеть страны и мероприятия, которые в нем учитываются.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Progress towards each target</source>
        <translation>Продвижение к каждому целевому показателю</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code}: {text}
Threshold: {threshold} (“{source}”). Achieved: {achieved}. {progress}.
Countries that count: {countries}</source>
        <translation>{code}: {text}
Пороговое значение: {threshold} («{source}»). Достигнуто: {achieved}. {progress}.
Учитываемые страны: {countries}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../desktop/progress/timeline_page.py" line="+15"/>
        <source>An activity counts in the year it started, or in the year it was recorded when it has no start date.</source>
        <translation>Мероприятие учитывается в году его начала, а если дата начала не указана — в году его записи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Click a bar or a number to list the activities behind it.</source>
        <translation>Щелкните столбец или число, чтобы увидеть список соответствующих мероприятий.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Activities by year and status</source>
        <translation>Мероприятия по годам и статусам</translation>
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
            <numerusform>{what}: %Ln мероприятие. Дважды щелкните мероприятие, чтобы открыть его.</numerusform>
            <numerusform>{what}: %Ln мероприятия. Дважды щелкните мероприятие, чтобы открыть его.</numerusform>
            <numerusform>{what}: %Ln мероприятий. Дважды щелкните мероприятие, чтобы открыть его.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../desktop/activities/messages.py" line="+15"/>
        <source>Give the activity a title.</source>
        <translation>Укажите название мероприятия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link at least one catalog item that this activity follows up on.</source>
        <translation>Свяжите с мероприятием хотя бы один пункт каталога, по которому оно является последующей мерой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a status from the list.</source>
        <translation>Выберите статус из списка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a kind of activity from the list.</source>
        <translation>Выберите вид мероприятия из списка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a country of the list; choose one from it.</source>
        <translation>«{value}» — не страна из списка; выберите страну из него.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office records its own country&apos;s activities; &quot;{value}&quot; is another country.</source>
        <translation>Это отделение записывает мероприятия своей страны; «{value}» — другая страна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date ({value}) is before the start date.</source>
        <translation>Дата окончания ({value}) раньше даты начала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of people reached cannot be negative.</source>
        <translation>Число охваченных людей не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a whole number. Type the number of people, e.g. 50, or leave it empty.</source>
        <translation>«{value}» — не целое число. Введите число людей, например 50, или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text holds an invisible control character ({value}) that cannot be saved; remove it (it often comes with text pasted from another program).</source>
        <translation>Этот текст содержит невидимый управляющий символ ({value}), который нельзя сохранить; удалите его (он часто попадает в текст, вставленный из другой программы).</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The title has %Ln characters.</source>
        <translation>
            <numerusform>Название содержит %Ln символ.</numerusform>
            <numerusform>Название содержит %Ln символа.</numerusform>
            <numerusform>Название содержит %Ln символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This text has %Ln characters.</source>
        <translation>
            <numerusform>Этот текст содержит %Ln символ.</numerusform>
            <numerusform>Этот текст содержит %Ln символа.</numerusform>
            <numerusform>Этот текст содержит %Ln символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %Ln characters fit.</source>
        <translation>
            <numerusform>Допускается не более %Ln символа.</numerusform>
            <numerusform>Допускается не более %Ln символов.</numerusform>
            <numerusform>Допускается не более %Ln символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These codes are not in the catalog: {codes}.</source>
        <translation>
            <numerusform>Этого кода нет в каталоге: {codes}.</numerusform>
            <numerusform>Этих кодов нет в каталоге: {codes}.</numerusform>
            <numerusform>Этих кодов нет в каталоге: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This value cannot be saved ({code}).</source>
        <translation>Это значение нельзя сохранить ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+36"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in a package</source>
        <translation>Получено в пакете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved</source>
        <translation>Конфликт разрешен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict detected</source>
        <translation>Обнаружен конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/messages.py" line="+203"/>
        <source>This activity was saved by someone else since you opened it (it is now at revision {found}; you opened revision {expected}). Your changes have not been saved.</source>
        <translation>После того как вы открыли это мероприятие, его сохранил другой пользователь (сейчас это редакция {found}; вы открыли редакцию {expected}). Ваши изменения не сохранены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This activity belongs to {owner}; it can be read here but not changed.</source>
        <translation>Это мероприятие принадлежит отделению {owner}; здесь его можно просматривать, но не изменять.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This activity no longer exists or has been deleted; nothing was changed.</source>
        <translation>Это мероприятие больше не существует или было удалено; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation has no office yet. Set up the office (its name and country) before recording activities.</source>
        <translation>Для этого экземпляра программы еще не задано отделение. Прежде чем записывать мероприятия, укажите отделение (его название и страну).</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../../desktop/shared/labels.py" line="-17"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../exporters/activity.py" line="+29"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legislative and policy reform</source>
        <translation>Реформа законодательства и политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity-building</source>
        <translation>Укрепление потенциала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>Оперативная деятельность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication and outreach</source>
        <translation>Коммуникация и информационно-разъяснительная работа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection and analysis</source>
        <translation>Сбор и анализ данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation and coordination</source>
        <translation>Сотрудничество и координация</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../exporters/layout.py" line="+94"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is being done, in a line</source>
        <translation>Что делается, в одной строке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked items</source>
        <translation>Связанные пункты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item codes</source>
        <translation>Коды пунктов</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../exporters/validation_lists.py" line="+26"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of activity</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country</source>
        <translation>Страна не указана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Ведущая организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Interior</source>
        <translation>например, Министерство внутренних дел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other organisations taking part, separated by commas</source>
        <translation>Другие участвующие организации через запятую</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People reached</source>
        <translation>Охвачено людей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the activity is and who it is for</source>
        <translation>Что представляет собой мероприятие и для кого оно предназначено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress notes</source>
        <translation>Заметки о ходе выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the activity stands</source>
        <translation>На каком этапе находится мероприятие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it achieved</source>
        <translation>Чего удалось достичь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>References to documents or links, one per line</source>
        <translation>Ссылки на документы или веб-страницы, по одной в строке</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+45"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint met an unexpected error. It has been written to the log file; the application keeps running where it can.</source>
        <translation>В Tenpoint произошла непредвиденная ошибка. Она записана в файл журнала; приложение продолжает работу, насколько это возможно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy report</source>
        <translation>Копировать отчет</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tenpoint cannot start</source>
        <translation>Не удается запустить Tenpoint</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../desktop/shared/formatting.py" line="+47"/>
        <source>{size} kB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+27"/>
        <source>on request</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a schema upgrade</source>
        <translation>перед обновлением схемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other file</source>
        <translation>другой файл</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../build/translations/catalog_labels.py" line="+5"/>
        <source>Cooperation among key partners</source>
        <translation>Сотрудничество между основными партнерами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection and analysis</source>
        <translation>Сбор и анализ данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection-sensitive entry systems</source>
        <translation>Системы въезда с учетом необходимости обеспечения защиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception arrangements</source>
        <translation>Организация приема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanisms for profiling and referral</source>
        <translation>Механизмы профилирования и перенаправления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differentiated processes and procedures</source>
        <translation>Дифференцированные процессы и процедуры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions for refugees</source>
        <translation>Решения для беженцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressing secondary movements</source>
        <translation>Решение проблем, связанных со вторичными перемещениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return arrangements for non-refugees and alternative migration options</source>
        <translation>Возвращение лиц, не являющихся беженцами, и альтернативные варианты миграции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information strategy</source>
        <translation>Информационная стратегия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gulf of Aden</source>
        <translation>Аденский залив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West Africa</source>
        <translation>Западная Африка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Americas</source>
        <translation>Америка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East and Horn of Africa, Great Lakes and Southern Africa</source>
        <translation>Восточная Африка, Африканский Рог, район Великих озер и Южная Африка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia</source>
        <translation>Центральная Азия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific</source>
        <translation>Азиатско-Тихоокеанский регион</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/catalog_edit_words.py" line="+41"/>
        <source>{field} is required.</source>
        <translation>Поле «{field}» обязательно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &quot;{value}&quot; is not a date (write it as 2013-05-06).</source>
        <translation>{field}: «{value}» — не дата (укажите ее в формате 2013-05-06).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; is not one of the choices offered.</source>
        <translation>{field}: «{value}» не входит в число предложенных вариантов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; is not a valid code (capital letters, digits, dots and hyphens).</source>
        <translation>{field}: «{value}» — недопустимый код (прописные буквы, цифры, точки и дефисы).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; must list action areas by their numbers, 1 to 10.</source>
        <translation>{field}: в «{value}» направления должны быть указаны номерами от 1 до 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the catalog already has &quot;{value}&quot;; choose another code.</source>
        <translation>{field}: в каталоге уже есть «{value}»; выберите другой код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the catalog has nothing with the code &quot;{value}&quot;.</source>
        <translation>{field}: в каталоге нет ничего с кодом «{value}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is before the start date.</source>
        <translation>{field}: дата {value} раньше даты начала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is printed in the June 2011 compilation: its text stays as printed. Annotate it, or supersede it with a new item.</source>
        <translation>Пункт {value} напечатан в июньском сборнике 2011 года: его текст остается в напечатанном виде. Добавьте к нему примечание или замените его новым пунктом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: an item cannot be merged into itself.</source>
        <translation>{field}: пункт нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is retired; merge into an item in use.</source>
        <translation>{field}: пункт {value} выведен из обращения; объединяйте с действующим пунктом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is already retired.</source>
        <translation>Пункт {value} уже выведен из обращения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not retired.</source>
        <translation>Пункт {value} не выведен из обращения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} was merged into another item already.</source>
        <translation>Пункт {value} уже объединен с другим пунктом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} belongs to another document.</source>
        <translation>{field}: {value} относится к другому документу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: this change does not use it; empty the cell, or choose in What to do the change that uses it.</source>
        <translation>{field}: это действие его не использует; очистите ячейку или выберите в «Что сделать» действие, которое его использует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only headquarters edits the catalog; offices receive its changes in updates.</source>
        <translation>Каталог редактирует только штаб-квартира; отделения получают его изменения в обновлениях.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workbook has none of the catalog workbook&apos;s sheets (Events, Documents, Sections, Items, Changes...); write one with `tenpoint catalog template`.</source>
        <translation>В книге нет ни одного из листов книги каталога (Events, Documents, Sections, Items, Changes...); создайте такую книгу командой `tenpoint catalog template`.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the parts of a place</comment>
        <translation>, </translation>
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
        <translation>с {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sheet}, row {row}: {action} {code}</source>
        <translation>{sheet}, строка {row}: {action} {code}</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_edits.py" line="+50"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+59"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="+0"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of a new region</source>
        <translation>Название нового региона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="-2"/>
        <source>Event</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+0"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="+1"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Дата издания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source reference (symbol, publication or link)</source>
        <translation>Источник (условное обозначение, публикация или ссылка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number as printed</source>
        <translation>Номер в тексте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cited as</source>
        <translation>Ссылка в виде</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+2"/>
        <source>Action areas</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part in the event</source>
        <translation>Участие в конференции</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field to correct</source>
        <translation>Исправляемое поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected value</source>
        <translation>Исправленное значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Superseded by</source>
        <translation>Заменен пунктом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (kept in the history)</source>
        <translation>Причина (сохраняется в истории)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an event</source>
        <translation>Добавить конференцию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a country to an event</source>
        <translation>Добавить страну-участницу конференции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct an added item</source>
        <translation>Исправить добавленный пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate an item</source>
        <translation>Добавить примечание к пункту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire an item</source>
        <translation>Вывести пункт из обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate a retired item</source>
        <translation>Восстановить выведенный пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into another item</source>
        <translation>Объединить с другим пунктом</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>Семинар-практикум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up meeting</source>
        <translation>Совещание по последующим мерам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept note</source>
        <translation>Концептуальная записка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary report</source>
        <translation>Краткий отчет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected recommendations and follow-up</source>
        <translation>Отобранные рекомендации и последующие меры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-hosts&apos; summary</source>
        <translation>Резюме сопредседателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion paper</source>
        <translation>Документ для обсуждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome document</source>
        <translation>Итоговый документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited</source>
        <translation>Приглашенный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>New value or text</source>
        <translation>Новое значение или текст</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="-2"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="+70"/>
        <source>Follow up, offline, on the recommendations of the 10-Point Plan regional conferences. Without a command, opens the application.</source>
        <translation>Последующие меры по рекомендациям региональных конференций по Десятикомпонентному плану в автономном режиме. Без команды открывает приложение.</translation>
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
        <translation>должно быть не меньше 1</translation>
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
        <translation>хранить N последних резервных копий в папке данных (сохраняется и для автоматических копий; по умолчанию 20)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>back the database up now</source>
        <translation>создать резервную копию базы данных сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the backup to this folder (never rotated) instead of the data folder&apos;s backups</source>
        <translation>записать резервную копию в эту папку (без ротации) вместо папки резервных копий в папке данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the backups in the data folder</source>
        <translation>показать список резервных копий в папке данных</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>damaged: cannot be restored</source>
        <translation>повреждена: восстановление невозможно</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no office set up</source>
        <translation>отделение не задано</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln activities, {office}</source>
        <translation>
            <numerusform>%Ln мероприятие, {office}</numerusform>
            <numerusform>%Ln мероприятия, {office}</numerusform>
            <numerusform>%Ln мероприятий, {office}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backups in {folder}.</source>
        <translation>В папке {folder} нет резервных копий.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln backups in {folder}, newest first.</source>
        <translation>
            <numerusform>%Ln резервная копия в папке {folder}, сначала новые.</numerusform>
            <numerusform>%Ln резервные копии в папке {folder}, сначала новые.</numerusform>
            <numerusform>%Ln резервных копий в папке {folder}, сначала новые.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %Ln backups are kept:</source>
        <translation>
            <numerusform>Хранится %Ln последняя копия:</numerusform>
            <numerusform>Хранятся %Ln последние копии:</numerusform>
            <numerusform>Хранятся %Ln последних копий:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>replace the database by a backup (the current state is backed up first)</source>
        <translation>заменить базу данных резервной копией (сначала создается резервная копия текущего состояния)</translation>
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
        <translation>файл резервной копии или его имя в папке резервных копий в папке данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+37"/>
        <source>do not ask for confirmation</source>
        <translation>не запрашивать подтверждение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring replaces the database: add --yes to confirm.</source>
        <translation>Восстановление заменяет базу данных: для подтверждения добавьте --yes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the database by the backup of {date} ({reason})? The current state is backed up first. [y/N] </source>
        <translation>Заменить базу данных резервной копией от {date} ({reason})? Сначала будет создана резервная копия текущего состояния. [д/Н] </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+38"/>
        <source>y</source>
        <translation>д</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+0"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current state was backed up first: {path}</source>
        <translation>Сначала создана резервная копия текущего состояния: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored {path}.</source>
        <translation>Восстановлено из {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its schema was upgraded from {old} to {new}.</source>
        <translation>Ее схема обновлена с {old} до {new}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="-2"/>
        <source>look at the recommendations catalog</source>
        <translation>просмотр каталога рекомендаций</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counts per event, document and kind</source>
        <translation>количество по конференциям, документам и видам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one item with its source and links</source>
        <translation>один пункт с источником и ссылками</translation>
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
        <translation>код пункта, например DES-SR-VIII-04</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: write the catalog workbook to fill (events, documents, sections, items, changes)</source>
        <translation>в штаб-квартире: записать книгу каталога для заполнения (конференции, документы, разделы, пункты, изменения)</translation>
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
        <translation>файл книги для записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: apply a filled catalog workbook, all of it or nothing</source>
        <translation>в штаб-квартире: применить заполненную книгу каталога по принципу «все или ничего»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the filled catalog workbook</source>
        <translation>заполненная книга каталога</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the outcome as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: the catalog workbook to fill. Import it with `tenpoint catalog import {path}`.</source>
        <translation>Записан файл {path}: книга каталога для заполнения. Импортируйте ее командой `tenpoint catalog import {path}`.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Catalog version {version}, edition {edition}: %Ln items</source>
        <translation>
            <numerusform>Версия каталога {version}, выпуск {edition}: %Ln пункт</numerusform>
            <numerusform>Версия каталога {version}, выпуск {edition}: %Ln пункта</numerusform>
            <numerusform>Версия каталога {version}, выпуск {edition}: %Ln пунктов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By kind:</source>
        <translation>По видам:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By event:</source>
        <translation>По конференциям:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By document:</source>
        <translation>По документам:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up activities reported in 2011: {count}</source>
        <translation>Последующих мероприятий, указанных в 2011 году: {count}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(retired: no longer in the current catalog)</source>
        <translation>(выведен: отсутствует в текущем каталоге)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event:     {name}</source>
        <translation>Конференция: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document:  {title} ({code})</source>
        <translation>Документ:    {title} ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section:   {section}</source>
        <translation>Раздел:      {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading:   {heading}</source>
        <translation>Заголовок:   {heading}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of:   {code}</source>
        <translation>Входит в:    {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-items:</source>
        <translation>Подпункты:</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>{file}: not imported; %Ln problems, each to correct in the workbook:</source>
        <translation>
            <numerusform>{file}: не импортирован; %Ln проблема, которую нужно исправить в книге:</numerusform>
            <numerusform>{file}: не импортирован; %Ln проблемы, каждую из которых нужно исправить в книге:</numerusform>
            <numerusform>{file}: не импортирован; %Ln проблем, каждую из которых нужно исправить в книге:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed: the catalog stays as it was.</source>
        <translation>Ничего не изменено: каталог остается прежним.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: no rows filled; nothing to do.</source>
        <translation>{file}: нет заполненных строк; делать нечего.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{file}: %Ln rows</source>
        <translation>
            <numerusform>{file}: %Ln строка</numerusform>
            <numerusform>{file}: %Ln строки</numerusform>
            <numerusform>{file}: %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In all:</source>
        <translation>Всего:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity links moved to the surviving items: {count}</source>
        <translation>Связей мероприятий, перенесенных на сохраняемые пункты: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was changed. Importing would raise the catalog edition from {old} to {new}.</source>
        <translation>Пробный запуск: ничего не изменено. Импорт повысил бы выпуск каталога с {old} до {new}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: the catalog edition is now {new} (it was {old}).</source>
        <translation>Импортировано: теперь выпуск каталога — {new} (был {old}).</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Cross-references: {links}, {suspect}, {unresolved}</source>
        <translation>Перекрестные ссылки: {links}, {suspect}, {unresolved}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action-area links: {explicit}, {inferred}</source>
        <translation>Связи с направлениями: {explicit}, {inferred}</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%Ln links</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln ссылка</numerusform>
            <numerusform>%Ln ссылки</numerusform>
            <numerusform>%Ln ссылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln suspect</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln сомнительная</numerusform>
            <numerusform>%Ln сомнительные</numerusform>
            <numerusform>%Ln сомнительных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unresolved</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln неразрешенная</numerusform>
            <numerusform>%Ln неразрешенные</numerusform>
            <numerusform>%Ln неразрешенных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln stated in the text</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>%Ln указана в тексте</numerusform>
            <numerusform>%Ln указаны в тексте</numerusform>
            <numerusform>%Ln указано в тексте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inferred</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>%Ln определена косвенно</numerusform>
            <numerusform>%Ln определены косвенно</numerusform>
            <numerusform>%Ln определено косвенно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Source:    lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>Источник:    июньский сборник 2011 года, строка {lines}</numerusform>
            <numerusform>Источник:    июньский сборник 2011 года, строки {lines}</numerusform>
            <numerusform>Источник:    июньский сборник 2011 года, строки {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Repeated word for word in Annex I, lines {lines}.</source>
        <translation>
            <numerusform>Дословно повторяется в Приложении I, строка {lines}.</numerusform>
            <numerusform>Дословно повторяется в Приложении I, строки {lines}.</numerusform>
            <numerusform>Дословно повторяется в Приложении I, строки {lines}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Repeated in Annex I, lines {lines}, with this wording:</source>
        <translation>
            <numerusform>Повторяется в Приложении I, строка {lines}, в следующей редакции:</numerusform>
            <numerusform>Повторяется в Приложении I, строки {lines}, в следующей редакции:</numerusform>
            <numerusform>Повторяется в Приложении I, строки {lines}, в следующей редакции:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>10-Point Plan action areas: none assigned</source>
        <translation>Направления Десятикомпонентного плана: не назначены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10-Point Plan action areas:</source>
        <translation>Направления Десятикомпонентного плана:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[suspect: {reason}]</source>
        <translation>[сомнительно: {reason}]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unresolved)</source>
        <translation>(не разрешена)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cites (printed &quot;{printed}&quot;):</source>
        <translation>Ссылается на (в тексте: «{printed}»):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cited by:</source>
        <translation>На него ссылаются:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up activities: none recorded</source>
        <translation>Последующие мероприятия: не записаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up activities:</source>
        <translation>Последующие мероприятия:</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflicts_command.py" line="+22"/>
        <source>list concurrent edits kept side by side, and resolve them</source>
        <translation>показать одновременные правки, сохраненные параллельно, и разрешить их</translation>
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
        <translation>открытые конфликты с обеими версиями (по умолчанию)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep one of the two versions</source>
        <translation>оставить одну из двух версий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local: the version shown here; incoming: the one received</source>
        <translation>local — версия, показанная здесь; incoming — полученная</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflict {id} resolved: kept the local version. The decision is in the activity&apos;s history and travels with the next package.</source>
        <translation>Конфликт {id} разрешен: сохранена локальная версия. Решение записано в истории мероприятия и передается со следующим пакетом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict {id} resolved: kept the incoming version. The decision is in the activity&apos;s history and travels with the next package.</source>
        <translation>Конфликт {id} разрешен: сохранена полученная версия. Решение записано в истории мероприятия и передается со следующим пакетом.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln open conflicts. Resolve one with: tenpoint conflicts resolve ID --keep local|incoming</source>
        <translation>
            <numerusform>%Ln открытый конфликт. Чтобы разрешить конфликт: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>%Ln открытых конфликта. Чтобы разрешить конфликт: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>%Ln открытых конфликтов. Чтобы разрешить конфликт: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#{id}  {title}  [{owner}]</source>
        <translation>#{id}  {title}  [{owner}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {sender}, detected {date}; differs in: {fields}</source>
        <translation>от {sender}, обнаружен {date}; различия в полях: {fields}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing (same content)</source>
        <translation>нет (одинаковое содержимое)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local (by {who}):</source>
        <translation>локальная (автор: {who}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming (by {who}):</source>
        <translation>полученная (автор: {who}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/export_command.py" line="-83"/>
        <source>Password protection: the recipient needs the password to open or import the package (Excel and LibreOffice ask for it too), and a lost password cannot be recovered. There is no option taking the password itself: it would show in the list of running processes and in the shell history. Scripts may set the environment variable {variable} instead.</source>
        <translation>Защита паролем: получателю нужен пароль, чтобы открыть или импортировать пакет (Excel и LibreOffice тоже запрашивают его), а утерянный пароль восстановить невозможно. Параметра, принимающего сам пароль, нет: он был бы виден в списке запущенных процессов и в истории командной оболочки. Вместо этого сценарии могут задать переменную окружения {variable}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the password is never given on the command line (it would show in the list of running processes and in the shell history): use --password-file FILE or {variable}</source>
        <translation>пароль никогда не указывается в командной строке (он был бы виден в списке запущенных процессов и в истории командной оболочки): используйте --password-file FILE или {variable}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>protect the file with the password on the first line of FILE</source>
        <translation>защитить файл паролем из первой строки файла FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protect the file with a password typed twice (not shown)</source>
        <translation>защитить файл паролем, введенным дважды (не отображается)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the password file {path}: {detail}.</source>
        <translation>Не удалось прочитать файл пароля {path}: {detail}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line of {path} is empty: it holds no password.</source>
        <translation>Первая строка файла {path} пуста: в ней нет пароля.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for the file: </source>
        <translation>Пароль для файла: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty password protects nothing; nothing was written.</source>
        <translation>Пустой пароль ничего не защищает; ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same password again: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ; nothing was written.</source>
        <translation>Пароли не совпадают; ничего не записано.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write a sync package (.xlsx) to send by e-mail or USB stick</source>
        <translation>записать пакет синхронизации (.xlsx) для отправки по электронной почте или на USB-накопителе</translation>
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
        <translation>файл пакета для записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only activities changed since they were last exported</source>
        <translation>только мероприятия, измененные после их последнего экспорта</translation>
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
        <translation>в штаб-квартире: пакет обновления для этого отделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: an update package for a region (GOA, WAF, AME, EHSA, CAS, APAC)</source>
        <translation>в штаб-квартире: пакет обновления для региона (GOA, WAF, AME, EHSA, CAS, APAC)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln удаление</numerusform>
            <numerusform>%Ln удаления</numerusform>
            <numerusform>%Ln удалений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledgements</source>
        <translation>
            <numerusform>%Ln подтверждение</numerusform>
            <numerusform>%Ln подтверждения</numerusform>
            <numerusform>%Ln подтверждений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}: {contents} (package {id}).</source>
        <translation>Записан файл {path}: {contents} (пакет {id}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file is protected with a password: send the password by another way than the file (a phone call, say).</source>
        <translation>Файл защищен паролем: сообщите пароль иным способом, чем сам файл (например, по телефону).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="-9"/>
        <source>import sync packages or filled templates (.xlsx files or folders)</source>
        <translation>импортировать пакеты синхронизации или заполненные шаблоны (файлы .xlsx или папки)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package files, or folders whose .xlsx files to import</source>
        <translation>файлы пакетов или папки, из которых импортируются файлы .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="-167"/>
        <location filename="../../desktop/commands/import_command.py" line="+3"/>
        <source>show what importing would do, change nothing</source>
        <translation>показать, что сделает импорт, ничего не изменяя</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="+2"/>
        <source>print the summary as JSON</source>
        <translation>вывести сводку в формате JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password of protected packages, on the first line of FILE (there is no option taking the password itself: it would show in the process list and the shell history; {variable} works too; on a terminal, Tenpoint asks)</source>
        <translation>пароль защищенных пакетов в первой строке файла FILE (параметра, принимающего сам пароль, нет: он был бы виден в списке процессов и в истории командной оболочки; можно также использовать {variable}; в терминале Tenpoint запросит пароль)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ERRORS.xlsx</source>
        <translation>ERRORS.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the valid rows of packages with rejected rows, and list the rejected rows in this workbook</source>
        <translation>импортировать допустимые строки пакетов с отклоненными строками и перечислить отклоненные строки в этой книге</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import packages without a valid signature (filled templates, files edited after export) as unsigned data; the activity history records it</source>
        <translation>импортировать пакеты без действительной подписи (заполненные шаблоны, файлы, измененные после экспорта) как неподписанные данные; это записывается в истории мероприятий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust this new office key, after checking its fingerprint with the office (repeatable)</source>
        <translation>доверять этому новому ключу отделения, предварительно сверив его отпечаток с отделением (можно указывать несколько раз)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="+178"/>
        <location filename="../../desktop/commands/import_command.py" line="+13"/>
        <source>No such file: {path}</source>
        <translation>Файл не найден: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="+23"/>
        <source>
Rejected rows are listed in {path}.</source>
        <translation>
Отклоненные строки перечислены в файле {path}.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The password is not correct.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {file} (empty to skip the file): </source>
        <translation>Пароль для {file} (пусто — пропустить файл): </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To import a protected package, give its password: --password-file FILE (the password on the first line of FILE), or the environment variable {variable}; run in a terminal, Tenpoint asks for it.</source>
        <translation>Чтобы импортировать защищенный пакет, укажите его пароль: --password-file FILE (пароль в первой строке файла FILE) или переменную окружения {variable}; при запуске в терминале Tenpoint запросит его.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/keys_command.py" line="-1"/>
        <source>this installation&apos;s signing key and the trusted office keys</source>
        <translation>ключ подписи этого экземпляра программы и доверенные ключи отделений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this installation&apos;s fingerprint and the trusted keys (default)</source>
        <translation>отпечаток этого экземпляра программы и доверенные ключи (по умолчанию)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write this installation&apos;s public key to a file, for headquarters&apos; IT</source>
        <translation>записать открытый ключ этого экземпляра программы в файл для ИТ-службы штаб-квартиры</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trust an office&apos;s key from the file its IT provides</source>
        <translation>доверять ключу отделения из файла, предоставленного его ИТ-службой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forget an office&apos;s key (e.g. the office was reinstalled): its next package asks to confirm the new one</source>
        <translation>забыть ключ отделения (например, если программа в отделении была переустановлена): при получении его следующего пакета будет запрошено подтверждение нового ключа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OFFICE</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office ID or name</source>
        <translation>ID или название отделения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public key written to {path} (fingerprint {fingerprint}). It is not secret; give it to headquarters&apos; IT.</source>
        <translation>Открытый ключ записан в {path} (отпечаток {fingerprint}). Он не секретный; передайте его ИТ-службе штаб-квартиры.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted the key of {office}: fingerprint {fingerprint}.</source>
        <translation>Ключ отделения {office} добавлен в доверенные: отпечаток {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed the key of {office} ({fingerprint}). Its next package shows the key&apos;s fingerprint to confirm.</source>
        <translation>Ключ отделения {office} ({fingerprint}) удален. Для его следующего пакета будет показан отпечаток ключа для подтверждения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from a key file</source>
        <translation>из файла ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed on import</source>
        <translation>подтвержден при импорте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation&apos;s key: {fingerprint}</source>
        <translation>Ключ этого экземпляра программы: {fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No office keys are trusted yet.</source>
        <translation>Доверенных ключей отделений пока нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{office_id}, registered {when} by {user}, {source}</source>
        <translation>{office_id}, зарегистрирован {when}, пользователь: {user}, {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/report_command.py" line="-16"/>
        <source>{value} is not a date like 2026-12-31</source>
        <translation>{value} — не дата в формате 2026-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a follow-up report: a workbook (.xlsx) or a printable compilation (.pdf)</source>
        <translation>записать отчет о последующих мерах: книгу (.xlsx) или сводку для печати (.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT.xlsx|OUT.pdf</source>
        <translation>OUT.xlsx|OUT.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report file to write</source>
        <translation>файл отчета для записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this region&apos;s conferences (GOA, WAF, AME, EHSA, CAS, APAC)</source>
        <translation>только конференции этого региона (GOA, WAF, AME, EHSA, CAS, APAC)</translation>
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
        <translation>только мероприятия в этой стране (код ISO, например KE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only this office&apos;s activities</source>
        <translation>только мероприятия этого отделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this conference (SAN, DKR, SJO, DES, MNL, ALA)</source>
        <translation>только эта конференция (SAN, DKR, SJO, DES, MNL, ALA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only items of this action area of the 10-Point Plan</source>
        <translation>только пункты этого направления Десятикомпонентного плана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only activities of this status</source>
        <translation>только мероприятия с этим статусом</translation>
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
        <translation>только мероприятия, выполняемые в этот день или позже</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only activities running on or before this day</source>
        <translation>только мероприятия, выполняемые в этот день или раньше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count the follow-up the 2011 compilation reported (left out by default: it is the baseline)</source>
        <translation>учитывать последующие меры, указанные в сборнике 2011 года (по умолчанию не учитываются: это исходный уровень)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF&apos;s paper (default A4)</source>
        <translation>формат бумаги PDF (по умолчанию A4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path}: a report is written as .xlsx or .pdf.</source>
        <translation>{path}: отчет записывается в формате .xlsx или .pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {path}: {contents}.</source>
        <translation>Записан файл {path}: {contents}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/setup_command.py" line="-3"/>
        <source>set this installation&apos;s office identity</source>
        <translation>задать сведения об отделении для этого экземпляра программы</translation>
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
        <translation>название отделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166-1 alpha-2 country code (optional for headquarters)</source>
        <translation>код страны ISO 3166-1 alpha-2 (для штаб-квартиры необязателен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is headquarters</source>
        <translation>это штаб-квартира</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headquarters only: keep the data in this shared PostgreSQL database (such as postgresql://tenpoint@server:5432/tenpoint?sslmode=verify-full or postgresql:///?service=tenpoint) rather than on this computer, from now on. The password is read from your PostgreSQL password file, never from the URL</source>
        <translation>только для штаб-квартиры: впредь хранить данные в этой общей базе данных PostgreSQL (например, postgresql://tenpoint@server:5432/tenpoint?sslmode=verify-full или postgresql:///?service=tenpoint), а не на этом компьютере. Пароль берется из вашего файла паролей PostgreSQL и никогда — из URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change an existing identity (packages already sent keep the old one)</source>
        <translation>изменить существующие сведения (в уже отправленных пакетах остаются прежние)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the URL gives a password, and Tenpoint never keeps a password in plain text: remove it from the URL and put it in your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file</source>
        <translation>в URL указан пароль, а Tenpoint никогда не хранит пароли в открытом виде: удалите пароль из URL и поместите его в свой файл паролей PostgreSQL (.pgpass; в Windows — %APPDATA%\postgresql\pgpass.conf) или в файл соединений служб</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a PostgreSQL URL; give one such as postgresql://tenpoint@server:5432/tenpoint</source>
        <translation>это не URL PostgreSQL; укажите URL вида postgresql://tenpoint@server:5432/tenpoint</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--database is for headquarters (--hq): a field office keeps its database on its own computer</source>
        <translation>--database предназначен для штаб-квартиры (--hq): отделение на местах хранит базу данных на собственном компьютере</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--database cannot be used by a portable copy, which keeps its database beside the program</source>
        <translation>--database нельзя использовать в переносной копии: она хранит базу данных рядом с программой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ini} already chooses the database (&quot;database&quot; in its [data] section), and it wins over --database: change it there</source>
        <translation>{ini} уже задает базу данных (параметр «database» в разделе [data]), и этот параметр имеет приоритет над --database: измените его там</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>headquarters</source>
        <translation>штаб-квартира</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field office</source>
        <translation>отделение на местах</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Office:    {name} ({role})</source>
        <translation>Отделение:    {name} ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:   {country}</source>
        <translation>Страна:       {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:   {regions}</source>
        <translation>Регионы:      {regions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office ID: {uuid}</source>
        <translation>ID отделения: {uuid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:  {path}</source>
        <translation>База данных:  {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/template_command.py" line="-5"/>
        <source>write a blank template for an office without Tenpoint, or for bulk entry</source>
        <translation>записать пустой шаблон для отделения без Tenpoint или для массового ввода</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the template file</source>
        <translation>файл шаблона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: the office the template is for</source>
        <translation>в штаб-квартире: отделение, для которого предназначен шаблон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that office&apos;s country (ISO 3166-1 alpha-2)</source>
        <translation>страна этого отделения (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows with pre-assigned IDs (default 200)</source>
        <translation>число строк с заранее присвоенными ID (по умолчанию 200)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rows must be between 1 and 100000.</source>
        <translation>--rows должно быть от 1 до 100000.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote {path}: a template for {office} ({country}) with %Ln rows.</source>
        <translation>
            <numerusform>Записан файл {path}: шаблон для {office} ({country}) на %Ln строку.</numerusform>
            <numerusform>Записан файл {path}: шаблон для {office} ({country}) на %Ln строки.</numerusform>
            <numerusform>Записан файл {path}: шаблон для {office} ({country}) на %Ln строк.</numerusform>
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
        <translation>папка для базы данных, резервных копий и журналов (по умолчанию — папка данных приложения текущего пользователя)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>preconfiguration file (default: tenpoint.ini beside the program, if there is one)</source>
        <translation>файл предварительной настройки (по умолчанию — tenpoint.ini рядом с программой, если он есть)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check this installation on a fresh temporary database, without a window, and exit (0 when it works)</source>
        <translation>проверить этот экземпляр программы на новой временной базе данных без окна и выйти (код 0, если все работает)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/migrate_command.py" line="-44"/>
        <source>move this headquarters&apos; database into an empty PostgreSQL database, then compare every table</source>
        <translation>перенести базу данных этой штаб-квартиры в пустую базу данных PostgreSQL, затем сравнить все таблицы</translation>
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
        <translation>пустая база данных PostgreSQL, например postgresql://tenpoint@server:5432/tenpoint</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+94"/>
        <source>Not a PostgreSQL URL; give one such as postgresql://tenpoint@server:5432/tenpoint.</source>
        <translation>Это не URL PostgreSQL; укажите URL вида postgresql://tenpoint@server:5432/tenpoint.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Nothing was moved.</source>
        <translation>Ничего не перенесено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer opens the shared database from now on ({record} says so; delete it to go back to the file).</source>
        <translation>С этого момента этот компьютер открывает общую базу данных (так указано в {record}; удалите его, чтобы вернуться к файлу).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moving the database writes to the server: add --yes to confirm.</source>
        <translation>Перенос базы данных выполняет запись на сервер: для подтверждения добавьте --yes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the database {path} into {location}? That database must be empty; this computer&apos;s file is left as it is. [y/N] </source>
        <translation>Скопировать базу данных {path} в {location}? Эта база данных должна быть пустой; файл на этом компьютере останется без изменений. [д/Н] </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying {path} into {location}...</source>
        <translation>Копирование {path} в {location}...</translation>
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
            <numerusform>%Ln строка, без расхождений</numerusform>
            <numerusform>%Ln строки, без расхождений</numerusform>
            <numerusform>%Ln строк, без расхождений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every table was compared row by row after the copy: %Ln rows in {tables} tables, all equal.</source>
        <translation>
            <numerusform>После копирования каждая таблица сравнена построчно: %Ln строка, таблиц: {tables}; расхождений нет.</numerusform>
            <numerusform>После копирования каждая таблица сравнена построчно: %Ln строки, таблиц: {tables}; расхождений нет.</numerusform>
            <numerusform>После копирования каждая таблица сравнена построчно: %Ln строк, таблиц: {tables}; расхождений нет.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To open the shared database from now on, put this in tenpoint.ini on every headquarters computer:</source>
        <translation>Чтобы в дальнейшем открывать общую базу данных, добавьте следующее в tenpoint.ini на каждом компьютере штаб-квартиры:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password belongs in each user&apos;s PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file (pg_service.conf), never in tenpoint.ini.</source>
        <translation>Пароль следует хранить в файле паролей PostgreSQL каждого пользователя (.pgpass; в Windows — %APPDATA%\postgresql\pgpass.conf) или в файле соединений служб (pg_service.conf), но никогда — в tenpoint.ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in the URL you gave was used for this move only; it is shown nowhere and kept nowhere.</source>
        <translation>Пароль из указанного вами URL использован только для этого переноса; он нигде не отображается и нигде не хранится.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was left as it was: keep it as a backup.</source>
        <translation>Файл {path} оставлен без изменений: сохраните его как резервную копию.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This data folder already uses the shared database {location}: there is no SQLite file to move.</source>
        <translation>Эта папка данных уже использует общую базу данных {location}: файла SQLite для переноса нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program is writing to {path} ({detail}): close Tenpoint wherever it uses this data folder, then try again; nothing was moved.</source>
        <translation>Другая программа выполняет запись в {path} ({detail}): закройте Tenpoint везде, где он использует эту папку данных, и повторите попытку; ничего не перенесено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {location} already holds data (table {table}): a headquarters moves only into an empty database. Ask its administrator for a new one; nothing was changed.</source>
        <translation>База данных {location} уже содержит данные (таблица {table}): штаб-квартиру можно перенести только в пустую базу данных. Попросите у ее администратора новую базу данных; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The move was cancelled; nothing was kept on the server.</source>
        <translation>Перенос отменен; на сервере ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the copy ({table}): {detail}
Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>Сервер отклонил копирование ({table}): {detail}
На сервере ничего не сохранено, файл на этом компьютере не изменен.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the copy, table {table} differs on the server: the row {key} is on one side only. Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>После копирования таблица {table} на сервере отличается: строка {key} есть только в одной из копий. На сервере ничего не сохранено, файл на этом компьютере не изменен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the copy, table {table} differs on the server: row {key}, column {column}. Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>После копирования таблица {table} на сервере отличается: строка {key}, столбец {column}. На сервере ничего не сохранено, файл на этом компьютере не изменен.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../desktop/config.py" line="+229"/>
        <source>Tenpoint cannot read the settings file {path}: {value}</source>
        <translation>Tenpoint не может прочитать файл настроек {path}: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} is not a valid .ini file: {value}</source>
        <translation>Файл настроек {path} не является допустимым файлом .ini: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} has an unknown section [{key}]; the known sections are [office], [data] and [interface].</source>
        <translation>В файле настроек {path} неизвестный раздел [{key}]; известные разделы: [office], [data] и [interface].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} has an unknown setting &quot;{key}&quot;; check its spelling against the installation guide.</source>
        <translation>В файле настроек {path} неизвестный параметр «{key}»; проверьте его написание по руководству по установке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{key}&quot; must be yes or no, not &quot;{value}&quot;.</source>
        <translation>В файле настроек {path} параметр «{key}» должен иметь значение yes или no, а не «{value}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} presets an office but gives no office name ([office] name = ...).</source>
        <translation>Файл настроек {path} предварительно задает отделение, но не указывает его название ([office] name = ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} sets both a data folder and portable mode; keep one of them.</source>
        <translation>Файл настроек {path} задает и папку данных, и переносной режим; оставьте что-то одно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{value}&quot; is not a language code such as fr, ar or es.</source>
        <translation>В файле настроек {path} «{value}» не является кодом языка, таким как fr, ar или es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} presets the country &quot;{value}&quot;, which is not an ISO 3166-1 alpha-2 code Tenpoint knows (such as KE or YE).</source>
        <translation>Файл настроек {path} предварительно задает страну «{value}», которая не является известным Tenpoint кодом ISO 3166-1 alpha-2 (например, KE или YE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{key}&quot; must be a PostgreSQL URL such as postgresql://tenpoint@server:5432/tenpoint or postgresql:///?service=tenpoint, not &quot;{value}&quot;.</source>
        <translation>В файле настроек {path} параметр «{key}» должен быть URL PostgreSQL, например postgresql://tenpoint@server:5432/tenpoint или postgresql:///?service=tenpoint, а не «{value}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the settings file {path}, &quot;{key}&quot; writes a password in the database URL. Tenpoint never keeps a password in plain text: remove it from the URL and put it in your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file.</source>
        <translation>В файле настроек {path} параметр «{key}» содержит пароль в URL базы данных. Tenpoint никогда не хранит пароли в открытом виде: удалите пароль из URL и поместите его в свой файл паролей PostgreSQL (.pgpass; в Windows — %APPDATA%\postgresql\pgpass.conf) или в файл соединений служб.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} sets both a shared database and portable mode; a portable copy keeps its own database file, so keep one of them.</source>
        <translation>Файл настроек {path} задает и общую базу данных, и переносной режим; переносная копия хранит собственный файл базы данных, поэтому оставьте что-то одно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} presets the office name &quot;{value}&quot;; it must be 1 to 200 characters.</source>
        <translation>Файл настроек {path} предварительно задает название отделения «{value}»; оно должно содержать от 1 до 200 символов.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <location filename="../../desktop/browser/detail_html.py" line="+50"/>
        <source>undertaken</source>
        <translation>осуществлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envisaged</source>
        <translation>предусмотрено</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retired: this item is no longer in the current catalog. It is kept because follow-up activities may cite it.</source>
        <translation>Выведен: этого пункта больше нет в текущем каталоге. Он сохранен, поскольку на него могут ссылаться последующие мероприятия.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+45"/>
        <source>Printed label</source>
        <translation>Обозначение в тексте</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Исправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotated</source>
        <translation>Добавлено примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Выведен из обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstated</source>
        <translation>Восстановлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into {item}</source>
        <translation>Объединен с {item}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Cited as</source>
        <translation>Ссылка в виде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-heading</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported in 2011 as</source>
        <translation>Указано в 2011 году как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the place of</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged into {item}: headquarters found that this item says the same. Its follow-up activities are linked to {item} now.</source>
        <translation>Объединен с {item}: штаб-квартира установила, что этот пункт совпадает с ним по смыслу. Теперь его последующие мероприятия связаны с {item}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{document}, {reference}</source>
        <translation>{document}, {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{document}, {reference}, issued {date}</source>
        <translation>{document}, {reference}, издан {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes from headquarters</source>
        <translation>Примечания штаб-квартиры</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog history</source>
        <translation>История изменений каталога</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{item} merged into this item</source>
        <translation>{item} объединен с этим пунктом</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Repeated word for word in Annex I (lines {lines}).</source>
        <translation>
            <numerusform>Дословно повторяется в Приложении I (строка {lines}).</numerusform>
            <numerusform>Дословно повторяется в Приложении I (строки {lines}).</numerusform>
            <numerusform>Дословно повторяется в Приложении I (строки {lines}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Repeated in Annex I (lines {lines}) with this wording:</source>
        <translation>
            <numerusform>Повторяется в Приложении I (строка {lines}) в следующей редакции:</numerusform>
            <numerusform>Повторяется в Приложении I (строки {lines}) в следующей редакции:</numerusform>
            <numerusform>Повторяется в Приложении I (строки {lines}) в следующей редакции:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This reference may point to the wrong item: {reason}</source>
        <translation>Эта ссылка может указывать не на тот пункт: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show source details</source>
        <translation>Показать сведения об источнике</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where this text comes from and the catalog maintainers&apos; notes; not needed to follow up on the item</source>
        <translation>откуда взят этот текст и примечания составителей каталога; для работы по последующим мерам не требуется</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide source details</source>
        <translation>Скрыть сведения об источнике</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>июньский сборник 2011 года, строка {lines}</numerusform>
            <numerusform>июньский сборник 2011 года, строки {lines}</numerusform>
            <numerusform>июньский сборник 2011 года, строки {lines}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by headquarters (catalog edition {edition}) from {source}</source>
        <translation>добавлен штаб-квартирой (выпуск каталога {edition}) из источника: {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the June 2011 compilation</source>
        <translation>июньский сборник 2011 года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source details</source>
        <translation>Сведения об источнике</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+235"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{document}: added by headquarters after 2011 (see the catalog history)</source>
        <translation>{document}: добавлен штаб-квартирой после 2011 года (см. историю изменений каталога)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Sub-items</source>
        <translation>Подпункты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annex I</source>
        <translation>Приложение I</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>10-Point Plan action areas</source>
        <translation>Направления Десятикомпонентного плана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None assigned.</source>
        <translation>Не назначены.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no such item)</source>
        <translation>(такого пункта нет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cites (printed as “{printed}”)</source>
        <translation>Ссылается на (в тексте: «{printed}»)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cited by</source>
        <translation>На него ссылаются</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up activities ({count})</source>
        <translation>Последующие мероприятия ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up activity recorded yet.</source>
        <translation>Последующие мероприятия пока не записаны.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Catalog notes</source>
        <translation>Примечания к каталогу</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message numerus="yes">
        <location filename="../../desktop/browser/follow_up.py" line="+19"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting the follow-up activities…</source>
        <translation>Подсчет последующих мероприятий…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up yet</source>
        <translation>Последующих мер пока нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count}, latest {status}</source>
        <translation>{count}, последнее: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{followed} of {total}</source>
        <translation>{followed} из {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items with follow-up activities: {followed} of {total}</source>
        <translation>Пункты с последующими мероприятиями: {followed} из {total}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../exporters/catalog_edits.py" line="+28"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-item</source>
        <translation>Подпункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan target</source>
        <translation>Целевой показатель Плана действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan action</source>
        <translation>Мера Плана действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training topic</source>
        <translation>Тема обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training target group</source>
        <translation>Целевая группа обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration paragraph</source>
        <translation>Пункт Декларации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-Hosts&apos; Summary paragraph</source>
        <translation>Пункт Резюме сопредседателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework element</source>
        <translation>Элемент рамочной программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional Support Function</source>
        <translation>Функция региональной поддержки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected recommendation</source>
        <translation>Отобранная рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected follow-up activity</source>
        <translation>Отобранное последующее мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up outcome</source>
        <translation>Результат последующих мер</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="-36"/>
        <source>stated in the text</source>
        <translation>указано в тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>определено косвенно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet sent</source>
        <translation>Еще не отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by headquarters</source>
        <translation>Получено штаб-квартирой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since sent</source>
        <translation>Изменено после отправки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achievements</source>
        <translation>достижения</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln planned</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln запланированное</numerusform>
            <numerusform>%Ln запланированных</numerusform>
            <numerusform>%Ln запланированных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ongoing</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln выполняемое</numerusform>
            <numerusform>%Ln выполняемых</numerusform>
            <numerusform>%Ln выполняемых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln завершенное</numerusform>
            <numerusform>%Ln завершенных</numerusform>
            <numerusform>%Ln завершенных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln suspended</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln приостановленное</numerusform>
            <numerusform>%Ln приостановленных</numerusform>
            <numerusform>%Ln приостановленных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln cancelled</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln отмененное</numerusform>
            <numerusform>%Ln отмененных</numerusform>
            <numerusform>%Ln отмененных</numerusform>
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
        <translation>Tenpoint не может открыть общую базу данных {location}. Ответ сервера или соединения:

{detail}

Проверьте, что сервер работает и доступен с этого компьютера и что ваш файл паролей PostgreSQL (.pgpass; в Windows — %APPDATA%\postgresql\pgpass.conf) или файл соединений служб содержит пароль для этого пользователя; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database cannot be backed up or restored here: {tool} was not found. Install the PostgreSQL client tools (the same version as the server or newer), or ask the database administrator; nothing was changed.</source>
        <translation>Здесь нельзя создать резервную копию общей базы данных или восстановить ее: программа {tool} не найдена. Установите клиентские программы PostgreSQL (той же версии, что и сервер, или более новой) или обратитесь к администратору базы данных; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be restored; the shared database was left as it was. The tool said:

{detail}</source>
        <translation>Не удалось восстановить резервную копию; общая база данных оставлена без изменений. Сообщение программы:

{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared database could not be backed up; nothing was changed. The tool said:

{detail}</source>
        <translation>Не удалось создать резервную копию общей базы данных; ничего не изменено. Сообщение программы:

{detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database {path} was last opened by Tenpoint {version}, whose schema ({found}) this version does not know (it knows up to {known}). Install Tenpoint {version} or newer to open it; nothing was changed.</source>
        <translation>База данных {path} последний раз открывалась в Tenpoint {version}, схему которой ({found}) эта версия не знает (она знает схемы до {known}). Чтобы открыть базу данных, установите Tenpoint {version} или более новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {path} was written by a newer version of Tenpoint (schema {found}; this version knows up to {known}). Install the newer version to open it; nothing was changed.</source>
        <translation>База данных {path} записана более новой версией Tenpoint (схема {found}; эта версия знает схемы до {known}). Чтобы открыть ее, установите более новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Tenpoint database ({detail}); nothing was changed.</source>
        <translation>{path} не является базой данных Tenpoint ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field office needs its country: give its ISO 3166-1 alpha-2 code.</source>
        <translation>Для отделения на местах необходимо указать страну: укажите ее код ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code &quot;{code}&quot;: use an ISO 3166-1 alpha-2 code such as YE, KE or CR.</source>
        <translation>Неизвестный код страны «{code}»: используйте код ISO 3166-1 alpha-2, например YE, KE или CR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation is already set up as &quot;{name}&quot; ({country}). Packages already sent carry that identity; use --force to change it.</source>
        <translation>Этот экземпляр программы уже настроен как «{name}» ({country}). Уже отправленные пакеты содержат эти сведения; чтобы изменить их, используйте --force.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office name must be 1 to 200 characters; got &quot;{value}&quot;.</source>
        <translation>Название отделения должно содержать от 1 до 200 символов; получено «{value}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalog item has the code &quot;{code}&quot;.</source>
        <translation>Нет пункта каталога с кодом «{code}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundled catalog is damaged ({file}: {detail}); please reinstall.</source>
        <translation>Встроенный каталог поврежден ({file}: {detail}); переустановите программу.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected data error: {error}</source>
        <translation>Непредвиденная ошибка данных: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>took part</source>
        <translation>участвовала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invited</source>
        <translation>приглашена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named in its texts</source>
        <translation>упоминается в ее текстах</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>named in {kind} {code}: “{words}”</source>
        <translation>упоминается в пункте {code} ({kind}): «{words}»</translation>
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
        <translation>{conferences}; {conference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder {path} is on a network share ({share}). Tenpoint keeps its database on this computer&apos;s own disk, because a network share can lose or corrupt changes. Choose a folder on this computer with --data-dir, or with &quot;folder&quot; in the [data] section of tenpoint.ini; nothing was changed.</source>
        <translation>Папка данных {path} находится в сетевой папке ({share}). Tenpoint хранит базу данных на собственном диске этого компьютера, поскольку в сетевой папке изменения могут быть потеряны или повреждены. Выберите папку на этом компьютере с помощью --data-dir или параметра «folder» в разделе [data] файла tenpoint.ini; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup file {path}; nothing was changed.</source>
        <translation>Файл резервной копии {path} не существует; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {path} is damaged (SQLite&apos;s integrity check fails); it cannot be restored and nothing was changed. Choose another backup.</source>
        <translation>Резервная копия {path} повреждена (проверка целостности SQLite не пройдена); ее нельзя восстановить, ничего не изменено. Выберите другую резервную копию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Tenpoint backup; nothing was changed.</source>
        <translation>{path} не является резервной копией Tenpoint; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup written to {path} failed its check, so it was not kept. The disk may be full or failing; nothing else was changed.</source>
        <translation>Резервная копия, записанная в {path}, не прошла проверку, поэтому она не сохранена. Возможно, диск переполнен или неисправен; больше ничего не изменено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup {path} cannot be used ({code}).</source>
        <translation>Резервную копию {path} невозможно использовать ({code}).</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../desktop/reports/contents.py" line="+48"/>
        <source>Follow-up of the 10-Point Plan regional conferences</source>
        <translation>Последующие меры по итогам региональных конференций по Десятикомпонентному плану</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Region: {name}</source>
        <translation>Регион: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: {name}</source>
        <translation>Страна: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: {name}</source>
        <translation>Отделение: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event: {name}</source>
        <translation>Конференция: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action area: {name}</source>
        <translation>Направление: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {name}</source>
        <translation>Статус: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities running: {name}</source>
        <translation>Период выполнения мероприятий: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: every region, country and office</source>
        <translation>Охват: все регионы, страны и отделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up reported in the 2011 compilation is counted with the rest.</source>
        <translation>Последующие меры, указанные в сборнике 2011 года, учитываются вместе с остальными.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up reported in the 2011 compilation is left out (the baseline).</source>
        <translation>Последующие меры, указанные в сборнике 2011 года, не учитываются (исходный уровень).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on {time}</source>
        <translation>Составлен: {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {start}</source>
        <translation>с {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {end}</source>
        <translation>по {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="+322"/>
        <location line="+183"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events: {count}</source>
        <translation>Конференций: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking items: {count}</source>
        <translation>Пунктов, требующих последующих мер: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up activities: {count}</source>
        <translation>Последующих мероприятий: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No activities counted.</source>
        <translation>Нет учтенных мероприятий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/reports/sheets.py" line="+94"/>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/reports/sheets.py" line="-19"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/reports/sheets.py" line="-42"/>
        <location line="+71"/>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest package received</source>
        <translation>Последний полученный пакет</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This installation&apos;s own office</source>
        <translation>Собственное отделение этого экземпляра программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package received</source>
        <translation>Пакеты не получены</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No events in this report.</source>
        <translation>В этом отчете нет конференций.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region: {region}</source>
        <translation>Регион: {region}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No asking items.</source>
        <translation>Нет пунктов, требующих последующих мер.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No follow-up recorded.</source>
        <translation>Последующие меры не записаны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: {office}</source>
        <translation>Отделение: {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation: {name}</source>
        <translation>Ведущая организация: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence: {evidence}</source>
        <translation>Подтверждения: {evidence}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {start}</source>
        <translation>С {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {end}</source>
        <translation>По {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/sheets.py" line="-89"/>
        <source>Data from {office} ({country}): %Ln activities, latest package made {time}</source>
        <translation>
            <numerusform>Данные от {office} ({country}): %Ln мероприятие, последний пакет создан {time}</numerusform>
            <numerusform>Данные от {office} ({country}): %Ln мероприятия, последний пакет создан {time}</numerusform>
            <numerusform>Данные от {office} ({country}): %Ln мероприятий, последний пакет создан {time}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>here (this office)</source>
        <translation>здесь (это отделение)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country</source>
        <translation>Страна не указана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Целевой показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Пороговое значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Достигнут</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countries counted</source>
        <translation>Учтенные страны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dar es Salaam Action Plan: progress towards the targets</source>
        <translation>Дар-эс-Саламский план действий: продвижение к целевым показателям</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities by country and status</source>
        <translation>Мероприятия по странам и статусам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities by country</source>
        <translation>Мероприятия по странам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by event and status</source>
        <translation>Мероприятия по конференциям и статусам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by event</source>
        <translation>Мероприятия по конференциям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Ведущая организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up recorded</source>
        <translation>Последующие меры не записаны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items followed up</source>
        <translation>Пункты с последующими мерами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>Последнее обновление</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/writing.py" line="+37"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln конференция</numerusform>
            <numerusform>%Ln конференции</numerusform>
            <numerusform>%Ln конференций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smoke</name>
    <message>
        <location filename="../../desktop/smoke.py" line="+193"/>
        <source>create and migrate the database</source>
        <translation>создать базу данных и обновить ее схему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the catalog</source>
        <translation>загрузить каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the preconfiguration</source>
        <translation>прочитать предварительную настройку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the PostgreSQL driver</source>
        <translation>загрузить драйвер PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach the shared database</source>
        <translation>подключиться к общей базе данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up the office</source>
        <translation>настроить отделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an office package and read it back</source>
        <translation>записать пакет отделения и прочитать его обратно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the application context</source>
        <translation>открыть контекст приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build the main window</source>
        <translation>построить главное окно</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FAILED at step {number}/{total}, {step}: {error}</source>
        <translation>СБОЙ на шаге {number}/{total}, {step}: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Smoke test passed.</source>
        <translation>Проверка работоспособности пройдена.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../desktop/commands/sync_report.py" line="+30"/>
        <source>office package</source>
        <translation>пакет отделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headquarters update</source>
        <translation>обновление штаб-квартиры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filled template</source>
        <translation>заполненный шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package</source>
        <translation>пакет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>would be imported</source>
        <translation>будет импортирован</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid rows would be imported</source>
        <translation>будут импортированы допустимые строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid rows imported</source>
        <translation>импортированы допустимые строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED: nothing imported from this file</source>
        <translation>ОТКЛОНЕН: из этого файла ничего не импортировано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: {kind} from {office}, made {made}</source>
        <translation>{file}: {kind} от {office}, дата создания: {made}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>... and %Ln more problems</source>
        <translation>
            <numerusform>... и еще %Ln проблема</numerusform>
            <numerusform>... и еще %Ln проблемы</numerusform>
            <numerusform>... и еще %Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln удаление</numerusform>
            <numerusform>%Ln удаления</numerusform>
            <numerusform>%Ln удалений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln older versions ignored</source>
        <translation>
            <numerusform>%Ln более старая версия проигнорирована</numerusform>
            <numerusform>%Ln более старые версии проигнорированы</numerusform>
            <numerusform>%Ln более старых версий проигнорировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledged by headquarters</source>
        <translation>
            <numerusform>%Ln подтверждение от штаб-квартиры</numerusform>
            <numerusform>%Ln подтверждения от штаб-квартиры</numerusform>
            <numerusform>%Ln подтверждений от штаб-квартиры</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog updates</source>
        <translation>
            <numerusform>%Ln обновление каталога</numerusform>
            <numerusform>%Ln обновления каталога</numerusform>
            <numerusform>%Ln обновлений каталога</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog changes by headquarters</source>
        <translation>
            <numerusform>%Ln изменение каталога от штаб-квартиры</numerusform>
            <numerusform>%Ln изменения каталога от штаб-квартиры</numerusform>
            <numerusform>%Ln изменений каталога от штаб-квартиры</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln empty template rows</source>
        <translation>
            <numerusform>%Ln пустая строка шаблона</numerusform>
            <numerusform>%Ln пустые строки шаблона</numerusform>
            <numerusform>%Ln пустых строк шаблона</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>... and %Ln more activities (--json lists them all)</source>
        <translation>
            <numerusform>... и еще %Ln мероприятие (полный список выводит --json)</numerusform>
            <numerusform>... и еще %Ln мероприятия (полный список выводит --json)</numerusform>
            <numerusform>... и еще %Ln мероприятий (полный список выводит --json)</numerusform>
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
        <translation>Файл не является книгой Excel, которую может прочитать Tenpoint ({value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook has no sheet &quot;{sheet}&quot;; it is not a Tenpoint package.</source>
        <translation>В книге нет листа «{sheet}»; это не пакет Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet &quot;{sheet}&quot; has no column &quot;{column}&quot;.</source>
        <translation>На листе «{sheet}» нет столбца «{column}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Manifest sheet is incomplete or damaged (&quot;{column}&quot;).</source>
        <translation>Лист Manifest неполон или поврежден («{column}»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was made by a newer Tenpoint (format {value}); update Tenpoint to import it.</source>
        <translation>Пакет создан более новой версией Tenpoint (формат {value}); чтобы импортировать его, обновите Tenpoint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Manifest names an unknown kind of package (&quot;{value}&quot;).</source>
        <translation>На листе Manifest указан неизвестный вид пакета («{value}»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package is not for this installation (an office package goes to headquarters, a headquarters update to its office, a template to headquarters or its own office).</source>
        <translation>Этот пакет предназначен не для этого экземпляра программы (пакет отделения направляется в штаб-квартиру, обновление штаб-квартиры — своему отделению, шаблон — в штаб-квартиру или своему отделению).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match the content: the package was changed after it was signed (or damaged). Import it only as unsigned data, if you know where it comes from.</source>
        <translation>Подпись не соответствует содержимому: пакет был изменен после подписания (или поврежден). Импортируйте его только как неподписанные данные, если знаете, откуда он получен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package claims to come from an office whose registered key is a different one; it is signed by the key {value}. If that office was reinstalled, check the fingerprint with it, remove the old key (Trusted keys, or: tenpoint keys remove OFFICE) and import again.</source>
        <translation>Пакет якобы поступил от отделения, для которого зарегистрирован другой ключ; он подписан ключом {value}. Если программа в этом отделении была переустановлена, сверьте с ним отпечаток, удалите старый ключ (Доверенные ключи или: tenpoint keys remove OFFICE) и повторите импорт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the first signed package from this office. Check the key&apos;s fingerprint {value} with the office (by phone, for instance), then confirm it (on the command line: --trust-key {value}).</source>
        <translation>Это первый подписанный пакет от этого отделения. Сверьте отпечаток ключа {value} с отделением (например, по телефону), затем подтвердите его (в командной строке: --trust-key {value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package is not signed (a filled template or a hand-made file): nothing shows who made it. Import it only as unsigned data, if you know where it comes from (on the command line: --accept-unsigned).</source>
        <translation>Пакет не подписан (заполненный шаблон или файл, созданный вручную): ничто не указывает, кто его создал. Импортируйте его только как неподписанные данные, если знаете, откуда он получен (в командной строке: --accept-unsigned).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>Требуется значение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a date; write it as 2026-03-31 or 31/03/2026.</source>
        <translation>«{value}» — не дата; укажите ее в формате 2026-03-31 или 31/03/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>«{value}» — не целое число.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number cannot be negative ({value}).</source>
        <translation>Число не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a status; choose one from the Lists sheet.</source>
        <translation>«{value}» — не статус; выберите статус на листе Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a kind of activity; choose one from the Lists sheet.</source>
        <translation>«{value}» — не вид мероприятия; выберите вид на листе Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not an activity ID; keep the IDs Tenpoint wrote.</source>
        <translation>«{value}» — не ID мероприятия; сохраняйте ID, записанные Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version &quot;{value}&quot; was changed; keep the Version column as exported.</source>
        <translation>Версия «{value}» была изменена; оставьте столбец «Версия» таким, каким он был экспортирован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity ID {value} appears more than once; each row needs its own ID.</source>
        <translation>ID мероприятия {value} встречается более одного раза; у каждой строки должен быть свой ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end date {value} is before the start.</source>
        <translation>Дата окончания {value} раньше даты начала.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cell holds an invisible control character ({value}), which Tenpoint cannot store; remove it.</source>
        <translation>Ячейка содержит невидимый управляющий символ ({value}), который Tenpoint не может сохранить; удалите его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code &quot;{value}&quot;; use ISO codes such as KE.</source>
        <translation>Неизвестный код страны «{value}»; используйте коды ISO, например KE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown catalog item code(s): {value}. See the Lists sheet.</source>
        <translation>Неизвестные коды пунктов каталога: {value}. См. лист Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity belongs to another office ({value}); an office sends only its own activities.</source>
        <translation>Мероприятие принадлежит другому отделению ({value}); отделение отправляет только свои мероприятия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row is for another country ({value}) than the office that sent the package; an office records its own country&apos;s activities. Ask the office to correct the country.</source>
        <translation>Строка относится к другой стране ({value}), чем отделение, отправившее пакет; отделение записывает мероприятия своей страны. Попросите отделение исправить страну.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity {value} is part of the 2011 compilation and cannot change.</source>
        <translation>Мероприятие {value} входит в сборник 2011 года и не может быть изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cells were changed after the package was exported (the checksum differs).</source>
        <translation>После экспорта пакета в нем были изменены ячейки (контрольная сумма не совпадает).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an Excel workbook (.xlsx), whatever its name says. Ask the office to export the package again and send that file.</source>
        <translation>Файл не является книгой Excel (.xlsx), что бы ни говорило его имя. Попросите отделение снова экспортировать пакет и отправить этот файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is an old Excel 97-2003 workbook (.xls), perhaps renamed. Open it, save it as .xlsx (Excel workbook) and import that file.</source>
        <translation>Файл является старой книгой Excel 97-2003 (.xls), возможно переименованной. Откройте его, сохраните как .xlsx (книга Excel) и импортируйте этот файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is an OpenDocument spreadsheet (.ods), perhaps renamed. Open it, save it as .xlsx (Excel workbook) and import that file.</source>
        <translation>Файл является электронной таблицей OpenDocument (.ods), возможно переименованной. Откройте его, сохраните как .xlsx (книга Excel) и импортируйте этот файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged or incomplete (cut short while copying or sending?). Ask the office to export the package again.</source>
        <translation>Файл поврежден или неполон (обрезан при копировании или отправке?). Попросите отделение снова экспортировать пакет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file unpacks to far more than a package holds ({value}); it was not opened. Ask the office to export the package again.</source>
        <translation>После распаковки файл занимает гораздо больше, чем может содержать пакет ({value}); он не был открыт. Попросите отделение снова экспортировать пакет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds XML declarations ({value}) that no spreadsheet program writes and that can make a program use up all memory; it was not opened. Ask the office to export the package again.</source>
        <translation>Файл содержит XML-объявления ({value}), которые не создает ни одна программа электронных таблиц и которые могут заставить программу израсходовать всю память; он не был открыт. Попросите отделение снова экспортировать пакет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet has a value as far out as {value}, far beyond what a package holds; it was not opened. Delete what was typed in those far cells, or ask the office to export the package again.</source>
        <translation>На листе есть значение в ячейке {value}, далеко за пределами того, что может содержать пакет; файл не был открыт. Удалите то, что введено в этих дальних ячейках, или попросите отделение снова экспортировать пакет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell {value} holds a formula; a package holds values only. Replace the formula with its value (copy, then paste values only) and import again.</source>
        <translation>Ячейка {value} содержит формулу; пакет содержит только значения. Замените формулу ее значением (скопируйте, затем вставьте только значения) и повторите импорт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is protected by a password; give the password to import it.</source>
        <translation>Файл защищен паролем; чтобы импортировать его, укажите пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password does not open this file; check it with the office that sent it.</source>
        <translation>Пароль не открывает этот файл; уточните его у отделения, которое его отправило.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file failed ({value}); it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>Не удалось прочитать файл ({value}); возможно, он поврежден или создан со злым умыслом. Ничего не изменено. Попросите отделение снова экспортировать пакет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the file needed more than {value} MB of memory and was stopped; it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>Для чтения файла потребовалось более {value} МБ памяти, и оно было остановлено; возможно, файл поврежден или создан со злым умыслом. Ничего не изменено. Попросите отделение снова экспортировать пакет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lock file Excel or LibreOffice keeps while a workbook is open, not a package: save and close that workbook before importing it</source>
        <translation>файл блокировки, который Excel или LibreOffice создает, пока книга открыта, а не пакет: перед импортом сохраните и закройте эту книгу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an Excel workbook: open it, save it as .xlsx and import that file</source>
        <translation>не книга Excel: откройте файл, сохраните его как .xlsx и импортируйте этот файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel 97-2003 workbook: open it, save it as .xlsx and import that file</source>
        <translation>старая книга Excel 97-2003: откройте ее, сохраните как .xlsx и импортируйте этот файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a plain Excel workbook: open it, save it as .xlsx and import that file</source>
        <translation>не обычная книга Excel: откройте ее, сохраните как .xlsx и импортируйте этот файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text file (CSV) holds one sheet only, not a package: import the .xlsx file Tenpoint exported</source>
        <translation>текстовый файл (CSV) содержит только один лист, а не пакет: импортируйте файл .xlsx, экспортированный Tenpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder: the folders inside are not searched; import that folder itself</source>
        <translation>папка: вложенные папки не просматриваются; импортируйте саму эту папку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an Excel workbook (.xlsx)</source>
        <translation>не книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not read: {path} ({reason}).</source>
        <translation>Не прочитан: {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No package (.xlsx) in {folder}.</source>
        <translation>В папке {folder} нет пакетов (.xlsx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <comment>between the files of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package (.xlsx) in {folder}; found: {files}.</source>
        <translation>В папке {folder} нет пакетов (.xlsx); найдено: {files}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows added to the sheet &quot;{sheet}&quot; after export: {n} (the package listed {listed}, the file holds {found}). Rows added by hand are not signed: the package imports only as unsigned data. To add activities by hand, fill a template.</source>
        <translation>Строк, добавленных на лист «{sheet}» после экспорта: {n} (в пакете указано {listed}, в файле — {found}). Строки, добавленные вручную, не подписаны: пакет импортируется только как неподписанные данные. Чтобы добавить мероприятия вручную, заполните шаблон.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities missing from this copy: {n} (the package listed {listed}, the file holds {found}). Deleting a row does not delete an activity: the missing ones stay as they are here. An activity is deleted in Tenpoint, and its deletion travels in the Deletions sheet.</source>
        <translation>Мероприятий, отсутствующих в этой копии: {n} (в пакете указано {listed}, в файле — {found}). Удаление строки не удаляет мероприятие: отсутствующие мероприятия остаются здесь без изменений. Мероприятие удаляется в Tenpoint, и сведения об удалении передаются на листе Deletions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows missing from the sheet &quot;{sheet}&quot;: {n} (the package listed {listed}, the file holds {found}).</source>
        <translation>Строк, отсутствующих на листе «{sheet}»: {n} (в пакете указано {listed}, в файле — {found}).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Problem &quot;{code}&quot; with value &quot;{value}&quot;.</source>
        <translation>Проблема «{code}» со значением «{value}».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Headquarters exports an update for one office or region: give --office ID or --region CODE.</source>
        <translation>Штаб-квартира экспортирует обновление для одного отделения или региона: укажите --office ID или --region CODE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field office exports only its own package and templates; --office, --region and --office-name are for headquarters.</source>
        <translation>Отделение на местах экспортирует только собственный пакет и шаблоны; --office, --region и --office-name предназначены для штаб-квартиры.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other office has the ID &quot;{value}&quot; (offices are known here once a package or template of theirs was handled).</source>
        <translation>Нет другого отделения с ID «{value}» (отделения становятся известны здесь после обработки их пакета или шаблона).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown region &quot;{value}&quot;; regions are GOA, WAF, AME, EHSA, CAS, APAC.</source>
        <translation>Неизвестный регион «{value}»; регионы: GOA, WAF, AME, EHSA, CAS, APAC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This installation&apos;s signing key {value} is damaged. Restore it from a backup of the data folder.</source>
        <translation>Ключ подписи этого экземпляра программы {value} поврежден. Восстановите его из резервной копии папки данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the key file {value}.</source>
        <translation>Не удалось прочитать файл ключа {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the key file {value}.</source>
        <translation>Не удалось записать файл ключа {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a Tenpoint key file, or its fingerprint does not match its key.</source>
        <translation>{value} не является файлом ключа Tenpoint, или его отпечаток не соответствует ключу.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another key is already registered for {value}. Check with the office, remove the old key, then register the new one.</source>
        <translation>Для {value} уже зарегистрирован другой ключ. Уточните у отделения, удалите старый ключ, затем зарегистрируйте новый.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is this installation&apos;s own key; it needs no registering.</source>
        <translation>Это собственный ключ этого экземпляра программы; регистрировать его не нужно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key is registered for &quot;{value}&quot;; `tenpoint keys` lists them.</source>
        <translation>Для «{value}» не зарегистрировано ни одного ключа; их список выводит `tenpoint keys`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Set up this installation&apos;s office first: tenpoint setup --office-name NAME --country CC.</source>
        <translation>Сначала задайте отделение этого экземпляра программы: tenpoint setup --office-name NAME --country CC.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>There is no open conflict number {id}; `tenpoint conflicts` lists them.</source>
        <translation>Открытого конфликта с номером {id} нет; их список выводит `tenpoint conflicts`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose --keep local or --keep incoming.</source>
        <translation>Укажите --keep local или --keep incoming.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write {path}: {detail}. Nothing was recorded as sent.</source>
        <translation>Не удалось записать {path}: {detail}. Ничего не отмечено как отправленное.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed by {office} (key {fingerprint}).</source>
        <translation>Подписан отделением {office} (ключ {fingerprint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with a key not yet registered for {office}: fingerprint {fingerprint}.</source>
        <translation>Подписан ключом, еще не зарегистрированным для {office}: отпечаток {fingerprint}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {office} with the key {fingerprint}, confirmed by you: registered on import.</source>
        <translation>Подписан отделением {office} ключом {fingerprint}, подтвержденным вами: зарегистрирован при импорте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the key {fingerprint}, but the key registered for {office} is {registered}: refused.</source>
        <translation>Подписан ключом {fingerprint}, но для {office} зарегистрирован ключ {registered}: отклонен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed.</source>
        <translation>Не подписан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the content (changed after signing).</source>
        <translation>Подпись не соответствует содержимому (изменен после подписания).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as unsigned data.</source>
        <translation>Импортирован как неподписанные данные.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited in the file after export</source>
        <translation>Изменено в файле после экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older version: not imported</source>
        <translation>Более старая версия: не импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: both versions kept</source>
        <translation>Конфликт: сохранены обе версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {held} → {incoming}</source>
        <translation>{field}: {held} → {incoming}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already imported on {date}; importing it again changes nothing that is already here.</source>
        <translation>Уже импортирован {date}; повторный импорт не изменит ничего из того, что уже есть здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of this package was imported on {date}. Cells of this copy were changed since it was exported: each change is listed with the activity it belongs to.</source>
        <translation>Копия этого пакета была импортирована {date}. Ячейки этой копии изменены после экспорта: каждое изменение указано вместе с мероприятием, к которому оно относится.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{value} is too large to be a Tenpoint key file, which holds a few lines. Choose the .txt file the office&apos;s IT exported with `tenpoint keys export`.</source>
        <translation>{value} слишком велик для файла ключа Tenpoint, который содержит всего несколько строк. Выберите файл .txt, который ИТ-служба отделения экспортировала с помощью `tenpoint keys export`.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Reading the file took longer than {value} s and was stopped; it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>Чтение файла длилось дольше {value} с и было остановлено; возможно, файл поврежден или создан со злым умыслом. Ничего не изменено. Попросите отделение снова экспортировать пакет.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%Ln new</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln новое</numerusform>
            <numerusform>%Ln новых</numerusform>
            <numerusform>%Ln новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln обновленное</numerusform>
            <numerusform>%Ln обновленных</numerusform>
            <numerusform>%Ln обновленных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln без изменений</numerusform>
            <numerusform>%Ln без изменений</numerusform>
            <numerusform>%Ln без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln in conflict</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln в конфликте</numerusform>
            <numerusform>%Ln в конфликте</numerusform>
            <numerusform>%Ln в конфликте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rejected</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln отклоненное</numerusform>
            <numerusform>%Ln отклоненных</numerusform>
            <numerusform>%Ln отклоненных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The text is too long (%Ln characters).</source>
        <translation>
            <numerusform>Текст слишком длинный (%Ln символ).</numerusform>
            <numerusform>Текст слишком длинный (%Ln символа).</numerusform>
            <numerusform>Текст слишком длинный (%Ln символов).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place}, sheet &quot;{sheet}&quot;</source>
        <translation>{place}, лист «{sheet}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}, row {row}</source>
        <translation>{place}, строка {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}, column &quot;{column}&quot;</source>
        <translation>{place}, столбец «{column}»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That key file is for {value}, not for the office whose package waits for a key. Ask that office&apos;s IT for its own key file.</source>
        <translation>Этот файл ключа предназначен для {value}, а не для отделения, пакет которого ожидает ключа. Попросите ИТ-службу этого отделения предоставить собственный файл ключа.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/export_panel.py" line="-321"/>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.xlsx)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../exporters/styles.py" line="+37"/>
        <source>&amp;A, page &amp;P of &amp;N</source>
        <extracomment>Printed at the foot of each page of a workbook: keep &amp;A (the sheet), &amp;P (this page) and &amp;N (the number of pages) as they are.</extracomment>
        <translation>&amp;A, стр. &amp;P из &amp;N</translation>
    </message>
    <message>
        <location filename="../../exporters/error_workbook.py" line="+20"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/layout.py" line="+61"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_sheets.py" line="+87"/>
        <source>Events: one row per conference, workshop or follow-up meeting to add. Region: a region from the Lists sheet, or a new code with the name of the new region.</source>
        <translation>Лист Events: по одной строке на каждую добавляемую конференцию, семинар-практикум или совещание по последующим мерам. «Регион»: регион с листа Lists или новый код с названием нового региона.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries in events: the countries taking part in an event (one row each). The offices of those countries follow the event&apos;s recommendations.</source>
        <translation>Лист Countries in events: страны, участвующие в конференции (по одной строке на страну). Отделения в этих странах принимают последующие меры по рекомендациям конференции.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents: the documents of an event (action plan, outcome document, declaration...), each with the reference of its source: its symbol, publication or web address.</source>
        <translation>Лист Documents: документы конференции (план действий, итоговый документ, декларация...), каждый с указанием источника: условное обозначение, публикация или веб-адрес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections: the parts of a document, as printed. Part of: the section a sub-section belongs to.</source>
        <translation>Лист Sections: части документа в том виде, в каком они напечатаны. «Входит в»: раздел, к которому относится подраздел.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items: the recommendations, targets and actions of a section, their text as the source prints it. Part of: the item a sub-item belongs to. Action areas: numbers 1 to 10, separated by commas.</source>
        <translation>Лист Items: рекомендации, целевые показатели и меры раздела, их текст в том виде, в каком он напечатан в источнике. «Входит в»: пункт, к которому относится подпункт. «Направления»: номера от 1 до 10 через запятую.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes: one row per change of an item already in the catalog or added above. What to do: correct the text, number or citation of an item added after 2011; annotate any item; retire or reinstate an item; or merge it into another (Superseded by), which moves every activity&apos;s link to that item. The June 2011 texts are never rewritten: annotate them or merge them.</source>
        <translation>Лист Changes: по одной строке на каждое изменение пункта, уже имеющегося в каталоге или добавленного на листах выше. «Что сделать»: исправить текст, номер или форму ссылки пункта, добавленного после 2011 года; добавить примечание к любому пункту; вывести пункт из обращения или восстановить его; или объединить его с другим («Заменен пунктом»), при этом связи всех мероприятий переносятся на этот другой пункт. Тексты июньского сборника 2011 года никогда не переписываются: добавляйте к ним примечания или объединяйте их с другими пунктами.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Required.</source>
        <translation>Обязательно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A date: 2013-05-06, or 06/05/2013 (day/month/year).</source>
        <translation>Дата: 2013-05-06 или 06/05/2013 (день/месяц/год).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose from the drop-down.</source>
        <translation>Выберите из раскрывающегося списка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from the Lists sheet, or one added in this workbook.</source>
        <translation>Код с листа Lists или код, добавленный в этой книге.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of the action areas (Lists sheet), separated by commas.</source>
        <translation>Номера направлений (лист Lists) через запятую.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capital letters, digits, dots and hyphens, e.g. NBO-OD-A-01.</source>
        <translation>Прописные буквы, цифры, точки и дефисы, например NBO-OD-A-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a new region: its name.</source>
        <translation>Только для нового региона: его название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ISO 3166-1 alpha-2 code from the Lists sheet, e.g. KE.</source>
        <translation>Код ISO 3166-1 alpha-2 с листа Lists, например KE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; kept in the history of the change.</source>
        <translation>Необязательно; сохраняется в истории изменения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To correct an item: which of its fields.</source>
        <translation>Для исправления пункта: какое из его полей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To correct an item: the corrected value. To annotate one: the note&apos;s text.</source>
        <translation>Для исправления пункта: исправленное значение. Для добавления примечания: текст примечания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To merge an item: the item that replaces it, which takes over its activities&apos; links.</source>
        <translation>Для объединения пункта: заменяющий его пункт, к которому переходят связи его мероприятий.</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="+4"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../exporters/error_workbook.py" line="+0"/>
        <location filename="../../exporters/layout.py" line="-39"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="+1"/>
        <source>In the drop-down</source>
        <translation>В раскрывающемся списке</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Tenpoint catalog workbook</source>
        <translation>Книга каталога Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by Tenpoint {version} from catalog edition {edition}.</source>
        <translation>Создана в Tenpoint {version} на основе выпуска каталога {edition}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headquarters adds to the catalog of recommendations and changes it with this workbook: fill the sheets, then import it with `tenpoint catalog import FILE.xlsx` (add --dry-run to see first what it would do). Every row is applied, or none: a problem in any cell is named by its sheet, row and column, and the catalog stays as it was.</source>
        <translation>С помощью этой книги штаб-квартира дополняет и изменяет каталог рекомендаций: заполните листы, затем импортируйте книгу командой `tenpoint catalog import FILE.xlsx` (добавьте --dry-run, чтобы сначала посмотреть, что будет сделано). Применяются либо все строки, либо ни одной: для проблемы в любой ячейке указываются лист, строка и столбец, а каталог остается прежним.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows are applied sheet by sheet in the order of the tabs, so a row may name what a sheet before it adds: an event&apos;s documents, a document&apos;s sections, a section&apos;s items. Leave a sheet empty when there is nothing to add.</source>
        <translation>Строки применяются лист за листом в порядке вкладок, поэтому строка может ссылаться на то, что добавлено на предыдущем листе: документы конференции, разделы документа, пункты раздела. Если добавлять нечего, оставьте лист пустым.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blue headers mark the columns to fill; rest the pointer on a header with a red corner to read what it holds. Choices and codes come from the drop-downs (the Lists sheet); a code added in this workbook may be typed. Values only: a formula is refused.</source>
        <translation>Синие заголовки обозначают столбцы для заполнения; наведите указатель на заголовок с красным уголком, чтобы прочитать, что содержит столбец. Варианты и коды выбираются из раскрывающихся списков (лист Lists); код, добавленный в этой книге, можно ввести вручную. Только значения: формулы не принимаются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change raises the catalog&apos;s edition and travels to the offices in their next update from headquarters.</source>
        <translation>Каждое изменение повышает выпуск каталога и передается отделениям в их следующем обновлении от штаб-квартиры.</translation>
    </message>
    <message>
        <location filename="../../exporters/layout.py" line="-87"/>
        <source>Filled by Tenpoint: do not change it. Sorting, filtering and copying whole rows are fine.</source>
        <translation>Заполняется Tenpoint: не изменяйте. Сортировать, фильтровать и копировать строки целиком можно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity ID</source>
        <translation>ID мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint&apos;s identity of this activity. Never change, clear or type over it: Tenpoint recognises the activity by it when the file is imported. Sort, filter and copy whole rows freely: the ID moves with its row. The sheet is not locked, because Excel and LibreOffice cannot sort a protected sheet whose rows hold locked cells.</source>
        <translation>Идентификатор этого мероприятия в Tenpoint. Никогда не изменяйте, не очищайте и не перезаписывайте его: по нему Tenpoint распознает мероприятие при импорте файла. Строки можно свободно сортировать, фильтровать и копировать целиком: ID перемещается вместе со своей строкой. Лист не защищен, поскольку Excel и LibreOffice не могут сортировать защищенный лист, строки которого содержат заблокированные ячейки.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Owner office ID</source>
        <translation>ID отделения-владельца</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The office the activity belongs to.</source>
        <translation>Отделение, которому принадлежит мероприятие.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Owner office</source>
        <translation>Отделение-владелец</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How many edits the activity has seen.</source>
        <translation>Сколько раз мероприятие изменялось.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Which edits of which office this row holds: how Tenpoint merges it.</source>
        <translation>Какие правки каких отделений содержит эта строка: по ней Tenpoint объединяет данные.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created at (UTC)</source>
        <translation>Создано (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Кем создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at (UTC)</source>
        <translation>Обновлено (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by</source>
        <translation>Кем обновлено</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted at (UTC)</source>
        <translation>Удалено (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted by</source>
        <translation>Кем удалено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision held</source>
        <translation>Полученная редакция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version held</source>
        <translation>Полученная версия</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Event</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Выведен</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Change ID</source>
        <translation>ID изменения</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catalog edition</source>
        <translation>Выпуск каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Changed at (UTC)</source>
        <translation>Изменено (UTC)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Office ID</source>
        <translation>ID отделения</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version of this workbook format</source>
        <translation>Версия формата этой книги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique ID of this package; importing it again changes nothing</source>
        <translation>Уникальный ID этого пакета; повторный импорт ничего не меняет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office = an office&apos;s activities; hq_update = headquarters&apos; update; template = a form to fill in</source>
        <translation>office = мероприятия отделения; hq_update = обновление штаб-квартиры; template = форма для заполнения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID of the office that made the package (or that the template is for)</source>
        <translation>ID отделения, создавшего пакет (или отделения, для которого предназначен шаблон)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of that office</source>
        <translation>Название этого отделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its country (ISO 3166-1 alpha-2)</source>
        <translation>Его страна (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region a headquarters update is for</source>
        <translation>Регион, для которого предназначено обновление штаб-квартиры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office a headquarters update is for</source>
        <translation>Отделение, для которого предназначено обновление штаб-квартиры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the package was made (UTC)</source>
        <translation>Когда создан пакет (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint version that made it</source>
        <translation>Версия Tenpoint, в которой он создан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema version that made it</source>
        <translation>Версия схемы базы данных, в которой он создан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog version of the sender</source>
        <translation>Версия каталога у отправителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Activities sheet</source>
        <translation>Число строк на листе Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Deletions sheet</source>
        <translation>Число строк на листе Deletions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Acknowledgements sheet</source>
        <translation>Число строк на листе Acknowledgements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the content; shows whether cells were changed after export</source>
        <translation>SHA-256 содержимого; показывает, изменялись ли ячейки после экспорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key of the office that made the package</source>
        <translation>Открытый ключ отделения, создавшего пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature of the content by that key; editing any cell breaks it</source>
        <translation>Подпись содержимого этим ключом; изменение любой ячейки делает ее недействительной</translation>
    </message>
    <message>
        <location filename="../../exporters/readme.py" line="+16"/>
        <source>Tenpoint package: follow-up activities of {office}</source>
        <translation>Пакет Tenpoint: последующие мероприятия отделения {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint update from headquarters ({office})</source>
        <translation>Обновление Tenpoint от штаб-квартиры ({office})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint template: follow-up activities for {office}</source>
        <translation>Шаблон Tenpoint: последующие мероприятия для отделения {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made {time} UTC by Tenpoint {version}; package ID {package}.</source>
        <translation>Создано {time} UTC в Tenpoint {version}; ID пакета {package}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workbook was made by Tenpoint, the application with which UNHCR offices follow up on the recommendations of the 10-Point Plan regional conferences.</source>
        <translation>Эта книга создана в Tenpoint — приложении, с помощью которого отделения УВКБ ООН принимают последующие меры по рекомендациям региональных конференций по Десятикомпонентному плану.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates are real dates (year-month-day). Times in columns marked (UTC) are UTC.</source>
        <translation>Даты записаны как значения дат (год-месяц-день). Время в столбцах с пометкой (UTC) указано по UTC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue headers mark the columns a person fills in; grey headers the ones Tenpoint fills. Rest the pointer on a header with a red corner to read what it holds. Status and Kind show the words of the Lists sheet; choose them from the drop-down.</source>
        <translation>Синие заголовки обозначают столбцы, которые заполняет человек, серые — столбцы, которые заполняет Tenpoint. Наведите указатель на заголовок с красным уголком, чтобы прочитать, что содержит столбец. В столбцах «Статус» и «Вид» используются слова с листа Lists; выбирайте их из раскрывающегося списка.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets: Manifest (who made this package, when, and what it holds), Activities (one row per follow-up activity), Deletions (activities deleted at their source), Lists (the values the drop-downs offer: statuses, kinds, countries, catalog item codes).</source>
        <translation>Листы: Manifest (кто и когда создал этот пакет и что он содержит), Activities (по одной строке на каждое последующее мероприятие), Deletions (мероприятия, удаленные в отделении-источнике), Lists (значения, которые предлагают раскрывающиеся списки: статусы, виды, страны, коды пунктов каталога).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never change the grey columns of the Activities sheet (Activity ID, Owner office ID, Revision, Version...): they let Tenpoint recognise each activity when the package is imported again. Sorting and filtering are fine.</source>
        <translation>Никогда не изменяйте серые столбцы листа Activities («ID мероприятия», «ID отделения-владельца», «Редакция», «Версия»...): по ним Tenpoint распознает каждое мероприятие при повторном импорте пакета. Сортировать и фильтровать строки можно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History: every recorded change of these activities (who, when, at which office, old and new value); it travels with them and is kept as evidence. Do not edit it: Tenpoint would notice that cells were changed after export.</source>
        <translation>Лист History: все записанные изменения этих мероприятий (кто, когда, в каком отделении, прежнее и новое значение); он передается вместе с ними и хранится как подтверждение. Не изменяйте его: Tenpoint заметит, что ячейки были изменены после экспорта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets: Manifest (which office the template is for), Activities (the rows to fill in), Lists (the values the drop-downs offer: statuses, kinds, countries, catalog item codes).</source>
        <translation>Листы: Manifest (для какого отделения предназначен шаблон), Activities (строки для заполнения), Lists (значения, которые предлагают раскрывающиеся списки: статусы, виды, страны, коды пунктов каталога).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this package at headquarters: Tenpoint &gt; Sync &gt; Import, or on the command line `tenpoint import FILE.xlsx`. Importing it twice changes nothing.</source>
        <translation>Импортируйте этот пакет в штаб-квартире: Tenpoint &gt; Синхронизация &gt; Импорт или в командной строке `tenpoint import FILE.xlsx`. Повторный импорт ничего не меняет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import this package at the office it is for: Tenpoint &gt; Sync &gt; Import, or `tenpoint import FILE.xlsx`. It brings the region&apos;s activities of other offices (read-only), changes headquarters made, catalog updates, and the Acknowledgements sheet: the revisions of your activities that headquarters has received.</source>
        <translation>Импортируйте этот пакет в отделении, которому он предназначен: Tenpoint &gt; Синхронизация &gt; Импорт или `tenpoint import FILE.xlsx`. Он передает мероприятия других отделений региона (только для чтения), изменения, внесенные штаб-квартирой, обновления каталога и лист Acknowledgements — редакции ваших мероприятий, полученные штаб-квартирой.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill one row per activity in the Activities sheet, from Title on. Each row already has its Activity ID (the grey last column): keep it, even when you sort or copy rows, so that sending the file twice never creates duplicates. Leave rows you do not need empty.</source>
        <translation>Заполните на листе Activities по одной строке на каждое мероприятие, начиная со столбца «Название». В каждой строке уже есть свой ID мероприятия (серый последний столбец): сохраняйте его, даже когда сортируете или копируете строки, чтобы повторная отправка файла никогда не создавала дубликатов. Ненужные строки оставьте пустыми.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title and Item codes are required. Item codes: one or more codes from the Lists sheet (for example DES-SR-III-01), separated by a semicolon. Status and Kind: choose from the drop-down. Dates: year-month-day (2026-03-31) or day/month/year.</source>
        <translation>Столбцы «Название» и «Коды пунктов» обязательны. «Коды пунктов»: один или несколько кодов с листа Lists (например, DES-SR-III-01) через точку с запятой. «Статус» и «Вид»: выберите значение из раскрывающегося списка. Даты: год-месяц-день (2026-03-31) или день/месяц/год.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the filled file to headquarters, or import it into your own Tenpoint with `tenpoint import FILE.xlsx`.</source>
        <translation>Отправьте заполненный файл в штаб-квартиру или импортируйте его в свой экземпляр Tenpoint командой `tenpoint import FILE.xlsx`.</translation>
    </message>
    <message>
        <location filename="../../exporters/validation_lists.py" line="-3"/>
        <source>Status code</source>
        <translation>Код статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind code</source>
        <translation>Код вида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name</source>
        <translation>Название страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Код пункта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item (first words)</source>
        <translation>Пункт (первые слова)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Tenpoint stores the value beside it. The Activities sheet shows the value, not this code; either is read.</source>
        <translation>Так Tenpoint хранит значение, указанное рядом. На листе Activities показывается значение, а не этот код; читается и то и другое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a value from the list (see the Lists sheet).</source>
        <translation>Выберите значение из списка (см. лист Lists).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({name}), or empty: the country this file&apos;s rows are for.</source>
        <translation>{code} ({name}) или пусто: страна, к которой относятся строки этого файла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166-1 alpha-2 code, e.g. KE.</source>
        <translation>Код ISO 3166-1 alpha-2, например KE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the statuses in the Lists sheet.</source>
        <translation>Один из статусов на листе Lists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the kinds in the Lists sheet, or empty.</source>
        <translation>Один из видов на листе Lists или пусто.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more codes from the Lists sheet, separated by ;</source>
        <translation>Один или несколько кодов с листа Lists через ;</translation>
    </message>
</context>
</TS>
