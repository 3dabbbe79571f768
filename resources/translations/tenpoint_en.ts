<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityFilterBar</name>
    <message numerus="yes">
        <location filename="../../desktop/activities/filter_bar.py" line="+176"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{matching} of %Ln activities</source>
        <translation>
            <numerusform>{matching} of %Ln activity</numerusform>
            <numerusform>{matching} of %Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln deleted</numerusform>
            <numerusform>%Ln deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserArea</name>
    <message numerus="yes">
        <location filename="../../desktop/browser/area.py" line="+270"/>
        <source>Showing the events of your office&apos;s regions: {regions}.</source>
        <translation>
            <numerusform>Showing the events of your office&apos;s region: {regions}.</numerusform>
            <numerusform>Showing the events of your office&apos;s regions: {regions}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%Ln items here; counting their follow-up activities…</source>
        <translation>
            <numerusform>%Ln item here; counting its follow-up activities…</numerusform>
            <numerusform>%Ln items here; counting their follow-up activities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln items here.</source>
        <translation>
            <numerusform>%Ln item here.</numerusform>
            <numerusform>%Ln items here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of them have follow-up activities.</source>
        <translation>
            <numerusform>%Ln of them has follow-up activities.</numerusform>
            <numerusform>%Ln of them have follow-up activities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="+162"/>
        <source>Apply %n changes</source>
        <translation>
            <numerusform>Apply %n change</numerusform>
            <numerusform>Apply %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This workbook cannot be imported: %n problems, listed below with their sheet, row and column. Correct them in the workbook and import it again; nothing was changed.</source>
        <translation>
            <numerusform>This workbook cannot be imported: %n problem, listed below with its sheet, row and column. Correct it in the workbook and import it again; nothing was changed.</numerusform>
            <numerusform>This workbook cannot be imported: %n problems, listed below with their sheet, row and column. Correct them in the workbook and import it again; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Applying this workbook makes %n changes to the catalog, all together or none (edition {start} to {end}): {counts}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>Applying this workbook makes %n change to the catalog (edition {start} to {end}): {counts}. Offices receive it with their next update.</numerusform>
            <numerusform>Applying this workbook makes %n changes to the catalog, all together or none (edition {start} to {end}): {counts}. Offices receive them with their next update.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogWorkbookFlow</name>
    <message numerus="yes">
        <location line="-57"/>
        <source>%n changes applied; the catalog is now at edition {edition}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>%n change applied; the catalog is now at edition {edition}. Offices receive it with their next update.</numerusform>
            <numerusform>%n changes applied; the catalog is now at edition {edition}. Offices receive them with their next update.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message numerus="yes">
        <location filename="../../desktop/progress/coverage_page.py" line="+167"/>
        <source>The 2011 compilation reported %Ln activities for them.</source>
        <translation>
            <numerusform>The 2011 compilation reported %Ln activity for them.</numerusform>
            <numerusform>The 2011 compilation reported %Ln activities for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>{what}: %Ln items. Double-click one to read it in Recommendations.</source>
        <translation>
            <numerusform>{what}: %Ln item. Double-click it to read it in Recommendations.</numerusform>
            <numerusform>{what}: %Ln items. Double-click one to read it in Recommendations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/sync/export_panel.py" line="+353"/>
        <source>Wrote {path}: a template for {office} with %Ln rows.</source>
        <translation>
            <numerusform>Wrote {path}: a template for {office} with %Ln row.</numerusform>
            <numerusform>Wrote {path}: a template for {office} with %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln deletion</numerusform>
            <numerusform>%Ln deletions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/activities/history.py" line="+148"/>
        <source>%n entries, newest first. The history is kept as recorded and cannot be edited.</source>
        <translation>
            <numerusform>%n entry. The history is kept as recorded and cannot be edited.</numerusform>
            <numerusform>%n entries, newest first. The history is kept as recorded and cannot be edited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/activities/picker.py" line="+238"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{shown} of %Ln items shown</source>
        <translation>
            <numerusform>{shown} of %Ln item shown</numerusform>
            <numerusform>{shown} of %Ln items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %Ln items of your regions shown</source>
        <translation>
            <numerusform>{shown} of %Ln item of your regions shown</numerusform>
            <numerusform>{shown} of %Ln items of your regions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatePage</name>
    <message numerus="yes">
        <location filename="../../desktop/progress/late_page.py" line="+99"/>
        <source> days</source>
        <comment>unit after a number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln open activities; overdue: {overdue}, stale: {stale}.</source>
        <translation>
            <numerusform>%Ln open activity; overdue: {overdue}, stale: {stale}.</numerusform>
            <numerusform>%Ln open activities; overdue: {overdue}, stale: {stale}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{office}: %Ln late activities. Double-click one to open it.</source>
        <translation>
            <numerusform>{office}: %Ln late activity. Double-click it to open it.</numerusform>
            <numerusform>{office}: %Ln late activities. Double-click one to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln late activities in every office. Click an office to see only its own; double-click an activity to open it.</source>
        <translation>
            <numerusform>%Ln late activity in every office. Click an office to see only its own; double-click the activity to open it.</numerusform>
            <numerusform>%Ln late activities in every office. Click an office to see only its own; double-click an activity to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %Ln most overdue activities are listed.</source>
        <translation>
            <numerusform>The %Ln most overdue activity is listed.</numerusform>
            <numerusform>The %Ln most overdue activities are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressTables</name>
    <message numerus="yes">
        <location filename="../../desktop/progress/targets_page.py" line="+31"/>
        <source>%Ln to go</source>
        <translation>
            <numerusform>%Ln to go</numerusform>
            <numerusform>%Ln to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln country</numerusform>
            <numerusform>%Ln countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln achievements</source>
        <translation>
            <numerusform>%Ln achievement</numerusform>
            <numerusform>%Ln achievements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message numerus="yes">
        <location filename="../../desktop/sync/area.py" line="+185"/>
        <source>Checking %Ln files...</source>
        <translation>
            <numerusform>Checking %Ln file...</numerusform>
            <numerusform>Checking %Ln files...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sync/messages.py" line="+82"/>
        <source>%Ln activities were edited in the file after export, on the version held here: once you accept the file as unsigned data, they are updated, and their history says so.</source>
        <translation>
            <numerusform>%Ln activity was edited in the file after export, on the version held here: once you accept the file as unsigned data, it is updated, and its history says so.</numerusform>
            <numerusform>%Ln activities were edited in the file after export, on the version held here: once you accept the file as unsigned data, they are updated, and their history says so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln older versions will be ignored: they never overwrite newer data.</source>
        <translation>
            <numerusform>%Ln older version will be ignored: it never overwrites newer data.</numerusform>
            <numerusform>%Ln older versions will be ignored: they never overwrite newer data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln deletions.</source>
        <translation>
            <numerusform>%Ln deletion.</numerusform>
            <numerusform>%Ln deletions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities acknowledged by headquarters.</source>
        <translation>
            <numerusform>%Ln activity acknowledged by headquarters.</numerusform>
            <numerusform>%Ln activities acknowledged by headquarters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln catalog updates.</source>
        <translation>
            <numerusform>%Ln catalog update.</numerusform>
            <numerusform>%Ln catalog updates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln changes to the catalog by headquarters (new items, corrections, retirements, merges).</source>
        <translation>
            <numerusform>%Ln change to the catalog by headquarters (new items, corrections, retirements, merges).</numerusform>
            <numerusform>%Ln changes to the catalog by headquarters (new items, corrections, retirements, merges).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <location filename="../../desktop/progress/timeline_page.py" line="+109"/>
        <source>{what}: %Ln activities. Double-click one to open it.</source>
        <translation>
            <numerusform>{what}: %Ln activity. Double-click it to open it.</numerusform>
            <numerusform>{what}: %Ln activities. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message numerus="yes">
        <location filename="../../desktop/activities/messages.py" line="+51"/>
        <source>The title has %Ln characters.</source>
        <translation>
            <numerusform>The title has %Ln character.</numerusform>
            <numerusform>The title has %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This text has %Ln characters.</source>
        <translation>
            <numerusform>This text has %Ln character.</numerusform>
            <numerusform>This text has %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %Ln characters fit.</source>
        <translation>
            <numerusform>At most %Ln character fits.</numerusform>
            <numerusform>At most %Ln characters fit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These codes are not in the catalog: {codes}.</source>
        <translation>
            <numerusform>This code is not in the catalog: {codes}.</numerusform>
            <numerusform>These codes are not in the catalog: {codes}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/catalog_command.py" line="+103"/>
        <source>Catalog version {version}, edition {edition}: %Ln items</source>
        <translation>
            <numerusform>Catalog version {version}, edition {edition}: %Ln item</numerusform>
            <numerusform>Catalog version {version}, edition {edition}: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln links</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln suspect</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln suspect</numerusform>
            <numerusform>%Ln suspect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unresolved</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln unresolved</numerusform>
            <numerusform>%Ln unresolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln stated in the text</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>%Ln stated in the text</numerusform>
            <numerusform>%Ln stated in the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inferred</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>%Ln inferred</numerusform>
            <numerusform>%Ln inferred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Source:    lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>Source:    line {lines} of the June 2011 compilation</numerusform>
            <numerusform>Source:    lines {lines} of the June 2011 compilation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Repeated word for word in Annex I, lines {lines}.</source>
        <translation>
            <numerusform>Repeated word for word in Annex I, line {lines}.</numerusform>
            <numerusform>Repeated word for word in Annex I, lines {lines}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Repeated in Annex I, lines {lines}, with this wording:</source>
        <translation>
            <numerusform>Repeated in Annex I, line {lines}, with this wording:</numerusform>
            <numerusform>Repeated in Annex I, lines {lines}, with this wording:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>{file}: not imported; %Ln problems, each to correct in the workbook:</source>
        <translation>
            <numerusform>{file}: not imported; %Ln problem to correct in the workbook:</numerusform>
            <numerusform>{file}: not imported; %Ln problems, each to correct in the workbook:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{file}: %Ln rows</source>
        <translation>
            <numerusform>{file}: %Ln row</numerusform>
            <numerusform>{file}: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/commands/backup_command.py" line="+82"/>
        <source>%Ln activities, {office}</source>
        <translation>
            <numerusform>%Ln activity, {office}</numerusform>
            <numerusform>%Ln activities, {office}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln backups in {folder}, newest first.</source>
        <translation>
            <numerusform>%Ln backup in {folder}.</numerusform>
            <numerusform>%Ln backups in {folder}, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %Ln backups are kept:</source>
        <translation>
            <numerusform>The newest %Ln backup is kept:</numerusform>
            <numerusform>The newest %Ln backups are kept:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/commands/conflicts_command.py" line="+90"/>
        <source>%Ln open conflicts. Resolve one with: tenpoint conflicts resolve ID --keep local|incoming</source>
        <translation>
            <numerusform>%Ln open conflict. Resolve it with: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>%Ln open conflicts. Resolve one with: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/commands/export_command.py" line="+119"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln deletion</numerusform>
            <numerusform>%Ln deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledgements</source>
        <translation>
            <numerusform>%Ln acknowledgement</numerusform>
            <numerusform>%Ln acknowledgements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/commands/template_command.py" line="+52"/>
        <source>Wrote {path}: a template for {office} ({country}) with %Ln rows.</source>
        <translation>
            <numerusform>Wrote {path}: a template for {office} ({country}) with %Ln row.</numerusform>
            <numerusform>Wrote {path}: a template for {office} ({country}) with %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/commands/migrate_command.py" line="+104"/>
        <source>%Ln rows, equal</source>
        <translation>
            <numerusform>%Ln row, equal</numerusform>
            <numerusform>%Ln rows, equal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every table was compared row by row after the copy: %Ln rows in {tables} tables, all equal.</source>
        <translation>
            <numerusform>Every table was compared row by row after the copy: %Ln row in {tables} tables, equal.</numerusform>
            <numerusform>Every table was compared row by row after the copy: %Ln rows in {tables} tables, all equal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message numerus="yes">
        <location filename="../../desktop/browser/detail_html.py" line="+251"/>
        <source>Repeated word for word in Annex I (lines {lines}).</source>
        <translation>
            <numerusform>Repeated word for word in Annex I (line {lines}).</numerusform>
            <numerusform>Repeated word for word in Annex I (lines {lines}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Repeated in Annex I (lines {lines}) with this wording:</source>
        <translation>
            <numerusform>Repeated in Annex I (line {lines}) with this wording:</numerusform>
            <numerusform>Repeated in Annex I (lines {lines}) with this wording:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>line {lines} of the June 2011 compilation</numerusform>
            <numerusform>lines {lines} of the June 2011 compilation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message numerus="yes">
        <location filename="../../desktop/browser/follow_up.py" line="+19"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/labels.py" line="+76"/>
        <source>%Ln planned</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln planned</numerusform>
            <numerusform>%Ln planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ongoing</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln ongoing</numerusform>
            <numerusform>%Ln ongoing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln completed</numerusform>
            <numerusform>%Ln completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln suspended</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln suspended</numerusform>
            <numerusform>%Ln suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln cancelled</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <location filename="../../desktop/reports/writing.py" line="+37"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/sheets.py" line="+36"/>
        <source>Data from {office} ({country}): %Ln activities, latest package made {time}</source>
        <translation>
            <numerusform>Data from {office} ({country}): %Ln activity, latest package made {time}</numerusform>
            <numerusform>Data from {office} ({country}): %Ln activities, latest package made {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/sync_report.py" line="+69"/>
        <source>... and %Ln more problems</source>
        <translation>
            <numerusform>... and %Ln more problem</numerusform>
            <numerusform>... and %Ln more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln deletion</numerusform>
            <numerusform>%Ln deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln older versions ignored</source>
        <translation>
            <numerusform>%Ln older version ignored</numerusform>
            <numerusform>%Ln older versions ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledged by headquarters</source>
        <translation>
            <numerusform>%Ln acknowledged by headquarters</numerusform>
            <numerusform>%Ln acknowledged by headquarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog updates</source>
        <translation>
            <numerusform>%Ln catalog update</numerusform>
            <numerusform>%Ln catalog updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog changes by headquarters</source>
        <translation>
            <numerusform>%Ln catalog change by headquarters</numerusform>
            <numerusform>%Ln catalog changes by headquarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln empty template rows</source>
        <translation>
            <numerusform>%Ln empty template row</numerusform>
            <numerusform>%Ln empty template rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>... and %Ln more activities (--json lists them all)</source>
        <translation>
            <numerusform>... and %Ln more activity (--json lists them all)</numerusform>
            <numerusform>... and %Ln more activities (--json lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shared/sync_messages.py" line="+224"/>
        <source>%Ln new</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln in conflict</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln in conflict</numerusform>
            <numerusform>%Ln in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rejected</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The text is too long (%Ln characters).</source>
        <translation>
            <numerusform>The text is too long (%Ln character).</numerusform>
            <numerusform>The text is too long (%Ln characters).</numerusform>
        </translation>
    </message>
</context>
</TS>
