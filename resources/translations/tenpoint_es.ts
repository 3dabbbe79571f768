<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>&amp;Nueva actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No activity matches these filters.</source>
        <translation>Ninguna actividad coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up activities are recorded yet. Record the first one, or choose a recommendation in the browser and add a follow-up activity to it.</source>
        <translation>Aún no hay actividades de seguimiento registradas. Registre la primera, o elija una recomendación en el explorador y agréguele una actividad de seguimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/activities/editing.py" line="+75"/>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editing.py" line="-36"/>
        <source>This installation has no office yet. Set up the office (its name and country) before recording activities.</source>
        <translation>Esta instalación aún no tiene oficina. Configure la oficina (su nombre y su país) antes de registrar actividades.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the activity &quot;{title}&quot;?

It is kept, marked deleted (tick &quot;Show deleted&quot; to see it), so that the deletion reaches the other offices with the next package.</source>
        <translation>¿Eliminar la actividad &quot;{title}&quot;?

Se conserva, marcada como eliminada (active &quot;Mostrar eliminadas&quot; para verla), para que la eliminación llegue a las demás oficinas con el próximo paquete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Delete activity</source>
        <translation>Eliminar actividad</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../desktop/activities/editor.py" line="+53"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linked items</source>
        <translation>&amp;Elementos vinculados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead or&amp;ganisation</source>
        <translation>&amp;Organización responsable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This activity was deleted on {when}. It is kept so that the deletion reaches the other offices; it cannot be changed.</source>
        <translation>Esta actividad se eliminó el {when}. Se conserva para que la eliminación llegue a las demás oficinas; no se puede modificar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by {owner}. It is shown here read-only: only its owner can change it.</source>
        <translation>Registrada por {owner}. Se muestra aquí en modo de solo lectura: solo la oficina propietaria puede modificarla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity (read-only): {title}</source>
        <translation>Actividad (solo lectura): {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit activity: {title}</source>
        <translation>Editar actividad: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields marked by a message must be corrected before saving. Save with Ctrl+S.</source>
        <translation>Los campos marcados con un mensaje deben corregirse antes de guardar. Guarde con Ctrl+S.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported in the June 2011 compilation: the baseline of the follow-up, kept as reported.</source>
        <translation>Informada en la recopilación de junio de 2011: la línea de base del seguimiento, conservada tal como se informó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by {office}.</source>
        <translation>Registrada por {office}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by {creator} on {created}; last changed by {editor} on {updated} (revision {revision}, times in local time, {zone}).</source>
        <translation>Creada por {creator} el {created}; última modificación de {editor} el {updated} (revisión {revision}, horas en hora local, {zone}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field}: {problems}</source>
        <translation>{field}: {problems}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Activity not saved</source>
        <translation>Actividad no guardada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved by someone else</source>
        <translation>Guardada por otra persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the saved version now? Your changes will be lost; choose No to keep them on screen and copy what you need first.</source>
        <translation>¿Cargar ahora la versión guardada? Sus cambios se perderán; elija No para conservarlos en pantalla y copie primero lo que necesite.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity has changes that are not saved. Save them?</source>
        <translation>Esta actividad tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <location filename="../../desktop/activities/filter_bar.py" line="+47"/>
        <source>Search titles, descriptions, organisations, notes, evidence (Ctrl+F)</source>
        <translation>Buscar en títulos, descripciones, organizaciones, notas, evidencia (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item code, e.g. DES-SR-III-01</source>
        <translation>Código del elemento, p. ej., DES-SR-III-01</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All action areas</source>
        <translation>Todas las áreas de acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted</source>
        <translation>Mostrar eliminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the follow-up reported in &amp;2011</source>
        <translation>Mostrar el seguimiento informado en &amp;2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The June 2011 compilation&apos;s activities of this office&apos;s regions (at headquarters, of every region): the baseline of the follow-up, read-only.</source>
        <translation>Las actividades de la recopilación de junio de 2011 de las regiones de esta oficina (en la sede, de todas las regiones): la línea de base del seguimiento, de solo lectura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked &amp;item:</source>
        <translation>Elemento &amp;vinculado:</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{matching} of %Ln activities</source>
        <translation>
            <numerusform>{matching} de %Ln actividad</numerusform>
            <numerusform>{matching} de %Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln eliminada</numerusform>
            <numerusform>%Ln eliminadas</numerusform>
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
        <translation>Eliminada ({status})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>June 2011</source>
        <translation>Junio de 2011</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked items</source>
        <translation>Elementos vinculados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>In this computer&apos;s local time ({zone})</source>
        <translation>En la hora local de este equipo ({zone})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Recorded by {owner}; read-only here.</source>
        <translation>Registrada por {owner}; aquí es de solo lectura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported in the June 2011 compilation</source>
        <translation>Informada en la recopilación de junio de 2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, local time ({zone})</source>
        <translation>{time}, hora local ({zone})</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/backups/dialog.py" line="+54"/>
        <location line="+175"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Tenpoint backs the database up before every import, schema upgrade and restore. Backups are kept in {folder}.</source>
        <translation>Tenpoint hace una copia de seguridad de la base de datos antes de cada importación, actualización del esquema y restauración. Las copias se guardan en {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Keep the newest backups:</source>
        <translation>&amp;Conservar las copias más recientes:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore...</source>
        <translation>&amp;Restaurar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>damaged: cannot be restored</source>
        <translation>dañada: no se puede restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set up</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backing up...</source>
        <translation>Haciendo la copia de seguridad...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup written: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database by the backup of {date} ({reason})?

Everything recorded since then will be replaced. A backup of the current state is taken first, so this can be undone by restoring that one.</source>
        <translation>¿Reemplazar la base de datos por la copia de seguridad del {date} ({reason})?

Todo lo registrado desde entonces se reemplazará. Antes se hace una copia de seguridad del estado actual, de modo que puede deshacerse restaurando esa copia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring...</source>
        <translation>Restaurando...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was restored. The state before it was backed up to {path}.</source>
        <translation>Se restauró la copia de seguridad. El estado anterior se guardó en {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore done</source>
        <translation>Restauración terminada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se modificó nada.</translation>
    </message>
</context>
<context>
    <name>BrowserArea</name>
    <message>
        <location filename="../../desktop/browser/area.py" line="+83"/>
        <location line="+16"/>
        <source>Show all regions</source>
        <translation>Mostrar todas las regiones</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Tick “Show all regions” to see the matches in the other regions too</source>
        <translation>Active “Mostrar todas las regiones” para ver también las coincidencias de las demás regiones</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Also show the events of the regions your office does not belong to</source>
        <translation>Mostrar también los eventos de las regiones a las que no pertenece su oficina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headquarters, and an installation not yet set up, see every region</source>
        <translation>La sede, y una instalación aún sin configurar, ven todas las regiones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the events of all regions.</source>
        <translation>Se muestran los eventos de todas las regiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the events of all regions (your office: {regions}).</source>
        <translation>Se muestran los eventos de todas las regiones (su oficina: {regions}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the events of your office&apos;s regions: {regions}.</source>
        <translation>
            <numerusform>Se muestran los eventos de la región de su oficina: {regions}.</numerusform>
            <numerusform>Se muestran los eventos de las regiones de su oficina: {regions}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why your office follows these conferences:</source>
        <translation>Por qué su oficina sigue estas conferencias:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No item matches these filters.</source>
        <translation>Ningún elemento coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items matching the filters: {count}</source>
        <translation>Elementos que coinciden con los filtros: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: {count}</source>
        <translation>Elementos: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No item matches “{query}”.</source>
        <translation>Ningún elemento coincide con “{query}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose code starts with “{query}”: {count}</source>
        <translation>Elementos cuyo código empieza por “{query}”: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{query}”, best first: {count}</source>
        <translation>Resultados para “{query}”, los más pertinentes primero: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No item in your regions has a code starting with “{query}”; {total} in all regions.</source>
        <translation>Ningún elemento de sus regiones tiene un código que empiece por “{query}”; {total} en todas las regiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose code starts with “{query}”: {count} in your regions; {total} in all regions.</source>
        <translation>Elementos cuyo código empieza por “{query}”: {count} en sus regiones; {total} en todas las regiones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item in your regions matches “{query}”; {total} in all regions.</source>
        <translation>Ningún elemento de sus regiones coincide con “{query}”; {total} en todas las regiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{query}”, best first: {count} in your regions; {total} in all regions.</source>
        <translation>Resultados para “{query}”, los más pertinentes primero: {count} en sus regiones; {total} en todas las regiones.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln items here; counting their follow-up activities…</source>
        <translation>
            <numerusform>%Ln elemento aquí; contando sus actividades de seguimiento…</numerusform>
            <numerusform>%Ln elementos aquí; contando sus actividades de seguimiento…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln items here.</source>
        <translation>
            <numerusform>%Ln elemento aquí.</numerusform>
            <numerusform>%Ln elementos aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of them have follow-up activities.</source>
        <translation>
            <numerusform>%Ln de ellos tiene actividades de seguimiento.</numerusform>
            <numerusform>%Ln de ellos tienen actividades de seguimiento.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item to read it in full.</source>
        <translation>Seleccione un elemento para leerlo completo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening the item…</source>
        <translation>Abriendo el elemento…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown item</source>
        <translation>Elemento desconocido</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This item is retired, and hidden in the tree and the search. Tick “Show retired items” to see it there.</source>
        <translation>Este elemento está retirado, y oculto en el árbol y en la búsqueda. Active “Mostrar los elementos retirados” para verlo allí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is from {event}, outside your office&apos;s region. Tick “Show all regions” to see it in the tree.</source>
        <translation>Este elemento es de {event}, fuera de la región de su oficina. Active “Mostrar todas las regiones” para verlo en el árbol.</translation>
    </message>
</context>
<context>
    <name>CatalogChoiceModel</name>
    <message>
        <location filename="../../desktop/activities/picker.py" line="+39"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Already linked</source>
        <translation>Ya vinculado</translation>
    </message>
</context>
<context>
    <name>CatalogEditDialog</name>
    <message>
        <location filename="../../desktop/browser/catalog_editor.py" line="+297"/>
        <source>Fields marked * are required. Nothing is changed until you choose {save}.</source>
        <translation>Los campos marcados con * son obligatorios. No se cambia nada hasta que elija {save}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reinstate</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note</source>
        <translation>Agregar la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A conference, workshop or follow-up meeting held after 2011. Offices receive it with headquarters&apos; next update and follow it up when their country takes part.</source>
        <translation>Una conferencia, un taller o una reunión de seguimiento celebrados después de 2011. Las oficinas reciben este evento con la próxima actualización de la sede y le dan seguimiento cuando su país participa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document of an event, with the reference it can be found by: its symbol, publication or link.</source>
        <translation>Un documento de un evento, con la referencia con la que se puede encontrar: su signatura, publicación o enlace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heading of a document, under which items are added.</source>
        <translation>Un encabezado de un documento, bajo el cual se agregan elementos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recommendation, action or other item of a document, worded as the document prints it.</source>
        <translation>Una recomendación, acción u otro elemento de un documento, redactado tal como lo imprime el documento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A country that took part in an event: offices in it follow the event up.</source>
        <translation>Un país que participó en un evento: las oficinas de ese país dan seguimiento al evento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct {code}, an item headquarters added. The text before the correction stays in its history.</source>
        <translation>Corregir {code}, un elemento que agregó la sede. El texto anterior a la corrección queda en su historial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note shown with {code}, kept in its history. The item&apos;s text stays as the source printed it.</source>
        <translation>Una nota que se muestra con {code} y se conserva en su historial. El texto del elemento se mantiene tal como lo imprimió la fuente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} will be hidden from the browser and the item picker. Activities linked to it keep their link and show it as retired.</source>
        <translation>{code} se ocultará en el explorador y en el selector de elementos. Las actividades vinculadas a él conservan su vínculo y lo muestran como retirado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} will be shown and offered for linking again.</source>
        <translation>{code} se volverá a mostrar y a ofrecer para vincularlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} says the same as another item. It will be retired, and every activity linked to it will be linked to the item you choose instead, with a history entry.</source>
        <translation>{code} dice lo mismo que otro elemento. Se retirará, y cada actividad vinculada a él pasará a vincularse al elemento que usted elija, con una entrada en el historial.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why: the decision or meeting behind it, so that offices understand</source>
        <translation>Motivo: la decisión o la reunión que lo origina, para que las oficinas lo entiendan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from, or anything offices should know</source>
        <translation>De dónde procede, o cualquier cosa que las oficinas deban saber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>A new code, e.g. {example}</source>
        <translation>Un código nuevo, p. ej., {example}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unsaved change</source>
        <translation>Cambio sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalog change is not saved. Save it?</source>
        <translation>Este cambio del catálogo no está guardado. ¿Guardarlo?</translation>
    </message>
</context>
<context>
    <name>CatalogMenu</name>
    <message>
        <location filename="../../desktop/browser/catalog_menu.py" line="+73"/>
        <source>Import a catalog workbook…</source>
        <translation>Importar un libro de catálogo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a catalog template to fill…</source>
        <translation>Guardar una plantilla de catálogo para completar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit catalog</source>
        <translation>Editar el catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add events, documents, sections and items to the catalog, or correct, annotate, retire or merge the item shown; offices receive the changes with the next update</source>
        <translation>Agregar eventos, documentos, secciones y elementos al catálogo, o corregir, anotar, retirar o fusionar el elemento mostrado; las oficinas reciben los cambios con la próxima actualización</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{action}: {code}…</source>
        <translation>{action}: {code}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select an item first</source>
        <translation>Seleccione primero un elemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the catalog…</source>
        <translation>Abriendo el catálogo…</translation>
    </message>
</context>
<context>
    <name>CatalogPreviewDialog</name>
    <message>
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="+153"/>
        <source>Catalog workbook: {file}</source>
        <translation>Libro de catálogo: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Apply %n changes</source>
        <translation>
            <numerusform>Aplicar %n cambio</numerusform>
            <numerusform>Aplicar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>This workbook cannot be imported: %n problems, listed below with their sheet, row and column. Correct them in the workbook and import it again; nothing was changed.</source>
        <translation>
            <numerusform>Este libro no se puede importar: %n problema, indicado a continuación con su hoja, fila y columna. Corríjalo en el libro e impórtelo de nuevo; no se cambió nada.</numerusform>
            <numerusform>Este libro no se puede importar: %n problemas, indicados a continuación con su hoja, fila y columna. Corríjalos en el libro e impórtelo de nuevo; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rows are filled in: there is nothing to import.</source>
        <translation>No hay ninguna fila completada: no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Applying this workbook makes %n changes to the catalog, all together or none (edition {start} to {end}): {counts}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>Al aplicar este libro se introduce %n cambio en el catálogo (de la edición {start} a la {end}): {counts}. Las oficinas lo reciben con su próxima actualización.</numerusform>
            <numerusform>Al aplicar este libro se introducen %n cambios en el catálogo, todos juntos o ninguno (de la edición {start} a la {end}): {counts}. Las oficinas los reciben con su próxima actualización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <location filename="../../desktop/browser/tree_model.py" line="+36"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>Último estado</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>(retired) {text}</source>
        <translation>(retirado) {text}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retired: no longer in the current catalog.</source>
        <translation>Retirado: ya no figura en el catálogo actual.</translation>
    </message>
</context>
<context>
    <name>CatalogTreeView</name>
    <message>
        <location filename="../../desktop/browser/views.py" line="+40"/>
        <source>Catalog tree</source>
        <translation>Árbol del catálogo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>999 of 999</source>
        <translation>999 de 999</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up yet</source>
        <translation>Aún sin seguimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest status</source>
        <translation>Último estado</translation>
    </message>
</context>
<context>
    <name>CatalogWorkbookFlow</name>
    <message>
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="-119"/>
        <source>Save a catalog template</source>
        <translation>Guardar una plantilla de catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog-changes.xlsx</source>
        <translation>catalog-changes.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the template...</source>
        <translation>Escribiendo la plantilla...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog template saved</source>
        <translation>Plantilla de catálogo guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}. Fill in its sheets (each explains itself in the README), then import it with Edit catalog &gt; Import a catalog workbook.</source>
        <translation>Se generó {path}. Complete sus hojas (la hoja README explica cada una) y luego impórtelo con Editar el catálogo &gt; Importar un libro de catálogo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a catalog workbook</source>
        <translation>Importar un libro de catálogo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading and checking {file}...</source>
        <translation>Leyendo y comprobando {file}...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the catalog...</source>
        <translation>Modificando el catálogo...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalog changed</source>
        <translation>Catálogo modificado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changes applied; the catalog is now at edition {edition}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>%n cambio aplicado; el catálogo está ahora en la edición {edition}. Las oficinas lo reciben con su próxima actualización.</numerusform>
            <numerusform>%n cambios aplicados; el catálogo está ahora en la edición {edition}. Las oficinas los reciben con su próxima actualización.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalog workbook</source>
        <translation>Libro de catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook could not be used: {error}</source>
        <translation>No se pudo usar el libro: {error}</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="+239"/>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
</context>
<context>
    <name>ChoiceResult</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+144"/>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/sync/conflicts_panel.py" line="+99"/>
        <source>No open conflicts. When this installation and another one change the same activity between two packages, both versions are kept and shown here until you decide.</source>
        <translation>No hay conflictos abiertos. Cuando esta instalación y otra modifican la misma actividad entre dos paquetes, se conservan ambas versiones y se muestran aquí hasta que usted decida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la rec&amp;ibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge...</source>
        <translation>&amp;Combinar...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose field by field between the two versions, correct the result, and save it</source>
        <translation>Elija campo por campo entre las dos versiones, corrija el resultado y guárdelo</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fields in bold differ, their differing words marked. Your decision is saved in the activity&apos;s history and travels with the next package.</source>
        <translation>Los campos en negrita difieren; las palabras diferentes están marcadas. Su decisión se guarda en el historial de la actividad y viaja con el próximo paquete.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This installation&apos;s version (mine)</source>
        <translation>Versión de esta instalación (la mía)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received version (theirs)</source>
        <translation>Versión recibida (la de ellos)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Conflict not resolved</source>
        <translation>Conflicto no resuelto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict resolved: {how}.</source>
        <translation>Conflicto resuelto: {how}.</translation>
    </message>
</context>
<context>
    <name>CountryResult</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+32"/>
        <source>(no country)</source>
        <translation>(sin país)</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../desktop/progress/coverage_page.py" line="+123"/>
        <location line="+34"/>
        <source>Click a bar or a number to list the items behind it.</source>
        <translation>Haga clic en una barra o en un número para ver la lista de los elementos correspondientes.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Group &amp;by:</source>
        <translation>Agrupar p&amp;or:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Items by the latest status of their follow-up</source>
        <translation>Elementos según el último estado de su seguimiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items with follow-up: {followed} of {items} ({percent}).</source>
        <translation>Elementos con seguimiento: {followed} de {items} ({percent}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The 2011 compilation reported %Ln activities for them.</source>
        <translation>
            <numerusform>La recopilación de 2011 informó de %Ln actividad para ellos.</numerusform>
            <numerusform>La recopilación de 2011 informó de %Ln actividades para ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>{what}: %Ln items. Double-click one to read it in Recommendations.</source>
        <translation>
            <numerusform>{what}: %Ln elemento. Haga doble clic en él para leerlo en Recomendaciones.</numerusform>
            <numerusform>{what}: %Ln elementos. Haga doble clic en uno para leerlo en Recomendaciones.</numerusform>
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
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation>Dejar la fecha vacía</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../desktop/sync/export_panel.py" line="+96"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank template</source>
        <translation>Plantilla en blanco</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All this office&apos;s activities</source>
        <translation>Todas las actividades de esta oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those changed since the last export</source>
        <translation>Solo las modificadas desde la última exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport package...</source>
        <translation>E&amp;xportar paquete...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A package for headquarters, to send by e-mail or on a USB stick.</source>
        <translation>Un paquete para la sede, para enviar por correo electrónico o en una memoria USB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For an office:</source>
        <translation>Para una oficina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a region:</source>
        <translation>Para una región:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport update...</source>
        <translation>E&amp;xportar actualización...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An update package: the region&apos;s merged activities, catalog updates, and what headquarters holds of the office&apos;s work.</source>
        <translation>Un paquete de actualización: las actividades combinadas de la región, las actualizaciones del catálogo y lo que la sede tiene del trabajo de la oficina.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Nairobi</source>
        <translation>p. ej., Nairobi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose a country)</source>
        <translation>(elija un país)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write &amp;template...</source>
        <translation>Generar p&amp;lantilla...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protect with a password</source>
        <translation>Prote&amp;ger con contraseña</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The packages and templates written here are then encrypted: Excel, LibreOffice and Tenpoint ask for the password to open them. Give it to the recipient another way than the file (by phone, say). A lost password cannot be recovered.</source>
        <translation>Los paquetes y plantillas que se generen aquí quedan cifrados: Excel, LibreOffice y Tenpoint piden la contraseña para abrirlos. Comunique la contraseña al destinatario por una vía distinta del archivo (por teléfono, por ejemplo). Una contraseña perdida no se puede recuperar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>Co&amp;nfirmar:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the password in both fields.</source>
        <translation>Escriba la contraseña en ambos campos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A workbook with pre-assigned activity IDs for an office without Tenpoint to fill in by hand; importing it twice never creates duplicates.</source>
        <translation>Un libro con ID de actividad preasignados para que una oficina sin Tenpoint lo complete a mano; importarlo dos veces nunca crea duplicados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workbook with pre-assigned activity IDs, to enter many activities in Excel and import them here.</source>
        <translation>Un libro con ID de actividad preasignados, para introducir muchas actividades en Excel e importarlas aquí.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Set up this installation&apos;s office (File &gt; Office identity) before exporting.</source>
        <translation>Configure la oficina de esta instalación (Archivo &gt; Identidad de la oficina) antes de exportar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export update package</source>
        <translation>Exportar paquete de actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Writing {file}...</source>
        <translation>Generando {file}...</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Write blank template</source>
        <translation>Generar plantilla en blanco</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Wrote {path}: a template for {office} with %Ln rows.</source>
        <translation>
            <numerusform>Se generó {path}: una plantilla para {office} con %Ln fila.</numerusform>
            <numerusform>Se generó {path}: una plantilla para {office} con %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln eliminación</numerusform>
            <numerusform>%Ln eliminaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}: {contents}. It is listed in the history as sent.</source>
        <translation>Se generó {path}: {contents}. Figura en el historial como enviado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is protected with a password.</source>
        <translation>Está protegido con contraseña.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled: no file was written and nothing was recorded as sent.</source>
        <translation>Exportación cancelada: no se generó ningún archivo y no se registró nada como enviado.</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+124"/>
        <source>Result: {field}</source>
        <translation>Resultado: {field}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Tomar la recibida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both: every item of the two versions</source>
        <translation>Ambas: todos los elementos de las dos versiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/browser/filter_bar.py" line="+16"/>
        <source>No follow-up yet</source>
        <translation>Aún sin seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up overdue</source>
        <translation>Seguimiento fuera de plazo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of item</source>
        <translation>Tipo de elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10-Point Plan action area</source>
        <translation>Área de acción del Plan de los 10 Puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With or without follow-up</source>
        <translation>Con o sin seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every item again</source>
        <translation>Mostrar de nuevo todos los elementos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show retired items</source>
        <translation>Mostrar los elementos retirados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also show the items headquarters retired or merged into another item; they keep their follow-up activities</source>
        <translation>Mostrar también los elementos que la sede retiró o fusionó en otro elemento; conservan sus actividades de seguimiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds of item</source>
        <translation>Todos los tipos de elemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All action areas</source>
        <translation>Todas las áreas de acción</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
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
        <translation>Historial: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entries, newest first. The history is kept as recorded and cannot be edited.</source>
        <translation>
            <numerusform>%n entrada. El historial se conserva tal como se registró y no se puede editar.</numerusform>
            <numerusform>%n entradas, las más recientes primero. El historial se conserva tal como se registró y no se puede editar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Old value:</source>
        <translation>Valor anterior:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value:</source>
        <translation>Valor nuevo:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-141"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{action} ({note})</source>
        <translation>{action} ({note})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unsigned package {id}</source>
        <translation>paquete sin firmar {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package {id}</source>
        <translation>paquete {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{package}, edited in a spreadsheet after export</source>
        <translation>{package}, editado en una hoja de cálculo después de la exportación</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="+58"/>
        <source>No package sent or received yet.</source>
        <translation>Aún no se ha enviado ni recibido ningún paquete.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/sync/preview_dialog.py" line="+192"/>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the activities that do not change</source>
        <translation>Mostrar las actividades que no cambian</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing has been written yet. Check what importing would do, then import or cancel. Applying is all-or-nothing: a package with a rejected row is left out whole unless you choose to import only its valid rows.</source>
        <translation>Todavía no se ha escrito nada. Compruebe lo que haría la importación y luego importe o cancele. Se aplica todo o nada: un paquete con una fila rechazada queda fuera por completo, a menos que decida importar solo sus filas válidas.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First signed package from {office}. Call the office and compare the key&apos;s fingerprint: {fingerprint}. Or trust the key file its IT exported (tenpoint keys export).</source>
        <translation>Primer paquete firmado de {office}. Llame a la oficina y compare la huella digital de la clave: {fingerprint}. O confíe en el archivo de clave que exportó su servicio de TI (tenpoint keys export).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have checked this fingerprint with {office}</source>
        <translation>He verificado esta huella digital con {office}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the office&apos;s &amp;key file...</source>
        <translation>Confiar en el archivo de &amp;clave de la oficina...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed, or changed after signing: {files}. Nothing shows who made these files or that they are as exported. Import them only if you know where they come from; the activity history will record that they arrived unsigned.</source>
        <translation>Sin firmar, o modificados después de firmarse: {files}. Nada indica quién hizo estos archivos ni que estén tal como se exportaron. Impórtelos solo si sabe de dónde vienen; el historial de la actividad registrará que llegaron sin firmar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as unsigned data</source>
        <translation>Importar como datos sin firmar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until you decide, these packages are left out of the import.</source>
        <translation>Hasta que usted decida, estos paquetes quedan fuera de la importación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import only the &amp;valid rows...</source>
        <translation>Importar &amp;solo las filas válidas...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid rows of packages with rejected rows; you then choose where to save a workbook listing the rejected rows.</source>
        <translation>Importar las filas válidas de los paquetes con filas rechazadas; después elegirá dónde guardar un libro con la lista de las filas rechazadas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not the key of this package</source>
        <translation>No es la clave de este paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file holds the key {chosen}, but {file} was signed with the key {fingerprint}. The package was not made with the key of that file: check with the office before importing it.</source>
        <translation>El archivo de clave contiene la clave {chosen}, pero {file} se firmó con la clave {fingerprint}. El paquete no se generó con la clave de ese archivo: verifíquelo con la oficina antes de importarlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the packages again...</source>
        <translation>Comprobando de nuevo los paquetes...</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Problems in {file}: {n}</source>
        <translation>Problemas en {file}: {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activities: {shown} of {n}</source>
        <translation>Actividades: {shown} de {n}</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../desktop/browser/detail_pane.py" line="+59"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the item whose reference you followed</source>
        <translation>Volver al elemento cuya referencia siguió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add follow-up activity</source>
        <translation>Agregar actividad de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a follow-up activity linked to this item</source>
        <translation>Registrar una actividad de seguimiento vinculada a este elemento</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Retired items take no new follow-up activities</source>
        <translation>Los elementos retirados no admiten nuevas actividades de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a follow-up activity linked to {code}</source>
        <translation>Registrar una actividad de seguimiento vinculada a {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item selected</source>
        <translation>Ningún elemento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item in the tree or in the search results to read its text, its 10-Point Plan action areas, its cross-references and its follow-up activities.</source>
        <translation>Seleccione un elemento en el árbol o en los resultados de búsqueda para leer su texto, sus áreas de acción del Plan de los 10 Puntos, sus referencias cruzadas y sus actividades de seguimiento.</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../../desktop/activities/picker.py" line="+61"/>
        <source>Link catalog items</source>
        <translation>Vincular elementos del catálogo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type words or a code: border training, DES-AP-I, VIII (iv)</source>
        <translation>Escriba palabras o un código: border training, DES-AP-I, VIII (iv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link selected</source>
        <translation>Vincular seleccionados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all &amp;regions</source>
        <translation>Mostrar todas las &amp;regiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also offer the items of the regions your office does not belong to (your office: {regions})</source>
        <translation>Ofrecer también los elementos de las regiones a las que no pertenece su oficina (su oficina: {regions})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Headquarters, and an installation not yet set up, see every region</source>
        <translation>La sede, y una instalación aún sin configurar, ven todas las regiones</translation>
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
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{shown} of %Ln items shown</source>
        <translation>
            <numerusform>{shown} de %Ln elemento mostrado</numerusform>
            <numerusform>{shown} de %Ln elementos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %Ln items of your regions shown</source>
        <translation>
            <numerusform>{shown} de %Ln elemento de sus regiones mostrado</numerusform>
            <numerusform>{shown} de %Ln elementos de sus regiones mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../desktop/sync/keys_dialog.py" line="+42"/>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Archivos de clave (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a key file</source>
        <translation>Desde un archivo de clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed on import</source>
        <translation>Confirmada al importar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+66"/>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>This file holds the key of {office} (office ID {office_id}), with the fingerprint

{fingerprint}

Trust it only if the file came from that office&apos;s IT by a way you rely on: its packages will then be accepted as the office&apos;s own.</source>
        <translation>Este archivo contiene la clave de {office} (ID de oficina {office_id}), con la huella digital

{fingerprint}

Confíe en él solo si el archivo le llegó del servicio de TI de esa oficina por una vía fiable: entonces sus paquetes se aceptarán como propios de esa oficina.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Re&amp;move...</source>
        <translation>&amp;Quitar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export my key...</source>
        <translation>&amp;Exportar mi clave...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This installation&apos;s key: {fingerprint}. Offices and headquarters compare it when they receive your first package.</source>
        <translation>Clave de esta instalación: {fingerprint}. Las oficinas y la sede la comparan cuando reciben su primer paquete.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+18"/>
        <source>Trust a key file</source>
        <translation>Confiar en un archivo de clave</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Packages are signed by the office that made them. A package from an office listed here is accepted only with that office&apos;s key; a package from another office asks you to check its key&apos;s fingerprint with the office first, or to trust the key file the office&apos;s IT exported.</source>
        <translation>Los paquetes los firma la oficina que los genera. Un paquete de una oficina que figura aquí solo se acepta con la clave de esa oficina; un paquete de otra oficina le pide que primero verifique con la oficina la huella digital de su clave, o que confíe en el archivo de clave que exportó el servicio de TI de la oficina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust a key file...</source>
        <translation>&amp;Confiar en un archivo de clave...</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The key of {office} is trusted: fingerprint {fingerprint}.</source>
        <translation>La clave de {office} es de confianza: huella digital {fingerprint}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key of {office} ({fingerprint})? Do it only after checking with the office that it was reinstalled: its next package will ask you to confirm the new key&apos;s fingerprint.</source>
        <translation>¿Quitar la clave de {office} ({fingerprint})? Hágalo solo después de confirmar con la oficina que se reinstaló: su próximo paquete le pedirá que confirme la huella digital de la nueva clave.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key of {office} was removed.</source>
        <translation>Se quitó la clave de {office}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export this installation&apos;s key</source>
        <translation>Exportar la clave de esta instalación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your public key is in {path}. It is not secret: give it to the IT of the offices or headquarters that import your packages.</source>
        <translation>Su clave pública está en {path}. No es secreta: entréguela al servicio de TI de las oficinas o de la sede que importan sus paquetes.</translation>
    </message>
</context>
<context>
    <name>LatePage</name>
    <message>
        <location filename="../../desktop/progress/late_page.py" line="+78"/>
        <source>Sta&amp;le when not updated for more than:</source>
        <translation>Sin actualizar si no se &amp;modifica en más de:</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source> days</source>
        <comment>unit after a number of days</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln open activities; overdue: {overdue}, stale: {stale}.</source>
        <translation>
            <numerusform>%Ln actividad abierta; fuera de plazo: {overdue}, sin actualizar: {stale}.</numerusform>
            <numerusform>%Ln actividades abiertas; fuera de plazo: {overdue}, sin actualizar: {stale}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{office}: %Ln late activities. Double-click one to open it.</source>
        <translation>
            <numerusform>{office}: %Ln actividad atrasada. Haga doble clic en ella para abrirla.</numerusform>
            <numerusform>{office}: %Ln actividades atrasadas. Haga doble clic en una para abrirla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln late activities in every office. Click an office to see only its own; double-click an activity to open it.</source>
        <translation>
            <numerusform>%Ln actividad atrasada en todas las oficinas. Haga clic en una oficina para ver solo las suyas; haga doble clic en una actividad para abrirla.</numerusform>
            <numerusform>%Ln actividades atrasadas en todas las oficinas. Haga clic en una oficina para ver solo las suyas; haga doble clic en una actividad para abrirla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %Ln most overdue activities are listed.</source>
        <translation>
            <numerusform>Se muestra %Ln actividad: la que tiene más retraso.</numerusform>
            <numerusform>Se muestran las %Ln actividades con más retraso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing is late.</source>
        <translation>No hay nada atrasado.</translation>
    </message>
</context>
<context>
    <name>LinkedItemsEdit</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="+43"/>
        <source>&amp;Add items…</source>
        <translation>&amp;Agregar elementos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not in the current catalog</source>
        <translation>No figura en el catálogo actual</translation>
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
        <translation>&amp;Recomendaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activities</source>
        <translation>A&amp;ctividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+41"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;New follow-up activity...</source>
        <translation>&amp;Nueva actividad de seguimiento...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office &amp;identity...</source>
        <translation>&amp;Identidad de la oficina...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tenpoint</source>
        <translation>&amp;Acerca de Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups...</source>
        <translation>&amp;Copias de seguridad...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report...</source>
        <translation>E&amp;xportar informe...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print report...</source>
        <translation>Im&amp;primir informe...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Office: not set up</source>
        <translation>Oficina: sin configurar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>headquarters</source>
        <translation>sede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field office</source>
        <translation>oficina en el terreno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: {name} ({role})</source>
        <translation>Oficina: {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no country</source>
        <translation>sin país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: {country}</source>
        <translation>País: {country}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenpoint - shared database</source>
        <translation>Tenpoint - base de datos compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared database: {location}</source>
        <translation>Base de datos compartida: {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The headquarters database on a PostgreSQL server, shared with the other officers: what they import shows here too.</source>
        <translation>La base de datos de la sede en un servidor PostgreSQL, compartida con los demás funcionarios: lo que ellos importan también aparece aquí.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Tenpoint</source>
        <translation>Acerca de Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Tenpoint {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Follow-up of the recommendations of the 10-Point Plan of Action regional conferences, offline.&lt;/p&gt;&lt;p&gt;Catalog version {catalog}. Database: {database}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tenpoint {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seguimiento, sin conexión, de las recomendaciones de las conferencias regionales del Plan de Acción de los 10 Puntos.&lt;/p&gt;&lt;p&gt;Versión del catálogo {catalog}. Base de datos: {database}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+74"/>
        <source>Merge the two versions: {title}</source>
        <translation>Combinar las dos versiones: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For each field the two versions differ in, keep your version or take the received one, then correct the result if needed. Words that differ are marked. The merged version is saved in the activity&apos;s history and travels with the next package.</source>
        <translation>Para cada campo en el que difieren las dos versiones, conserve su versión o tome la recibida y, si es necesario, corrija el resultado. Las palabras que difieren están marcadas. La versión combinada se guarda en el historial de la actividad y viaja con el próximo paquete.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Save merged version</source>
        <translation>&amp;Guardar versión combinada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your version deletes this activity.</source>
        <translation>Su versión elimina esta actividad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The received version deletes this activity.</source>
        <translation>La versión recibida elimina esta actividad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merged version keeps it. To delete it, cancel and choose the version that deletes it.</source>
        <translation>Una versión combinada la conserva. Para eliminarla, cancele y elija la versión que la elimina.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same in both versions</source>
        <translation>Igual en ambas versiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Conflict not resolved</source>
        <translation>Conflicto no resuelto</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="-249"/>
        <source>Untick for no date</source>
        <translation>Desmarque para no indicar fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/sync/password_dialog.py" line="+36"/>
        <source>Protected package</source>
        <translation>Paquete protegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is protected with a password. Type the password its sender gave you; Cancel leaves the file out of the import.</source>
        <translation>{file} está protegido con contraseña. Escriba la contraseña que le dio el remitente; Cancelar deja el archivo fuera de la importación.</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <location filename="../../desktop/progress/area.py" line="+64"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan targets</source>
        <translation>Metas del Plan de Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late follow-up</source>
        <translation>Seguimiento atrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity over time</source>
        <translation>Actividad a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport report...</source>
        <translation>E&amp;xportar informe...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int report...</source>
        <translation>&amp;Imprimir informe...</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Showing: {scope}</source>
        <translation>Se muestra: {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be read: {error}</source>
        <translation>No se pudieron leer las cifras: {error}</translation>
    </message>
</context>
<context>
    <name>ProgressFilterBar</name>
    <message>
        <location filename="../../desktop/progress/filter_bar.py" line="+39"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All action areas</source>
        <translation>Todas las áreas de acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the follow-up reported in &amp;2011</source>
        <translation>Contar el seguimiento informado en &amp;2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The June 2011 compilation&apos;s follow-up is the baseline, left out of the figures unless this is ticked.</source>
        <translation>El seguimiento de la recopilación de junio de 2011 es la línea de base; queda fuera de las cifras salvo que se marque esta casilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office:</source>
        <translation>O&amp;ficina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ac&amp;tion area:</source>
        <translation>Área de acció&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running fro&amp;m:</source>
        <translation>En ejecución &amp;desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>u&amp;ntil:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>running {start} – {end}</source>
        <translation>en ejecución {start} – {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with the 2011 follow-up</source>
        <translation>con el seguimiento de 2011</translation>
    </message>
</context>
<context>
    <name>ProgressTables</name>
    <message>
        <location filename="../../desktop/progress/coverage_page.py" line="-156"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action area</source>
        <translation>Área de acción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No follow-up yet</source>
        <translation>Aún sin seguimiento</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed up</source>
        <translation>Con seguimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported in 2011</source>
        <translation>Informadas en 2011</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/progress/targets_page.py" line="+55"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>Último estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+32"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/late_page.py" line="-105"/>
        <location line="+22"/>
        <location filename="../../desktop/progress/targets_page.py" line="+7"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+16"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Open activities</source>
        <translation>Actividades abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Stale</source>
        <translation>Sin actualizar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Overdue and stale</source>
        <translation>Fuera de plazo y sin actualizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/progress/targets_page.py" line="-3"/>
        <location filename="../../desktop/progress/timeline_page.py" line="-3"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/progress/targets_page.py" line="+1"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+4"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/targets_page.py" line="-30"/>
        <source>Reached</source>
        <translation>Alcanzada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln to go</source>
        <translation>
            <numerusform>falta %Ln</numerusform>
            <numerusform>faltan %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln país</numerusform>
            <numerusform>%Ln países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln achievements</source>
        <translation>
            <numerusform>%Ln logro</numerusform>
            <numerusform>%Ln logros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/progress/timeline_page.py" line="-3"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts toward the target</source>
        <translation>Cuenta para la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/timeline_page.py" line="-18"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
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
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.pdf)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the report...</source>
        <translation>Generando el informe...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {path}:
{contents}.</source>
        <translation>Se generó {path}:
{contents}.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Report written</source>
        <translation>Informe generado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report not written</source>
        <translation>Informe no generado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be written: {error}</source>
        <translation>No se pudo generar el informe: {error}</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/progress/report_preview.py" line="+117"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Print...</source>
        <translation>Im&amp;primir...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printing the report...</source>
        <translation>Imprimiendo el informe...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report not printed</source>
        <translation>Informe no impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be printed: {error}</source>
        <translation>No se pudo imprimir el informe: {error}</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../../desktop/progress/report_print.py" line="+42"/>
        <source>Reading the report...</source>
        <translation>Leyendo el informe...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report not printed</source>
        <translation>Informe no impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be read: {error}</source>
        <translation>No se pudo leer el informe: {error}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../desktop/browser/search_field.py" line="+33"/>
        <source>Search codes and texts, e.g. {word} or {code} ({shortcut})</source>
        <translation>Buscar códigos y textos, p. ej., {word} o {code} ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/browser/results_model.py" line="+99"/>
        <source>(retired)</source>
        <translation>(retirado)</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../desktop/browser/views.py" line="+42"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/setup_dialog.py" line="+50"/>
        <source>Office identity</source>
        <translation>Identidad de la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this office</source>
        <translation>Configurar esta oficina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The packages this office sends carry its name and country, and its country decides which conferences&apos; recommendations you see first. Saving a change first tells you what it changes and asks you to confirm it.</source>
        <translation>Los paquetes que envía esta oficina llevan su nombre y su país, y el país determina las recomendaciones de qué conferencias ve usted primero. Al guardar un cambio, primero se le indica qué cambia y se le pide que lo confirme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenpoint works offline. Tell it once which office this is: the packages you send carry this identity, and your country decides which conferences&apos; recommendations you see first.</source>
        <translation>Tenpoint funciona sin conexión. Indíquele una sola vez qué oficina es esta: los paquetes que envíe llevan esta identidad, y su país determina las recomendaciones de qué conferencias ve usted primero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. UNHCR Representation in Kenya</source>
        <translation>p. ej., Representación del ACNUR en Kenya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is headquarters (merges the offices&apos; packages)</source>
        <translation>Esta es la sede (combina los paquetes de las oficinas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Office name:</source>
        <translation>&amp;Nombre de la oficina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conferences:</source>
        <translation>Conferencias:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no country)</source>
        <translation>(sin país)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the country&apos;s name or its code, then choose it from the list.</source>
        <translation>Escriba parte del nombre del país o su código y luego elíjalo de la lista.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;{typed}&quot; is not a country of the list. Type part of its name or its code and choose it from the list.</source>
        <translation>&quot;{typed}&quot; no es un país de la lista. Escriba parte de su nombre o su código y elíjalo de la lista.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Headquarters sees every region&apos;s conferences.</source>
        <translation>La sede ve las conferencias de todas las regiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This country took part in none of the regional conferences; you will see all of them.</source>
        <translation>Este país no participó en ninguna de las conferencias regionales; verá todas.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Change the office identity?</source>
        <translation>¿Cambiar la identidad de la oficina?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange identity</source>
        <translation>&amp;Cambiar identidad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>with no country</source>
        <translation>sin país</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation is set up as “{old}”, {old_country}. Change it to “{new}”, {new_country}?</source>
        <translation>Esta instalación está configurada como “{old}”, {old_country}. ¿Cambiarla a “{new}”, {new_country}?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Packages already sent keep the old name and country; each office knows headquarters by the new ones from the next update it receives.</source>
        <translation>Los paquetes ya enviados conservan el nombre y el país anteriores; cada oficina conocerá a la sede por los nuevos a partir de la próxima actualización que reciba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages already sent keep the old name and country; headquarters knows this office by the new ones from its next package.</source>
        <translation>Los paquetes ya enviados conservan el nombre y el país anteriores; la sede conocerá a esta oficina por los nuevos a partir de su próximo paquete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conferences whose recommendations you see first are those listed under Conferences. Activities recorded for a country other than {country} can no longer be sent: headquarters refuses them when they arrive in a package, and here they can be saved only with this country.</source>
        <translation>Las conferencias cuyas recomendaciones ve primero son las que figuran en Conferencias. Las actividades registradas para un país distinto de {country} ya no se pueden enviar: la sede las rechaza cuando llegan en un paquete, y aquí solo pueden guardarse con este país.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The office keeps its ID and its signing key: its activities stay its own, and its packages are still recognised where they arrive.</source>
        <translation>La oficina conserva su ID y su clave de firma: sus actividades siguen siendo suyas y sus paquetes se siguen reconociendo allí donde llegan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>As a field office, this installation sends its activities to headquarters and no longer takes in the offices&apos; packages.</source>
        <translation>Como oficina en el terreno, esta instalación envía sus actividades a la sede y deja de recibir los paquetes de las oficinas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As headquarters, this installation takes in the offices&apos; packages and sends them updates, instead of sending its own package to headquarters.</source>
        <translation>Como sede, esta instalación recibe los paquetes de las oficinas y les envía actualizaciones, en lugar de enviar su propio paquete a la sede.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Choose the office&apos;s country.</source>
        <translation>Elija el país de la oficina.</translation>
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
        <translation>Abriendo la base de datos compartida {location}...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the database in {folder}...</source>
        <translation>Abriendo la base de datos en {folder}...</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <location filename="../../desktop/sync/area.py" line="+85"/>
        <source>History of packages</source>
        <translation>Historial de paquetes</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+228"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Import &amp;files...</source>
        <translation>Importar arc&amp;hivos...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a f&amp;older...</source>
        <translation>Importar una carpe&amp;ta...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;keys...</source>
        <translation>Cla&amp;ves de confianza...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offices&apos; package signing keys this installation trusts, and its own key.</source>
        <translation>Las claves de firma de paquetes de las oficinas en las que confía esta instalación, y su propia clave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packages from offices or headquarters, and filled templates. Every file is checked and previewed before anything is written.</source>
        <translation>Paquetes de las oficinas o de la sede, y plantillas completadas. Cada archivo se comprueba y se muestra en vista previa antes de escribir nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import packages</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a folder of packages</source>
        <translation>Importar una carpeta de paquetes</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Checking %Ln files...</source>
        <translation>
            <numerusform>Comprobando %Ln archivo...</numerusform>
            <numerusform>Comprobando %Ln archivos...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening {file}...</source>
        <translation>Abriendo {file}...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se escribió nada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the rejected rows as</source>
        <translation>Guardar las filas rechazadas como</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rejected rows are listed in {path}.</source>
        <translation>Las filas rechazadas figuran en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import done.</source>
        <translation>Importación terminada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import done</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/comparison.py" line="+33"/>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/messages.py" line="+17"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office package</source>
        <translation>Paquete de oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters update</source>
        <translation>Actualización de la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import</source>
        <translation>Listo para importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid rows only</source>
        <translation>Solo filas válidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New office key</source>
        <translation>Nueva clave de oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after signing</source>
        <translation>Modificado tras la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong key</source>
        <translation>Clave incorrecta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept this installation&apos;s version</source>
        <translation>se conservó la versión de esta instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept the received version</source>
        <translation>se conservó la versión recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved an edited version</source>
        <translation>se guardó una versión editada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{state} (imported unsigned)</source>
        <translation>{state} (importado sin firmar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cells were changed after the package was exported.</source>
        <translation>Se modificaron celdas después de exportar el paquete.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities were edited in the file after export, on the version held here: once you accept the file as unsigned data, they are updated, and their history says so.</source>
        <translation>
            <numerusform>%Ln actividad se editó en el archivo después de la exportación, sobre la versión que hay aquí: si acepta el archivo como datos sin firmar, se actualiza, y su historial lo indica.</numerusform>
            <numerusform>%Ln actividades se editaron en el archivo después de la exportación, sobre la versión que hay aquí: si acepta el archivo como datos sin firmar, se actualizan, y su historial lo indica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln older versions will be ignored: they never overwrite newer data.</source>
        <translation>
            <numerusform>Se ignorará %Ln versión anterior: nunca sobrescribe datos más recientes.</numerusform>
            <numerusform>Se ignorarán %Ln versiones anteriores: nunca sobrescriben datos más recientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln deletions.</source>
        <translation>
            <numerusform>%Ln eliminación.</numerusform>
            <numerusform>%Ln eliminaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities acknowledged by headquarters.</source>
        <translation>
            <numerusform>%Ln actividad confirmada por la sede.</numerusform>
            <numerusform>%Ln actividades confirmadas por la sede.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln catalog updates.</source>
        <translation>
            <numerusform>%Ln actualización del catálogo.</numerusform>
            <numerusform>%Ln actualizaciones del catálogo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln changes to the catalog by headquarters (new items, corrections, retirements, merges).</source>
        <translation>
            <numerusform>%Ln cambio en el catálogo hecho por la sede (elementos nuevos, correcciones, retiros, fusiones).</numerusform>
            <numerusform>%Ln cambios en el catálogo hechos por la sede (elementos nuevos, correcciones, retiros, fusiones).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: rejected, nothing imported from it.</source>
        <translation>{file}: rechazado, no se importó nada de él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {counts}.</source>
        <translation>{file}: {counts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as unsigned data: the activity history records it.</source>
        <translation>Importado como datos sin firmar: el historial de la actividad lo registra.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="-24"/>
        <source>{counts} (valid rows only)</source>
        <translation>{counts} (solo filas válidas)</translation>
    </message>
</context>
<context>
    <name>SyncTableModel</name>
    <message>
        <location filename="../../desktop/sync/conflicts_panel.py" line="-212"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-302"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from</source>
        <translation>Recibida de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs in</source>
        <translation>Difiere en</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="+5"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation&apos;s version (mine)</source>
        <translation>Versión de esta instalación (la mía)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received version (theirs)</source>
        <translation>Versión recibida (la de ellos)</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="+41"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-27"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-3"/>
        <location line="+14"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office or region</source>
        <translation>Oficina o región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletions</source>
        <translation>Eliminaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/sync/keys_dialog.py" line="-132"/>
        <source>By</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-13"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/keys_dialog.py" line="-4"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/preview_dialog.py" line="-30"/>
        <source>Waiting for your confirmation</source>
        <translation>Pendiente de su confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for your decision</source>
        <translation>Pendiente de su decisión</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../desktop/progress/targets_page.py" line="+15"/>
        <source>An activity counts toward a target when it is linked to the target or to one of the actions that serve it, and is completed, or ongoing with evidence recorded.</source>
        <translation>Una actividad cuenta para una meta cuando está vinculada a la meta o a una de las acciones que contribuyen a ella, y está finalizada, o en curso con evidencia registrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the threshold reached (%)</source>
        <translation>Porcentaje del umbral alcanzado (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Select a target to see the countries and activities that count toward it.</source>
        <translation>Seleccione una meta para ver los países y las actividades que cuentan para ella.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Progress towards each target</source>
        <translation>Progreso hacia cada meta</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code}: {text}
Threshold: {threshold} (“{source}”). Achieved: {achieved}. {progress}.
Countries that count: {countries}</source>
        <translation>{code}: {text}
Umbral: {threshold} (“{source}”). Logrado: {achieved}. {progress}.
Países que cuentan: {countries}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../desktop/progress/timeline_page.py" line="+15"/>
        <source>An activity counts in the year it started, or in the year it was recorded when it has no start date.</source>
        <translation>Una actividad cuenta en el año en que comenzó o, si no tiene fecha de inicio, en el año en que se registró.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Click a bar or a number to list the activities behind it.</source>
        <translation>Haga clic en una barra o en un número para ver la lista de las actividades correspondientes.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Activities by year and status</source>
        <translation>Actividades por año y estado</translation>
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
            <numerusform>{what}: %Ln actividad. Haga doble clic en ella para abrirla.</numerusform>
            <numerusform>{what}: %Ln actividades. Haga doble clic en una para abrirla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../desktop/activities/messages.py" line="+15"/>
        <source>Give the activity a title.</source>
        <translation>Dé un título a la actividad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link at least one catalog item that this activity follows up on.</source>
        <translation>Vincule al menos un elemento del catálogo al que esta actividad dé seguimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a status from the list.</source>
        <translation>Elija un estado de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a kind of activity from the list.</source>
        <translation>Elija un tipo de actividad de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a country of the list; choose one from it.</source>
        <translation>&quot;{value}&quot; no es un país de la lista; elija uno de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office records its own country&apos;s activities; &quot;{value}&quot; is another country.</source>
        <translation>Esta oficina registra las actividades de su propio país; &quot;{value}&quot; es otro país.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date ({value}) is before the start date.</source>
        <translation>La fecha de fin ({value}) es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of people reached cannot be negative.</source>
        <translation>El número de personas alcanzadas no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a whole number. Type the number of people, e.g. 50, or leave it empty.</source>
        <translation>&quot;{value}&quot; no es un número entero. Escriba el número de personas, p. ej., 50, o déjelo vacío.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text holds an invisible control character ({value}) that cannot be saved; remove it (it often comes with text pasted from another program).</source>
        <translation>Este texto contiene un carácter de control invisible ({value}) que no se puede guardar; elimínelo (suele venir con texto pegado desde otro programa).</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The title has %Ln characters.</source>
        <translation>
            <numerusform>El título tiene %Ln carácter.</numerusform>
            <numerusform>El título tiene %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This text has %Ln characters.</source>
        <translation>
            <numerusform>Este texto tiene %Ln carácter.</numerusform>
            <numerusform>Este texto tiene %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %Ln characters fit.</source>
        <translation>
            <numerusform>Cabe como máximo %Ln carácter.</numerusform>
            <numerusform>Caben como máximo %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These codes are not in the catalog: {codes}.</source>
        <translation>
            <numerusform>Este código no está en el catálogo: {codes}.</numerusform>
            <numerusform>Estos códigos no están en el catálogo: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This value cannot be saved ({code}).</source>
        <translation>Este valor no se puede guardar ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+36"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in a package</source>
        <translation>Recibida en un paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved</source>
        <translation>Conflicto resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict detected</source>
        <translation>Conflicto detectado</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/messages.py" line="+203"/>
        <source>This activity was saved by someone else since you opened it (it is now at revision {found}; you opened revision {expected}). Your changes have not been saved.</source>
        <translation>Otra persona guardó esta actividad después de que usted la abriera (ahora está en la revisión {found}; usted abrió la revisión {expected}). Sus cambios no se han guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This activity belongs to {owner}; it can be read here but not changed.</source>
        <translation>Esta actividad pertenece a {owner}; aquí se puede leer, pero no modificar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This activity no longer exists or has been deleted; nothing was changed.</source>
        <translation>Esta actividad ya no existe o ha sido eliminada; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation has no office yet. Set up the office (its name and country) before recording activities.</source>
        <translation>Esta instalación aún no tiene oficina. Configure la oficina (su nombre y su país) antes de registrar actividades.</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../../desktop/shared/labels.py" line="-17"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location filename="../../exporters/activity.py" line="+29"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legislative and policy reform</source>
        <translation>Reforma legislativa y de políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity-building</source>
        <translation>Fortalecimiento de capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication and outreach</source>
        <translation>Comunicación y difusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection and analysis</source>
        <translation>Recolección de información y análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation and coordination</source>
        <translation>Cooperación y coordinación</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../exporters/layout.py" line="+94"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is being done, in a line</source>
        <translation>Lo que se hace, en una línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked items</source>
        <translation>Elementos vinculados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item codes</source>
        <translation>Códigos de elementos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../exporters/validation_lists.py" line="+26"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country</source>
        <translation>Sin país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Interior</source>
        <translation>p. ej., Ministerio del Interior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other organisations taking part, separated by commas</source>
        <translation>Otras organizaciones participantes, separadas por comas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People reached</source>
        <translation>Personas alcanzadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the activity is and who it is for</source>
        <translation>Qué es la actividad y a quién se dirige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress notes</source>
        <translation>Notas de avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the activity stands</source>
        <translation>En qué punto está la actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it achieved</source>
        <translation>Lo que logró</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>References to documents or links, one per line</source>
        <translation>Referencias a documentos o enlaces, una por línea</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+45"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint met an unexpected error. It has been written to the log file; the application keeps running where it can.</source>
        <translation>Tenpoint encontró un error inesperado. Se ha anotado en el archivo de registro; la aplicación sigue funcionando en la medida de lo posible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tenpoint cannot start</source>
        <translation>Tenpoint no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../desktop/shared/formatting.py" line="+47"/>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+27"/>
        <source>on request</source>
        <translation>a petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a schema upgrade</source>
        <translation>antes de una actualización del esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other file</source>
        <translation>otro archivo</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../build/translations/catalog_labels.py" line="+5"/>
        <source>Cooperation among key partners</source>
        <translation>Cooperación entre socios clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection and analysis</source>
        <translation>Recolección de información y análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection-sensitive entry systems</source>
        <translation>Sistemas de ingreso sensibles a la protección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception arrangements</source>
        <translation>Mecanismos de recepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanisms for profiling and referral</source>
        <translation>Mecanismos de elaboración de perfiles y remisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differentiated processes and procedures</source>
        <translation>Procesos y procedimientos diferenciados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions for refugees</source>
        <translation>Soluciones para los refugiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressing secondary movements</source>
        <translation>Abordar los movimientos secundarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return arrangements for non-refugees and alternative migration options</source>
        <translation>Retorno de personas no refugiadas y opciones migratorias alternativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information strategy</source>
        <translation>Estrategia de información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gulf of Aden</source>
        <translation>Golfo de Adén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West Africa</source>
        <translation>África Occidental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Americas</source>
        <translation>Las Américas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East and Horn of Africa, Great Lakes and Southern Africa</source>
        <translation>África Oriental, Cuerno de África, Grandes Lagos y África Meridional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia</source>
        <translation>Asia Central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific</source>
        <translation>Asia y el Pacífico</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/catalog_edit_words.py" line="+41"/>
        <source>{field} is required.</source>
        <translation>El campo {field} es obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &quot;{value}&quot; is not a date (write it as 2013-05-06).</source>
        <translation>{field}: &quot;{value}&quot; no es una fecha (escríbala como 2013-05-06).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; is not one of the choices offered.</source>
        <translation>{field}: &quot;{value}&quot; no es una de las opciones ofrecidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; is not a valid code (capital letters, digits, dots and hyphens).</source>
        <translation>{field}: &quot;{value}&quot; no es un código válido (letras mayúsculas, dígitos, puntos y guiones).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; must list action areas by their numbers, 1 to 10.</source>
        <translation>{field}: &quot;{value}&quot; debe indicar las áreas de acción por sus números, del 1 al 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the catalog already has &quot;{value}&quot;; choose another code.</source>
        <translation>{field}: el catálogo ya contiene &quot;{value}&quot;; elija otro código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the catalog has nothing with the code &quot;{value}&quot;.</source>
        <translation>{field}: el catálogo no contiene nada con el código &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is before the start date.</source>
        <translation>{field}: {value} es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is printed in the June 2011 compilation: its text stays as printed. Annotate it, or supersede it with a new item.</source>
        <translation>{value} figura impreso en la recopilación de junio de 2011: su texto se mantiene tal como se imprimió. Anótelo, o sustitúyalo por un elemento nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: an item cannot be merged into itself.</source>
        <translation>{field}: un elemento no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is retired; merge into an item in use.</source>
        <translation>{field}: {value} está retirado; fusione en un elemento en uso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is already retired.</source>
        <translation>{value} ya está retirado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not retired.</source>
        <translation>{value} no está retirado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} was merged into another item already.</source>
        <translation>{value} ya se fusionó en otro elemento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} belongs to another document.</source>
        <translation>{field}: {value} pertenece a otro documento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: this change does not use it; empty the cell, or choose in What to do the change that uses it.</source>
        <translation>{field}: esta operación no lo usa; vacíe la celda o elija en Operación la que lo usa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only headquarters edits the catalog; offices receive its changes in updates.</source>
        <translation>Solo la sede edita el catálogo; las oficinas reciben sus cambios en las actualizaciones.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workbook has none of the catalog workbook&apos;s sheets (Events, Documents, Sections, Items, Changes...); write one with `tenpoint catalog template`.</source>
        <translation>El libro no tiene ninguna de las hojas de un libro de catálogo (Events, Documents, Sections, Items, Changes...); genere uno con `tenpoint catalog template`.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {column}</source>
        <translation>columna {column}</translation>
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
        <translation>en {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sheet}, row {row}: {action} {code}</source>
        <translation>{sheet}, fila {row}: {action} {code}</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_edits.py" line="+50"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+59"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="+0"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of a new region</source>
        <translation>Nombre de una región nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="-2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>Parte de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source reference (symbol, publication or link)</source>
        <translation>Referencia de la fuente (signatura, publicación o enlace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number as printed</source>
        <translation>Número tal como se imprimió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cited as</source>
        <translation>Citado como</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+2"/>
        <source>Action areas</source>
        <translation>Áreas de acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part in the event</source>
        <translation>Función en el evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field to correct</source>
        <translation>Campo por corregir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected value</source>
        <translation>Valor corregido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Superseded by</source>
        <translation>Sustituido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (kept in the history)</source>
        <translation>Motivo (se conserva en el historial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an event</source>
        <translation>Agregar un evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a document</source>
        <translation>Agregar un documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a section</source>
        <translation>Agregar una sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>Agregar un elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a country to an event</source>
        <translation>Agregar un país a un evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct an added item</source>
        <translation>Corregir un elemento agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate an item</source>
        <translation>Anotar un elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire an item</source>
        <translation>Retirar un elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate a retired item</source>
        <translation>Restablecer un elemento retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into another item</source>
        <translation>Fusionar en otro elemento</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up meeting</source>
        <translation>Reunión de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept note</source>
        <translation>Nota conceptual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary report</source>
        <translation>Informe resumido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected recommendations and follow-up</source>
        <translation>Recomendaciones seleccionadas y seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-hosts&apos; summary</source>
        <translation>Resumen de los coanfitriones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion paper</source>
        <translation>Documento de debate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome document</source>
        <translation>Documento final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>New value or text</source>
        <translation>Valor o texto nuevo</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="-2"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="+70"/>
        <source>Follow up, offline, on the recommendations of the 10-Point Plan regional conferences. Without a command, opens the application.</source>
        <translation>Dar seguimiento, sin conexión, a las recomendaciones de las conferencias regionales del Plan de los 10 Puntos. Sin un comando, abre la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/commands/catalog_command.py" line="+50"/>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/backup_command.py" line="+36"/>
        <source>must be 1 or more</source>
        <translation>debe ser 1 o más</translation>
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
        <translation>conservar las N copias de seguridad más recientes en la carpeta de datos (se guarda también para las copias automáticas; predeterminado: 20)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>back the database up now</source>
        <translation>hacer ahora una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOLDER</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the backup to this folder (never rotated) instead of the data folder&apos;s backups</source>
        <translation>escribir la copia de seguridad en esta carpeta (nunca se rota) en lugar de en las copias de seguridad de la carpeta de datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the backups in the data folder</source>
        <translation>listar las copias de seguridad de la carpeta de datos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>damaged: cannot be restored</source>
        <translation>dañada: no se puede restaurar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no office set up</source>
        <translation>ninguna oficina configurada</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln activities, {office}</source>
        <translation>
            <numerusform>%Ln actividad, {office}</numerusform>
            <numerusform>%Ln actividades, {office}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backups in {folder}.</source>
        <translation>No hay copias de seguridad en {folder}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln backups in {folder}, newest first.</source>
        <translation>
            <numerusform>%Ln copia de seguridad en {folder}.</numerusform>
            <numerusform>%Ln copias de seguridad en {folder}, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %Ln backups are kept:</source>
        <translation>
            <numerusform>Se conserva %Ln copia de seguridad, la más reciente:</numerusform>
            <numerusform>Se conservan las %Ln copias de seguridad más recientes:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>replace the database by a backup (the current state is backed up first)</source>
        <translation>reemplazar la base de datos por una copia de seguridad (antes se hace una copia de seguridad del estado actual)</translation>
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
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file, or its name in the data folder&apos;s backups</source>
        <translation>el archivo de la copia de seguridad, o su nombre en las copias de seguridad de la carpeta de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+37"/>
        <source>do not ask for confirmation</source>
        <translation>no pedir confirmación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring replaces the database: add --yes to confirm.</source>
        <translation>La restauración reemplaza la base de datos: agregue --yes para confirmar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the database by the backup of {date} ({reason})? The current state is backed up first. [y/N] </source>
        <translation>¿Reemplazar la base de datos por la copia de seguridad del {date} ({reason})? Antes se hace una copia de seguridad del estado actual. [s/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+38"/>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+0"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was restored.</source>
        <translation>No se restauró nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current state was backed up first: {path}</source>
        <translation>Antes se hizo una copia de seguridad del estado actual: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored {path}.</source>
        <translation>Se restauró {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its schema was upgraded from {old} to {new}.</source>
        <translation>Su esquema se actualizó de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="-2"/>
        <source>look at the recommendations catalog</source>
        <translation>consultar el catálogo de recomendaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counts per event, document and kind</source>
        <translation>recuentos por evento, documento y tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>mostrar en formato JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one item with its source and links</source>
        <translation>un elemento con su fuente y sus vínculos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/commands/export_command.py" line="+57"/>
        <location filename="../../desktop/commands/report_command.py" line="+42"/>
        <location line="+8"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item code, e.g. DES-SR-VIII-04</source>
        <translation>código del elemento, p. ej., DES-SR-VIII-04</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: write the catalog workbook to fill (events, documents, sections, items, changes)</source>
        <translation>en la sede: escribir el libro de catálogo para completar (eventos, documentos, secciones, elementos, cambios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>FILE.xlsx</source>
        <translation>ARCHIVO.xlsx</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the workbook to write</source>
        <translation>el libro que se escribirá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: apply a filled catalog workbook, all of it or nothing</source>
        <translation>en la sede: aplicar un libro de catálogo completado, todo o nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the filled catalog workbook</source>
        <translation>el libro de catálogo completado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the outcome as JSON</source>
        <translation>mostrar el resultado en formato JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: the catalog workbook to fill. Import it with `tenpoint catalog import {path}`.</source>
        <translation>Se generó {path}: el libro de catálogo para completar. Impórtelo con `tenpoint catalog import {path}`.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Catalog version {version}, edition {edition}: %Ln items</source>
        <translation>
            <numerusform>Versión del catálogo {version}, edición {edition}: %Ln elemento</numerusform>
            <numerusform>Versión del catálogo {version}, edición {edition}: %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By kind:</source>
        <translation>Por tipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By event:</source>
        <translation>Por evento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By document:</source>
        <translation>Por documento:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up activities reported in 2011: {count}</source>
        <translation>Actividades de seguimiento informadas en 2011: {count}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(retired: no longer in the current catalog)</source>
        <translation>(retirado: ya no figura en el catálogo actual)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event:     {name}</source>
        <translation>Evento:     {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document:  {title} ({code})</source>
        <translation>Documento:  {title} ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section:   {section}</source>
        <translation>Sección:    {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading:   {heading}</source>
        <translation>Encabezado: {heading}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of:   {code}</source>
        <translation>Parte de:   {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-items:</source>
        <translation>Subpuntos:</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>{file}: not imported; %Ln problems, each to correct in the workbook:</source>
        <translation>
            <numerusform>{file}: no importado; %Ln problema, que debe corregirse en el libro:</numerusform>
            <numerusform>{file}: no importado; %Ln problemas, que deben corregirse uno por uno en el libro:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed: the catalog stays as it was.</source>
        <translation>No se cambió nada: el catálogo queda como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: no rows filled; nothing to do.</source>
        <translation>{file}: no hay filas completadas; nada que hacer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{file}: %Ln rows</source>
        <translation>
            <numerusform>{file}: %Ln fila</numerusform>
            <numerusform>{file}: %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In all:</source>
        <translation>En total:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity links moved to the surviving items: {count}</source>
        <translation>Vínculos de actividades trasladados a los elementos que se conservan: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was changed. Importing would raise the catalog edition from {old} to {new}.</source>
        <translation>Simulación: no se cambió nada. La importación elevaría la edición del catálogo de {old} a {new}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: the catalog edition is now {new} (it was {old}).</source>
        <translation>Importado: la edición del catálogo es ahora {new} (era {old}).</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Cross-references: {links}, {suspect}, {unresolved}</source>
        <translation>Referencias cruzadas: {links}, {suspect}, {unresolved}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action-area links: {explicit}, {inferred}</source>
        <translation>Vínculos con áreas de acción: {explicit}, {inferred}</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%Ln links</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln vínculo</numerusform>
            <numerusform>%Ln vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln suspect</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln dudoso</numerusform>
            <numerusform>%Ln dudosos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unresolved</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln sin resolver</numerusform>
            <numerusform>%Ln sin resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln stated in the text</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>%Ln indicado en el texto</numerusform>
            <numerusform>%Ln indicados en el texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inferred</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>%Ln inferido</numerusform>
            <numerusform>%Ln inferidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Source:    lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>Fuente:     línea {lines} de la recopilación de junio de 2011</numerusform>
            <numerusform>Fuente:     líneas {lines} de la recopilación de junio de 2011</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Repeated word for word in Annex I, lines {lines}.</source>
        <translation>
            <numerusform>Repetido textualmente en el anexo I, línea {lines}.</numerusform>
            <numerusform>Repetido textualmente en el anexo I, líneas {lines}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Repeated in Annex I, lines {lines}, with this wording:</source>
        <translation>
            <numerusform>Repetido en el anexo I, línea {lines}, con esta redacción:</numerusform>
            <numerusform>Repetido en el anexo I, líneas {lines}, con esta redacción:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>10-Point Plan action areas: none assigned</source>
        <translation>Áreas de acción del Plan de los 10 Puntos: ninguna asignada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10-Point Plan action areas:</source>
        <translation>Áreas de acción del Plan de los 10 Puntos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[suspect: {reason}]</source>
        <translation>[dudoso: {reason}]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unresolved)</source>
        <translation>(sin resolver)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cites (printed &quot;{printed}&quot;):</source>
        <translation>Cita (impreso como &quot;{printed}&quot;):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cited by:</source>
        <translation>Citado por:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up activities: none recorded</source>
        <translation>Actividades de seguimiento: ninguna registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up activities:</source>
        <translation>Actividades de seguimiento:</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflicts_command.py" line="+22"/>
        <source>list concurrent edits kept side by side, and resolve them</source>
        <translation>listar las ediciones simultáneas conservadas en paralelo, y resolverlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/commands/keys_command.py" line="-10"/>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the open conflicts with both versions (default)</source>
        <translation>los conflictos abiertos con ambas versiones (predeterminado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep one of the two versions</source>
        <translation>conservar una de las dos versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local: the version shown here; incoming: the one received</source>
        <translation>local: la versión que se muestra aquí; incoming: la recibida</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflict {id} resolved: kept the local version. The decision is in the activity&apos;s history and travels with the next package.</source>
        <translation>Conflicto {id} resuelto: se conservó la versión local. La decisión figura en el historial de la actividad y viaja con el próximo paquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict {id} resolved: kept the incoming version. The decision is in the activity&apos;s history and travels with the next package.</source>
        <translation>Conflicto {id} resuelto: se conservó la versión recibida. La decisión figura en el historial de la actividad y viaja con el próximo paquete.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln open conflicts. Resolve one with: tenpoint conflicts resolve ID --keep local|incoming</source>
        <translation>
            <numerusform>%Ln conflicto abierto. Resuélvalo con: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>%Ln conflictos abiertos. Resuelva uno con: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#{id}  {title}  [{owner}]</source>
        <translation>#{id}  {title}  [{owner}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {sender}, detected {date}; differs in: {fields}</source>
        <translation>de {sender}, detectado el {date}; difiere en: {fields}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing (same content)</source>
        <translation>nada (mismo contenido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local (by {who}):</source>
        <translation>local (de {who}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming (by {who}):</source>
        <translation>recibida (de {who}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/export_command.py" line="-83"/>
        <source>Password protection: the recipient needs the password to open or import the package (Excel and LibreOffice ask for it too), and a lost password cannot be recovered. There is no option taking the password itself: it would show in the list of running processes and in the shell history. Scripts may set the environment variable {variable} instead.</source>
        <translation>Protección con contraseña: el destinatario necesita la contraseña para abrir o importar el paquete (Excel y LibreOffice también la piden), y una contraseña perdida no se puede recuperar. No hay ninguna opción que reciba la propia contraseña: se vería en la lista de procesos en ejecución y en el historial del shell. En su lugar, los scripts pueden definir la variable de entorno {variable}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the password is never given on the command line (it would show in the list of running processes and in the shell history): use --password-file FILE or {variable}</source>
        <translation>la contraseña nunca se indica en la línea de comandos (se vería en la lista de procesos en ejecución y en el historial del shell): use --password-file ARCHIVO o {variable}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>protect the file with the password on the first line of FILE</source>
        <translation>proteger el archivo con la contraseña que figura en la primera línea de ARCHIVO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protect the file with a password typed twice (not shown)</source>
        <translation>proteger el archivo con una contraseña escrita dos veces (no se muestra)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the password file {path}: {detail}.</source>
        <translation>No se pudo leer el archivo de contraseña {path}: {detail}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line of {path} is empty: it holds no password.</source>
        <translation>La primera línea de {path} está vacía: no contiene ninguna contraseña.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for the file: </source>
        <translation>Contraseña para el archivo: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty password protects nothing; nothing was written.</source>
        <translation>Una contraseña vacía no protege nada; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same password again: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ; nothing was written.</source>
        <translation>Las dos contraseñas no coinciden; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write a sync package (.xlsx) to send by e-mail or USB stick</source>
        <translation>escribir un paquete de sincronización (.xlsx) para enviarlo por correo electrónico o en una memoria USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/commands/template_command.py" line="-7"/>
        <source>OUT.xlsx</source>
        <translation>SALIDA.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package file to write</source>
        <translation>el archivo de paquete que se escribirá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only activities changed since they were last exported</source>
        <translation>solo las actividades modificadas desde su última exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/commands/report_command.py" line="-2"/>
        <source>OFFICE_ID</source>
        <translation>ID_OFICINA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at headquarters: an update package for this office</source>
        <translation>en la sede: un paquete de actualización para esta oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: an update package for a region (GOA, WAF, AME, EHSA, CAS, APAC)</source>
        <translation>en la sede: un paquete de actualización para una región (GOA, WAF, AME, EHSA, CAS, APAC)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln eliminación</numerusform>
            <numerusform>%Ln eliminaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledgements</source>
        <translation>
            <numerusform>%Ln confirmación de recepción</numerusform>
            <numerusform>%Ln confirmaciones de recepción</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}: {contents} (package {id}).</source>
        <translation>Se generó {path}: {contents} (paquete {id}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file is protected with a password: send the password by another way than the file (a phone call, say).</source>
        <translation>El archivo está protegido con contraseña: envíe la contraseña por una vía distinta del archivo (por teléfono, por ejemplo).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="-9"/>
        <source>import sync packages or filled templates (.xlsx files or folders)</source>
        <translation>importar paquetes de sincronización o plantillas completadas (archivos .xlsx o carpetas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package files, or folders whose .xlsx files to import</source>
        <translation>archivos de paquete, o carpetas cuyos archivos .xlsx se importarán</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="-167"/>
        <location filename="../../desktop/commands/import_command.py" line="+3"/>
        <source>show what importing would do, change nothing</source>
        <translation>mostrar lo que haría la importación, sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="+2"/>
        <source>print the summary as JSON</source>
        <translation>mostrar el resumen en formato JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password of protected packages, on the first line of FILE (there is no option taking the password itself: it would show in the process list and the shell history; {variable} works too; on a terminal, Tenpoint asks)</source>
        <translation>la contraseña de los paquetes protegidos, en la primera línea de ARCHIVO (no hay ninguna opción que reciba la propia contraseña: se vería en la lista de procesos y en el historial del shell; {variable} también sirve; en una terminal, Tenpoint la pide)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ERRORS.xlsx</source>
        <translation>ERRORES.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the valid rows of packages with rejected rows, and list the rejected rows in this workbook</source>
        <translation>importar las filas válidas de los paquetes con filas rechazadas, y listar las filas rechazadas en este libro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import packages without a valid signature (filled templates, files edited after export) as unsigned data; the activity history records it</source>
        <translation>importar los paquetes sin una firma válida (plantillas completadas, archivos editados después de la exportación) como datos sin firmar; el historial de la actividad lo registra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FINGERPRINT</source>
        <translation>HUELLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust this new office key, after checking its fingerprint with the office (repeatable)</source>
        <translation>confiar en esta nueva clave de oficina, tras verificar su huella digital con la oficina (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="+178"/>
        <location filename="../../desktop/commands/import_command.py" line="+13"/>
        <source>No such file: {path}</source>
        <translation>No existe el archivo: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="+23"/>
        <source>
Rejected rows are listed in {path}.</source>
        <translation>
Las filas rechazadas figuran en {path}.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {file} (empty to skip the file): </source>
        <translation>Contraseña para {file} (vacía para omitir el archivo): </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To import a protected package, give its password: --password-file FILE (the password on the first line of FILE), or the environment variable {variable}; run in a terminal, Tenpoint asks for it.</source>
        <translation>Para importar un paquete protegido, indique su contraseña: --password-file ARCHIVO (la contraseña en la primera línea de ARCHIVO) o la variable de entorno {variable}; si se ejecuta en una terminal, Tenpoint la pide.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/keys_command.py" line="-1"/>
        <source>this installation&apos;s signing key and the trusted office keys</source>
        <translation>la clave de firma de esta instalación y las claves de oficina de confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this installation&apos;s fingerprint and the trusted keys (default)</source>
        <translation>la huella digital de esta instalación y las claves de confianza (predeterminado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write this installation&apos;s public key to a file, for headquarters&apos; IT</source>
        <translation>escribir la clave pública de esta instalación en un archivo, para el servicio de TI de la sede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trust an office&apos;s key from the file its IT provides</source>
        <translation>confiar en la clave de una oficina a partir del archivo que proporciona su servicio de TI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forget an office&apos;s key (e.g. the office was reinstalled): its next package asks to confirm the new one</source>
        <translation>olvidar la clave de una oficina (p. ej., si la oficina se reinstaló): su próximo paquete pide confirmar la nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OFFICE</source>
        <translation>OFICINA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office ID or name</source>
        <translation>ID o nombre de la oficina</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public key written to {path} (fingerprint {fingerprint}). It is not secret; give it to headquarters&apos; IT.</source>
        <translation>Clave pública escrita en {path} (huella digital {fingerprint}). No es secreta; entréguela al servicio de TI de la sede.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted the key of {office}: fingerprint {fingerprint}.</source>
        <translation>La clave de {office} es ahora de confianza: huella digital {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed the key of {office} ({fingerprint}). Its next package shows the key&apos;s fingerprint to confirm.</source>
        <translation>Se quitó la clave de {office} ({fingerprint}). Su próximo paquete mostrará la huella digital de la clave para que la confirme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from a key file</source>
        <translation>desde un archivo de clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed on import</source>
        <translation>confirmada al importar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation&apos;s key: {fingerprint}</source>
        <translation>Clave de esta instalación: {fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No office keys are trusted yet.</source>
        <translation>Aún no hay claves de oficina de confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{office_id}, registered {when} by {user}, {source}</source>
        <translation>{office_id}, registrada el {when} por {user}, {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/report_command.py" line="-16"/>
        <source>{value} is not a date like 2026-12-31</source>
        <translation>{value} no es una fecha como 2026-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a follow-up report: a workbook (.xlsx) or a printable compilation (.pdf)</source>
        <translation>escribir un informe de seguimiento: un libro (.xlsx) o una recopilación imprimible (.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT.xlsx|OUT.pdf</source>
        <translation>SALIDA.xlsx|SALIDA.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report file to write</source>
        <translation>el archivo de informe que se escribirá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this region&apos;s conferences (GOA, WAF, AME, EHSA, CAS, APAC)</source>
        <translation>solo las conferencias de esta región (GOA, WAF, AME, EHSA, CAS, APAC)</translation>
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
        <translation>solo las actividades de este país (código ISO, p. ej., KE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only this office&apos;s activities</source>
        <translation>solo las actividades de esta oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this conference (SAN, DKR, SJO, DES, MNL, ALA)</source>
        <translation>solo esta conferencia (SAN, DKR, SJO, DES, MNL, ALA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only items of this action area of the 10-Point Plan</source>
        <translation>solo los elementos de esta área de acción del Plan de los 10 Puntos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only activities of this status</source>
        <translation>solo las actividades con este estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>only activities running on or after this day</source>
        <translation>solo las actividades en ejecución en esta fecha o después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only activities running on or before this day</source>
        <translation>solo las actividades en ejecución en esta fecha o antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count the follow-up the 2011 compilation reported (left out by default: it is the baseline)</source>
        <translation>contar el seguimiento informado en la recopilación de 2011 (excluido de forma predeterminada: es la línea de base)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF&apos;s paper (default A4)</source>
        <translation>el papel del PDF (predeterminado: A4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path}: a report is written as .xlsx or .pdf.</source>
        <translation>{path}: un informe se escribe como .xlsx o .pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {path}: {contents}.</source>
        <translation>Se generó {path}: {contents}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/setup_command.py" line="-3"/>
        <source>set this installation&apos;s office identity</source>
        <translation>definir la identidad de la oficina de esta instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/commands/template_command.py" line="-2"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the office&apos;s name</source>
        <translation>el nombre de la oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166-1 alpha-2 country code (optional for headquarters)</source>
        <translation>código de país ISO 3166-1 alfa-2 (opcional para la sede)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is headquarters</source>
        <translation>esta es la sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headquarters only: keep the data in this shared PostgreSQL database (such as postgresql://tenpoint@server:5432/tenpoint?sslmode=verify-full or postgresql:///?service=tenpoint) rather than on this computer, from now on. The password is read from your PostgreSQL password file, never from the URL</source>
        <translation>solo para la sede: conservar en adelante los datos en esta base de datos PostgreSQL compartida (como postgresql://tenpoint@server:5432/tenpoint?sslmode=verify-full o postgresql:///?service=tenpoint) en lugar de en este equipo. La contraseña se lee de su archivo de contraseñas de PostgreSQL, nunca de la URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change an existing identity (packages already sent keep the old one)</source>
        <translation>cambiar una identidad existente (los paquetes ya enviados conservan la anterior)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the URL gives a password, and Tenpoint never keeps a password in plain text: remove it from the URL and put it in your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file</source>
        <translation>la URL indica una contraseña, y Tenpoint nunca guarda una contraseña en texto sin cifrar: quítela de la URL y colóquela en su archivo de contraseñas de PostgreSQL (.pgpass; en Windows %APPDATA%\postgresql\pgpass.conf) o en un archivo de servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a PostgreSQL URL; give one such as postgresql://tenpoint@server:5432/tenpoint</source>
        <translation>no es una URL de PostgreSQL; indique una como postgresql://tenpoint@server:5432/tenpoint</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--database is for headquarters (--hq): a field office keeps its database on its own computer</source>
        <translation>--database es para la sede (--hq): una oficina en el terreno guarda su base de datos en su propio equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--database cannot be used by a portable copy, which keeps its database beside the program</source>
        <translation>--database no se puede usar en una copia portátil, que guarda su base de datos junto al programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ini} already chooses the database (&quot;database&quot; in its [data] section), and it wins over --database: change it there</source>
        <translation>{ini} ya elige la base de datos (&quot;database&quot; en su sección [data]), y ese valor prevalece sobre --database: cámbielo allí</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>headquarters</source>
        <translation>sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field office</source>
        <translation>oficina en el terreno</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Office:    {name} ({role})</source>
        <translation>Oficina:       {name} ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:   {country}</source>
        <translation>País:          {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:   {regions}</source>
        <translation>Regiones:      {regions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office ID: {uuid}</source>
        <translation>ID de oficina: {uuid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:  {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/template_command.py" line="-5"/>
        <source>write a blank template for an office without Tenpoint, or for bulk entry</source>
        <translation>escribir una plantilla en blanco para una oficina sin Tenpoint, o para la introducción masiva de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the template file</source>
        <translation>el archivo de plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: the office the template is for</source>
        <translation>en la sede: la oficina a la que se destina la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that office&apos;s country (ISO 3166-1 alpha-2)</source>
        <translation>el país de esa oficina (ISO 3166-1 alfa-2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows with pre-assigned IDs (default 200)</source>
        <translation>filas con ID preasignados (predeterminado: 200)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rows must be between 1 and 100000.</source>
        <translation>--rows debe estar entre 1 y 100000.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote {path}: a template for {office} ({country}) with %Ln rows.</source>
        <translation>
            <numerusform>Se generó {path}: una plantilla para {office} ({country}) con %Ln fila.</numerusform>
            <numerusform>Se generó {path}: una plantilla para {office} ({country}) con %Ln filas.</numerusform>
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
        <translation>carpeta para la base de datos, las copias de seguridad y los registros (predeterminado: la carpeta de datos de la aplicación del usuario)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>preconfiguration file (default: tenpoint.ini beside the program, if there is one)</source>
        <translation>archivo de preconfiguración (predeterminado: tenpoint.ini junto al programa, si existe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check this installation on a fresh temporary database, without a window, and exit (0 when it works)</source>
        <translation>comprobar esta instalación en una base de datos temporal nueva, sin ventana, y salir (0 si funciona)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/migrate_command.py" line="-44"/>
        <source>move this headquarters&apos; database into an empty PostgreSQL database, then compare every table</source>
        <translation>trasladar la base de datos de esta sede a una base de datos PostgreSQL vacía y luego comparar cada tabla</translation>
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
        <translation>la base de datos PostgreSQL vacía, como postgresql://tenpoint@server:5432/tenpoint</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+94"/>
        <source>Not a PostgreSQL URL; give one such as postgresql://tenpoint@server:5432/tenpoint.</source>
        <translation>No es una URL de PostgreSQL; indique una como postgresql://tenpoint@server:5432/tenpoint.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Nothing was moved.</source>
        <translation>No se trasladó nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer opens the shared database from now on ({record} says so; delete it to go back to the file).</source>
        <translation>Este equipo abre la base de datos compartida a partir de ahora (lo indica {record}; elimínelo para volver al archivo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moving the database writes to the server: add --yes to confirm.</source>
        <translation>El traslado de la base de datos escribe en el servidor: agregue --yes para confirmar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the database {path} into {location}? That database must be empty; this computer&apos;s file is left as it is. [y/N] </source>
        <translation>¿Copiar la base de datos {path} en {location}? Esa base de datos debe estar vacía; el archivo de este equipo queda como está. [s/N] </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying {path} into {location}...</source>
        <translation>Copiando {path} en {location}...</translation>
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
            <numerusform>%Ln fila, idéntica</numerusform>
            <numerusform>%Ln filas, idénticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every table was compared row by row after the copy: %Ln rows in {tables} tables, all equal.</source>
        <translation>
            <numerusform>Después de la copia se comparó cada tabla fila por fila: %Ln fila en {tables} tablas, idéntica.</numerusform>
            <numerusform>Después de la copia se comparó cada tabla fila por fila: %Ln filas en {tables} tablas, todas idénticas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To open the shared database from now on, put this in tenpoint.ini on every headquarters computer:</source>
        <translation>Para abrir en adelante la base de datos compartida, ponga esto en tenpoint.ini en cada equipo de la sede:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password belongs in each user&apos;s PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file (pg_service.conf), never in tenpoint.ini.</source>
        <translation>La contraseña va en el archivo de contraseñas de PostgreSQL de cada usuario (.pgpass; en Windows %APPDATA%\postgresql\pgpass.conf) o en un archivo de servicio (pg_service.conf), nunca en tenpoint.ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in the URL you gave was used for this move only; it is shown nowhere and kept nowhere.</source>
        <translation>La contraseña de la URL que indicó se usó solo para este traslado; no se muestra ni se guarda en ningún lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was left as it was: keep it as a backup.</source>
        <translation>{path} se dejó como estaba: consérvelo como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This data folder already uses the shared database {location}: there is no SQLite file to move.</source>
        <translation>Esta carpeta de datos ya usa la base de datos compartida {location}: no hay ningún archivo SQLite que trasladar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program is writing to {path} ({detail}): close Tenpoint wherever it uses this data folder, then try again; nothing was moved.</source>
        <translation>Otro programa está escribiendo en {path} ({detail}): cierre Tenpoint dondequiera que use esta carpeta de datos y vuelva a intentarlo; no se trasladó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {location} already holds data (table {table}): a headquarters moves only into an empty database. Ask its administrator for a new one; nothing was changed.</source>
        <translation>La base de datos {location} ya contiene datos (tabla {table}): una sede solo se traslada a una base de datos vacía. Pida una nueva a su administrador; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The move was cancelled; nothing was kept on the server.</source>
        <translation>Se canceló el traslado; no se conservó nada en el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the copy ({table}): {detail}
Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>El servidor rechazó la copia ({table}): {detail}
No se conservó nada en el servidor, y el archivo de este equipo no ha cambiado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the copy, table {table} differs on the server: the row {key} is on one side only. Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>Después de la copia, la tabla {table} difiere en el servidor: la fila {key} está solo en un lado. No se conservó nada en el servidor, y el archivo de este equipo no ha cambiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the copy, table {table} differs on the server: row {key}, column {column}. Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>Después de la copia, la tabla {table} difiere en el servidor: fila {key}, columna {column}. No se conservó nada en el servidor, y el archivo de este equipo no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../desktop/config.py" line="+229"/>
        <source>Tenpoint cannot read the settings file {path}: {value}</source>
        <translation>Tenpoint no puede leer el archivo de configuración {path}: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} is not a valid .ini file: {value}</source>
        <translation>El archivo de configuración {path} no es un archivo .ini válido: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} has an unknown section [{key}]; the known sections are [office], [data] and [interface].</source>
        <translation>El archivo de configuración {path} tiene una sección desconocida [{key}]; las secciones conocidas son [office], [data] e [interface].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} has an unknown setting &quot;{key}&quot;; check its spelling against the installation guide.</source>
        <translation>El archivo de configuración {path} tiene un parámetro desconocido &quot;{key}&quot;; compruebe su ortografía en la guía de instalación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{key}&quot; must be yes or no, not &quot;{value}&quot;.</source>
        <translation>En el archivo de configuración {path}, &quot;{key}&quot; debe ser yes o no, y no &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} presets an office but gives no office name ([office] name = ...).</source>
        <translation>El archivo de configuración {path} predefine una oficina, pero no indica su nombre ([office] name = ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} sets both a data folder and portable mode; keep one of them.</source>
        <translation>El archivo de configuración {path} define a la vez una carpeta de datos y el modo portátil; conserve solo uno de los dos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{value}&quot; is not a language code such as fr, ar or es.</source>
        <translation>En el archivo de configuración {path}, &quot;{value}&quot; no es un código de idioma como fr, ar o es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} presets the country &quot;{value}&quot;, which is not an ISO 3166-1 alpha-2 code Tenpoint knows (such as KE or YE).</source>
        <translation>El archivo de configuración {path} predefine el país &quot;{value}&quot;, que no es un código ISO 3166-1 alfa-2 que Tenpoint conozca (como KE o YE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{key}&quot; must be a PostgreSQL URL such as postgresql://tenpoint@server:5432/tenpoint or postgresql:///?service=tenpoint, not &quot;{value}&quot;.</source>
        <translation>En el archivo de configuración {path}, &quot;{key}&quot; debe ser una URL de PostgreSQL como postgresql://tenpoint@server:5432/tenpoint o postgresql:///?service=tenpoint, y no &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the settings file {path}, &quot;{key}&quot; writes a password in the database URL. Tenpoint never keeps a password in plain text: remove it from the URL and put it in your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file.</source>
        <translation>En el archivo de configuración {path}, &quot;{key}&quot; escribe una contraseña en la URL de la base de datos. Tenpoint nunca guarda una contraseña en texto sin cifrar: quítela de la URL y colóquela en su archivo de contraseñas de PostgreSQL (.pgpass; en Windows %APPDATA%\postgresql\pgpass.conf) o en un archivo de servicio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} sets both a shared database and portable mode; a portable copy keeps its own database file, so keep one of them.</source>
        <translation>El archivo de configuración {path} define a la vez una base de datos compartida y el modo portátil; una copia portátil guarda su propio archivo de base de datos, así que conserve solo uno de los dos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} presets the office name &quot;{value}&quot;; it must be 1 to 200 characters.</source>
        <translation>El archivo de configuración {path} predefine el nombre de oficina &quot;{value}&quot;; debe tener entre 1 y 200 caracteres.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <location filename="../../desktop/browser/detail_html.py" line="+50"/>
        <source>undertaken</source>
        <translation>realizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>planificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envisaged</source>
        <translation>contemplado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retired: this item is no longer in the current catalog. It is kept because follow-up activities may cite it.</source>
        <translation>Retirado: este elemento ya no figura en el catálogo actual. Se conserva porque puede haber actividades de seguimiento que lo citen.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+45"/>
        <source>Printed label</source>
        <translation>Etiqueta impresa</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotated</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstated</source>
        <translation>Restablecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into {item}</source>
        <translation>Fusionado en {item}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Cited as</source>
        <translation>Citado como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-heading</source>
        <translation>Subencabezado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of</source>
        <translation>Parte de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported in 2011 as</source>
        <translation>Informado en 2011 como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the place of</source>
        <translation>Sustituye a</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged into {item}: headquarters found that this item says the same. Its follow-up activities are linked to {item} now.</source>
        <translation>Fusionado en {item}: la sede determinó que este elemento dice lo mismo. Sus actividades de seguimiento están ahora vinculadas a {item}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{document}, {reference}</source>
        <translation>{document}, {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{document}, {reference}, issued {date}</source>
        <translation>{document}, {reference}, publicado el {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes from headquarters</source>
        <translation>Notas de la sede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog history</source>
        <translation>Historial del catálogo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{item} merged into this item</source>
        <translation>{item} fusionado en este elemento</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Repeated word for word in Annex I (lines {lines}).</source>
        <translation>
            <numerusform>Repetido textualmente en el anexo I (línea {lines}).</numerusform>
            <numerusform>Repetido textualmente en el anexo I (líneas {lines}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Repeated in Annex I (lines {lines}) with this wording:</source>
        <translation>
            <numerusform>Repetido en el anexo I (línea {lines}) con esta redacción:</numerusform>
            <numerusform>Repetido en el anexo I (líneas {lines}) con esta redacción:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This reference may point to the wrong item: {reason}</source>
        <translation>Esta referencia puede apuntar a un elemento equivocado: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show source details</source>
        <translation>Mostrar detalles de la fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where this text comes from and the catalog maintainers&apos; notes; not needed to follow up on the item</source>
        <translation>de dónde procede este texto y las notas de los responsables del catálogo; no es necesario para dar seguimiento al elemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide source details</source>
        <translation>Ocultar detalles de la fuente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>línea {lines} de la recopilación de junio de 2011</numerusform>
            <numerusform>líneas {lines} de la recopilación de junio de 2011</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by headquarters (catalog edition {edition}) from {source}</source>
        <translation>agregado por la sede (edición {edition} del catálogo) a partir de {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the June 2011 compilation</source>
        <translation>la recopilación de junio de 2011</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source details</source>
        <translation>Detalles de la fuente</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+235"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{document}: added by headquarters after 2011 (see the catalog history)</source>
        <translation>{document}: agregado por la sede después de 2011 (véase el historial del catálogo)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Sub-items</source>
        <translation>Subpuntos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annex I</source>
        <translation>Anexo I</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>10-Point Plan action areas</source>
        <translation>Áreas de acción del Plan de los 10 Puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None assigned.</source>
        <translation>Ninguna asignada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no such item)</source>
        <translation>(no existe ese elemento)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cites (printed as “{printed}”)</source>
        <translation>Cita (impreso como “{printed}”)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cited by</source>
        <translation>Citado por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up activities ({count})</source>
        <translation>Actividades de seguimiento ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up activity recorded yet.</source>
        <translation>Aún no hay ninguna actividad de seguimiento registrada.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Catalog notes</source>
        <translation>Notas del catálogo</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message numerus="yes">
        <location filename="../../desktop/browser/follow_up.py" line="+19"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting the follow-up activities…</source>
        <translation>Contando las actividades de seguimiento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up yet</source>
        <translation>Aún sin seguimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count}, latest {status}</source>
        <translation>{count}, la más reciente: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{followed} of {total}</source>
        <translation>{followed} de {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items with follow-up activities: {followed} of {total}</source>
        <translation>Elementos con actividades de seguimiento: {followed} de {total}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../exporters/catalog_edits.py" line="+28"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-item</source>
        <translation>Subpunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan target</source>
        <translation>Meta del Plan de Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan action</source>
        <translation>Acción del Plan de Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training topic</source>
        <translation>Tema de capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training target group</source>
        <translation>Grupo destinatario de la capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration paragraph</source>
        <translation>Párrafo de la Declaración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-Hosts&apos; Summary paragraph</source>
        <translation>Párrafo del Resumen de los coanfitriones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework element</source>
        <translation>Elemento del marco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional Support Function</source>
        <translation>Función de apoyo regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected recommendation</source>
        <translation>Recomendación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected follow-up activity</source>
        <translation>Actividad de seguimiento seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up outcome</source>
        <translation>Resultado del seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="-36"/>
        <source>stated in the text</source>
        <translation>indicada en el texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>inferida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet sent</source>
        <translation>Aún no enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by headquarters</source>
        <translation>Recibida por la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since sent</source>
        <translation>Modificada desde el envío</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achievements</source>
        <translation>logros</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln planned</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln prevista</numerusform>
            <numerusform>%Ln previstas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ongoing</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln en curso</numerusform>
            <numerusform>%Ln en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln finalizada</numerusform>
            <numerusform>%Ln finalizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln suspended</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln suspendida</numerusform>
            <numerusform>%Ln suspendidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln cancelled</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln cancelada</numerusform>
            <numerusform>%Ln canceladas</numerusform>
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
        <translation>Tenpoint no puede abrir la base de datos compartida {location}. El servidor o la conexión respondió:

{detail}

Compruebe que el servidor está en funcionamiento y es accesible desde este equipo, y que su archivo de contraseñas de PostgreSQL (.pgpass; en Windows %APPDATA%\postgresql\pgpass.conf) o su archivo de servicio contiene la contraseña de este usuario; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database cannot be backed up or restored here: {tool} was not found. Install the PostgreSQL client tools (the same version as the server or newer), or ask the database administrator; nothing was changed.</source>
        <translation>Aquí no se puede hacer una copia de seguridad de la base de datos compartida ni restaurarla: no se encontró {tool}. Instale las herramientas cliente de PostgreSQL (de la misma versión que el servidor o más reciente), o consulte al administrador de la base de datos; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be restored; the shared database was left as it was. The tool said:

{detail}</source>
        <translation>No se pudo restaurar la copia de seguridad; la base de datos compartida se dejó como estaba. La herramienta respondió:

{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared database could not be backed up; nothing was changed. The tool said:

{detail}</source>
        <translation>No se pudo hacer una copia de seguridad de la base de datos compartida; no se modificó nada. La herramienta respondió:

{detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database {path} was last opened by Tenpoint {version}, whose schema ({found}) this version does not know (it knows up to {known}). Install Tenpoint {version} or newer to open it; nothing was changed.</source>
        <translation>La base de datos {path} se abrió por última vez con Tenpoint {version}, cuyo esquema ({found}) esta versión no conoce (conoce hasta el {known}). Instale Tenpoint {version} o una versión posterior para abrirla; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {path} was written by a newer version of Tenpoint (schema {found}; this version knows up to {known}). Install the newer version to open it; nothing was changed.</source>
        <translation>La base de datos {path} la escribió una versión más reciente de Tenpoint (esquema {found}; esta versión conoce hasta el {known}). Instale la versión más reciente para abrirla; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Tenpoint database ({detail}); nothing was changed.</source>
        <translation>{path} no es una base de datos de Tenpoint ({detail}); no se modificó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field office needs its country: give its ISO 3166-1 alpha-2 code.</source>
        <translation>Una oficina en el terreno necesita su país: indique su código ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code &quot;{code}&quot;: use an ISO 3166-1 alpha-2 code such as YE, KE or CR.</source>
        <translation>Código de país desconocido &quot;{code}&quot;: use un código ISO 3166-1 alfa-2, como YE, KE o CR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation is already set up as &quot;{name}&quot; ({country}). Packages already sent carry that identity; use --force to change it.</source>
        <translation>Esta instalación ya está configurada como &quot;{name}&quot; ({country}). Los paquetes ya enviados llevan esa identidad; use --force para cambiarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office name must be 1 to 200 characters; got &quot;{value}&quot;.</source>
        <translation>El nombre de la oficina debe tener entre 1 y 200 caracteres; se recibió &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalog item has the code &quot;{code}&quot;.</source>
        <translation>Ningún elemento del catálogo tiene el código &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundled catalog is damaged ({file}: {detail}); please reinstall.</source>
        <translation>El catálogo incluido está dañado ({file}: {detail}); vuelva a instalar la aplicación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected data error: {error}</source>
        <translation>Error de datos inesperado: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>took part</source>
        <translation>participó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>observador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named in its texts</source>
        <translation>mencionado en sus textos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>named in {kind} {code}: “{words}”</source>
        <translation>mencionado en {kind} {code}: “{words}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}: “{words}”</source>
        <translation>{reason}: “{words}”</translation>
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
        <translation>La carpeta de datos {path} está en un recurso compartido de red ({share}). Tenpoint guarda su base de datos en el disco propio de este equipo, porque un recurso compartido de red puede perder o dañar los cambios. Elija una carpeta de este equipo con --data-dir, o con &quot;folder&quot; en la sección [data] de tenpoint.ini; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup file {path}; nothing was changed.</source>
        <translation>No existe el archivo de copia de seguridad {path}; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {path} is damaged (SQLite&apos;s integrity check fails); it cannot be restored and nothing was changed. Choose another backup.</source>
        <translation>La copia de seguridad {path} está dañada (falla la comprobación de integridad de SQLite); no se puede restaurar y no se modificó nada. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Tenpoint backup; nothing was changed.</source>
        <translation>{path} no es una copia de seguridad de Tenpoint; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup written to {path} failed its check, so it was not kept. The disk may be full or failing; nothing else was changed.</source>
        <translation>La copia de seguridad escrita en {path} no superó su comprobación, así que no se conservó. Puede que el disco esté lleno o averiado; no se modificó nada más.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup {path} cannot be used ({code}).</source>
        <translation>La copia de seguridad {path} no se puede usar ({code}).</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../desktop/reports/contents.py" line="+48"/>
        <source>Follow-up of the 10-Point Plan regional conferences</source>
        <translation>Seguimiento de las conferencias regionales del Plan de los 10 Puntos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Region: {name}</source>
        <translation>Región: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: {name}</source>
        <translation>País: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: {name}</source>
        <translation>Oficina: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event: {name}</source>
        <translation>Evento: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action area: {name}</source>
        <translation>Área de acción: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {name}</source>
        <translation>Estado: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities running: {name}</source>
        <translation>Actividades en ejecución: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: every region, country and office</source>
        <translation>Alcance: todas las regiones, países y oficinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up reported in the 2011 compilation is counted with the rest.</source>
        <translation>El seguimiento informado en la recopilación de 2011 se cuenta con el resto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up reported in the 2011 compilation is left out (the baseline).</source>
        <translation>El seguimiento informado en la recopilación de 2011 queda excluido (es la línea de base).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on {time}</source>
        <translation>Generado el {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {start}</source>
        <translation>desde {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {end}</source>
        <translation>hasta {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="+322"/>
        <location line="+183"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events: {count}</source>
        <translation>Eventos: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking items: {count}</source>
        <translation>Elementos que piden seguimiento: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up activities: {count}</source>
        <translation>Actividades de seguimiento: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No activities counted.</source>
        <translation>No se contó ninguna actividad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/reports/sheets.py" line="+94"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/reports/sheets.py" line="-19"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/reports/sheets.py" line="-42"/>
        <location line="+71"/>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest package received</source>
        <translation>Último paquete recibido</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This installation&apos;s own office</source>
        <translation>La oficina de esta instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package received</source>
        <translation>Ningún paquete recibido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No events in this report.</source>
        <translation>Este informe no incluye ningún evento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region: {region}</source>
        <translation>Región: {region}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No asking items.</source>
        <translation>Ningún elemento que pida seguimiento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No follow-up recorded.</source>
        <translation>Ningún seguimiento registrado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: {office}</source>
        <translation>Oficina: {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation: {name}</source>
        <translation>Organización responsable: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence: {evidence}</source>
        <translation>Evidencia: {evidence}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {start}</source>
        <translation>Desde {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {end}</source>
        <translation>Hasta {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/sheets.py" line="-89"/>
        <source>Data from {office} ({country}): %Ln activities, latest package made {time}</source>
        <translation>
            <numerusform>Datos de {office} ({country}): %Ln actividad, último paquete generado el {time}</numerusform>
            <numerusform>Datos de {office} ({country}): %Ln actividades, último paquete generado el {time}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>here (this office)</source>
        <translation>aquí (esta oficina)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country</source>
        <translation>Sin país</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countries counted</source>
        <translation>Países contados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dar es Salaam Action Plan: progress towards the targets</source>
        <translation>Plan de Acción de Dar es Salaam: progreso hacia las metas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities by country and status</source>
        <translation>Actividades por país y estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities by country</source>
        <translation>Actividades por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by event and status</source>
        <translation>Actividades por evento y estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by event</source>
        <translation>Actividades por evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up recorded</source>
        <translation>Ningún seguimiento registrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items followed up</source>
        <translation>Elementos con seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/writing.py" line="+37"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smoke</name>
    <message>
        <location filename="../../desktop/smoke.py" line="+193"/>
        <source>create and migrate the database</source>
        <translation>crear y migrar la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the catalog</source>
        <translation>cargar el catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the preconfiguration</source>
        <translation>leer la preconfiguración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the PostgreSQL driver</source>
        <translation>cargar el controlador de PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach the shared database</source>
        <translation>conectar con la base de datos compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up the office</source>
        <translation>configurar la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an office package and read it back</source>
        <translation>escribir un paquete de oficina y volver a leerlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the application context</source>
        <translation>abrir el contexto de la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build the main window</source>
        <translation>construir la ventana principal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FAILED at step {number}/{total}, {step}: {error}</source>
        <translation>ERROR en el paso {number}/{total}, {step}: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Smoke test passed.</source>
        <translation>Prueba de humo superada.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../desktop/commands/sync_report.py" line="+30"/>
        <source>office package</source>
        <translation>paquete de oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headquarters update</source>
        <translation>actualización de la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filled template</source>
        <translation>plantilla completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package</source>
        <translation>paquete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>would be imported</source>
        <translation>se importaría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid rows would be imported</source>
        <translation>se importarían las filas válidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid rows imported</source>
        <translation>filas válidas importadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED: nothing imported from this file</source>
        <translation>RECHAZADO: no se importó nada de este archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: {kind} from {office}, made {made}</source>
        <translation>{file}: {kind} de {office}, con fecha {made}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>... and %Ln more problems</source>
        <translation>
            <numerusform>... y %Ln problema más</numerusform>
            <numerusform>... y %Ln problemas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln eliminación</numerusform>
            <numerusform>%Ln eliminaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln older versions ignored</source>
        <translation>
            <numerusform>%Ln versión anterior ignorada</numerusform>
            <numerusform>%Ln versiones anteriores ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledged by headquarters</source>
        <translation>
            <numerusform>%Ln confirmada por la sede</numerusform>
            <numerusform>%Ln confirmadas por la sede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog updates</source>
        <translation>
            <numerusform>%Ln actualización del catálogo</numerusform>
            <numerusform>%Ln actualizaciones del catálogo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog changes by headquarters</source>
        <translation>
            <numerusform>%Ln cambio en el catálogo hecho por la sede</numerusform>
            <numerusform>%Ln cambios en el catálogo hechos por la sede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln empty template rows</source>
        <translation>
            <numerusform>%Ln fila vacía de plantilla</numerusform>
            <numerusform>%Ln filas vacías de plantilla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>... and %Ln more activities (--json lists them all)</source>
        <translation>
            <numerusform>... y %Ln actividad más (--json las lista todas)</numerusform>
            <numerusform>... y %Ln actividades más (--json las lista todas)</numerusform>
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
        <translation>El archivo no es un libro de Excel que Tenpoint pueda leer ({value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook has no sheet &quot;{sheet}&quot;; it is not a Tenpoint package.</source>
        <translation>El libro no tiene ninguna hoja &quot;{sheet}&quot;; no es un paquete de Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet &quot;{sheet}&quot; has no column &quot;{column}&quot;.</source>
        <translation>La hoja &quot;{sheet}&quot; no tiene ninguna columna &quot;{column}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Manifest sheet is incomplete or damaged (&quot;{column}&quot;).</source>
        <translation>La hoja Manifest está incompleta o dañada (&quot;{column}&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was made by a newer Tenpoint (format {value}); update Tenpoint to import it.</source>
        <translation>El paquete lo generó una versión más reciente de Tenpoint (formato {value}); actualice Tenpoint para importarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Manifest names an unknown kind of package (&quot;{value}&quot;).</source>
        <translation>La hoja Manifest indica un tipo de paquete desconocido (&quot;{value}&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package is not for this installation (an office package goes to headquarters, a headquarters update to its office, a template to headquarters or its own office).</source>
        <translation>Este paquete no es para esta instalación (un paquete de oficina va a la sede; una actualización de la sede, a su oficina; una plantilla, a la sede o a su propia oficina).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match the content: the package was changed after it was signed (or damaged). Import it only as unsigned data, if you know where it comes from.</source>
        <translation>La firma no coincide con el contenido: el paquete se modificó después de firmarse (o está dañado). Impórtelo solo como datos sin firmar, si sabe de dónde procede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package claims to come from an office whose registered key is a different one; it is signed by the key {value}. If that office was reinstalled, check the fingerprint with it, remove the old key (Trusted keys, or: tenpoint keys remove OFFICE) and import again.</source>
        <translation>El paquete dice proceder de una oficina cuya clave registrada es otra; está firmado con la clave {value}. Si esa oficina se reinstaló, verifique la huella digital con ella, quite la clave anterior (Claves de confianza, o: tenpoint keys remove OFICINA) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the first signed package from this office. Check the key&apos;s fingerprint {value} with the office (by phone, for instance), then confirm it (on the command line: --trust-key {value}).</source>
        <translation>Este es el primer paquete firmado de esta oficina. Verifique con la oficina la huella digital de la clave {value} (por teléfono, por ejemplo) y luego confírmela (en la línea de comandos: --trust-key {value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package is not signed (a filled template or a hand-made file): nothing shows who made it. Import it only as unsigned data, if you know where it comes from (on the command line: --accept-unsigned).</source>
        <translation>El paquete no está firmado (una plantilla completada o un archivo hecho a mano): nada indica quién lo hizo. Impórtelo solo como datos sin firmar, si sabe de dónde procede (en la línea de comandos: --accept-unsigned).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>Se requiere un valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a date; write it as 2026-03-31 or 31/03/2026.</source>
        <translation>&quot;{value}&quot; no es una fecha; escríbala como 2026-03-31 o 31/03/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>&quot;{value}&quot; no es un número entero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number cannot be negative ({value}).</source>
        <translation>El número no puede ser negativo ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a status; choose one from the Lists sheet.</source>
        <translation>&quot;{value}&quot; no es un estado; elija uno de la hoja Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a kind of activity; choose one from the Lists sheet.</source>
        <translation>&quot;{value}&quot; no es un tipo de actividad; elija uno de la hoja Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not an activity ID; keep the IDs Tenpoint wrote.</source>
        <translation>&quot;{value}&quot; no es un ID de actividad; conserve los ID que escribió Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version &quot;{value}&quot; was changed; keep the Version column as exported.</source>
        <translation>Se modificó la versión &quot;{value}&quot;; conserve la columna Versión tal como se exportó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity ID {value} appears more than once; each row needs its own ID.</source>
        <translation>El ID de actividad {value} aparece más de una vez; cada fila necesita su propio ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end date {value} is before the start.</source>
        <translation>La fecha de fin {value} es anterior a la de inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cell holds an invisible control character ({value}), which Tenpoint cannot store; remove it.</source>
        <translation>La celda contiene un carácter de control invisible ({value}), que Tenpoint no puede almacenar; elimínelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code &quot;{value}&quot;; use ISO codes such as KE.</source>
        <translation>Código de país desconocido &quot;{value}&quot;; use códigos ISO como KE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown catalog item code(s): {value}. See the Lists sheet.</source>
        <translation>Código(s) de elemento del catálogo desconocido(s): {value}. Consulte la hoja Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity belongs to another office ({value}); an office sends only its own activities.</source>
        <translation>La actividad pertenece a otra oficina ({value}); una oficina solo envía sus propias actividades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row is for another country ({value}) than the office that sent the package; an office records its own country&apos;s activities. Ask the office to correct the country.</source>
        <translation>La fila corresponde a un país ({value}) distinto del de la oficina que envió el paquete; una oficina registra las actividades de su propio país. Pida a la oficina que corrija el país.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity {value} is part of the 2011 compilation and cannot change.</source>
        <translation>La actividad {value} forma parte de la recopilación de 2011 y no puede modificarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cells were changed after the package was exported (the checksum differs).</source>
        <translation>Se modificaron celdas después de exportar el paquete (la suma de comprobación difiere).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an Excel workbook (.xlsx), whatever its name says. Ask the office to export the package again and send that file.</source>
        <translation>El archivo no es un libro de Excel (.xlsx), diga lo que diga su nombre. Pida a la oficina que vuelva a exportar el paquete y envíe ese archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is an old Excel 97-2003 workbook (.xls), perhaps renamed. Open it, save it as .xlsx (Excel workbook) and import that file.</source>
        <translation>El archivo es un libro antiguo de Excel 97-2003 (.xls), quizá renombrado. Ábralo, guárdelo como .xlsx (libro de Excel) e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is an OpenDocument spreadsheet (.ods), perhaps renamed. Open it, save it as .xlsx (Excel workbook) and import that file.</source>
        <translation>El archivo es una hoja de cálculo OpenDocument (.ods), quizá renombrada. Ábrala, guárdela como .xlsx (libro de Excel) e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged or incomplete (cut short while copying or sending?). Ask the office to export the package again.</source>
        <translation>El archivo está dañado o incompleto (¿se cortó al copiarlo o enviarlo?). Pida a la oficina que vuelva a exportar el paquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file unpacks to far more than a package holds ({value}); it was not opened. Ask the office to export the package again.</source>
        <translation>El archivo se descomprime en mucho más de lo que contiene un paquete ({value}); no se abrió. Pida a la oficina que vuelva a exportar el paquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds XML declarations ({value}) that no spreadsheet program writes and that can make a program use up all memory; it was not opened. Ask the office to export the package again.</source>
        <translation>El archivo contiene declaraciones XML ({value}) que ningún programa de hojas de cálculo escribe y que pueden hacer que un programa agote toda la memoria; no se abrió. Pida a la oficina que vuelva a exportar el paquete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet has a value as far out as {value}, far beyond what a package holds; it was not opened. Delete what was typed in those far cells, or ask the office to export the package again.</source>
        <translation>La hoja tiene un valor tan lejano como {value}, mucho más allá de lo que contiene un paquete; no se abrió. Borre lo que se escribió en esas celdas lejanas o pida a la oficina que vuelva a exportar el paquete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell {value} holds a formula; a package holds values only. Replace the formula with its value (copy, then paste values only) and import again.</source>
        <translation>La celda {value} contiene una fórmula; un paquete solo contiene valores. Reemplace la fórmula por su valor (copiar y luego pegar solo valores) e importe de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is protected by a password; give the password to import it.</source>
        <translation>El archivo está protegido con contraseña; indique la contraseña para importarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password does not open this file; check it with the office that sent it.</source>
        <translation>La contraseña no abre este archivo; verifíquela con la oficina que lo envió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file failed ({value}); it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>No se pudo leer el archivo ({value}); puede estar dañado o haber sido creado con fines maliciosos. No se modificó nada. Pida a la oficina que vuelva a exportar el paquete.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the file needed more than {value} MB of memory and was stopped; it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>La lectura del archivo necesitó más de {value} MB de memoria y se detuvo; puede estar dañado o haber sido creado con fines maliciosos. No se modificó nada. Pida a la oficina que vuelva a exportar el paquete.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lock file Excel or LibreOffice keeps while a workbook is open, not a package: save and close that workbook before importing it</source>
        <translation>el archivo de bloqueo que Excel o LibreOffice mantiene mientras un libro está abierto, no un paquete: guarde y cierre ese libro antes de importarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an Excel workbook: open it, save it as .xlsx and import that file</source>
        <translation>no es un libro de Excel: ábralo, guárdelo como .xlsx e importe ese archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel 97-2003 workbook: open it, save it as .xlsx and import that file</source>
        <translation>un libro antiguo de Excel 97-2003: ábralo, guárdelo como .xlsx e importe ese archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a plain Excel workbook: open it, save it as .xlsx and import that file</source>
        <translation>no es un libro de Excel normal: ábralo, guárdelo como .xlsx e importe ese archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text file (CSV) holds one sheet only, not a package: import the .xlsx file Tenpoint exported</source>
        <translation>un archivo de texto (CSV) contiene una sola hoja, no un paquete: importe el archivo .xlsx que exportó Tenpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder: the folders inside are not searched; import that folder itself</source>
        <translation>una carpeta: no se buscan las carpetas que contiene; importe esa carpeta directamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an Excel workbook (.xlsx)</source>
        <translation>no es un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not read: {path} ({reason}).</source>
        <translation>No leído: {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No package (.xlsx) in {folder}.</source>
        <translation>No hay ningún paquete (.xlsx) en {folder}.</translation>
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
        <translation>No hay ningún paquete (.xlsx) en {folder}; se encontró: {files}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows added to the sheet &quot;{sheet}&quot; after export: {n} (the package listed {listed}, the file holds {found}). Rows added by hand are not signed: the package imports only as unsigned data. To add activities by hand, fill a template.</source>
        <translation>Filas agregadas a la hoja &quot;{sheet}&quot; después de la exportación: {n} (el paquete indicaba {listed}, el archivo contiene {found}). Las filas agregadas a mano no están firmadas: el paquete solo se importa como datos sin firmar. Para agregar actividades a mano, complete una plantilla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities missing from this copy: {n} (the package listed {listed}, the file holds {found}). Deleting a row does not delete an activity: the missing ones stay as they are here. An activity is deleted in Tenpoint, and its deletion travels in the Deletions sheet.</source>
        <translation>Actividades que faltan en esta copia: {n} (el paquete indicaba {listed}, el archivo contiene {found}). Eliminar una fila no elimina una actividad: las que faltan quedan como están aquí. Una actividad se elimina en Tenpoint, y su eliminación viaja en la hoja Deletions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows missing from the sheet &quot;{sheet}&quot;: {n} (the package listed {listed}, the file holds {found}).</source>
        <translation>Filas que faltan en la hoja &quot;{sheet}&quot;: {n} (el paquete indicaba {listed}, el archivo contiene {found}).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Problem &quot;{code}&quot; with value &quot;{value}&quot;.</source>
        <translation>Problema &quot;{code}&quot; con el valor &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Headquarters exports an update for one office or region: give --office ID or --region CODE.</source>
        <translation>La sede exporta una actualización para una oficina o una región: indique --office ID o --region CÓDIGO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field office exports only its own package and templates; --office, --region and --office-name are for headquarters.</source>
        <translation>Una oficina en el terreno solo exporta su propio paquete y sus plantillas; --office, --region y --office-name son para la sede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other office has the ID &quot;{value}&quot; (offices are known here once a package or template of theirs was handled).</source>
        <translation>Ninguna otra oficina tiene el ID &quot;{value}&quot; (aquí se conoce una oficina una vez que se ha tratado un paquete o una plantilla suyos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown region &quot;{value}&quot;; regions are GOA, WAF, AME, EHSA, CAS, APAC.</source>
        <translation>Región desconocida &quot;{value}&quot;; las regiones son GOA, WAF, AME, EHSA, CAS, APAC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This installation&apos;s signing key {value} is damaged. Restore it from a backup of the data folder.</source>
        <translation>La clave de firma {value} de esta instalación está dañada. Restáurela a partir de una copia de seguridad de la carpeta de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the key file {value}.</source>
        <translation>No se pudo leer el archivo de clave {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the key file {value}.</source>
        <translation>No se pudo escribir el archivo de clave {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a Tenpoint key file, or its fingerprint does not match its key.</source>
        <translation>{value} no es un archivo de clave de Tenpoint, o su huella digital no coincide con su clave.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another key is already registered for {value}. Check with the office, remove the old key, then register the new one.</source>
        <translation>Ya hay otra clave registrada para {value}. Verifíquelo con la oficina, quite la clave anterior y luego registre la nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is this installation&apos;s own key; it needs no registering.</source>
        <translation>Esa es la propia clave de esta instalación; no necesita registrarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key is registered for &quot;{value}&quot;; `tenpoint keys` lists them.</source>
        <translation>No hay ninguna clave registrada para &quot;{value}&quot;; `tenpoint keys` las lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Set up this installation&apos;s office first: tenpoint setup --office-name NAME --country CC.</source>
        <translation>Configure primero la oficina de esta instalación: tenpoint setup --office-name NOMBRE --country CC.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>There is no open conflict number {id}; `tenpoint conflicts` lists them.</source>
        <translation>No hay ningún conflicto abierto con el número {id}; `tenpoint conflicts` los lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose --keep local or --keep incoming.</source>
        <translation>Elija --keep local o --keep incoming.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write {path}: {detail}. Nothing was recorded as sent.</source>
        <translation>No se pudo escribir {path}: {detail}. No se registró nada como enviado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed by {office} (key {fingerprint}).</source>
        <translation>Firmado por {office} (clave {fingerprint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with a key not yet registered for {office}: fingerprint {fingerprint}.</source>
        <translation>Firmado con una clave aún no registrada para {office}: huella digital {fingerprint}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {office} with the key {fingerprint}, confirmed by you: registered on import.</source>
        <translation>Firmado por {office} con la clave {fingerprint}, confirmada por usted: registrada al importar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the key {fingerprint}, but the key registered for {office} is {registered}: refused.</source>
        <translation>Firmado con la clave {fingerprint}, pero la clave registrada para {office} es {registered}: rechazado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed.</source>
        <translation>Sin firmar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the content (changed after signing).</source>
        <translation>La firma no coincide con el contenido (modificado tras la firma).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as unsigned data.</source>
        <translation>Importado como datos sin firmar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited in the file after export</source>
        <translation>Editada en el archivo después de la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older version: not imported</source>
        <translation>Versión anterior: no importada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: both versions kept</source>
        <translation>Conflicto: se conservan ambas versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {held} → {incoming}</source>
        <translation>{field}: {held} → {incoming}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already imported on {date}; importing it again changes nothing that is already here.</source>
        <translation>Ya se importó el {date}; volver a importarlo no cambia nada de lo que ya está aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of this package was imported on {date}. Cells of this copy were changed since it was exported: each change is listed with the activity it belongs to.</source>
        <translation>Una copia de este paquete se importó el {date}. Se modificaron celdas de esta copia después de su exportación: cada cambio figura junto a la actividad a la que pertenece.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{value} is too large to be a Tenpoint key file, which holds a few lines. Choose the .txt file the office&apos;s IT exported with `tenpoint keys export`.</source>
        <translation>{value} es demasiado grande para ser un archivo de clave de Tenpoint, que contiene unas pocas líneas. Elija el archivo .txt que exportó el servicio de TI de la oficina con `tenpoint keys export`.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Reading the file took longer than {value} s and was stopped; it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>La lectura del archivo tardó más de {value} s y se detuvo; puede estar dañado o haber sido creado con fines maliciosos. No se modificó nada. Pida a la oficina que vuelva a exportar el paquete.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%Ln new</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln nueva</numerusform>
            <numerusform>%Ln nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln actualizada</numerusform>
            <numerusform>%Ln actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln in conflict</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln en conflicto</numerusform>
            <numerusform>%Ln en conflicto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rejected</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln rechazada</numerusform>
            <numerusform>%Ln rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The text is too long (%Ln characters).</source>
        <translation>
            <numerusform>El texto es demasiado largo (%Ln carácter).</numerusform>
            <numerusform>El texto es demasiado largo (%Ln caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place}, sheet &quot;{sheet}&quot;</source>
        <translation>{place}, hoja &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}, row {row}</source>
        <translation>{place}, fila {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}, column &quot;{column}&quot;</source>
        <translation>{place}, columna &quot;{column}&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That key file is for {value}, not for the office whose package waits for a key. Ask that office&apos;s IT for its own key file.</source>
        <translation>Ese archivo de clave es de {value}, no de la oficina cuyo paquete espera una clave. Pida al servicio de TI de esa oficina su propio archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/export_panel.py" line="-321"/>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.xlsx)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../exporters/styles.py" line="+37"/>
        <source>&amp;A, page &amp;P of &amp;N</source>
        <extracomment>Printed at the foot of each page of a workbook: keep &amp;A (the sheet), &amp;P (this page) and &amp;N (the number of pages) as they are.</extracomment>
        <translation>&amp;A, página &amp;P de &amp;N</translation>
    </message>
    <message>
        <location filename="../../exporters/error_workbook.py" line="+20"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/layout.py" line="+61"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_sheets.py" line="+87"/>
        <source>Events: one row per conference, workshop or follow-up meeting to add. Region: a region from the Lists sheet, or a new code with the name of the new region.</source>
        <translation>Events: una fila por cada conferencia, taller o reunión de seguimiento que se agregue. Región: una región de la hoja Lists, o un código nuevo con el nombre de la región nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries in events: the countries taking part in an event (one row each). The offices of those countries follow the event&apos;s recommendations.</source>
        <translation>Countries in events: los países que participan en un evento (una fila por país). Las oficinas de esos países dan seguimiento a las recomendaciones del evento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents: the documents of an event (action plan, outcome document, declaration...), each with the reference of its source: its symbol, publication or web address.</source>
        <translation>Documents: los documentos de un evento (plan de acción, documento final, declaración...), cada uno con la referencia de su fuente: su signatura, publicación o dirección web.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections: the parts of a document, as printed. Part of: the section a sub-section belongs to.</source>
        <translation>Sections: las partes de un documento, tal como están impresas. Parte de: la sección a la que pertenece una subsección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items: the recommendations, targets and actions of a section, their text as the source prints it. Part of: the item a sub-item belongs to. Action areas: numbers 1 to 10, separated by commas.</source>
        <translation>Items: las recomendaciones, metas y acciones de una sección, con su texto tal como lo imprime la fuente. Parte de: el elemento al que pertenece un subpunto. Áreas de acción: números del 1 al 10, separados por comas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes: one row per change of an item already in the catalog or added above. What to do: correct the text, number or citation of an item added after 2011; annotate any item; retire or reinstate an item; or merge it into another (Superseded by), which moves every activity&apos;s link to that item. The June 2011 texts are never rewritten: annotate them or merge them.</source>
        <translation>Changes: una fila por cada cambio de un elemento que ya está en el catálogo o que se agregó más arriba. Operación: corregir el texto, el número o la cita de un elemento agregado después de 2011; anotar cualquier elemento; retirar o restablecer un elemento; o fusionarlo en otro (Sustituido por), lo que traslada a ese elemento el vínculo de cada actividad. Los textos de junio de 2011 nunca se reescriben: anótelos o fusiónelos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A date: 2013-05-06, or 06/05/2013 (day/month/year).</source>
        <translation>Una fecha: 2013-05-06, o 06/05/2013 (día/mes/año).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose from the drop-down.</source>
        <translation>Elija en la lista desplegable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from the Lists sheet, or one added in this workbook.</source>
        <translation>Un código de la hoja Lists, o uno agregado en este libro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of the action areas (Lists sheet), separated by commas.</source>
        <translation>Números de las áreas de acción (hoja Lists), separados por comas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capital letters, digits, dots and hyphens, e.g. NBO-OD-A-01.</source>
        <translation>Letras mayúsculas, dígitos, puntos y guiones, p. ej., NBO-OD-A-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a new region: its name.</source>
        <translation>Solo para una región nueva: su nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ISO 3166-1 alpha-2 code from the Lists sheet, e.g. KE.</source>
        <translation>Un código ISO 3166-1 alpha-2 de la hoja Lists, p. ej., KE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; kept in the history of the change.</source>
        <translation>Opcional; se conserva en el historial del cambio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To correct an item: which of its fields.</source>
        <translation>Para corregir un elemento: cuál de sus campos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To correct an item: the corrected value. To annotate one: the note&apos;s text.</source>
        <translation>Para corregir un elemento: el valor corregido. Para anotar uno: el texto de la nota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To merge an item: the item that replaces it, which takes over its activities&apos; links.</source>
        <translation>Para fusionar un elemento: el elemento que lo sustituye, que asume los vínculos de sus actividades.</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../exporters/error_workbook.py" line="+0"/>
        <location filename="../../exporters/layout.py" line="-39"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="+1"/>
        <source>In the drop-down</source>
        <translation>En la lista desplegable</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Tenpoint catalog workbook</source>
        <translation>Libro de catálogo de Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by Tenpoint {version} from catalog edition {edition}.</source>
        <translation>Generado por Tenpoint {version} a partir de la edición {edition} del catálogo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headquarters adds to the catalog of recommendations and changes it with this workbook: fill the sheets, then import it with `tenpoint catalog import FILE.xlsx` (add --dry-run to see first what it would do). Every row is applied, or none: a problem in any cell is named by its sheet, row and column, and the catalog stays as it was.</source>
        <translation>La sede amplía y modifica el catálogo de recomendaciones con este libro: complete las hojas y luego impórtelo con `tenpoint catalog import ARCHIVO.xlsx` (agregue --dry-run para ver primero lo que haría). Se aplican todas las filas o ninguna: un problema en cualquier celda se indica con su hoja, fila y columna, y el catálogo queda como estaba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows are applied sheet by sheet in the order of the tabs, so a row may name what a sheet before it adds: an event&apos;s documents, a document&apos;s sections, a section&apos;s items. Leave a sheet empty when there is nothing to add.</source>
        <translation>Las filas se aplican hoja por hoja en el orden de las pestañas, de modo que una fila puede nombrar lo que agrega una hoja anterior: los documentos de un evento, las secciones de un documento, los elementos de una sección. Deje una hoja vacía cuando no haya nada que agregar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blue headers mark the columns to fill; rest the pointer on a header with a red corner to read what it holds. Choices and codes come from the drop-downs (the Lists sheet); a code added in this workbook may be typed. Values only: a formula is refused.</source>
        <translation>Los encabezados azules marcan las columnas que hay que completar; sitúe el puntero sobre un encabezado con una esquina roja para leer lo que contiene. Las opciones y los códigos proceden de las listas desplegables (la hoja Lists); se puede escribir un código agregado en este libro. Solo valores: no se admite ninguna fórmula.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change raises the catalog&apos;s edition and travels to the offices in their next update from headquarters.</source>
        <translation>Cada cambio eleva la edición del catálogo y llega a las oficinas con su próxima actualización de la sede.</translation>
    </message>
    <message>
        <location filename="../../exporters/layout.py" line="-87"/>
        <source>Filled by Tenpoint: do not change it. Sorting, filtering and copying whole rows are fine.</source>
        <translation>Lo completa Tenpoint: no lo modifique. Se pueden ordenar, filtrar y copiar filas completas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity ID</source>
        <translation>ID de actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint&apos;s identity of this activity. Never change, clear or type over it: Tenpoint recognises the activity by it when the file is imported. Sort, filter and copy whole rows freely: the ID moves with its row. The sheet is not locked, because Excel and LibreOffice cannot sort a protected sheet whose rows hold locked cells.</source>
        <translation>Identificador de esta actividad en Tenpoint. Nunca lo modifique, borre ni escriba encima: Tenpoint reconoce la actividad por este ID cuando se importa el archivo. Ordene, filtre y copie filas completas libremente: el ID se desplaza con su fila. La hoja no está bloqueada, porque Excel y LibreOffice no pueden ordenar una hoja protegida cuyas filas contienen celdas bloqueadas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Owner office ID</source>
        <translation>ID de la oficina propietaria</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The office the activity belongs to.</source>
        <translation>La oficina a la que pertenece la actividad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Owner office</source>
        <translation>Oficina propietaria</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How many edits the activity has seen.</source>
        <translation>Cuántas ediciones ha tenido la actividad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Which edits of which office this row holds: how Tenpoint merges it.</source>
        <translation>Qué ediciones de qué oficina contiene esta fila: así es como Tenpoint la combina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created at (UTC)</source>
        <translation>Fecha de creación (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at (UTC)</source>
        <translation>Fecha de actualización (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by</source>
        <translation>Actualizada por</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted at (UTC)</source>
        <translation>Fecha de eliminación (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted by</source>
        <translation>Eliminada por</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision held</source>
        <translation>Revisión en la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version held</source>
        <translation>Versión en la sede</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Change ID</source>
        <translation>ID del cambio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catalog edition</source>
        <translation>Edición del catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Changed at (UTC)</source>
        <translation>Fecha del cambio (UTC)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Changed by</source>
        <translation>Autor del cambio</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Office ID</source>
        <translation>ID de oficina</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version of this workbook format</source>
        <translation>Versión del formato de este libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique ID of this package; importing it again changes nothing</source>
        <translation>ID único de este paquete; importarlo de nuevo no cambia nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office = an office&apos;s activities; hq_update = headquarters&apos; update; template = a form to fill in</source>
        <translation>office = actividades de una oficina; hq_update = actualización de la sede; template = formulario para completar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID of the office that made the package (or that the template is for)</source>
        <translation>ID de la oficina que generó el paquete (o a la que se destina la plantilla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of that office</source>
        <translation>Nombre de esa oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its country (ISO 3166-1 alpha-2)</source>
        <translation>Su país (ISO 3166-1 alfa-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region a headquarters update is for</source>
        <translation>La región a la que se destina una actualización de la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office a headquarters update is for</source>
        <translation>La oficina a la que se destina una actualización de la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the package was made (UTC)</source>
        <translation>Cuándo se generó el paquete (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint version that made it</source>
        <translation>Versión de Tenpoint que lo generó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema version that made it</source>
        <translation>Versión del esquema de la base de datos que lo generó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog version of the sender</source>
        <translation>Versión del catálogo del remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Activities sheet</source>
        <translation>Filas de la hoja Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Deletions sheet</source>
        <translation>Filas de la hoja Deletions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Acknowledgements sheet</source>
        <translation>Filas de la hoja Acknowledgements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the content; shows whether cells were changed after export</source>
        <translation>SHA-256 del contenido; indica si se modificaron celdas después de la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key of the office that made the package</source>
        <translation>Clave pública de la oficina que generó el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature of the content by that key; editing any cell breaks it</source>
        <translation>Firma del contenido con esa clave; modificar cualquier celda la invalida</translation>
    </message>
    <message>
        <location filename="../../exporters/readme.py" line="+16"/>
        <source>Tenpoint package: follow-up activities of {office}</source>
        <translation>Paquete de Tenpoint: actividades de seguimiento de {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint update from headquarters ({office})</source>
        <translation>Actualización de Tenpoint desde la sede ({office})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint template: follow-up activities for {office}</source>
        <translation>Plantilla de Tenpoint: actividades de seguimiento para {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made {time} UTC by Tenpoint {version}; package ID {package}.</source>
        <translation>Generado el {time} UTC por Tenpoint {version}; ID del paquete: {package}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workbook was made by Tenpoint, the application with which UNHCR offices follow up on the recommendations of the 10-Point Plan regional conferences.</source>
        <translation>Este libro lo generó Tenpoint, la aplicación con la que las oficinas del ACNUR dan seguimiento a las recomendaciones de las conferencias regionales del Plan de los 10 Puntos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates are real dates (year-month-day). Times in columns marked (UTC) are UTC.</source>
        <translation>Las fechas son fechas reales (año-mes-día). Las horas de las columnas marcadas con (UTC) están en UTC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue headers mark the columns a person fills in; grey headers the ones Tenpoint fills. Rest the pointer on a header with a red corner to read what it holds. Status and Kind show the words of the Lists sheet; choose them from the drop-down.</source>
        <translation>Los encabezados azules marcan las columnas que completa una persona; los grises, las que completa Tenpoint. Sitúe el puntero sobre un encabezado con una esquina roja para leer lo que contiene. Estado y Tipo muestran las palabras de la hoja Lists; elíjalas en la lista desplegable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets: Manifest (who made this package, when, and what it holds), Activities (one row per follow-up activity), Deletions (activities deleted at their source), Lists (the values the drop-downs offer: statuses, kinds, countries, catalog item codes).</source>
        <translation>Hojas: Manifest (quién generó este paquete, cuándo y qué contiene), Activities (una fila por actividad de seguimiento), Deletions (actividades eliminadas en su origen), Lists (los valores que ofrecen las listas desplegables: estados, tipos, países, códigos de elementos del catálogo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never change the grey columns of the Activities sheet (Activity ID, Owner office ID, Revision, Version...): they let Tenpoint recognise each activity when the package is imported again. Sorting and filtering are fine.</source>
        <translation>Nunca modifique las columnas grises de la hoja Activities (ID de actividad, ID de la oficina propietaria, Revisión, Versión...): permiten a Tenpoint reconocer cada actividad cuando se vuelve a importar el paquete. Se puede ordenar y filtrar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History: every recorded change of these activities (who, when, at which office, old and new value); it travels with them and is kept as evidence. Do not edit it: Tenpoint would notice that cells were changed after export.</source>
        <translation>Hoja History: todos los cambios registrados de estas actividades (quién, cuándo, en qué oficina, valor anterior y nuevo); viaja con ellas y se conserva como evidencia. No la edite: Tenpoint detectaría que se modificaron celdas después de la exportación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets: Manifest (which office the template is for), Activities (the rows to fill in), Lists (the values the drop-downs offer: statuses, kinds, countries, catalog item codes).</source>
        <translation>Hojas: Manifest (a qué oficina se destina la plantilla), Activities (las filas que hay que completar), Lists (los valores que ofrecen las listas desplegables: estados, tipos, países, códigos de elementos del catálogo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this package at headquarters: Tenpoint &gt; Sync &gt; Import, or on the command line `tenpoint import FILE.xlsx`. Importing it twice changes nothing.</source>
        <translation>Importe este paquete en la sede: Tenpoint &gt; Sincronización &gt; Importar, o en la línea de comandos `tenpoint import ARCHIVO.xlsx`. Importarlo dos veces no cambia nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import this package at the office it is for: Tenpoint &gt; Sync &gt; Import, or `tenpoint import FILE.xlsx`. It brings the region&apos;s activities of other offices (read-only), changes headquarters made, catalog updates, and the Acknowledgements sheet: the revisions of your activities that headquarters has received.</source>
        <translation>Importe este paquete en la oficina a la que se destina: Tenpoint &gt; Sincronización &gt; Importar, o `tenpoint import ARCHIVO.xlsx`. Trae las actividades de la región de otras oficinas (solo lectura), los cambios que hizo la sede, las actualizaciones del catálogo y la hoja Acknowledgements: las revisiones de sus actividades que ha recibido la sede.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill one row per activity in the Activities sheet, from Title on. Each row already has its Activity ID (the grey last column): keep it, even when you sort or copy rows, so that sending the file twice never creates duplicates. Leave rows you do not need empty.</source>
        <translation>Complete una fila por actividad en la hoja Activities, a partir de la columna Título. Cada fila ya tiene su ID de actividad (la última columna, gris): consérvelo, incluso cuando ordene o copie filas, para que enviar el archivo dos veces nunca cree duplicados. Deje vacías las filas que no necesite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title and Item codes are required. Item codes: one or more codes from the Lists sheet (for example DES-SR-III-01), separated by a semicolon. Status and Kind: choose from the drop-down. Dates: year-month-day (2026-03-31) or day/month/year.</source>
        <translation>Título y Códigos de elementos son obligatorios. Códigos de elementos: uno o más códigos de la hoja Lists (por ejemplo, DES-SR-III-01), separados por punto y coma. Estado y Tipo: elija en la lista desplegable. Fechas: año-mes-día (2026-03-31) o día/mes/año.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the filled file to headquarters, or import it into your own Tenpoint with `tenpoint import FILE.xlsx`.</source>
        <translation>Envíe el archivo completado a la sede, o impórtelo en su propio Tenpoint con `tenpoint import ARCHIVO.xlsx`.</translation>
    </message>
    <message>
        <location filename="../../exporters/validation_lists.py" line="-3"/>
        <source>Status code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind code</source>
        <translation>Código de tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name</source>
        <translation>Nombre del país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Código del elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item (first words)</source>
        <translation>Elemento (primeras palabras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Tenpoint stores the value beside it. The Activities sheet shows the value, not this code; either is read.</source>
        <translation>Cómo guarda Tenpoint el valor que tiene al lado. La hoja Activities muestra el valor, no este código; se lee cualquiera de los dos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a value from the list (see the Lists sheet).</source>
        <translation>Elija un valor de la lista (consulte la hoja Lists).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({name}), or empty: the country this file&apos;s rows are for.</source>
        <translation>{code} ({name}), o vacío: el país al que corresponden las filas de este archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166-1 alpha-2 code, e.g. KE.</source>
        <translation>Código ISO 3166-1 alfa-2, p. ej., KE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the statuses in the Lists sheet.</source>
        <translation>Uno de los estados de la hoja Lists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the kinds in the Lists sheet, or empty.</source>
        <translation>Uno de los tipos de la hoja Lists, o vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more codes from the Lists sheet, separated by ;</source>
        <translation>Uno o más códigos de la hoja Lists, separados por ;</translation>
    </message>
</context>
</TS>
