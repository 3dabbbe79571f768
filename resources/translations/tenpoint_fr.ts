<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No activity matches these filters.</source>
        <translation>Aucune activité ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up activities are recorded yet. Record the first one, or choose a recommendation in the browser and add a follow-up activity to it.</source>
        <translation>Aucune activité de suivi n&apos;est encore enregistrée. Enregistrez la première, ou choisissez une recommandation dans l&apos;onglet Recommandations et ajoutez-lui une activité de suivi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/activities/editing.py" line="+75"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editing.py" line="-36"/>
        <source>This installation has no office yet. Set up the office (its name and country) before recording activities.</source>
        <translation>Aucun bureau n&apos;est encore configuré pour cette installation. Configurez le bureau (son nom et son pays) avant d&apos;enregistrer des activités.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the activity &quot;{title}&quot;?

It is kept, marked deleted (tick &quot;Show deleted&quot; to see it), so that the deletion reaches the other offices with the next package.</source>
        <translation>Supprimer l&apos;activité «&#xa0;{title}&#xa0;»&#xa0;?

Elle est conservée, marquée comme supprimée (cochez «&#xa0;Afficher les supprimées&#xa0;» pour la voir), afin que la suppression parvienne aux autres bureaux avec le prochain paquet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Delete activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../desktop/activities/editor.py" line="+53"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linked items</source>
        <translation>&amp;Points liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead or&amp;ganisation</source>
        <translation>&amp;Organisation chef de file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This activity was deleted on {when}. It is kept so that the deletion reaches the other offices; it cannot be changed.</source>
        <translation>Cette activité a été supprimée le {when}. Elle est conservée afin que la suppression parvienne aux autres bureaux&#xa0;; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by {owner}. It is shown here read-only: only its owner can change it.</source>
        <translation>Enregistrée par {owner}. Elle est affichée ici en lecture seule&#xa0;: seul son propriétaire peut la modifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity (read-only): {title}</source>
        <translation>Activité (lecture seule)&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit activity: {title}</source>
        <translation>Modifier l&apos;activité&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields marked by a message must be corrected before saving. Save with Ctrl+S.</source>
        <translation>Les champs signalés par un message doivent être corrigés avant l&apos;enregistrement. Enregistrez avec Ctrl+S.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported in the June 2011 compilation: the baseline of the follow-up, kept as reported.</source>
        <translation>Signalée dans la compilation de juin 2011&#xa0;: la situation de référence du suivi, conservée telle que signalée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by {office}.</source>
        <translation>Enregistrée par {office}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by {creator} on {created}; last changed by {editor} on {updated} (revision {revision}, times in local time, {zone}).</source>
        <translation>Créée par {creator} le {created}&#xa0;; dernière modification par {editor} le {updated} (révision {revision}, heures locales, {zone}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field}: {problems}</source>
        <translation>{field}&#xa0;: {problems}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Activity not saved</source>
        <translation>Activité non enregistrée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved by someone else</source>
        <translation>Enregistrée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the saved version now? Your changes will be lost; choose No to keep them on screen and copy what you need first.</source>
        <translation>Charger maintenant la version enregistrée&#xa0;? Vos modifications seront perdues&#xa0;; choisissez Non pour les garder à l&apos;écran et copier d&apos;abord ce dont vous avez besoin.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity has changes that are not saved. Save them?</source>
        <translation>Cette activité comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <location filename="../../desktop/activities/filter_bar.py" line="+47"/>
        <source>Search titles, descriptions, organisations, notes, evidence (Ctrl+F)</source>
        <translation>Rechercher dans les titres, descriptions, organisations, notes, justificatifs (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item code, e.g. DES-SR-III-01</source>
        <translation>Code de point, p. ex. DES-SR-III-01</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All action areas</source>
        <translation>Tous les domaines d&apos;action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted</source>
        <translation>Afficher les supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the follow-up reported in &amp;2011</source>
        <translation>Afficher le suivi signalé en &amp;2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The June 2011 compilation&apos;s activities of this office&apos;s regions (at headquarters, of every region): the baseline of the follow-up, read-only.</source>
        <translation>Les activités de la compilation de juin 2011 pour les régions de ce bureau (au siège, pour toutes les régions)&#xa0;: la situation de référence du suivi, en lecture seule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked &amp;item:</source>
        <translation>&amp;Point lié&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{matching} of %Ln activities</source>
        <translation>
            <numerusform>{matching} sur %Ln activité</numerusform>
            <numerusform>{matching} sur %Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln supprimée</numerusform>
            <numerusform>%Ln supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{activities}; {by_status}</source>
        <translation>{activities}&#xa0;; {by_status}</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../desktop/activities/table_model.py" line="+56"/>
        <source>Deleted ({status})</source>
        <translation>Supprimée ({status})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>June 2011</source>
        <translation>Juin 2011</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked items</source>
        <translation>Points liés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>In this computer&apos;s local time ({zone})</source>
        <translation>Heure locale de cet ordinateur ({zone})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Recorded by {owner}; read-only here.</source>
        <translation>Enregistrée par {owner}&#xa0;; en lecture seule ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported in the June 2011 compilation</source>
        <translation>Signalée dans la compilation de juin 2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, local time ({zone})</source>
        <translation>{time}, heure locale ({zone})</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/backups/dialog.py" line="+54"/>
        <location line="+175"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Tenpoint backs the database up before every import, schema upgrade and restore. Backups are kept in {folder}.</source>
        <translation>Tenpoint sauvegarde la base de données avant chaque importation, mise à niveau du schéma et restauration. Les sauvegardes sont conservées dans {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Keep the newest backups:</source>
        <translation>&amp;Conserver les sauvegardes les plus récentes&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore...</source>
        <translation>&amp;Restaurer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>damaged: cannot be restored</source>
        <translation>endommagée&#xa0;: restauration impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set up</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database by the backup of {date} ({reason})?

Everything recorded since then will be replaced. A backup of the current state is taken first, so this can be undone by restoring that one.</source>
        <translation>Remplacer la base de données par la sauvegarde du {date} ({reason})&#xa0;?

Tout ce qui a été enregistré depuis sera remplacé. L&apos;état actuel est d&apos;abord sauvegardé&#xa0;: vous pourrez donc annuler l&apos;opération en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring...</source>
        <translation>Restauration en cours...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was restored. The state before it was backed up to {path}.</source>
        <translation>La sauvegarde a été restaurée. L&apos;état antérieur a été sauvegardé dans {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore done</source>
        <translation>Restauration terminée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>BrowserArea</name>
    <message>
        <location filename="../../desktop/browser/area.py" line="+83"/>
        <location line="+16"/>
        <source>Show all regions</source>
        <translation>Afficher toutes les régions</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Tick “Show all regions” to see the matches in the other regions too</source>
        <translation>Cochez «&#xa0;Afficher toutes les régions&#xa0;» pour voir aussi les résultats des autres régions</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Also show the events of the regions your office does not belong to</source>
        <translation>Afficher aussi les événements des régions auxquelles votre bureau n&apos;appartient pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headquarters, and an installation not yet set up, see every region</source>
        <translation>Le siège, ainsi qu&apos;une installation pas encore configurée, voient toutes les régions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the events of all regions.</source>
        <translation>Événements de toutes les régions affichés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the events of all regions (your office: {regions}).</source>
        <translation>Événements de toutes les régions affichés (votre bureau&#xa0;: {regions}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the events of your office&apos;s regions: {regions}.</source>
        <translation>
            <numerusform>Événements de la région de votre bureau affichés&#xa0;: {regions}.</numerusform>
            <numerusform>Événements des régions de votre bureau affichés&#xa0;: {regions}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why your office follows these conferences:</source>
        <translation>Pourquoi votre bureau suit ces conférences&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No item matches these filters.</source>
        <translation>Aucun point ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items matching the filters: {count}</source>
        <translation>Points correspondant aux filtres&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: {count}</source>
        <translation>Points&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No item matches “{query}”.</source>
        <translation>Aucun point ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose code starts with “{query}”: {count}</source>
        <translation>Points dont le code commence par «&#xa0;{query}&#xa0;»&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{query}”, best first: {count}</source>
        <translation>Résultats pour «&#xa0;{query}&#xa0;», les plus pertinents d&apos;abord&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No item in your regions has a code starting with “{query}”; {total} in all regions.</source>
        <translation>Aucun point de vos régions n&apos;a un code commençant par «&#xa0;{query}&#xa0;»&#xa0;; {total} dans toutes les régions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose code starts with “{query}”: {count} in your regions; {total} in all regions.</source>
        <translation>Points dont le code commence par «&#xa0;{query}&#xa0;»&#xa0;: {count} dans vos régions&#xa0;; {total} dans toutes les régions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item in your regions matches “{query}”; {total} in all regions.</source>
        <translation>Aucun point de vos régions ne correspond à «&#xa0;{query}&#xa0;»&#xa0;; {total} dans toutes les régions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{query}”, best first: {count} in your regions; {total} in all regions.</source>
        <translation>Résultats pour «&#xa0;{query}&#xa0;», les plus pertinents d&apos;abord&#xa0;: {count} dans vos régions&#xa0;; {total} dans toutes les régions.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln items here; counting their follow-up activities…</source>
        <translation>
            <numerusform>%Ln point ici&#xa0;; décompte de ses activités de suivi…</numerusform>
            <numerusform>%Ln points ici&#xa0;; décompte de leurs activités de suivi…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln items here.</source>
        <translation>
            <numerusform>%Ln point ici.</numerusform>
            <numerusform>%Ln points ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of them have follow-up activities.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux a des activités de suivi.</numerusform>
            <numerusform>%Ln d&apos;entre eux ont des activités de suivi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item to read it in full.</source>
        <translation>Sélectionnez un point pour le lire en entier.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening the item…</source>
        <translation>Ouverture du point…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown item</source>
        <translation>Point inconnu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This item is retired, and hidden in the tree and the search. Tick “Show retired items” to see it there.</source>
        <translation>Ce point est retiré, et masqué dans l&apos;arborescence et la recherche. Cochez «&#xa0;Afficher les points retirés&#xa0;» pour l&apos;y voir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is from {event}, outside your office&apos;s region. Tick “Show all regions” to see it in the tree.</source>
        <translation>Ce point relève de {event}, hors de la région de votre bureau. Cochez «&#xa0;Afficher toutes les régions&#xa0;» pour le voir dans l&apos;arborescence.</translation>
    </message>
</context>
<context>
    <name>CatalogChoiceModel</name>
    <message>
        <location filename="../../desktop/activities/picker.py" line="+39"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Already linked</source>
        <translation>Déjà lié</translation>
    </message>
</context>
<context>
    <name>CatalogEditDialog</name>
    <message>
        <location filename="../../desktop/browser/catalog_editor.py" line="+297"/>
        <source>Fields marked * are required. Nothing is changed until you choose {save}.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires. Rien n&apos;est modifié tant que vous n&apos;avez pas choisi {save}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A conference, workshop or follow-up meeting held after 2011. Offices receive it with headquarters&apos; next update and follow it up when their country takes part.</source>
        <translation>Une conférence, un atelier ou une réunion de suivi tenus après 2011. Les bureaux reçoivent cet événement avec la prochaine mise à jour du siège et en assurent le suivi lorsque leur pays y prend part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document of an event, with the reference it can be found by: its symbol, publication or link.</source>
        <translation>Un document d&apos;un événement, avec la référence qui permet de le retrouver&#xa0;: sa cote, sa publication ou son lien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heading of a document, under which items are added.</source>
        <translation>Un intitulé d&apos;un document, sous lequel des points sont ajoutés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recommendation, action or other item of a document, worded as the document prints it.</source>
        <translation>Une recommandation, une action ou un autre point d&apos;un document, dans la formulation imprimée dans le document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A country that took part in an event: offices in it follow the event up.</source>
        <translation>Un pays qui a participé à un événement&#xa0;: les bureaux de ce pays assurent le suivi de l&apos;événement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct {code}, an item headquarters added. The text before the correction stays in its history.</source>
        <translation>Corriger {code}, un point ajouté par le siège. Le texte antérieur à la correction reste dans son historique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note shown with {code}, kept in its history. The item&apos;s text stays as the source printed it.</source>
        <translation>Une note affichée avec {code}, conservée dans son historique. Le texte du point reste tel que la source l&apos;a imprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} will be hidden from the browser and the item picker. Activities linked to it keep their link and show it as retired.</source>
        <translation>{code} sera masqué dans l&apos;onglet Recommandations et dans le sélecteur de points. Les activités qui y sont liées conservent leur lien et l&apos;affichent comme retiré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} will be shown and offered for linking again.</source>
        <translation>{code} sera de nouveau affiché et proposé pour être lié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} says the same as another item. It will be retired, and every activity linked to it will be linked to the item you choose instead, with a history entry.</source>
        <translation>{code} dit la même chose qu&apos;un autre point. Il sera retiré, et chaque activité qui y est liée sera liée à la place au point que vous choisissez, avec une entrée dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why: the decision or meeting behind it, so that offices understand</source>
        <translation>Motif&#xa0;: la décision ou la réunion à l&apos;origine de ce changement, pour que les bureaux comprennent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from, or anything offices should know</source>
        <translation>Son origine, ou tout ce que les bureaux doivent savoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>A new code, e.g. {example}</source>
        <translation>Un nouveau code, p. ex. {example}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unsaved change</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalog change is not saved. Save it?</source>
        <translation>Cette modification du catalogue n&apos;est pas enregistrée. L&apos;enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CatalogMenu</name>
    <message>
        <location filename="../../desktop/browser/catalog_menu.py" line="+73"/>
        <source>Import a catalog workbook…</source>
        <translation>Importer un classeur de catalogue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a catalog template to fill…</source>
        <translation>Enregistrer un modèle de catalogue à remplir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit catalog</source>
        <translation>Modifier le catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add events, documents, sections and items to the catalog, or correct, annotate, retire or merge the item shown; offices receive the changes with the next update</source>
        <translation>Ajouter au catalogue des événements, des documents, des sections et des points, ou corriger, annoter, retirer ou fusionner le point affiché&#xa0;; les bureaux reçoivent les modifications avec la prochaine mise à jour</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{action}: {code}…</source>
        <translation>{action}&#xa0;: {code}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select an item first</source>
        <translation>Sélectionnez d&apos;abord un point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the catalog…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
</context>
<context>
    <name>CatalogPreviewDialog</name>
    <message>
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="+153"/>
        <source>Catalog workbook: {file}</source>
        <translation>Classeur de catalogue&#xa0;: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Apply %n changes</source>
        <translation>
            <numerusform>Appliquer %n modification</numerusform>
            <numerusform>Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>This workbook cannot be imported: %n problems, listed below with their sheet, row and column. Correct them in the workbook and import it again; nothing was changed.</source>
        <translation>
            <numerusform>Ce classeur ne peut pas être importé&#xa0;: %n problème, indiqué ci-dessous avec sa feuille, sa ligne et sa colonne. Corrigez-le dans le classeur et importez celui-ci à nouveau&#xa0;; rien n&apos;a été modifié.</numerusform>
            <numerusform>Ce classeur ne peut pas être importé&#xa0;: %n problèmes, indiqués ci-dessous avec leur feuille, leur ligne et leur colonne. Corrigez-les dans le classeur et importez celui-ci à nouveau&#xa0;; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rows are filled in: there is nothing to import.</source>
        <translation>Aucune ligne n&apos;est remplie&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Applying this workbook makes %n changes to the catalog, all together or none (edition {start} to {end}): {counts}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>L&apos;application de ce classeur apporte %n modification au catalogue (de l&apos;édition {start} à l&apos;édition {end})&#xa0;: {counts}. Les bureaux la reçoivent avec leur prochaine mise à jour.</numerusform>
            <numerusform>L&apos;application de ce classeur apporte %n modifications au catalogue, toutes ensemble ou aucune (de l&apos;édition {start} à l&apos;édition {end})&#xa0;: {counts}. Les bureaux les reçoivent avec leur prochaine mise à jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <location filename="../../desktop/browser/tree_model.py" line="+36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>(retired) {text}</source>
        <translation>(retiré) {text}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retired: no longer in the current catalog.</source>
        <translation>Retiré&#xa0;: ne figure plus dans le catalogue actuel.</translation>
    </message>
</context>
<context>
    <name>CatalogTreeView</name>
    <message>
        <location filename="../../desktop/browser/views.py" line="+40"/>
        <source>Catalog tree</source>
        <translation>Arborescence du catalogue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>999 of 999</source>
        <translation>999 sur 999</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up yet</source>
        <translation>Pas encore de suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest status</source>
        <translation>Dernier statut</translation>
    </message>
</context>
<context>
    <name>CatalogWorkbookFlow</name>
    <message>
        <location filename="../../desktop/browser/catalog_workbook_flow.py" line="-119"/>
        <source>Save a catalog template</source>
        <translation>Enregistrer un modèle de catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog-changes.xlsx</source>
        <translation>catalog-changes.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the template...</source>
        <translation>Écriture du modèle...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog template saved</source>
        <translation>Modèle de catalogue enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}. Fill in its sheets (each explains itself in the README), then import it with Edit catalog &gt; Import a catalog workbook.</source>
        <translation>{path} écrit. Remplissez ses feuilles (la feuille README explique chacune d&apos;elles), puis importez-le avec Modifier le catalogue &gt; Importer un classeur de catalogue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a catalog workbook</source>
        <translation>Importer un classeur de catalogue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading and checking {file}...</source>
        <translation>Lecture et vérification de {file}...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the catalog...</source>
        <translation>Modification du catalogue...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalog changed</source>
        <translation>Catalogue modifié</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changes applied; the catalog is now at edition {edition}. Offices receive them with their next update.</source>
        <translation>
            <numerusform>%n modification appliquée&#xa0;; le catalogue est maintenant à l&apos;édition {edition}. Les bureaux la reçoivent avec leur prochaine mise à jour.</numerusform>
            <numerusform>%n modifications appliquées&#xa0;; le catalogue est maintenant à l&apos;édition {edition}. Les bureaux les reçoivent avec leur prochaine mise à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalog workbook</source>
        <translation>Classeur de catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook could not be used: {error}</source>
        <translation>Le classeur n&apos;a pas pu être utilisé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="+239"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>ChoiceResult</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+144"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/sync/conflicts_panel.py" line="+99"/>
        <source>No open conflicts. When this installation and another one change the same activity between two packages, both versions are kept and shown here until you decide.</source>
        <translation>Aucun conflit en suspens. Lorsque cette installation et une autre modifient la même activité entre deux paquets, les deux versions sont conservées et affichées ici jusqu&apos;à votre décision.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;theirs</source>
        <translation>Garder &amp;leur version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge...</source>
        <translation>&amp;Fusionner...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose field by field between the two versions, correct the result, and save it</source>
        <translation>Choisir champ par champ entre les deux versions, corriger le résultat et l&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fields in bold differ, their differing words marked. Your decision is saved in the activity&apos;s history and travels with the next package.</source>
        <translation>Les champs en gras diffèrent, les mots différents y sont marqués. Votre décision est enregistrée dans l&apos;historique de l&apos;activité et part avec le prochain paquet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This installation&apos;s version (mine)</source>
        <translation>Version de cette installation (la mienne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received version (theirs)</source>
        <translation>Version reçue (la leur)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Conflict not resolved</source>
        <translation>Conflit non résolu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict resolved: {how}.</source>
        <translation>Conflit résolu&#xa0;: {how}.</translation>
    </message>
</context>
<context>
    <name>CountryResult</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+32"/>
        <source>(no country)</source>
        <translation>(aucun pays)</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../desktop/progress/coverage_page.py" line="+123"/>
        <location line="+34"/>
        <source>Click a bar or a number to list the items behind it.</source>
        <translation>Cliquez sur une barre ou un nombre pour afficher la liste des points correspondants.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Group &amp;by:</source>
        <translation>&amp;Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Items by the latest status of their follow-up</source>
        <translation>Points selon le dernier statut de leur suivi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items with follow-up: {followed} of {items} ({percent}).</source>
        <translation>Points avec suivi&#xa0;: {followed} sur {items} ({percent}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The 2011 compilation reported %Ln activities for them.</source>
        <translation>
            <numerusform>La compilation de 2011 a signalé %Ln activité pour ces points.</numerusform>
            <numerusform>La compilation de 2011 a signalé %Ln activités pour ces points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>{what}: %Ln items. Double-click one to read it in Recommendations.</source>
        <translation>
            <numerusform>{what}&#xa0;: %Ln point. Double-cliquez sur un point pour le lire dans l&apos;onglet Recommandations.</numerusform>
            <numerusform>{what}&#xa0;: %Ln points. Double-cliquez sur l&apos;un d&apos;eux pour le lire dans l&apos;onglet Recommandations.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{group}: {status}</source>
        <translation>{group}&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../desktop/browser/catalog_editor.py" line="-476"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation>Laisser la date vide</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../desktop/sync/export_panel.py" line="+96"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank template</source>
        <translation>Modèle vierge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All this office&apos;s activities</source>
        <translation>Toutes les activités de ce bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those changed since the last export</source>
        <translation>Seulement celles modifiées depuis la dernière exportation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport package...</source>
        <translation>E&amp;xporter le paquet...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A package for headquarters, to send by e-mail or on a USB stick.</source>
        <translation>Un paquet pour le siège, à envoyer par courriel ou sur une clé USB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For an office:</source>
        <translation>Pour un bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a region:</source>
        <translation>Pour une région&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport update...</source>
        <translation>E&amp;xporter la mise à jour...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An update package: the region&apos;s merged activities, catalog updates, and what headquarters holds of the office&apos;s work.</source>
        <translation>Un paquet de mise à jour&#xa0;: les activités fusionnées de la région, les mises à jour du catalogue et ce que le siège détient du travail du bureau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Nairobi</source>
        <translation>p. ex. Nairobi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose a country)</source>
        <translation>(choisissez un pays)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write &amp;template...</source>
        <translation>Écrire le &amp;modèle...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office:</source>
        <translation>Bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protect with a password</source>
        <translation>&amp;Protéger par un mot de passe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The packages and templates written here are then encrypted: Excel, LibreOffice and Tenpoint ask for the password to open them. Give it to the recipient another way than the file (by phone, say). A lost password cannot be recovered.</source>
        <translation>Les paquets et modèles écrits ici sont alors chiffrés&#xa0;: Excel, LibreOffice et Tenpoint demandent le mot de passe pour les ouvrir. Communiquez-le au destinataire par un autre moyen que le fichier (par téléphone, par exemple). Un mot de passe perdu ne peut pas être récupéré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the password in both fields.</source>
        <translation>Saisissez le mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A workbook with pre-assigned activity IDs for an office without Tenpoint to fill in by hand; importing it twice never creates duplicates.</source>
        <translation>Un classeur avec des identifiants d&apos;activité préattribués, à remplir à la main par un bureau qui n&apos;a pas Tenpoint&#xa0;; l&apos;importer deux fois ne crée jamais de doublons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workbook with pre-assigned activity IDs, to enter many activities in Excel and import them here.</source>
        <translation>Un classeur avec des identifiants d&apos;activité préattribués, pour saisir de nombreuses activités dans Excel et les importer ici.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Set up this installation&apos;s office (File &gt; Office identity) before exporting.</source>
        <translation>Configurez le bureau de cette installation (Fichier &gt; Identité du bureau) avant d&apos;exporter.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export update package</source>
        <translation>Exporter le paquet de mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Writing {file}...</source>
        <translation>Écriture de {file}...</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Write blank template</source>
        <translation>Écrire un modèle vierge</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Wrote {path}: a template for {office} with %Ln rows.</source>
        <translation>
            <numerusform>{path} écrit&#xa0;: un modèle pour {office} avec %Ln ligne.</numerusform>
            <numerusform>{path} écrit&#xa0;: un modèle pour {office} avec %Ln lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln suppression</numerusform>
            <numerusform>%Ln suppressions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}: {contents}. It is listed in the history as sent.</source>
        <translation>{path} écrit&#xa0;: {contents}. Il figure dans l&apos;historique comme envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is protected with a password.</source>
        <translation>Il est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled: no file was written and nothing was recorded as sent.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n&apos;a été écrit et rien n&apos;a été enregistré comme envoyé.</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+124"/>
        <source>Result: {field}</source>
        <translation>Résultat&#xa0;: {field}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre leur version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both: every item of the two versions</source>
        <translation>Les deux&#xa0;: tous les points des deux versions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/browser/filter_bar.py" line="+16"/>
        <source>No follow-up yet</source>
        <translation>Pas encore de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up overdue</source>
        <translation>Suivi à échéance dépassée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of item</source>
        <translation>Type de point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10-Point Plan action area</source>
        <translation>Domaine d&apos;action du Plan en 10 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With or without follow-up</source>
        <translation>Avec ou sans suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every item again</source>
        <translation>Afficher de nouveau tous les points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show retired items</source>
        <translation>Afficher les points retirés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also show the items headquarters retired or merged into another item; they keep their follow-up activities</source>
        <translation>Afficher aussi les points que le siège a retirés ou fusionnés dans un autre point&#xa0;; ils conservent leurs activités de suivi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds of item</source>
        <translation>Tous les types de point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All action areas</source>
        <translation>Tous les domaines d&apos;action</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event}: {document}</source>
        <translation>{event}&#xa0;: {document}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/activities/history.py" line="+133"/>
        <source>History: {title}</source>
        <translation>Historique&#xa0;: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entries, newest first. The history is kept as recorded and cannot be edited.</source>
        <translation>
            <numerusform>%n entrée. L&apos;historique est conservé tel qu&apos;enregistré et ne peut pas être modifié.</numerusform>
            <numerusform>%n entrées, les plus récentes d&apos;abord. L&apos;historique est conservé tel qu&apos;enregistré et ne peut pas être modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Old value:</source>
        <translation>Ancienne valeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value:</source>
        <translation>Nouvelle valeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-141"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{action} ({note})</source>
        <translation>{action} ({note})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unsigned package {id}</source>
        <translation>paquet non signé {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package {id}</source>
        <translation>paquet {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{package}, edited in a spreadsheet after export</source>
        <translation>{package}, modifié dans un tableur après l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="+58"/>
        <source>No package sent or received yet.</source>
        <translation>Aucun paquet envoyé ou reçu pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/sync/preview_dialog.py" line="+192"/>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the activities that do not change</source>
        <translation>Afficher les activités qui ne changent pas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing has been written yet. Check what importing would do, then import or cancel. Applying is all-or-nothing: a package with a rejected row is left out whole unless you choose to import only its valid rows.</source>
        <translation>Rien n&apos;a encore été écrit. Vérifiez ce que l&apos;importation ferait, puis importez ou annulez. L&apos;application est en tout ou rien&#xa0;: un paquet comportant une ligne rejetée est entièrement écarté, sauf si vous choisissez de n&apos;importer que ses lignes valides.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First signed package from {office}. Call the office and compare the key&apos;s fingerprint: {fingerprint}. Or trust the key file its IT exported (tenpoint keys export).</source>
        <translation>Premier paquet signé de {office}. Appelez le bureau et comparez l&apos;empreinte de la clé&#xa0;: {fingerprint}. Ou faites confiance au fichier de clé exporté par son service informatique (tenpoint keys export).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have checked this fingerprint with {office}</source>
        <translation>J&apos;ai vérifié cette empreinte avec {office}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the office&apos;s &amp;key file...</source>
        <translation>Faire confiance au fichier de &amp;clé du bureau...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed, or changed after signing: {files}. Nothing shows who made these files or that they are as exported. Import them only if you know where they come from; the activity history will record that they arrived unsigned.</source>
        <translation>Non signés, ou modifiés après la signature&#xa0;: {files}. Rien n&apos;indique qui a produit ces fichiers ni qu&apos;ils sont tels qu&apos;exportés. Ne les importez que si vous savez d&apos;où ils viennent&#xa0;; l&apos;historique des activités enregistrera qu&apos;ils sont arrivés non signés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as unsigned data</source>
        <translation>Importer comme données non signées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until you decide, these packages are left out of the import.</source>
        <translation>Tant que vous n&apos;avez pas décidé, ces paquets sont écartés de l&apos;importation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import only the &amp;valid rows...</source>
        <translation>Importer seulement les lignes &amp;valides...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid rows of packages with rejected rows; you then choose where to save a workbook listing the rejected rows.</source>
        <translation>Importer les lignes valides des paquets comportant des lignes rejetées&#xa0;; vous choisissez ensuite où enregistrer un classeur qui liste les lignes rejetées.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not the key of this package</source>
        <translation>Ce n&apos;est pas la clé de ce paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file holds the key {chosen}, but {file} was signed with the key {fingerprint}. The package was not made with the key of that file: check with the office before importing it.</source>
        <translation>Le fichier de clé contient la clé {chosen}, mais {file} a été signé avec la clé {fingerprint}. Le paquet n&apos;a pas été produit avec la clé de ce fichier&#xa0;: vérifiez auprès du bureau avant de l&apos;importer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the packages again...</source>
        <translation>Nouvelle vérification des paquets...</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Problems in {file}: {n}</source>
        <translation>Problèmes dans {file}&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activities: {shown} of {n}</source>
        <translation>Activités&#xa0;: {shown} sur {n}</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../desktop/browser/detail_pane.py" line="+59"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the item whose reference you followed</source>
        <translation>Revenir au point dont vous avez suivi la référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add follow-up activity</source>
        <translation>Ajouter une activité de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a follow-up activity linked to this item</source>
        <translation>Enregistrer une activité de suivi liée à ce point</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Retired items take no new follow-up activities</source>
        <translation>Les points retirés ne reçoivent plus de nouvelles activités de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a follow-up activity linked to {code}</source>
        <translation>Enregistrer une activité de suivi liée à {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item selected</source>
        <translation>Aucun point sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item in the tree or in the search results to read its text, its 10-Point Plan action areas, its cross-references and its follow-up activities.</source>
        <translation>Sélectionnez un point dans l&apos;arborescence ou dans les résultats de recherche pour lire son texte, ses domaines d&apos;action du Plan en 10 points, ses renvois et ses activités de suivi.</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../../desktop/activities/picker.py" line="+61"/>
        <source>Link catalog items</source>
        <translation>Lier des points du catalogue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type words or a code: border training, DES-AP-I, VIII (iv)</source>
        <translation>Saisissez des mots ou un code&#xa0;: border training, DES-AP-I, VIII (iv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link selected</source>
        <translation>Lier la sélection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all &amp;regions</source>
        <translation>Afficher toutes les ré&amp;gions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also offer the items of the regions your office does not belong to (your office: {regions})</source>
        <translation>Proposer aussi les points des régions auxquelles votre bureau n&apos;appartient pas (votre bureau&#xa0;: {regions})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Headquarters, and an installation not yet set up, see every region</source>
        <translation>Le siège, ainsi qu&apos;une installation pas encore configurée, voient toutes les régions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{shown}; {selected}</source>
        <translation>{shown}&#xa0;; {selected}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{shown} of %Ln items shown</source>
        <translation>
            <numerusform>{shown} sur %Ln point affiché</numerusform>
            <numerusform>{shown} sur %Ln points affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %Ln items of your regions shown</source>
        <translation>
            <numerusform>{shown} sur %Ln point de vos régions affiché</numerusform>
            <numerusform>{shown} sur %Ln points de vos régions affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../desktop/sync/keys_dialog.py" line="+42"/>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Fichiers de clé (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a key file</source>
        <translation>Depuis un fichier de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed on import</source>
        <translation>Confirmée à l&apos;importation</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+66"/>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>This file holds the key of {office} (office ID {office_id}), with the fingerprint

{fingerprint}

Trust it only if the file came from that office&apos;s IT by a way you rely on: its packages will then be accepted as the office&apos;s own.</source>
        <translation>Ce fichier contient la clé de {office} (ID de bureau {office_id}), avec l&apos;empreinte

{fingerprint}

Ne lui faites confiance que si le fichier vient du service informatique de ce bureau par un moyen sûr&#xa0;: ses paquets seront alors acceptés comme ceux du bureau.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Re&amp;move...</source>
        <translation>&amp;Retirer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export my key...</source>
        <translation>&amp;Exporter ma clé...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This installation&apos;s key: {fingerprint}. Offices and headquarters compare it when they receive your first package.</source>
        <translation>Clé de cette installation&#xa0;: {fingerprint}. Les bureaux et le siège la comparent lorsqu&apos;ils reçoivent votre premier paquet.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+18"/>
        <source>Trust a key file</source>
        <translation>Faire confiance à un fichier de clé</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Packages are signed by the office that made them. A package from an office listed here is accepted only with that office&apos;s key; a package from another office asks you to check its key&apos;s fingerprint with the office first, or to trust the key file the office&apos;s IT exported.</source>
        <translation>Les paquets sont signés par le bureau qui les a produits. Un paquet d&apos;un bureau listé ici n&apos;est accepté qu&apos;avec la clé de ce bureau&#xa0;; pour un paquet d&apos;un autre bureau, il vous est d&apos;abord demandé de vérifier l&apos;empreinte de sa clé avec le bureau, ou de faire confiance au fichier de clé exporté par le service informatique du bureau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust a key file...</source>
        <translation>Faire &amp;confiance à un fichier de clé...</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The key of {office} is trusted: fingerprint {fingerprint}.</source>
        <translation>La clé de {office} est de confiance&#xa0;: empreinte {fingerprint}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key of {office} ({fingerprint})? Do it only after checking with the office that it was reinstalled: its next package will ask you to confirm the new key&apos;s fingerprint.</source>
        <translation>Retirer la clé de {office} ({fingerprint})&#xa0;? Ne le faites qu&apos;après avoir vérifié avec le bureau qu&apos;il a été réinstallé&#xa0;: son prochain paquet vous demandera de confirmer l&apos;empreinte de la nouvelle clé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key of {office} was removed.</source>
        <translation>La clé de {office} a été retirée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export this installation&apos;s key</source>
        <translation>Exporter la clé de cette installation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your public key is in {path}. It is not secret: give it to the IT of the offices or headquarters that import your packages.</source>
        <translation>Votre clé publique se trouve dans {path}. Elle n&apos;est pas secrète&#xa0;: remettez-la au service informatique des bureaux ou du siège qui importent vos paquets.</translation>
    </message>
</context>
<context>
    <name>LatePage</name>
    <message>
        <location filename="../../desktop/progress/late_page.py" line="+78"/>
        <source>Sta&amp;le when not updated for more than:</source>
        <translation>&amp;Sans mise à jour depuis plus de&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source> days</source>
        <comment>unit after a number of days</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln open activities; overdue: {overdue}, stale: {stale}.</source>
        <translation>
            <numerusform>%Ln activité ouverte&#xa0;; échéance dépassée&#xa0;: {overdue}, sans mise à jour&#xa0;: {stale}.</numerusform>
            <numerusform>%Ln activités ouvertes&#xa0;; échéance dépassée&#xa0;: {overdue}, sans mise à jour&#xa0;: {stale}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{office}: %Ln late activities. Double-click one to open it.</source>
        <translation>
            <numerusform>{office}&#xa0;: %Ln activité en retard. Double-cliquez sur une activité pour l&apos;ouvrir.</numerusform>
            <numerusform>{office}&#xa0;: %Ln activités en retard. Double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln late activities in every office. Click an office to see only its own; double-click an activity to open it.</source>
        <translation>
            <numerusform>%Ln activité en retard dans l&apos;ensemble des bureaux. Cliquez sur un bureau pour ne voir que les siennes&#xa0;; double-cliquez sur une activité pour l&apos;ouvrir.</numerusform>
            <numerusform>%Ln activités en retard dans l&apos;ensemble des bureaux. Cliquez sur un bureau pour ne voir que les siennes&#xa0;; double-cliquez sur une activité pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %Ln most overdue activities are listed.</source>
        <translation>
            <numerusform>Seule %Ln activité, la plus en retard, est listée.</numerusform>
            <numerusform>Les %Ln activités les plus en retard sont listées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing is late.</source>
        <translation>Aucun retard.</translation>
    </message>
</context>
<context>
    <name>LinkedItemsEdit</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="+43"/>
        <source>&amp;Add items…</source>
        <translation>&amp;Ajouter des points…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not in the current catalog</source>
        <translation>Absent du catalogue actuel</translation>
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
        <translation>&amp;Recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activities</source>
        <translation>Ac&amp;tivités</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+41"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progression</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;New follow-up activity...</source>
        <translation>&amp;Nouvelle activité de suivi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office &amp;identity...</source>
        <translation>&amp;Identité du bureau...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tenpoint</source>
        <translation>À &amp;propos de Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups...</source>
        <translation>&amp;Sauvegardes...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report...</source>
        <translation>Exporter le &amp;rapport...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print report...</source>
        <translation>Im&amp;primer le rapport...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Office: not set up</source>
        <translation>Bureau&#xa0;: non configuré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>headquarters</source>
        <translation>siège</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field office</source>
        <translation>bureau de terrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: {name} ({role})</source>
        <translation>Bureau&#xa0;: {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no country</source>
        <translation>aucun pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: {country}</source>
        <translation>Pays&#xa0;: {country}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenpoint - shared database</source>
        <translation>Tenpoint - base de données partagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared database: {location}</source>
        <translation>Base de données partagée&#xa0;: {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The headquarters database on a PostgreSQL server, shared with the other officers: what they import shows here too.</source>
        <translation>La base de données du siège sur un serveur PostgreSQL, partagée avec les autres agents&#xa0;: ce qu&apos;ils importent s&apos;affiche aussi ici.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Tenpoint</source>
        <translation>À propos de Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Tenpoint {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Follow-up of the recommendations of the 10-Point Plan of Action regional conferences, offline.&lt;/p&gt;&lt;p&gt;Catalog version {catalog}. Database: {database}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tenpoint {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Suivi des recommandations des conférences régionales du Plan d&apos;action en 10 points, hors ligne.&lt;/p&gt;&lt;p&gt;Version du catalogue {catalog}. Base de données&#xa0;: {database}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sync/merge_dialog.py" line="+74"/>
        <source>Merge the two versions: {title}</source>
        <translation>Fusionner les deux versions&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For each field the two versions differ in, keep your version or take the received one, then correct the result if needed. Words that differ are marked. The merged version is saved in the activity&apos;s history and travels with the next package.</source>
        <translation>Pour chaque champ où les deux versions diffèrent, gardez votre version ou prenez la version reçue, puis corrigez le résultat si nécessaire. Les mots différents sont marqués. La version fusionnée est enregistrée dans l&apos;historique de l&apos;activité et part avec le prochain paquet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Save merged version</source>
        <translation>&amp;Enregistrer la version fusionnée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your version deletes this activity.</source>
        <translation>Votre version supprime cette activité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The received version deletes this activity.</source>
        <translation>La version reçue supprime cette activité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merged version keeps it. To delete it, cancel and choose the version that deletes it.</source>
        <translation>Une version fusionnée la conserve. Pour la supprimer, annulez et choisissez la version qui la supprime.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same in both versions</source>
        <translation>Identique dans les deux versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Conflict not resolved</source>
        <translation>Conflit non résolu</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../desktop/activities/fields.py" line="-249"/>
        <source>Untick for no date</source>
        <translation>Décochez pour ne pas indiquer de date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/sync/password_dialog.py" line="+36"/>
        <source>Protected package</source>
        <translation>Paquet protégé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is not correct.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is protected with a password. Type the password its sender gave you; Cancel leaves the file out of the import.</source>
        <translation>{file} est protégé par un mot de passe. Saisissez le mot de passe que son expéditeur vous a communiqué&#xa0;; Annuler écarte le fichier de l&apos;importation.</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <location filename="../../desktop/progress/area.py" line="+64"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan targets</source>
        <translation>Cibles du Plan d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late follow-up</source>
        <translation>Suivi en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity over time</source>
        <translation>Activités dans le temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport report...</source>
        <translation>E&amp;xporter le rapport...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int report...</source>
        <translation>&amp;Imprimer le rapport...</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Showing: {scope}</source>
        <translation>Affichage&#xa0;: {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counting...</source>
        <translation>Décompte en cours...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures could not be read: {error}</source>
        <translation>Les chiffres n&apos;ont pas pu être lus&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ProgressFilterBar</name>
    <message>
        <location filename="../../desktop/progress/filter_bar.py" line="+39"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All action areas</source>
        <translation>Tous les domaines d&apos;action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the follow-up reported in &amp;2011</source>
        <translation>Compter le suivi signalé en &amp;2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The June 2011 compilation&apos;s follow-up is the baseline, left out of the figures unless this is ticked.</source>
        <translation>Le suivi de la compilation de juin 2011 est la situation de référence&#xa0;; il est exclu des chiffres si cette case n&apos;est pas cochée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ac&amp;tion area:</source>
        <translation>&amp;Domaine d&apos;action&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running fro&amp;m:</source>
        <translation>En cours d&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>u&amp;ntil:</source>
        <translation>&amp;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>running {start} – {end}</source>
        <translation>en cours du {start} au {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with the 2011 follow-up</source>
        <translation>avec le suivi de 2011</translation>
    </message>
</context>
<context>
    <name>ProgressTables</name>
    <message>
        <location filename="../../desktop/progress/coverage_page.py" line="-156"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action area</source>
        <translation>Domaine d&apos;action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No follow-up yet</source>
        <translation>Pas encore de suivi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed up</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported in 2011</source>
        <translation>Signalées en 2011</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/progress/targets_page.py" line="+55"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+32"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/late_page.py" line="-105"/>
        <location line="+22"/>
        <location filename="../../desktop/progress/targets_page.py" line="+7"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+16"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Open activities</source>
        <translation>Activités ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Overdue</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Stale</source>
        <translation>Sans mise à jour</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Overdue and stale</source>
        <translation>Échéance dépassée et sans mise à jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/progress/targets_page.py" line="-3"/>
        <location filename="../../desktop/progress/timeline_page.py" line="-3"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/progress/targets_page.py" line="+1"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/progress/timeline_page.py" line="+4"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/targets_page.py" line="-30"/>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln to go</source>
        <translation>
            <numerusform>Reste %Ln</numerusform>
            <numerusform>Reste %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln countries</source>
        <translation>
            <numerusform>%Ln pays</numerusform>
            <numerusform>%Ln pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln achievements</source>
        <translation>
            <numerusform>%Ln réalisation</numerusform>
            <numerusform>%Ln réalisations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desktop/progress/timeline_page.py" line="-3"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts toward the target</source>
        <translation>Compte pour la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location filename="../../desktop/progress/timeline_page.py" line="-18"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start date</source>
        <translation>Date de début</translation>
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
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.pdf)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the report...</source>
        <translation>Écriture du rapport...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {path}:
{contents}.</source>
        <translation>{path} écrit&#xa0;:
{contents}.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report not written</source>
        <translation>Rapport non écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be written: {error}</source>
        <translation>Le rapport n&apos;a pas pu être écrit&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/progress/report_preview.py" line="+117"/>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Print...</source>
        <translation>Im&amp;primer...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit &amp;width</source>
        <translation>A&amp;juster à la largeur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printing the report...</source>
        <translation>Impression du rapport...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report not printed</source>
        <translation>Rapport non imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be printed: {error}</source>
        <translation>Le rapport n&apos;a pas pu être imprimé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../../desktop/progress/report_print.py" line="+42"/>
        <source>Reading the report...</source>
        <translation>Lecture du rapport...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report not printed</source>
        <translation>Rapport non imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be read: {error}</source>
        <translation>Le rapport n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../desktop/browser/search_field.py" line="+33"/>
        <source>Search codes and texts, e.g. {word} or {code} ({shortcut})</source>
        <translation>Rechercher dans les codes et les textes, p. ex. {word} ou {code} ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/browser/results_model.py" line="+99"/>
        <source>(retired)</source>
        <translation>(retiré)</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../desktop/browser/views.py" line="+42"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/setup_dialog.py" line="+50"/>
        <source>Office identity</source>
        <translation>Identité du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this office</source>
        <translation>Configurer ce bureau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The packages this office sends carry its name and country, and its country decides which conferences&apos; recommendations you see first. Saving a change first tells you what it changes and asks you to confirm it.</source>
        <translation>Les paquets envoyés par ce bureau portent son nom et son pays, et son pays détermine les recommandations des conférences que vous voyez en premier. L&apos;enregistrement d&apos;une modification vous indique d&apos;abord ce qu&apos;elle change et vous demande de la confirmer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenpoint works offline. Tell it once which office this is: the packages you send carry this identity, and your country decides which conferences&apos; recommendations you see first.</source>
        <translation>Tenpoint fonctionne hors ligne. Indiquez-lui une fois de quel bureau il s&apos;agit&#xa0;: les paquets que vous envoyez portent cette identité, et votre pays détermine les recommandations des conférences que vous voyez en premier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. UNHCR Representation in Kenya</source>
        <translation>p. ex. Représentation du HCR au Kenya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is headquarters (merges the offices&apos; packages)</source>
        <translation>Ceci est le siège (il fusionne les paquets des bureaux)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Office name:</source>
        <translation>&amp;Nom du bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conferences:</source>
        <translation>Conférences&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no country)</source>
        <translation>(aucun pays)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the country&apos;s name or its code, then choose it from the list.</source>
        <translation>Saisissez une partie du nom du pays ou son code, puis choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;{typed}&quot; is not a country of the list. Type part of its name or its code and choose it from the list.</source>
        <translation>«&#xa0;{typed}&#xa0;» n&apos;est pas un pays de la liste. Saisissez une partie de son nom ou son code et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Headquarters sees every region&apos;s conferences.</source>
        <translation>Le siège voit les conférences de toutes les régions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This country took part in none of the regional conferences; you will see all of them.</source>
        <translation>Ce pays n&apos;a participé à aucune des conférences régionales&#xa0;; vous les verrez toutes.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Change the office identity?</source>
        <translation>Modifier l&apos;identité du bureau&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange identity</source>
        <translation>&amp;Modifier l&apos;identité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>with no country</source>
        <translation>sans pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation is set up as “{old}”, {old_country}. Change it to “{new}”, {new_country}?</source>
        <translation>Cette installation est configurée comme «&#xa0;{old}&#xa0;», {old_country}. La modifier en «&#xa0;{new}&#xa0;», {new_country}&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Packages already sent keep the old name and country; each office knows headquarters by the new ones from the next update it receives.</source>
        <translation>Les paquets déjà envoyés gardent l&apos;ancien nom et l&apos;ancien pays&#xa0;; chaque bureau connaîtra le siège sous les nouveaux à partir de la prochaine mise à jour qu&apos;il recevra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages already sent keep the old name and country; headquarters knows this office by the new ones from its next package.</source>
        <translation>Les paquets déjà envoyés gardent l&apos;ancien nom et l&apos;ancien pays&#xa0;; le siège connaîtra ce bureau sous les nouveaux à partir de son prochain paquet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conferences whose recommendations you see first are those listed under Conferences. Activities recorded for a country other than {country} can no longer be sent: headquarters refuses them when they arrive in a package, and here they can be saved only with this country.</source>
        <translation>Les conférences dont vous voyez les recommandations en premier sont celles indiquées sous Conférences. Les activités enregistrées pour un autre pays que {country} ne peuvent plus être envoyées&#xa0;: le siège les refuse lorsqu&apos;elles arrivent dans un paquet, et ici elles ne peuvent être enregistrées qu&apos;avec ce pays.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The office keeps its ID and its signing key: its activities stay its own, and its packages are still recognised where they arrive.</source>
        <translation>Le bureau garde son ID et sa clé de signature&#xa0;: ses activités restent les siennes, et ses paquets sont toujours reconnus à leur arrivée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>As a field office, this installation sends its activities to headquarters and no longer takes in the offices&apos; packages.</source>
        <translation>En tant que bureau de terrain, cette installation envoie ses activités au siège et ne reçoit plus les paquets des bureaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As headquarters, this installation takes in the offices&apos; packages and sends them updates, instead of sending its own package to headquarters.</source>
        <translation>En tant que siège, cette installation reçoit les paquets des bureaux et leur envoie des mises à jour, au lieu d&apos;envoyer son propre paquet au siège.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Choose the office&apos;s country.</source>
        <translation>Choisissez le pays du bureau.</translation>
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
        <translation>Ouverture de la base de données partagée {location}...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the database in {folder}...</source>
        <translation>Ouverture de la base de données dans {folder}...</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <location filename="../../desktop/sync/area.py" line="+85"/>
        <source>History of packages</source>
        <translation>Historique des paquets</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+228"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Import &amp;files...</source>
        <translation>Importer des &amp;fichiers...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a f&amp;older...</source>
        <translation>Importer un &amp;dossier...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;keys...</source>
        <translation>&amp;Clés de confiance...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offices&apos; package signing keys this installation trusts, and its own key.</source>
        <translation>Les clés de signature des paquets des bureaux auxquelles cette installation fait confiance, et sa propre clé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packages from offices or headquarters, and filled templates. Every file is checked and previewed before anything is written.</source>
        <translation>Paquets des bureaux ou du siège, et modèles remplis. Chaque fichier est vérifié et présenté en aperçu avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import packages</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a folder of packages</source>
        <translation>Importer un dossier de paquets</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Checking %Ln files...</source>
        <translation>
            <numerusform>Vérification de %Ln fichier...</numerusform>
            <numerusform>Vérification de %Ln fichiers...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening {file}...</source>
        <translation>Ouverture de {file}...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the rejected rows as</source>
        <translation>Enregistrer les lignes rejetées sous</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing...</source>
        <translation>Importation en cours...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rejected rows are listed in {path}.</source>
        <translation>Les lignes rejetées sont listées dans {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import done.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import done</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/comparison.py" line="+33"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/messages.py" line="+17"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office package</source>
        <translation>Paquet de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters update</source>
        <translation>Mise à jour du siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import</source>
        <translation>Prêt à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid rows only</source>
        <translation>Lignes valides seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New office key</source>
        <translation>Nouvelle clé de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after signing</source>
        <translation>Modifié après la signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong key</source>
        <translation>Mauvaise clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept this installation&apos;s version</source>
        <translation>version de cette installation conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept the received version</source>
        <translation>version reçue conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved an edited version</source>
        <translation>version modifiée enregistrée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{state} (imported unsigned)</source>
        <translation>{state} (importé non signé)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cells were changed after the package was exported.</source>
        <translation>Des cellules ont été modifiées après l&apos;exportation du paquet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities were edited in the file after export, on the version held here: once you accept the file as unsigned data, they are updated, and their history says so.</source>
        <translation>
            <numerusform>%Ln activité a été modifiée dans le fichier après l&apos;exportation, sur la base de la version détenue ici&#xa0;: une fois le fichier accepté comme données non signées, elle est mise à jour, et son historique l&apos;indique.</numerusform>
            <numerusform>%Ln activités ont été modifiées dans le fichier après l&apos;exportation, sur la base de la version détenue ici&#xa0;: une fois le fichier accepté comme données non signées, elles sont mises à jour, et leur historique l&apos;indique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln older versions will be ignored: they never overwrite newer data.</source>
        <translation>
            <numerusform>%Ln version plus ancienne sera ignorée&#xa0;: elle n&apos;écrase jamais des données plus récentes.</numerusform>
            <numerusform>%Ln versions plus anciennes seront ignorées&#xa0;: elles n&apos;écrasent jamais des données plus récentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln deletions.</source>
        <translation>
            <numerusform>%Ln suppression.</numerusform>
            <numerusform>%Ln suppressions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln activities acknowledged by headquarters.</source>
        <translation>
            <numerusform>%Ln activité dont le siège a accusé réception.</numerusform>
            <numerusform>%Ln activités dont le siège a accusé réception.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln catalog updates.</source>
        <translation>
            <numerusform>%Ln mise à jour du catalogue.</numerusform>
            <numerusform>%Ln mises à jour du catalogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln changes to the catalog by headquarters (new items, corrections, retirements, merges).</source>
        <translation>
            <numerusform>%Ln modification du catalogue par le siège (nouveaux points, corrections, retraits, fusions).</numerusform>
            <numerusform>%Ln modifications du catalogue par le siège (nouveaux points, corrections, retraits, fusions).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: rejected, nothing imported from it.</source>
        <translation>{file}&#xa0;: rejeté, rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {counts}.</source>
        <translation>{file}&#xa0;: {counts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as unsigned data: the activity history records it.</source>
        <translation>Importé comme données non signées&#xa0;: l&apos;historique des activités l&apos;enregistre.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="-24"/>
        <source>{counts} (valid rows only)</source>
        <translation>{counts} (lignes valides seulement)</translation>
    </message>
</context>
<context>
    <name>SyncTableModel</name>
    <message>
        <location filename="../../desktop/sync/conflicts_panel.py" line="-212"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-302"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from</source>
        <translation>Reçue de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs in</source>
        <translation>Diffère par</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation&apos;s version (mine)</source>
        <translation>Version de cette installation (la mienne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received version (theirs)</source>
        <translation>Version reçue (la leur)</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/history_panel.py" line="+41"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-27"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-3"/>
        <location line="+14"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office or region</source>
        <translation>Bureau ou région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletions</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/sync/keys_dialog.py" line="-132"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/sync/preview_dialog.py" line="-13"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/keys_dialog.py" line="-4"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/preview_dialog.py" line="-30"/>
        <source>Waiting for your confirmation</source>
        <translation>En attente de votre confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for your decision</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held here</source>
        <translation>Détenu ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../desktop/progress/targets_page.py" line="+15"/>
        <source>An activity counts toward a target when it is linked to the target or to one of the actions that serve it, and is completed, or ongoing with evidence recorded.</source>
        <translation>Une activité compte pour une cible lorsqu&apos;elle est liée à la cible ou à l&apos;une des actions qui la servent, et qu&apos;elle est terminée, ou en cours avec des justificatifs enregistrés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the threshold reached (%)</source>
        <translation>Part du seuil atteinte (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Select a target to see the countries and activities that count toward it.</source>
        <translation>Sélectionnez une cible pour voir les pays et les activités qui comptent pour elle.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Progress towards each target</source>
        <translation>Progression vers chaque cible</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code}: {text}
Threshold: {threshold} (“{source}”). Achieved: {achieved}. {progress}.
Countries that count: {countries}</source>
        <translation>{code}&#xa0;: {text}
Seuil&#xa0;: {threshold} («&#xa0;{source}&#xa0;»). Réalisé&#xa0;: {achieved}. {progress}.
Pays qui comptent&#xa0;: {countries}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../desktop/progress/timeline_page.py" line="+15"/>
        <source>An activity counts in the year it started, or in the year it was recorded when it has no start date.</source>
        <translation>Une activité compte pour l&apos;année où elle a commencé, ou pour l&apos;année où elle a été enregistrée si elle n&apos;a pas de date de début.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Click a bar or a number to list the activities behind it.</source>
        <translation>Cliquez sur une barre ou un nombre pour afficher la liste des activités correspondantes.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Activities by year and status</source>
        <translation>Activités par année et par statut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{year}: {status}</source>
        <translation>{year}&#xa0;: {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{what}: %Ln activities. Double-click one to open it.</source>
        <translation>
            <numerusform>{what}&#xa0;: %Ln activité. Double-cliquez sur une activité pour l&apos;ouvrir.</numerusform>
            <numerusform>{what}&#xa0;: %Ln activités. Double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../desktop/activities/messages.py" line="+15"/>
        <source>Give the activity a title.</source>
        <translation>Donnez un titre à l&apos;activité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link at least one catalog item that this activity follows up on.</source>
        <translation>Liez au moins un point du catalogue auquel cette activité donne suite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a status from the list.</source>
        <translation>Choisissez un statut dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a kind of activity from the list.</source>
        <translation>Choisissez un type d&apos;activité dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a country of the list; choose one from it.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un pays de la liste&#xa0;; choisissez-en un dans celle-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office records its own country&apos;s activities; &quot;{value}&quot; is another country.</source>
        <translation>Ce bureau enregistre les activités de son propre pays&#xa0;; «&#xa0;{value}&#xa0;» est un autre pays.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date ({value}) is before the start date.</source>
        <translation>La date de fin ({value}) est antérieure à la date de début.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of people reached cannot be negative.</source>
        <translation>Le nombre de personnes touchées ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a whole number. Type the number of people, e.g. 50, or leave it empty.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre entier. Saisissez le nombre de personnes, p. ex. 50, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text holds an invisible control character ({value}) that cannot be saved; remove it (it often comes with text pasted from another program).</source>
        <translation>Ce texte contient un caractère de contrôle invisible ({value}) qui ne peut pas être enregistré&#xa0;; supprimez-le (il provient souvent d&apos;un texte collé depuis un autre programme).</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The title has %Ln characters.</source>
        <translation>
            <numerusform>Le titre compte %Ln caractère.</numerusform>
            <numerusform>Le titre compte %Ln caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This text has %Ln characters.</source>
        <translation>
            <numerusform>Ce texte compte %Ln caractère.</numerusform>
            <numerusform>Ce texte compte %Ln caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %Ln characters fit.</source>
        <translation>
            <numerusform>%Ln caractère au maximum est possible.</numerusform>
            <numerusform>%Ln caractères au maximum sont possibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>These codes are not in the catalog: {codes}.</source>
        <translation>
            <numerusform>Ce code ne figure pas dans le catalogue&#xa0;: {codes}.</numerusform>
            <numerusform>Ces codes ne figurent pas dans le catalogue&#xa0;: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This value cannot be saved ({code}).</source>
        <translation>Cette valeur ne peut pas être enregistrée ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+36"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in a package</source>
        <translation>Reçue dans un paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict detected</source>
        <translation>Conflit détecté</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/messages.py" line="+203"/>
        <source>This activity was saved by someone else since you opened it (it is now at revision {found}; you opened revision {expected}). Your changes have not been saved.</source>
        <translation>Cette activité a été enregistrée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte (elle en est maintenant à la révision {found}&#xa0;; vous aviez ouvert la révision {expected}). Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This activity belongs to {owner}; it can be read here but not changed.</source>
        <translation>Cette activité appartient à {owner}&#xa0;; elle peut être lue ici mais pas modifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This activity no longer exists or has been deleted; nothing was changed.</source>
        <translation>Cette activité n&apos;existe plus ou a été supprimée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation has no office yet. Set up the office (its name and country) before recording activities.</source>
        <translation>Aucun bureau n&apos;est encore configuré pour cette installation. Configurez le bureau (son nom et son pays) avant d&apos;enregistrer des activités.</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../../desktop/shared/labels.py" line="-17"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location filename="../../exporters/activity.py" line="+29"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legislative and policy reform</source>
        <translation>Réforme législative et politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity-building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication and outreach</source>
        <translation>Communication et sensibilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection and analysis</source>
        <translation>Collecte et analyse des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation and coordination</source>
        <translation>Coopération et coordination</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../exporters/layout.py" line="+94"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is being done, in a line</source>
        <translation>Ce qui est fait, en une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked items</source>
        <translation>Points liés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item codes</source>
        <translation>Codes des points</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../exporters/validation_lists.py" line="+26"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of activity</source>
        <translation>Type d&apos;activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country</source>
        <translation>Aucun pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Interior</source>
        <translation>p. ex. ministère de l&apos;Intérieur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other organisations taking part, separated by commas</source>
        <translation>Autres organisations participantes, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the activity is and who it is for</source>
        <translation>Ce qu&apos;est l&apos;activité et à qui elle s&apos;adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress notes</source>
        <translation>Notes d&apos;avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the activity stands</source>
        <translation>Où en est l&apos;activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it achieved</source>
        <translation>Ce qu&apos;elle a permis d&apos;obtenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>References to documents or links, one per line</source>
        <translation>Références à des documents ou liens, un par ligne</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+45"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint met an unexpected error. It has been written to the log file; the application keeps running where it can.</source>
        <translation>Tenpoint a rencontré une erreur inattendue. Elle a été consignée dans le fichier journal&#xa0;; l&apos;application continue de fonctionner dans la mesure du possible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tenpoint cannot start</source>
        <translation>Tenpoint ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../desktop/shared/formatting.py" line="+47"/>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+27"/>
        <source>on request</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a schema upgrade</source>
        <translation>avant une mise à niveau du schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other file</source>
        <translation>autre fichier</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../build/translations/catalog_labels.py" line="+5"/>
        <source>Cooperation among key partners</source>
        <translation>Coopération entre les principaux partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection and analysis</source>
        <translation>Collecte et analyse des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection-sensitive entry systems</source>
        <translation>Systèmes d&apos;entrée tenant compte des impératifs de protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception arrangements</source>
        <translation>Dispositifs d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanisms for profiling and referral</source>
        <translation>Mécanismes de profilage et d&apos;orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differentiated processes and procedures</source>
        <translation>Processus et procédures différenciés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solutions for refugees</source>
        <translation>Solutions pour les réfugiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressing secondary movements</source>
        <translation>Réponse aux mouvements secondaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return arrangements for non-refugees and alternative migration options</source>
        <translation>Retour des personnes qui ne sont pas des réfugiés et autres options migratoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information strategy</source>
        <translation>Stratégie d&apos;information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gulf of Aden</source>
        <translation>Golfe d&apos;Aden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West Africa</source>
        <translation>Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Americas</source>
        <translation>Les Amériques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East and Horn of Africa, Great Lakes and Southern Africa</source>
        <translation>Afrique de l&apos;Est, Corne de l&apos;Afrique, Grands Lacs et Afrique australe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia</source>
        <translation>Asie centrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/catalog_edit_words.py" line="+41"/>
        <source>{field} is required.</source>
        <translation>Le champ {field} est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &quot;{value}&quot; is not a date (write it as 2013-05-06).</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas une date (écrivez-la sous la forme 2013-05-06).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; is not one of the choices offered.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» ne fait pas partie des choix proposés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; is not a valid code (capital letters, digits, dots and hyphens).</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un code valide (lettres majuscules, chiffres, points et traits d&apos;union).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{value}&quot; must list action areas by their numbers, 1 to 10.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» doit indiquer les domaines d&apos;action par leur numéro, de 1 à 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the catalog already has &quot;{value}&quot;; choose another code.</source>
        <translation>{field}&#xa0;: le catalogue contient déjà «&#xa0;{value}&#xa0;»&#xa0;; choisissez un autre code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the catalog has nothing with the code &quot;{value}&quot;.</source>
        <translation>{field}&#xa0;: le catalogue ne contient rien avec le code «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is before the start date.</source>
        <translation>{field}&#xa0;: {value} précède la date de début.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is printed in the June 2011 compilation: its text stays as printed. Annotate it, or supersede it with a new item.</source>
        <translation>{value} figure dans la compilation de juin 2011&#xa0;: son texte reste tel qu&apos;imprimé. Annotez-le, ou remplacez-le par un nouveau point.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: an item cannot be merged into itself.</source>
        <translation>{field}&#xa0;: un point ne peut pas être fusionné dans lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is retired; merge into an item in use.</source>
        <translation>{field}&#xa0;: {value} est retiré&#xa0;; fusionnez dans un point en usage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is already retired.</source>
        <translation>{value} est déjà retiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not retired.</source>
        <translation>{value} n&apos;est pas retiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} was merged into another item already.</source>
        <translation>{value} a déjà été fusionné dans un autre point.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} belongs to another document.</source>
        <translation>{field}&#xa0;: {value} appartient à un autre document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: this change does not use it; empty the cell, or choose in What to do the change that uses it.</source>
        <translation>{field}&#xa0;: cette opération ne l&apos;utilise pas&#xa0;; videz la cellule, ou choisissez dans Opération celle qui l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only headquarters edits the catalog; offices receive its changes in updates.</source>
        <translation>Seul le siège modifie le catalogue&#xa0;; les bureaux en reçoivent les modifications par les mises à jour.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workbook has none of the catalog workbook&apos;s sheets (Events, Documents, Sections, Items, Changes...); write one with `tenpoint catalog template`.</source>
        <translation>Le classeur ne contient aucune des feuilles d&apos;un classeur de catalogue (Events, Documents, Sections, Items, Changes...)&#xa0;; écrivez-en un avec `tenpoint catalog template`.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {column}</source>
        <translation>colonne {column}</translation>
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
        <translation>{field}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>into {code}</source>
        <translation>dans {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sheet}, row {row}: {action} {code}</source>
        <translation>{sheet}, ligne {row}&#xa0;: {action} {code}</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_edits.py" line="+50"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+59"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="+0"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of a new region</source>
        <translation>Nom d&apos;une nouvelle région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="-2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/catalog_workbook.py" line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>Partie de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source reference (symbol, publication or link)</source>
        <translation>Référence de la source (cote, publication ou lien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number as printed</source>
        <translation>Numéro tel qu&apos;imprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cited as</source>
        <translation>Cité comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../exporters/catalog_workbook.py" line="+2"/>
        <source>Action areas</source>
        <translation>Domaines d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part in the event</source>
        <translation>Rôle dans l&apos;événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field to correct</source>
        <translation>Champ à corriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected value</source>
        <translation>Valeur corrigée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Superseded by</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (kept in the history)</source>
        <translation>Motif (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a country to an event</source>
        <translation>Ajouter un pays à un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct an added item</source>
        <translation>Corriger un point ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate an item</source>
        <translation>Annoter un point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire an item</source>
        <translation>Retirer un point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate a retired item</source>
        <translation>Rétablir un point retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into another item</source>
        <translation>Fusionner dans un autre point</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up meeting</source>
        <translation>Réunion de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept note</source>
        <translation>Note conceptuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected recommendations and follow-up</source>
        <translation>Recommandations retenues et suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-hosts&apos; summary</source>
        <translation>Résumé des coorganisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion paper</source>
        <translation>Document de réflexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome document</source>
        <translation>Document final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>New value or text</source>
        <translation>Nouvelle valeur ou nouveau texte</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="-2"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="+70"/>
        <source>Follow up, offline, on the recommendations of the 10-Point Plan regional conferences. Without a command, opens the application.</source>
        <translation>Suivre, hors ligne, les recommandations des conférences régionales du Plan en 10 points. Sans commande, ouvre l&apos;application.</translation>
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
        <translation>doit être supérieur ou égal à 1</translation>
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
        <translation>conserver les N sauvegardes les plus récentes dans le dossier de données (valable aussi pour les sauvegardes automatiques&#xa0;; 20 par défaut)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>back the database up now</source>
        <translation>sauvegarder la base de données maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the backup to this folder (never rotated) instead of the data folder&apos;s backups</source>
        <translation>écrire la sauvegarde dans ce dossier (jamais soumis à rotation) au lieu des sauvegardes du dossier de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the backups in the data folder</source>
        <translation>lister les sauvegardes du dossier de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>damaged: cannot be restored</source>
        <translation>endommagée&#xa0;: restauration impossible</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no office set up</source>
        <translation>aucun bureau configuré</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln activities, {office}</source>
        <translation>
            <numerusform>%Ln activité, {office}</numerusform>
            <numerusform>%Ln activités, {office}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backups in {folder}.</source>
        <translation>Aucune sauvegarde dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln backups in {folder}, newest first.</source>
        <translation>
            <numerusform>%Ln sauvegarde dans {folder}.</numerusform>
            <numerusform>%Ln sauvegardes dans {folder}, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %Ln backups are kept:</source>
        <translation>
            <numerusform>Seule %Ln sauvegarde, la plus récente, est conservée&#xa0;:</numerusform>
            <numerusform>Les %Ln sauvegardes les plus récentes sont conservées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>replace the database by a backup (the current state is backed up first)</source>
        <translation>remplacer la base de données par une sauvegarde (l&apos;état actuel est d&apos;abord sauvegardé)</translation>
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
        <translation>le fichier de sauvegarde, ou son nom parmi les sauvegardes du dossier de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+37"/>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring replaces the database: add --yes to confirm.</source>
        <translation>La restauration remplace la base de données&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the database by the backup of {date} ({reason})? The current state is backed up first. [y/N] </source>
        <translation>Remplacer la base de données par la sauvegarde du {date} ({reason})&#xa0;? L&apos;état actuel est d&apos;abord sauvegardé. [o/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+38"/>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/commands/migrate_command.py" line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was restored.</source>
        <translation>Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current state was backed up first: {path}</source>
        <translation>L&apos;état actuel a d&apos;abord été sauvegardé&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored {path}.</source>
        <translation>{path} restauré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its schema was upgraded from {old} to {new}.</source>
        <translation>Son schéma a été mis à niveau de {old} à {new}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="-2"/>
        <source>look at the recommendations catalog</source>
        <translation>consulter le catalogue des recommandations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counts per event, document and kind</source>
        <translation>décomptes par événement, document et type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one item with its source and links</source>
        <translation>un point avec sa source et ses liens</translation>
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
        <translation>code du point, p. ex. DES-SR-VIII-04</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: write the catalog workbook to fill (events, documents, sections, items, changes)</source>
        <translation>au siège&#xa0;: écrire le classeur de catalogue à remplir (événements, documents, sections, points, modifications)</translation>
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
        <translation>le classeur à écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: apply a filled catalog workbook, all of it or nothing</source>
        <translation>au siège&#xa0;: appliquer un classeur de catalogue rempli, entièrement ou pas du tout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the filled catalog workbook</source>
        <translation>le classeur de catalogue rempli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print the outcome as JSON</source>
        <translation>afficher le résultat en JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: the catalog workbook to fill. Import it with `tenpoint catalog import {path}`.</source>
        <translation>{path} écrit&#xa0;: le classeur de catalogue à remplir. Importez-le avec `tenpoint catalog import {path}`.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Catalog version {version}, edition {edition}: %Ln items</source>
        <translation>
            <numerusform>Version du catalogue {version}, édition {edition}&#xa0;: %Ln point</numerusform>
            <numerusform>Version du catalogue {version}, édition {edition}&#xa0;: %Ln points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By kind:</source>
        <translation>Par type&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By event:</source>
        <translation>Par événement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By document:</source>
        <translation>Par document&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up activities reported in 2011: {count}</source>
        <translation>Activités de suivi signalées en 2011&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(retired: no longer in the current catalog)</source>
        <translation>(retiré&#xa0;: ne figure plus dans le catalogue actuel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event:     {name}</source>
        <translation>Événement: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document:  {title} ({code})</source>
        <translation>Document:  {title} ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section:   {section}</source>
        <translation>Section:   {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading:   {heading}</source>
        <translation>Intitulé:  {heading}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of:   {code}</source>
        <translation>Partie de: {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-items:</source>
        <translation>Sous-points&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>{file}: not imported; %Ln problems, each to correct in the workbook:</source>
        <translation>
            <numerusform>{file}&#xa0;: non importé&#xa0;; %Ln problème, à corriger dans le classeur&#xa0;:</numerusform>
            <numerusform>{file}&#xa0;: non importé&#xa0;; %Ln problèmes, chacun à corriger dans le classeur&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed: the catalog stays as it was.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: le catalogue reste tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: no rows filled; nothing to do.</source>
        <translation>{file}&#xa0;: aucune ligne remplie&#xa0;; rien à faire.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{file}: %Ln rows</source>
        <translation>
            <numerusform>{file}&#xa0;: %Ln ligne</numerusform>
            <numerusform>{file}&#xa0;: %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In all:</source>
        <translation>Au total&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity links moved to the surviving items: {count}</source>
        <translation>Liens d&apos;activités déplacés vers les points conservés&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was changed. Importing would raise the catalog edition from {old} to {new}.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été modifié. L&apos;importation ferait passer l&apos;édition du catalogue de {old} à {new}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: the catalog edition is now {new} (it was {old}).</source>
        <translation>Importé&#xa0;: l&apos;édition du catalogue est maintenant {new} (elle était {old}).</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Cross-references: {links}, {suspect}, {unresolved}</source>
        <translation>Renvois&#xa0;: {links}, {suspect}, {unresolved}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action-area links: {explicit}, {inferred}</source>
        <translation>Liens aux domaines d&apos;action&#xa0;: {explicit}, {inferred}</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%Ln links</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln suspect</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln douteux</numerusform>
            <numerusform>%Ln douteux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unresolved</source>
        <comment>cross-references</comment>
        <translation>
            <numerusform>%Ln non résolu</numerusform>
            <numerusform>%Ln non résolus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln stated in the text</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>%Ln énoncé dans le texte</numerusform>
            <numerusform>%Ln énoncés dans le texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inferred</source>
        <comment>action-area links</comment>
        <translation>
            <numerusform>%Ln déduit</numerusform>
            <numerusform>%Ln déduits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Source:    lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>Source:    ligne {lines} de la compilation de juin 2011</numerusform>
            <numerusform>Source:    lignes {lines} de la compilation de juin 2011</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Repeated word for word in Annex I, lines {lines}.</source>
        <translation>
            <numerusform>Repris mot pour mot à l&apos;annexe I, ligne {lines}.</numerusform>
            <numerusform>Repris mot pour mot à l&apos;annexe I, lignes {lines}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Repeated in Annex I, lines {lines}, with this wording:</source>
        <translation>
            <numerusform>Repris à l&apos;annexe I, ligne {lines}, dans cette formulation&#xa0;:</numerusform>
            <numerusform>Repris à l&apos;annexe I, lignes {lines}, dans cette formulation&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>10-Point Plan action areas: none assigned</source>
        <translation>Domaines d&apos;action du Plan en 10 points&#xa0;: aucun attribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10-Point Plan action areas:</source>
        <translation>Domaines d&apos;action du Plan en 10 points&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[suspect: {reason}]</source>
        <translation>[douteux&#xa0;: {reason}]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unresolved)</source>
        <translation>(non résolu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cites (printed &quot;{printed}&quot;):</source>
        <translation>Cite (imprimé «&#xa0;{printed}&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cited by:</source>
        <translation>Cité par&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up activities: none recorded</source>
        <translation>Activités de suivi&#xa0;: aucune enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up activities:</source>
        <translation>Activités de suivi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflicts_command.py" line="+22"/>
        <source>list concurrent edits kept side by side, and resolve them</source>
        <translation>lister les modifications concurrentes conservées côte à côte, et les résoudre</translation>
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
        <translation>les conflits en suspens avec les deux versions (par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep one of the two versions</source>
        <translation>garder l&apos;une des deux versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local: the version shown here; incoming: the one received</source>
        <translation>local&#xa0;: la version affichée ici&#xa0;; incoming&#xa0;: celle qui a été reçue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflict {id} resolved: kept the local version. The decision is in the activity&apos;s history and travels with the next package.</source>
        <translation>Conflit {id} résolu&#xa0;: version locale conservée. La décision figure dans l&apos;historique de l&apos;activité et part avec le prochain paquet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict {id} resolved: kept the incoming version. The decision is in the activity&apos;s history and travels with the next package.</source>
        <translation>Conflit {id} résolu&#xa0;: version reçue conservée. La décision figure dans l&apos;historique de l&apos;activité et part avec le prochain paquet.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln open conflicts. Resolve one with: tenpoint conflicts resolve ID --keep local|incoming</source>
        <translation>
            <numerusform>%Ln conflit en suspens. Pour en résoudre un&#xa0;: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
            <numerusform>%Ln conflits en suspens. Pour en résoudre un&#xa0;: tenpoint conflicts resolve ID --keep local|incoming</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#{id}  {title}  [{owner}]</source>
        <translation>#{id}  {title}  [{owner}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {sender}, detected {date}; differs in: {fields}</source>
        <translation>de {sender}, détecté le {date}&#xa0;; diffère par&#xa0;: {fields}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing (same content)</source>
        <translation>rien (contenu identique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local (by {who}):</source>
        <translation>locale (par {who})&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming (by {who}):</source>
        <translation>reçue (par {who})&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open conflicts.</source>
        <translation>Aucun conflit en suspens.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/export_command.py" line="-83"/>
        <source>Password protection: the recipient needs the password to open or import the package (Excel and LibreOffice ask for it too), and a lost password cannot be recovered. There is no option taking the password itself: it would show in the list of running processes and in the shell history. Scripts may set the environment variable {variable} instead.</source>
        <translation>Protection par mot de passe&#xa0;: le destinataire a besoin du mot de passe pour ouvrir ou importer le paquet (Excel et LibreOffice le demandent aussi), et un mot de passe perdu ne peut pas être récupéré. Aucune option ne prend le mot de passe lui-même&#xa0;: il apparaîtrait dans la liste des processus en cours et dans l&apos;historique du shell. Les scripts peuvent définir à la place la variable d&apos;environnement {variable}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the password is never given on the command line (it would show in the list of running processes and in the shell history): use --password-file FILE or {variable}</source>
        <translation>le mot de passe n&apos;est jamais donné sur la ligne de commande (il apparaîtrait dans la liste des processus en cours et dans l&apos;historique du shell)&#xa0;: utilisez --password-file FILE ou {variable}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>protect the file with the password on the first line of FILE</source>
        <translation>protéger le fichier par le mot de passe figurant sur la première ligne de FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protect the file with a password typed twice (not shown)</source>
        <translation>protéger le fichier par un mot de passe saisi deux fois (non affiché)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the password file {path}: {detail}.</source>
        <translation>Impossible de lire le fichier de mot de passe {path}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line of {path} is empty: it holds no password.</source>
        <translation>La première ligne de {path} est vide&#xa0;: elle ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for the file: </source>
        <translation>Mot de passe du fichier&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty password protects nothing; nothing was written.</source>
        <translation>Un mot de passe vide ne protège rien&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same password again: </source>
        <translation>Le même mot de passe, à nouveau&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ; nothing was written.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write a sync package (.xlsx) to send by e-mail or USB stick</source>
        <translation>écrire un paquet de synchronisation (.xlsx) à envoyer par courriel ou sur clé USB</translation>
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
        <translation>le fichier de paquet à écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only activities changed since they were last exported</source>
        <translation>seulement les activités modifiées depuis leur dernière exportation</translation>
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
        <translation>au siège&#xa0;: un paquet de mise à jour pour ce bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: an update package for a region (GOA, WAF, AME, EHSA, CAS, APAC)</source>
        <translation>au siège&#xa0;: un paquet de mise à jour pour une région (GOA, WAF, AME, EHSA, CAS, APAC)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln suppression</numerusform>
            <numerusform>%Ln suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledgements</source>
        <translation>
            <numerusform>%Ln accusé de réception</numerusform>
            <numerusform>%Ln accusés de réception</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}: {contents} (package {id}).</source>
        <translation>{path} écrit&#xa0;: {contents} (paquet {id}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file is protected with a password: send the password by another way than the file (a phone call, say).</source>
        <translation>Le fichier est protégé par un mot de passe&#xa0;: communiquez le mot de passe par un autre moyen que le fichier (un appel téléphonique, par exemple).</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="-9"/>
        <source>import sync packages or filled templates (.xlsx files or folders)</source>
        <translation>importer des paquets de synchronisation ou des modèles remplis (fichiers .xlsx ou dossiers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package files, or folders whose .xlsx files to import</source>
        <translation>fichiers de paquet, ou dossiers dont importer les fichiers .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="-167"/>
        <location filename="../../desktop/commands/import_command.py" line="+3"/>
        <source>show what importing would do, change nothing</source>
        <translation>montrer ce que ferait l&apos;importation, sans rien modifier</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="+2"/>
        <source>print the summary as JSON</source>
        <translation>afficher le résumé en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password of protected packages, on the first line of FILE (there is no option taking the password itself: it would show in the process list and the shell history; {variable} works too; on a terminal, Tenpoint asks)</source>
        <translation>le mot de passe des paquets protégés, sur la première ligne de FILE (aucune option ne prend le mot de passe lui-même&#xa0;: il apparaîtrait dans la liste des processus et dans l&apos;historique du shell&#xa0;; {variable} fonctionne aussi&#xa0;; dans un terminal, Tenpoint le demande)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ERRORS.xlsx</source>
        <translation>ERRORS.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the valid rows of packages with rejected rows, and list the rejected rows in this workbook</source>
        <translation>importer les lignes valides des paquets comportant des lignes rejetées, et lister les lignes rejetées dans ce classeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import packages without a valid signature (filled templates, files edited after export) as unsigned data; the activity history records it</source>
        <translation>importer les paquets sans signature valide (modèles remplis, fichiers modifiés après l&apos;exportation) comme données non signées&#xa0;; l&apos;historique des activités l&apos;enregistre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust this new office key, after checking its fingerprint with the office (repeatable)</source>
        <translation>faire confiance à cette nouvelle clé de bureau, après avoir vérifié son empreinte avec le bureau (répétable)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/catalog_command.py" line="+178"/>
        <location filename="../../desktop/commands/import_command.py" line="+13"/>
        <source>No such file: {path}</source>
        <translation>Fichier introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/import_command.py" line="+23"/>
        <source>
Rejected rows are listed in {path}.</source>
        <translation>
Les lignes rejetées sont listées dans {path}.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The password is not correct.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {file} (empty to skip the file): </source>
        <translation>Mot de passe de {file} (vide pour ignorer le fichier)&#xa0;: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To import a protected package, give its password: --password-file FILE (the password on the first line of FILE), or the environment variable {variable}; run in a terminal, Tenpoint asks for it.</source>
        <translation>Pour importer un paquet protégé, donnez son mot de passe&#xa0;: --password-file FILE (le mot de passe sur la première ligne de FILE), ou la variable d&apos;environnement {variable}&#xa0;; exécuté dans un terminal, Tenpoint le demande.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/keys_command.py" line="-1"/>
        <source>this installation&apos;s signing key and the trusted office keys</source>
        <translation>la clé de signature de cette installation et les clés de bureau de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this installation&apos;s fingerprint and the trusted keys (default)</source>
        <translation>l&apos;empreinte de cette installation et les clés de confiance (par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write this installation&apos;s public key to a file, for headquarters&apos; IT</source>
        <translation>écrire la clé publique de cette installation dans un fichier, pour le service informatique du siège</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trust an office&apos;s key from the file its IT provides</source>
        <translation>faire confiance à la clé d&apos;un bureau à partir du fichier fourni par son service informatique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forget an office&apos;s key (e.g. the office was reinstalled): its next package asks to confirm the new one</source>
        <translation>oublier la clé d&apos;un bureau (p. ex. le bureau a été réinstallé)&#xa0;: son prochain paquet demandera de confirmer la nouvelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OFFICE</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office ID or name</source>
        <translation>ID ou nom du bureau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public key written to {path} (fingerprint {fingerprint}). It is not secret; give it to headquarters&apos; IT.</source>
        <translation>Clé publique écrite dans {path} (empreinte {fingerprint}). Elle n&apos;est pas secrète&#xa0;; remettez-la au service informatique du siège.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted the key of {office}: fingerprint {fingerprint}.</source>
        <translation>La clé de {office} est désormais de confiance&#xa0;: empreinte {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed the key of {office} ({fingerprint}). Its next package shows the key&apos;s fingerprint to confirm.</source>
        <translation>Clé de {office} retirée ({fingerprint}). Son prochain paquet affichera l&apos;empreinte de la clé à confirmer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from a key file</source>
        <translation>depuis un fichier de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed on import</source>
        <translation>confirmée à l&apos;importation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation&apos;s key: {fingerprint}</source>
        <translation>Clé de cette installation&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No office keys are trusted yet.</source>
        <translation>Aucune clé de bureau n&apos;est encore de confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{office_id}, registered {when} by {user}, {source}</source>
        <translation>{office_id}, enregistrée le {when} par {user}, {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/report_command.py" line="-16"/>
        <source>{value} is not a date like 2026-12-31</source>
        <translation>{value} n&apos;est pas une date au format 2026-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a follow-up report: a workbook (.xlsx) or a printable compilation (.pdf)</source>
        <translation>écrire un rapport de suivi&#xa0;: un classeur (.xlsx) ou une compilation imprimable (.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT.xlsx|OUT.pdf</source>
        <translation>OUT.xlsx|OUT.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report file to write</source>
        <translation>le fichier de rapport à écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this region&apos;s conferences (GOA, WAF, AME, EHSA, CAS, APAC)</source>
        <translation>seulement les conférences de cette région (GOA, WAF, AME, EHSA, CAS, APAC)</translation>
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
        <translation>seulement les activités dans ce pays (code ISO, p. ex. KE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only this office&apos;s activities</source>
        <translation>seulement les activités de ce bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this conference (SAN, DKR, SJO, DES, MNL, ALA)</source>
        <translation>seulement cette conférence (SAN, DKR, SJO, DES, MNL, ALA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only items of this action area of the 10-Point Plan</source>
        <translation>seulement les points de ce domaine d&apos;action du Plan en 10 points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only activities of this status</source>
        <translation>seulement les activités de ce statut</translation>
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
        <translation>seulement les activités en cours à cette date ou après</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only activities running on or before this day</source>
        <translation>seulement les activités en cours à cette date ou avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count the follow-up the 2011 compilation reported (left out by default: it is the baseline)</source>
        <translation>compter le suivi signalé par la compilation de 2011 (exclu par défaut&#xa0;: c&apos;est la situation de référence)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF&apos;s paper (default A4)</source>
        <translation>le format de papier du PDF (A4 par défaut)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path}: a report is written as .xlsx or .pdf.</source>
        <translation>{path}&#xa0;: un rapport s&apos;écrit au format .xlsx ou .pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {path}: {contents}.</source>
        <translation>{path} écrit&#xa0;: {contents}.</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/setup_command.py" line="-3"/>
        <source>set this installation&apos;s office identity</source>
        <translation>définir l&apos;identité du bureau de cette installation</translation>
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
        <translation>le nom du bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166-1 alpha-2 country code (optional for headquarters)</source>
        <translation>code de pays ISO 3166-1 alpha-2 (facultatif pour le siège)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is headquarters</source>
        <translation>ceci est le siège</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headquarters only: keep the data in this shared PostgreSQL database (such as postgresql://tenpoint@server:5432/tenpoint?sslmode=verify-full or postgresql:///?service=tenpoint) rather than on this computer, from now on. The password is read from your PostgreSQL password file, never from the URL</source>
        <translation>siège uniquement&#xa0;: conserver désormais les données dans cette base de données PostgreSQL partagée (telle que postgresql://tenpoint@server:5432/tenpoint?sslmode=verify-full ou postgresql:///?service=tenpoint) plutôt que sur cet ordinateur. Le mot de passe est lu dans votre fichier de mots de passe PostgreSQL, jamais dans l&apos;URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change an existing identity (packages already sent keep the old one)</source>
        <translation>modifier une identité existante (les paquets déjà envoyés gardent l&apos;ancienne)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the URL gives a password, and Tenpoint never keeps a password in plain text: remove it from the URL and put it in your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file</source>
        <translation>l&apos;URL contient un mot de passe, et Tenpoint ne conserve jamais de mot de passe en clair&#xa0;: retirez-le de l&apos;URL et placez-le dans votre fichier de mots de passe PostgreSQL (.pgpass&#xa0;; sous Windows %APPDATA%\postgresql\pgpass.conf) ou dans un fichier de service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a PostgreSQL URL; give one such as postgresql://tenpoint@server:5432/tenpoint</source>
        <translation>ce n&apos;est pas une URL PostgreSQL&#xa0;; indiquez-en une telle que postgresql://tenpoint@server:5432/tenpoint</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--database is for headquarters (--hq): a field office keeps its database on its own computer</source>
        <translation>--database est réservé au siège (--hq)&#xa0;: un bureau de terrain conserve sa base de données sur son propre ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--database cannot be used by a portable copy, which keeps its database beside the program</source>
        <translation>--database ne peut pas être utilisé par une copie portable, qui conserve sa base de données à côté du programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ini} already chooses the database (&quot;database&quot; in its [data] section), and it wins over --database: change it there</source>
        <translation>{ini} choisit déjà la base de données («&#xa0;database&#xa0;» dans sa section [data]), et ce réglage l&apos;emporte sur --database&#xa0;: modifiez-le dans ce fichier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>headquarters</source>
        <translation>siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field office</source>
        <translation>bureau de terrain</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Office:    {name} ({role})</source>
        <translation>Bureau&#xa0;:           {name} ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:   {country}</source>
        <translation>Pays&#xa0;:             {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:   {regions}</source>
        <translation>Régions&#xa0;:          {regions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office ID: {uuid}</source>
        <translation>ID du bureau&#xa0;:     {uuid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:  {path}</source>
        <translation>Base de données&#xa0;:  {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/template_command.py" line="-5"/>
        <source>write a blank template for an office without Tenpoint, or for bulk entry</source>
        <translation>écrire un modèle vierge pour un bureau sans Tenpoint, ou pour une saisie en masse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the template file</source>
        <translation>le fichier de modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at headquarters: the office the template is for</source>
        <translation>au siège&#xa0;: le bureau auquel le modèle est destiné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that office&apos;s country (ISO 3166-1 alpha-2)</source>
        <translation>le pays de ce bureau (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows with pre-assigned IDs (default 200)</source>
        <translation>lignes avec identifiants préattribués (200 par défaut)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rows must be between 1 and 100000.</source>
        <translation>--rows doit être compris entre 1 et 100000.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote {path}: a template for {office} ({country}) with %Ln rows.</source>
        <translation>
            <numerusform>{path} écrit&#xa0;: un modèle pour {office} ({country}) avec %Ln ligne.</numerusform>
            <numerusform>{path} écrit&#xa0;: un modèle pour {office} ({country}) avec %Ln lignes.</numerusform>
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
        <translation>dossier de la base de données, des sauvegardes et des journaux (par défaut&#xa0;: le dossier de données d&apos;application de l&apos;utilisateur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>preconfiguration file (default: tenpoint.ini beside the program, if there is one)</source>
        <translation>fichier de préconfiguration (par défaut&#xa0;: tenpoint.ini à côté du programme, s&apos;il existe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check this installation on a fresh temporary database, without a window, and exit (0 when it works)</source>
        <translation>vérifier cette installation sur une base de données temporaire neuve, sans fenêtre, puis quitter (0 si elle fonctionne)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/migrate_command.py" line="-44"/>
        <source>move this headquarters&apos; database into an empty PostgreSQL database, then compare every table</source>
        <translation>déplacer la base de données de ce siège dans une base de données PostgreSQL vide, puis comparer chaque table</translation>
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
        <translation>la base de données PostgreSQL vide, telle que postgresql://tenpoint@server:5432/tenpoint</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+94"/>
        <source>Not a PostgreSQL URL; give one such as postgresql://tenpoint@server:5432/tenpoint.</source>
        <translation>Ce n&apos;est pas une URL PostgreSQL&#xa0;; indiquez-en une telle que postgresql://tenpoint@server:5432/tenpoint.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Nothing was moved.</source>
        <translation>Rien n&apos;a été déplacé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer opens the shared database from now on ({record} says so; delete it to go back to the file).</source>
        <translation>Cet ordinateur ouvre désormais la base de données partagée ({record} l’indique&#xa0;; supprimez-le pour revenir au fichier).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moving the database writes to the server: add --yes to confirm.</source>
        <translation>Le déplacement de la base de données écrit sur le serveur&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the database {path} into {location}? That database must be empty; this computer&apos;s file is left as it is. [y/N] </source>
        <translation>Copier la base de données {path} dans {location}&#xa0;? Cette base de données doit être vide&#xa0;; le fichier de cet ordinateur reste tel quel. [o/N] </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying {path} into {location}...</source>
        <translation>Copie de {path} dans {location}...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{percent}% - {table}</source>
        <translation>{percent}&#xa0;% - {table}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln rows, equal</source>
        <translation>
            <numerusform>%Ln ligne, identique</numerusform>
            <numerusform>%Ln lignes, identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every table was compared row by row after the copy: %Ln rows in {tables} tables, all equal.</source>
        <translation>
            <numerusform>Après la copie, chaque table a été comparée ligne par ligne&#xa0;: %Ln ligne dans {tables} tables, identique.</numerusform>
            <numerusform>Après la copie, chaque table a été comparée ligne par ligne&#xa0;: %Ln lignes dans {tables} tables, toutes identiques.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To open the shared database from now on, put this in tenpoint.ini on every headquarters computer:</source>
        <translation>Pour ouvrir désormais la base de données partagée, placez ceci dans tenpoint.ini sur chaque ordinateur du siège&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password belongs in each user&apos;s PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file (pg_service.conf), never in tenpoint.ini.</source>
        <translation>Le mot de passe doit figurer dans le fichier de mots de passe PostgreSQL de chaque utilisateur (.pgpass&#xa0;; sous Windows %APPDATA%\postgresql\pgpass.conf) ou dans un fichier de service (pg_service.conf), jamais dans tenpoint.ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in the URL you gave was used for this move only; it is shown nowhere and kept nowhere.</source>
        <translation>Le mot de passe contenu dans l&apos;URL que vous avez indiquée n&apos;a servi qu&apos;à ce déplacement&#xa0;; il n&apos;est affiché nulle part et n&apos;est conservé nulle part.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was left as it was: keep it as a backup.</source>
        <translation>{path} a été laissé tel quel&#xa0;: conservez-le comme sauvegarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This data folder already uses the shared database {location}: there is no SQLite file to move.</source>
        <translation>Ce dossier de données utilise déjà la base de données partagée {location}&#xa0;: il n&apos;y a pas de fichier SQLite à déplacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program is writing to {path} ({detail}): close Tenpoint wherever it uses this data folder, then try again; nothing was moved.</source>
        <translation>Un autre programme écrit dans {path} ({detail})&#xa0;: fermez Tenpoint partout où il utilise ce dossier de données, puis réessayez&#xa0;; rien n&apos;a été déplacé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {location} already holds data (table {table}): a headquarters moves only into an empty database. Ask its administrator for a new one; nothing was changed.</source>
        <translation>La base de données {location} contient déjà des données (table {table})&#xa0;: un siège ne peut être déplacé que dans une base de données vide. Demandez-en une nouvelle à son administrateur&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The move was cancelled; nothing was kept on the server.</source>
        <translation>Le déplacement a été annulé&#xa0;; rien n&apos;a été conservé sur le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the copy ({table}): {detail}
Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>Le serveur a refusé la copie ({table})&#xa0;: {detail}
Rien n&apos;a été conservé sur le serveur, et le fichier de cet ordinateur est inchangé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the copy, table {table} differs on the server: the row {key} is on one side only. Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>Après la copie, la table {table} diffère sur le serveur&#xa0;: la ligne {key} ne se trouve que d&apos;un seul côté. Rien n&apos;a été conservé sur le serveur, et le fichier de cet ordinateur est inchangé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the copy, table {table} differs on the server: row {key}, column {column}. Nothing was kept on the server, and this computer&apos;s file is unchanged.</source>
        <translation>Après la copie, la table {table} diffère sur le serveur&#xa0;: ligne {key}, colonne {column}. Rien n&apos;a été conservé sur le serveur, et le fichier de cet ordinateur est inchangé.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../desktop/config.py" line="+229"/>
        <source>Tenpoint cannot read the settings file {path}: {value}</source>
        <translation>Tenpoint ne peut pas lire le fichier de paramètres {path}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} is not a valid .ini file: {value}</source>
        <translation>Le fichier de paramètres {path} n&apos;est pas un fichier .ini valide&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} has an unknown section [{key}]; the known sections are [office], [data] and [interface].</source>
        <translation>Le fichier de paramètres {path} contient une section inconnue [{key}]&#xa0;; les sections connues sont [office], [data] et [interface].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} has an unknown setting &quot;{key}&quot;; check its spelling against the installation guide.</source>
        <translation>Le fichier de paramètres {path} contient un paramètre inconnu «&#xa0;{key}&#xa0;»&#xa0;; vérifiez son orthographe dans le guide d&apos;installation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{key}&quot; must be yes or no, not &quot;{value}&quot;.</source>
        <translation>Dans le fichier de paramètres {path}, «&#xa0;{key}&#xa0;» doit valoir yes ou no, et non «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings file {path} presets an office but gives no office name ([office] name = ...).</source>
        <translation>Le fichier de paramètres {path} prédéfinit un bureau mais ne donne pas de nom de bureau ([office] name = ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} sets both a data folder and portable mode; keep one of them.</source>
        <translation>Le fichier de paramètres {path} définit à la fois un dossier de données et le mode portable&#xa0;; n&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{value}&quot; is not a language code such as fr, ar or es.</source>
        <translation>Dans le fichier de paramètres {path}, «&#xa0;{value}&#xa0;» n&apos;est pas un code de langue tel que fr, ar ou es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} presets the country &quot;{value}&quot;, which is not an ISO 3166-1 alpha-2 code Tenpoint knows (such as KE or YE).</source>
        <translation>Le fichier de paramètres {path} prédéfinit le pays «&#xa0;{value}&#xa0;», qui n&apos;est pas un code ISO 3166-1 alpha-2 connu de Tenpoint (tel que KE ou YE).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the settings file {path}, &quot;{key}&quot; must be a PostgreSQL URL such as postgresql://tenpoint@server:5432/tenpoint or postgresql:///?service=tenpoint, not &quot;{value}&quot;.</source>
        <translation>Dans le fichier de paramètres {path}, «&#xa0;{key}&#xa0;» doit être une URL PostgreSQL telle que postgresql://tenpoint@server:5432/tenpoint ou postgresql:///?service=tenpoint, et non «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the settings file {path}, &quot;{key}&quot; writes a password in the database URL. Tenpoint never keeps a password in plain text: remove it from the URL and put it in your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or in a service file.</source>
        <translation>Dans le fichier de paramètres {path}, «&#xa0;{key}&#xa0;» inscrit un mot de passe dans l&apos;URL de la base de données. Tenpoint ne conserve jamais de mot de passe en clair&#xa0;: retirez-le de l&apos;URL et placez-le dans votre fichier de mots de passe PostgreSQL (.pgpass&#xa0;; sous Windows %APPDATA%\postgresql\pgpass.conf) ou dans un fichier de service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} sets both a shared database and portable mode; a portable copy keeps its own database file, so keep one of them.</source>
        <translation>Le fichier de paramètres {path} définit à la fois une base de données partagée et le mode portable&#xa0;; une copie portable conserve son propre fichier de base de données, n&apos;en gardez donc qu&apos;un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file {path} presets the office name &quot;{value}&quot;; it must be 1 to 200 characters.</source>
        <translation>Le fichier de paramètres {path} prédéfinit le nom de bureau «&#xa0;{value}&#xa0;»&#xa0;; il doit compter de 1 à 200 caractères.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <location filename="../../desktop/browser/detail_html.py" line="+50"/>
        <source>undertaken</source>
        <translation>entrepris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envisaged</source>
        <translation>envisagé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retired: this item is no longer in the current catalog. It is kept because follow-up activities may cite it.</source>
        <translation>Retiré&#xa0;: ce point ne figure plus dans le catalogue actuel. Il est conservé parce que des activités de suivi peuvent le citer.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+45"/>
        <source>Printed label</source>
        <translation>Libellé imprimé</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotated</source>
        <translation>Annoté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstated</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into {item}</source>
        <translation>Fusionné dans {item}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Cited as</source>
        <translation>Cité comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-heading</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of</source>
        <translation>Partie de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported in 2011 as</source>
        <translation>Signalé en 2011 comme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the place of</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged into {item}: headquarters found that this item says the same. Its follow-up activities are linked to {item} now.</source>
        <translation>Fusionné dans {item}&#xa0;: le siège a constaté que ce point dit la même chose. Ses activités de suivi sont désormais liées à {item}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{document}, {reference}</source>
        <translation>{document}, {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{document}, {reference}, issued {date}</source>
        <translation>{document}, {reference}, publié le {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes from headquarters</source>
        <translation>Notes du siège</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog history</source>
        <translation>Historique du catalogue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{item} merged into this item</source>
        <translation>{item} fusionné dans ce point</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Repeated word for word in Annex I (lines {lines}).</source>
        <translation>
            <numerusform>Repris mot pour mot à l&apos;annexe I (ligne {lines}).</numerusform>
            <numerusform>Repris mot pour mot à l&apos;annexe I (lignes {lines}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Repeated in Annex I (lines {lines}) with this wording:</source>
        <translation>
            <numerusform>Repris à l&apos;annexe I (ligne {lines}) dans cette formulation&#xa0;:</numerusform>
            <numerusform>Repris à l&apos;annexe I (lignes {lines}) dans cette formulation&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This reference may point to the wrong item: {reason}</source>
        <translation>Cette référence renvoie peut-être au mauvais point&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Show source details</source>
        <translation>Afficher les détails de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where this text comes from and the catalog maintainers&apos; notes; not needed to follow up on the item</source>
        <translation>la provenance de ce texte et les notes des responsables du catalogue&#xa0;; inutile pour assurer le suivi du point</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide source details</source>
        <translation>Masquer les détails de la source</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>lines {lines} of the June 2011 compilation</source>
        <translation>
            <numerusform>ligne {lines} de la compilation de juin 2011</numerusform>
            <numerusform>lignes {lines} de la compilation de juin 2011</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by headquarters (catalog edition {edition}) from {source}</source>
        <translation>ajouté par le siège (édition {edition} du catalogue) à partir de {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the June 2011 compilation</source>
        <translation>la compilation de juin 2011</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source details</source>
        <translation>Détails de la source</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+235"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{document}: added by headquarters after 2011 (see the catalog history)</source>
        <translation>{document}&#xa0;: ajouté par le siège après 2011 (voir l&apos;historique du catalogue)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Sub-items</source>
        <translation>Sous-points</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annex I</source>
        <translation>Annexe I</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>10-Point Plan action areas</source>
        <translation>Domaines d&apos;action du Plan en 10 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None assigned.</source>
        <translation>Aucun attribué.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no such item)</source>
        <translation>(point inexistant)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cites (printed as “{printed}”)</source>
        <translation>Cite (imprimé «&#xa0;{printed}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cited by</source>
        <translation>Cité par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up activities ({count})</source>
        <translation>Activités de suivi ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up activity recorded yet.</source>
        <translation>Aucune activité de suivi enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Catalog notes</source>
        <translation>Notes du catalogue</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message numerus="yes">
        <location filename="../../desktop/browser/follow_up.py" line="+19"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting the follow-up activities…</source>
        <translation>Décompte des activités de suivi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No follow-up yet</source>
        <translation>Pas encore de suivi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count}, latest {status}</source>
        <translation>{count}, dernière&#xa0;: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{followed} of {total}</source>
        <translation>{followed} sur {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items with follow-up activities: {followed} of {total}</source>
        <translation>Points avec activités de suivi&#xa0;: {followed} sur {total}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../exporters/catalog_edits.py" line="+28"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-item</source>
        <translation>Sous-point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan target</source>
        <translation>Cible du Plan d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Plan action</source>
        <translation>Action du Plan d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training topic</source>
        <translation>Thème de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training target group</source>
        <translation>Groupe cible de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration paragraph</source>
        <translation>Paragraphe de la Déclaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-Hosts&apos; Summary paragraph</source>
        <translation>Paragraphe du Résumé des coorganisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework element</source>
        <translation>Élément du cadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional Support Function</source>
        <translation>Fonction d&apos;appui régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected recommendation</source>
        <translation>Recommandation retenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected follow-up activity</source>
        <translation>Activité de suivi retenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up outcome</source>
        <translation>Résultat du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/labels.py" line="-36"/>
        <source>stated in the text</source>
        <translation>énoncé dans le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet sent</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by headquarters</source>
        <translation>Reçue par le siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since sent</source>
        <translation>Modifiée depuis l&apos;envoi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achievements</source>
        <translation>réalisations</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln planned</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln prévue</numerusform>
            <numerusform>%Ln prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ongoing</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln en cours</numerusform>
            <numerusform>%Ln en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln completed</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln terminée</numerusform>
            <numerusform>%Ln terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln suspended</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln suspendue</numerusform>
            <numerusform>%Ln suspendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln cancelled</source>
        <comment>activities with this status</comment>
        <translation>
            <numerusform>%Ln annulée</numerusform>
            <numerusform>%Ln annulées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{status}: {count}</source>
        <translation>{status}&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/shared/messages.py" line="-177"/>
        <source>Tenpoint cannot open the shared database {location}. The server or the connection said:

{detail}

Check that the server is running and can be reached from this computer, and that your PostgreSQL password file (.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf) or service file holds the password for this user; nothing was changed.</source>
        <translation>Tenpoint ne peut pas ouvrir la base de données partagée {location}. Le serveur ou la connexion a répondu&#xa0;:

{detail}

Vérifiez que le serveur fonctionne et qu&apos;il est joignable depuis cet ordinateur, et que votre fichier de mots de passe PostgreSQL (.pgpass&#xa0;; sous Windows %APPDATA%\postgresql\pgpass.conf) ou votre fichier de service contient le mot de passe de cet utilisateur&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database cannot be backed up or restored here: {tool} was not found. Install the PostgreSQL client tools (the same version as the server or newer), or ask the database administrator; nothing was changed.</source>
        <translation>La base de données partagée ne peut être ni sauvegardée ni restaurée ici&#xa0;: {tool} est introuvable. Installez les outils client de PostgreSQL (de la même version que le serveur ou plus récente), ou adressez-vous à l&apos;administrateur de la base de données&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be restored; the shared database was left as it was. The tool said:

{detail}</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée&#xa0;; la base de données partagée a été laissée telle quelle. L&apos;outil a répondu&#xa0;:

{detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared database could not be backed up; nothing was changed. The tool said:

{detail}</source>
        <translation>La base de données partagée n&apos;a pas pu être sauvegardée&#xa0;; rien n&apos;a été modifié. L&apos;outil a répondu&#xa0;:

{detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database {path} was last opened by Tenpoint {version}, whose schema ({found}) this version does not know (it knows up to {known}). Install Tenpoint {version} or newer to open it; nothing was changed.</source>
        <translation>La base de données {path} a été ouverte en dernier par Tenpoint {version}, dont le schéma ({found}) est inconnu de cette version (elle connaît jusqu&apos;à {known}). Installez Tenpoint {version} ou une version plus récente pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {path} was written by a newer version of Tenpoint (schema {found}; this version knows up to {known}). Install the newer version to open it; nothing was changed.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Tenpoint (schéma {found}&#xa0;; cette version connaît jusqu&apos;à {known}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Tenpoint database ({detail}); nothing was changed.</source>
        <translation>{path} n&apos;est pas une base de données Tenpoint ({detail})&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field office needs its country: give its ISO 3166-1 alpha-2 code.</source>
        <translation>Un bureau de terrain a besoin de son pays&#xa0;: donnez son code ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code &quot;{code}&quot;: use an ISO 3166-1 alpha-2 code such as YE, KE or CR.</source>
        <translation>Code de pays inconnu «&#xa0;{code}&#xa0;»&#xa0;: utilisez un code ISO 3166-1 alpha-2 tel que YE, KE ou CR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation is already set up as &quot;{name}&quot; ({country}). Packages already sent carry that identity; use --force to change it.</source>
        <translation>Cette installation est déjà configurée comme «&#xa0;{name}&#xa0;» ({country}). Les paquets déjà envoyés portent cette identité&#xa0;; utilisez --force pour la modifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office name must be 1 to 200 characters; got &quot;{value}&quot;.</source>
        <translation>Le nom du bureau doit compter de 1 à 200 caractères&#xa0;; reçu&#xa0;: «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalog item has the code &quot;{code}&quot;.</source>
        <translation>Aucun point du catalogue n&apos;a le code «&#xa0;{code}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundled catalog is damaged ({file}: {detail}); please reinstall.</source>
        <translation>Le catalogue fourni est endommagé ({file}&#xa0;: {detail})&#xa0;; veuillez réinstaller.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected data error: {error}</source>
        <translation>Erreur de données inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>took part</source>
        <translation>a participé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named in its texts</source>
        <translation>cité dans ses textes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>named in {kind} {code}: “{words}”</source>
        <translation>cité dans {kind} {code}&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}: “{words}”</source>
        <translation>{reason}&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{event} ({reason})</source>
        <translation>{event} ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{region}: {events}</source>
        <translation>{region}&#xa0;: {events}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{conferences}; {conference}</source>
        <translation>{conferences}&#xa0;; {conference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder {path} is on a network share ({share}). Tenpoint keeps its database on this computer&apos;s own disk, because a network share can lose or corrupt changes. Choose a folder on this computer with --data-dir, or with &quot;folder&quot; in the [data] section of tenpoint.ini; nothing was changed.</source>
        <translation>Le dossier de données {path} se trouve sur un partage réseau ({share}). Tenpoint conserve sa base de données sur le disque propre de cet ordinateur, car un partage réseau peut perdre ou corrompre des modifications. Choisissez un dossier sur cet ordinateur avec --data-dir, ou avec «&#xa0;folder&#xa0;» dans la section [data] de tenpoint.ini&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup file {path}; nothing was changed.</source>
        <translation>Le fichier de sauvegarde {path} n&apos;existe pas&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {path} is damaged (SQLite&apos;s integrity check fails); it cannot be restored and nothing was changed. Choose another backup.</source>
        <translation>La sauvegarde {path} est endommagée (le contrôle d&apos;intégrité de SQLite échoue)&#xa0;; elle ne peut pas être restaurée et rien n&apos;a été modifié. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Tenpoint backup; nothing was changed.</source>
        <translation>{path} n&apos;est pas une sauvegarde Tenpoint&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup written to {path} failed its check, so it was not kept. The disk may be full or failing; nothing else was changed.</source>
        <translation>La sauvegarde écrite dans {path} n&apos;a pas passé son contrôle&#xa0;; elle n&apos;a donc pas été conservée. Le disque est peut-être plein ou défaillant&#xa0;; rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup {path} cannot be used ({code}).</source>
        <translation>La sauvegarde {path} est inutilisable ({code}).</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../desktop/reports/contents.py" line="+48"/>
        <source>Follow-up of the 10-Point Plan regional conferences</source>
        <translation>Suivi des conférences régionales du Plan en 10 points</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Region: {name}</source>
        <translation>Région&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: {name}</source>
        <translation>Pays&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office: {name}</source>
        <translation>Bureau&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event: {name}</source>
        <translation>Événement&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action area: {name}</source>
        <translation>Domaine d&apos;action&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {name}</source>
        <translation>Statut&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities running: {name}</source>
        <translation>Activités en cours&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: every region, country and office</source>
        <translation>Portée&#xa0;: toutes les régions, tous les pays et tous les bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up reported in the 2011 compilation is counted with the rest.</source>
        <translation>Le suivi signalé dans la compilation de 2011 est compté avec le reste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up reported in the 2011 compilation is left out (the baseline).</source>
        <translation>Le suivi signalé dans la compilation de 2011 est exclu (situation de référence).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on {time}</source>
        <translation>Établi le {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {end}</source>
        <translation>jusqu&apos;au {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="+322"/>
        <location line="+183"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Events: {count}</source>
        <translation>Événements&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking items: {count}</source>
        <translation>Points appelant un suivi&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up activities: {count}</source>
        <translation>Activités de suivi&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No activities counted.</source>
        <translation>Aucune activité comptabilisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/reports/sheets.py" line="+94"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/reports/sheets.py" line="-19"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/reports/sheets.py" line="-42"/>
        <location line="+71"/>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest package received</source>
        <translation>Dernier paquet reçu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This installation&apos;s own office</source>
        <translation>Le bureau de cette installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package received</source>
        <translation>Aucun paquet reçu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No events in this report.</source>
        <translation>Aucun événement dans ce rapport.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region: {region}</source>
        <translation>Région&#xa0;: {region}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No asking items.</source>
        <translation>Aucun point appelant un suivi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No follow-up recorded.</source>
        <translation>Aucun suivi enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status: {status}</source>
        <translation>Statut&#xa0;: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: {office}</source>
        <translation>Bureau&#xa0;: {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation: {name}</source>
        <translation>Organisation chef de file&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence: {evidence}</source>
        <translation>Justificatifs&#xa0;: {evidence}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {start}</source>
        <translation>À partir du {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until {end}</source>
        <translation>Jusqu&apos;au {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/sheets.py" line="-89"/>
        <source>Data from {office} ({country}): %Ln activities, latest package made {time}</source>
        <translation>
            <numerusform>Données de {office} ({country})&#xa0;: %Ln activité, dernier paquet&#xa0;: {time}</numerusform>
            <numerusform>Données de {office} ({country})&#xa0;: %Ln activités, dernier paquet&#xa0;: {time}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>here (this office)</source>
        <translation>ici (ce bureau)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country</source>
        <translation>Aucun pays</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countries counted</source>
        <translation>Pays comptabilisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dar es Salaam Action Plan: progress towards the targets</source>
        <translation>Plan d&apos;action de Dar es Salaam&#xa0;: progression vers les cibles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities by country and status</source>
        <translation>Activités par pays et par statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities by country</source>
        <translation>Activités par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by event and status</source>
        <translation>Activités par événement et par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by event</source>
        <translation>Activités par événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up recorded</source>
        <translation>Aucun suivi enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items followed up</source>
        <translation>Points suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reports/writing.py" line="+37"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
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
</context>
<context>
    <name>smoke</name>
    <message>
        <location filename="../../desktop/smoke.py" line="+193"/>
        <source>create and migrate the database</source>
        <translation>créer et migrer la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the catalog</source>
        <translation>charger le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the preconfiguration</source>
        <translation>lire la préconfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the PostgreSQL driver</source>
        <translation>charger le pilote PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach the shared database</source>
        <translation>joindre la base de données partagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up the office</source>
        <translation>configurer le bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an office package and read it back</source>
        <translation>écrire un paquet de bureau et le relire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the application context</source>
        <translation>ouvrir le contexte de l&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build the main window</source>
        <translation>construire la fenêtre principale</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FAILED at step {number}/{total}, {step}: {error}</source>
        <translation>ÉCHEC à l&apos;étape {number}/{total}, {step}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Smoke test passed.</source>
        <translation>Test de fumée réussi.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../desktop/commands/sync_report.py" line="+30"/>
        <source>office package</source>
        <translation>paquet de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headquarters update</source>
        <translation>mise à jour du siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filled template</source>
        <translation>modèle rempli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>would be imported</source>
        <translation>serait importé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid rows would be imported</source>
        <translation>les lignes valides seraient importées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid rows imported</source>
        <translation>lignes valides importées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED: nothing imported from this file</source>
        <translation>REJETÉ&#xa0;: rien n&apos;a été importé de ce fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: {kind} from {office}, made {made}</source>
        <translation>{file}&#xa0;: {kind} de {office}, date&#xa0;: {made}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>... and %Ln more problems</source>
        <translation>
            <numerusform>... et %Ln autre problème</numerusform>
            <numerusform>... et %Ln autres problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln deletions</source>
        <translation>
            <numerusform>%Ln suppression</numerusform>
            <numerusform>%Ln suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln older versions ignored</source>
        <translation>
            <numerusform>%Ln version plus ancienne ignorée</numerusform>
            <numerusform>%Ln versions plus anciennes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln acknowledged by headquarters</source>
        <translation>
            <numerusform>%Ln avec accusé de réception du siège</numerusform>
            <numerusform>%Ln avec accusé de réception du siège</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog updates</source>
        <translation>
            <numerusform>%Ln mise à jour du catalogue</numerusform>
            <numerusform>%Ln mises à jour du catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln catalog changes by headquarters</source>
        <translation>
            <numerusform>%Ln modification du catalogue par le siège</numerusform>
            <numerusform>%Ln modifications du catalogue par le siège</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln empty template rows</source>
        <translation>
            <numerusform>%Ln ligne de modèle vide</numerusform>
            <numerusform>%Ln lignes de modèle vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>... and %Ln more activities (--json lists them all)</source>
        <translation>
            <numerusform>... et %Ln autre activité (--json les liste toutes)</numerusform>
            <numerusform>... et %Ln autres activités (--json les liste toutes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{title} [{id}]: {what}</source>
        <translation>{title} [{id}]&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/sync_messages.py" line="+25"/>
        <source>The file is not an Excel workbook Tenpoint can read ({value}).</source>
        <translation>Le fichier n&apos;est pas un classeur Excel lisible par Tenpoint ({value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook has no sheet &quot;{sheet}&quot;; it is not a Tenpoint package.</source>
        <translation>Le classeur n&apos;a pas de feuille «&#xa0;{sheet}&#xa0;»&#xa0;; ce n&apos;est pas un paquet Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet &quot;{sheet}&quot; has no column &quot;{column}&quot;.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» n&apos;a pas de colonne «&#xa0;{column}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Manifest sheet is incomplete or damaged (&quot;{column}&quot;).</source>
        <translation>La feuille Manifest est incomplète ou endommagée («&#xa0;{column}&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was made by a newer Tenpoint (format {value}); update Tenpoint to import it.</source>
        <translation>Le paquet a été produit par une version plus récente de Tenpoint (format {value})&#xa0;; mettez Tenpoint à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Manifest names an unknown kind of package (&quot;{value}&quot;).</source>
        <translation>Le Manifest indique un type de paquet inconnu («&#xa0;{value}&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package is not for this installation (an office package goes to headquarters, a headquarters update to its office, a template to headquarters or its own office).</source>
        <translation>Ce paquet n&apos;est pas destiné à cette installation (un paquet de bureau va au siège, une mise à jour du siège à son bureau, un modèle au siège ou à son propre bureau).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature does not match the content: the package was changed after it was signed (or damaged). Import it only as unsigned data, if you know where it comes from.</source>
        <translation>La signature ne correspond pas au contenu&#xa0;: le paquet a été modifié après sa signature (ou endommagé). Ne l&apos;importez que comme données non signées, si vous savez d&apos;où il vient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package claims to come from an office whose registered key is a different one; it is signed by the key {value}. If that office was reinstalled, check the fingerprint with it, remove the old key (Trusted keys, or: tenpoint keys remove OFFICE) and import again.</source>
        <translation>Le paquet prétend venir d&apos;un bureau dont la clé enregistrée est différente&#xa0;; il est signé par la clé {value}. Si ce bureau a été réinstallé, vérifiez l&apos;empreinte avec lui, retirez l&apos;ancienne clé (Clés de confiance, ou&#xa0;: tenpoint keys remove OFFICE) et importez à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the first signed package from this office. Check the key&apos;s fingerprint {value} with the office (by phone, for instance), then confirm it (on the command line: --trust-key {value}).</source>
        <translation>C&apos;est le premier paquet signé de ce bureau. Vérifiez l&apos;empreinte de la clé {value} avec le bureau (par téléphone, par exemple), puis confirmez-la (en ligne de commande&#xa0;: --trust-key {value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package is not signed (a filled template or a hand-made file): nothing shows who made it. Import it only as unsigned data, if you know where it comes from (on the command line: --accept-unsigned).</source>
        <translation>Le paquet n&apos;est pas signé (modèle rempli ou fichier fait à la main)&#xa0;: rien n&apos;indique qui l&apos;a produit. Ne l&apos;importez que comme données non signées, si vous savez d&apos;où il vient (en ligne de commande&#xa0;: --accept-unsigned).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>Une valeur est requise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a date; write it as 2026-03-31 or 31/03/2026.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme 2026-03-31 ou 31/03/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number cannot be negative ({value}).</source>
        <translation>Le nombre ne peut pas être négatif ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a status; choose one from the Lists sheet.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un statut&#xa0;; choisissez-en un dans la feuille Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a kind of activity; choose one from the Lists sheet.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un type d&apos;activité&#xa0;; choisissez-en un dans la feuille Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not an activity ID; keep the IDs Tenpoint wrote.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un identifiant d&apos;activité&#xa0;; gardez les identifiants écrits par Tenpoint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version &quot;{value}&quot; was changed; keep the Version column as exported.</source>
        <translation>La version «&#xa0;{value}&#xa0;» a été modifiée&#xa0;; gardez la colonne Version telle qu&apos;exportée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity ID {value} appears more than once; each row needs its own ID.</source>
        <translation>L&apos;identifiant d&apos;activité {value} apparaît plusieurs fois&#xa0;; chaque ligne doit avoir son propre identifiant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end date {value} is before the start.</source>
        <translation>La date de fin {value} est antérieure au début.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cell holds an invisible control character ({value}), which Tenpoint cannot store; remove it.</source>
        <translation>La cellule contient un caractère de contrôle invisible ({value}), que Tenpoint ne peut pas enregistrer&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown country code &quot;{value}&quot;; use ISO codes such as KE.</source>
        <translation>Code de pays inconnu «&#xa0;{value}&#xa0;»&#xa0;; utilisez des codes ISO tels que KE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown catalog item code(s): {value}. See the Lists sheet.</source>
        <translation>Code(s) de point du catalogue inconnu(s)&#xa0;: {value}. Voir la feuille Lists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity belongs to another office ({value}); an office sends only its own activities.</source>
        <translation>L&apos;activité appartient à un autre bureau ({value})&#xa0;; un bureau n&apos;envoie que ses propres activités.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row is for another country ({value}) than the office that sent the package; an office records its own country&apos;s activities. Ask the office to correct the country.</source>
        <translation>La ligne concerne un autre pays ({value}) que celui du bureau qui a envoyé le paquet&#xa0;; un bureau enregistre les activités de son propre pays. Demandez au bureau de corriger le pays.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity {value} is part of the 2011 compilation and cannot change.</source>
        <translation>L&apos;activité {value} fait partie de la compilation de 2011 et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cells were changed after the package was exported (the checksum differs).</source>
        <translation>Des cellules ont été modifiées après l&apos;exportation du paquet (la somme de contrôle diffère).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an Excel workbook (.xlsx), whatever its name says. Ask the office to export the package again and send that file.</source>
        <translation>Le fichier n&apos;est pas un classeur Excel (.xlsx), quel que soit son nom. Demandez au bureau d&apos;exporter à nouveau le paquet et d&apos;envoyer ce fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is an old Excel 97-2003 workbook (.xls), perhaps renamed. Open it, save it as .xlsx (Excel workbook) and import that file.</source>
        <translation>Le fichier est un ancien classeur Excel 97-2003 (.xls), peut-être renommé. Ouvrez-le, enregistrez-le au format .xlsx (classeur Excel) et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is an OpenDocument spreadsheet (.ods), perhaps renamed. Open it, save it as .xlsx (Excel workbook) and import that file.</source>
        <translation>Le fichier est une feuille de calcul OpenDocument (.ods), peut-être renommée. Ouvrez-la, enregistrez-la au format .xlsx (classeur Excel) et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged or incomplete (cut short while copying or sending?). Ask the office to export the package again.</source>
        <translation>Le fichier est endommagé ou incomplet (tronqué lors de la copie ou de l&apos;envoi&#xa0;?). Demandez au bureau d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file unpacks to far more than a package holds ({value}); it was not opened. Ask the office to export the package again.</source>
        <translation>Une fois décompressé, le fichier occupe bien plus qu&apos;un paquet ({value})&#xa0;; il n&apos;a pas été ouvert. Demandez au bureau d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds XML declarations ({value}) that no spreadsheet program writes and that can make a program use up all memory; it was not opened. Ask the office to export the package again.</source>
        <translation>Le fichier contient des déclarations XML ({value}) qu&apos;aucun tableur n&apos;écrit et qui peuvent faire épuiser toute la mémoire d&apos;un programme&#xa0;; il n&apos;a pas été ouvert. Demandez au bureau d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet has a value as far out as {value}, far beyond what a package holds; it was not opened. Delete what was typed in those far cells, or ask the office to export the package again.</source>
        <translation>La feuille contient une valeur aussi éloignée que {value}, bien au-delà de ce que contient un paquet&#xa0;; elle n&apos;a pas été ouverte. Supprimez ce qui a été saisi dans ces cellules éloignées, ou demandez au bureau d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell {value} holds a formula; a package holds values only. Replace the formula with its value (copy, then paste values only) and import again.</source>
        <translation>La cellule {value} contient une formule&#xa0;; un paquet ne contient que des valeurs. Remplacez la formule par sa valeur (copier, puis coller les valeurs uniquement) et importez à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is protected by a password; give the password to import it.</source>
        <translation>Le fichier est protégé par un mot de passe&#xa0;; donnez le mot de passe pour l&apos;importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password does not open this file; check it with the office that sent it.</source>
        <translation>Le mot de passe n&apos;ouvre pas ce fichier&#xa0;; vérifiez-le avec le bureau qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file failed ({value}); it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>La lecture du fichier a échoué ({value})&#xa0;; il est peut-être endommagé ou conçu pour nuire. Rien n&apos;a été modifié. Demandez au bureau d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the file needed more than {value} MB of memory and was stopped; it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>La lecture du fichier a nécessité plus de {value} Mo de mémoire et a été interrompue&#xa0;; il est peut-être endommagé ou conçu pour nuire. Rien n&apos;a été modifié. Demandez au bureau d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lock file Excel or LibreOffice keeps while a workbook is open, not a package: save and close that workbook before importing it</source>
        <translation>le fichier de verrouillage qu&apos;Excel ou LibreOffice conserve pendant qu&apos;un classeur est ouvert, pas un paquet&#xa0;: enregistrez et fermez ce classeur avant de l&apos;importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an Excel workbook: open it, save it as .xlsx and import that file</source>
        <translation>pas un classeur Excel&#xa0;: ouvrez-le, enregistrez-le au format .xlsx et importez ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Excel 97-2003 workbook: open it, save it as .xlsx and import that file</source>
        <translation>un ancien classeur Excel 97-2003&#xa0;: ouvrez-le, enregistrez-le au format .xlsx et importez ce fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a plain Excel workbook: open it, save it as .xlsx and import that file</source>
        <translation>pas un simple classeur Excel&#xa0;: ouvrez-le, enregistrez-le au format .xlsx et importez ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text file (CSV) holds one sheet only, not a package: import the .xlsx file Tenpoint exported</source>
        <translation>un fichier texte (CSV) ne contient qu&apos;une feuille, ce n&apos;est pas un paquet&#xa0;: importez le fichier .xlsx exporté par Tenpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder: the folders inside are not searched; import that folder itself</source>
        <translation>un dossier&#xa0;: les dossiers qu&apos;il contient ne sont pas parcourus&#xa0;; importez ce dossier lui-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an Excel workbook (.xlsx)</source>
        <translation>pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not read: {path} ({reason}).</source>
        <translation>Non lu&#xa0;: {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No package (.xlsx) in {folder}.</source>
        <translation>Aucun paquet (.xlsx) dans {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <comment>between the files of a list</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package (.xlsx) in {folder}; found: {files}.</source>
        <translation>Aucun paquet (.xlsx) dans {folder}&#xa0;; trouvé&#xa0;: {files}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows added to the sheet &quot;{sheet}&quot; after export: {n} (the package listed {listed}, the file holds {found}). Rows added by hand are not signed: the package imports only as unsigned data. To add activities by hand, fill a template.</source>
        <translation>Lignes ajoutées à la feuille «&#xa0;{sheet}&#xa0;» après l&apos;exportation&#xa0;: {n} (le paquet en listait {listed}, le fichier en contient {found}). Les lignes ajoutées à la main ne sont pas signées&#xa0;: le paquet ne peut être importé que comme données non signées. Pour ajouter des activités à la main, remplissez un modèle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities missing from this copy: {n} (the package listed {listed}, the file holds {found}). Deleting a row does not delete an activity: the missing ones stay as they are here. An activity is deleted in Tenpoint, and its deletion travels in the Deletions sheet.</source>
        <translation>Activités manquantes dans cette copie&#xa0;: {n} (le paquet en listait {listed}, le fichier en contient {found}). Supprimer une ligne ne supprime pas une activité&#xa0;: les activités manquantes restent telles qu&apos;elles sont ici. Une activité se supprime dans Tenpoint, et sa suppression voyage dans la feuille Deletions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows missing from the sheet &quot;{sheet}&quot;: {n} (the package listed {listed}, the file holds {found}).</source>
        <translation>Lignes manquantes dans la feuille «&#xa0;{sheet}&#xa0;»&#xa0;: {n} (le paquet en listait {listed}, le fichier en contient {found}).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Problem &quot;{code}&quot; with value &quot;{value}&quot;.</source>
        <translation>Problème «&#xa0;{code}&#xa0;» avec la valeur «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Headquarters exports an update for one office or region: give --office ID or --region CODE.</source>
        <translation>Le siège exporte une mise à jour pour un bureau ou une région&#xa0;: indiquez --office ID ou --region CODE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field office exports only its own package and templates; --office, --region and --office-name are for headquarters.</source>
        <translation>Un bureau de terrain n&apos;exporte que son propre paquet et ses modèles&#xa0;; --office, --region et --office-name sont réservés au siège.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other office has the ID &quot;{value}&quot; (offices are known here once a package or template of theirs was handled).</source>
        <translation>Aucun autre bureau n&apos;a l&apos;ID «&#xa0;{value}&#xa0;» (un bureau n&apos;est connu ici qu&apos;une fois qu&apos;un de ses paquets ou modèles a été traité).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown region &quot;{value}&quot;; regions are GOA, WAF, AME, EHSA, CAS, APAC.</source>
        <translation>Région inconnue «&#xa0;{value}&#xa0;»&#xa0;; les régions sont GOA, WAF, AME, EHSA, CAS, APAC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This installation&apos;s signing key {value} is damaged. Restore it from a backup of the data folder.</source>
        <translation>La clé de signature {value} de cette installation est endommagée. Restaurez-la à partir d&apos;une sauvegarde du dossier de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the key file {value}.</source>
        <translation>Impossible de lire le fichier de clé {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the key file {value}.</source>
        <translation>Impossible d&apos;écrire le fichier de clé {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a Tenpoint key file, or its fingerprint does not match its key.</source>
        <translation>{value} n&apos;est pas un fichier de clé Tenpoint, ou son empreinte ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another key is already registered for {value}. Check with the office, remove the old key, then register the new one.</source>
        <translation>Une autre clé est déjà enregistrée pour {value}. Vérifiez avec le bureau, retirez l&apos;ancienne clé, puis enregistrez la nouvelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is this installation&apos;s own key; it needs no registering.</source>
        <translation>C&apos;est la propre clé de cette installation&#xa0;; elle n&apos;a pas besoin d&apos;être enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key is registered for &quot;{value}&quot;; `tenpoint keys` lists them.</source>
        <translation>Aucune clé n&apos;est enregistrée pour «&#xa0;{value}&#xa0;»&#xa0;; `tenpoint keys` les liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Set up this installation&apos;s office first: tenpoint setup --office-name NAME --country CC.</source>
        <translation>Configurez d&apos;abord le bureau de cette installation&#xa0;: tenpoint setup --office-name NAME --country CC.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>There is no open conflict number {id}; `tenpoint conflicts` lists them.</source>
        <translation>Il n&apos;y a pas de conflit en suspens numéro {id}&#xa0;; `tenpoint conflicts` les liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose --keep local or --keep incoming.</source>
        <translation>Choisissez --keep local ou --keep incoming.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write {path}: {detail}. Nothing was recorded as sent.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {detail}. Rien n&apos;a été enregistré comme envoyé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed by {office} (key {fingerprint}).</source>
        <translation>Signé par {office} (clé {fingerprint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with a key not yet registered for {office}: fingerprint {fingerprint}.</source>
        <translation>Signé avec une clé pas encore enregistrée pour {office}&#xa0;: empreinte {fingerprint}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {office} with the key {fingerprint}, confirmed by you: registered on import.</source>
        <translation>Signé par {office} avec la clé {fingerprint}, confirmée par vous&#xa0;: enregistrée à l&apos;importation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the key {fingerprint}, but the key registered for {office} is {registered}: refused.</source>
        <translation>Signé avec la clé {fingerprint}, mais la clé enregistrée pour {office} est {registered}&#xa0;: refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the content (changed after signing).</source>
        <translation>La signature ne correspond pas au contenu (modifié après la signature).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as unsigned data.</source>
        <translation>Importé comme données non signées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited in the file after export</source>
        <translation>Modifiée dans le fichier après l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older version: not imported</source>
        <translation>Version plus ancienne&#xa0;: non importée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: both versions kept</source>
        <translation>Conflit&#xa0;: les deux versions sont conservées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {held} → {incoming}</source>
        <translation>{field}&#xa0;: {held} → {incoming}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already imported on {date}; importing it again changes nothing that is already here.</source>
        <translation>Déjà importé le {date}&#xa0;; l&apos;importer à nouveau ne change rien à ce qui est déjà ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of this package was imported on {date}. Cells of this copy were changed since it was exported: each change is listed with the activity it belongs to.</source>
        <translation>Une copie de ce paquet a été importée le {date}. Des cellules de cette copie ont été modifiées depuis son exportation&#xa0;: chaque modification est listée avec l&apos;activité à laquelle elle se rapporte.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{value} is too large to be a Tenpoint key file, which holds a few lines. Choose the .txt file the office&apos;s IT exported with `tenpoint keys export`.</source>
        <translation>{value} est trop volumineux pour être un fichier de clé Tenpoint, qui ne contient que quelques lignes. Choisissez le fichier .txt exporté par le service informatique du bureau avec `tenpoint keys export`.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Reading the file took longer than {value} s and was stopped; it may be damaged or made to harm. Nothing was changed. Ask the office to export the package again.</source>
        <translation>La lecture du fichier a pris plus de {value} s et a été interrompue&#xa0;; il est peut-être endommagé ou conçu pour nuire. Rien n&apos;a été modifié. Demandez au bureau d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%Ln new</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln in conflict</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln en conflit</numerusform>
            <numerusform>%Ln en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rejected</source>
        <comment>activities</comment>
        <translation>
            <numerusform>%Ln rejetée</numerusform>
            <numerusform>%Ln rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The text is too long (%Ln characters).</source>
        <translation>
            <numerusform>Le texte est trop long (%Ln caractère).</numerusform>
            <numerusform>Le texte est trop long (%Ln caractères).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place}, sheet &quot;{sheet}&quot;</source>
        <translation>{place}, feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}, row {row}</source>
        <translation>{place}, ligne {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}, column &quot;{column}&quot;</source>
        <translation>{place}, colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That key file is for {value}, not for the office whose package waits for a key. Ask that office&apos;s IT for its own key file.</source>
        <translation>Ce fichier de clé est celui de {value}, et non du bureau dont le paquet attend une clé. Demandez au service informatique de ce bureau son propre fichier de clé.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/export_panel.py" line="-321"/>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter: keep &quot;(*.xlsx)&quot;, which picks the files the dialog lists.</extracomment>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../exporters/styles.py" line="+37"/>
        <source>&amp;A, page &amp;P of &amp;N</source>
        <extracomment>Printed at the foot of each page of a workbook: keep &amp;A (the sheet), &amp;P (this page) and &amp;N (the number of pages) as they are.</extracomment>
        <translation>&amp;A, page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <location filename="../../exporters/error_workbook.py" line="+20"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../exporters/layout.py" line="+61"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_sheets.py" line="+87"/>
        <source>Events: one row per conference, workshop or follow-up meeting to add. Region: a region from the Lists sheet, or a new code with the name of the new region.</source>
        <translation>Events&#xa0;: une ligne par conférence, atelier ou réunion de suivi à ajouter. Région&#xa0;: une région de la feuille Lists, ou un nouveau code avec le nom de la nouvelle région.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries in events: the countries taking part in an event (one row each). The offices of those countries follow the event&apos;s recommendations.</source>
        <translation>Countries in events&#xa0;: les pays qui participent à un événement (une ligne pour chacun). Les bureaux de ces pays assurent le suivi des recommandations de l&apos;événement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents: the documents of an event (action plan, outcome document, declaration...), each with the reference of its source: its symbol, publication or web address.</source>
        <translation>Documents&#xa0;: les documents d&apos;un événement (plan d&apos;action, document final, déclaration...), chacun avec la référence de sa source&#xa0;: sa cote, sa publication ou son adresse web.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections: the parts of a document, as printed. Part of: the section a sub-section belongs to.</source>
        <translation>Sections&#xa0;: les parties d&apos;un document, telles qu&apos;imprimées. Partie de&#xa0;: la section à laquelle appartient une sous-section.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items: the recommendations, targets and actions of a section, their text as the source prints it. Part of: the item a sub-item belongs to. Action areas: numbers 1 to 10, separated by commas.</source>
        <translation>Items&#xa0;: les recommandations, cibles et actions d&apos;une section, avec leur texte tel que la source l&apos;imprime. Partie de&#xa0;: le point auquel appartient un sous-point. Domaines d&apos;action&#xa0;: numéros de 1 à 10, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes: one row per change of an item already in the catalog or added above. What to do: correct the text, number or citation of an item added after 2011; annotate any item; retire or reinstate an item; or merge it into another (Superseded by), which moves every activity&apos;s link to that item. The June 2011 texts are never rewritten: annotate them or merge them.</source>
        <translation>Changes&#xa0;: une ligne par modification d&apos;un point déjà présent dans le catalogue ou ajouté plus haut. Opération&#xa0;: corriger le texte, le numéro ou la citation d&apos;un point ajouté après 2011&#xa0;; annoter n&apos;importe quel point&#xa0;; retirer ou rétablir un point&#xa0;; ou le fusionner dans un autre (Remplacé par), ce qui reporte sur ce dernier le lien de chaque activité. Les textes de juin 2011 ne sont jamais réécrits&#xa0;: annotez-les ou fusionnez-les.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A date: 2013-05-06, or 06/05/2013 (day/month/year).</source>
        <translation>Une date&#xa0;: 2013-05-06, ou 06/05/2013 (jour/mois/année).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose from the drop-down.</source>
        <translation>Choisissez dans la liste déroulante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from the Lists sheet, or one added in this workbook.</source>
        <translation>Un code de la feuille Lists, ou un code ajouté dans ce classeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of the action areas (Lists sheet), separated by commas.</source>
        <translation>Numéros des domaines d&apos;action (feuille Lists), séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capital letters, digits, dots and hyphens, e.g. NBO-OD-A-01.</source>
        <translation>Lettres majuscules, chiffres, points et traits d&apos;union, p. ex. NBO-OD-A-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a new region: its name.</source>
        <translation>Uniquement pour une nouvelle région&#xa0;: son nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ISO 3166-1 alpha-2 code from the Lists sheet, e.g. KE.</source>
        <translation>Un code ISO 3166-1 alpha-2 de la feuille Lists, p. ex. KE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; kept in the history of the change.</source>
        <translation>Facultatif&#xa0;; conservé dans l&apos;historique de la modification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To correct an item: which of its fields.</source>
        <translation>Pour corriger un point&#xa0;: lequel de ses champs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To correct an item: the corrected value. To annotate one: the note&apos;s text.</source>
        <translation>Pour corriger un point&#xa0;: la valeur corrigée. Pour en annoter un&#xa0;: le texte de la note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To merge an item: the item that replaces it, which takes over its activities&apos; links.</source>
        <translation>Pour fusionner un point&#xa0;: le point qui le remplace, et qui reprend les liens de ses activités.</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../exporters/error_workbook.py" line="+0"/>
        <location filename="../../exporters/layout.py" line="-39"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../exporters/catalog_workbook.py" line="+1"/>
        <source>In the drop-down</source>
        <translation>Dans la liste déroulante</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Tenpoint catalog workbook</source>
        <translation>Classeur de catalogue Tenpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by Tenpoint {version} from catalog edition {edition}.</source>
        <translation>Produit par Tenpoint {version} à partir de l&apos;édition {edition} du catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headquarters adds to the catalog of recommendations and changes it with this workbook: fill the sheets, then import it with `tenpoint catalog import FILE.xlsx` (add --dry-run to see first what it would do). Every row is applied, or none: a problem in any cell is named by its sheet, row and column, and the catalog stays as it was.</source>
        <translation>Le siège complète et modifie le catalogue des recommandations avec ce classeur&#xa0;: remplissez les feuilles, puis importez-le avec `tenpoint catalog import FILE.xlsx` (ajoutez --dry-run pour voir d&apos;abord ce que l&apos;importation ferait). Toutes les lignes sont appliquées, ou aucune&#xa0;: un problème dans une cellule est signalé par sa feuille, sa ligne et sa colonne, et le catalogue reste tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows are applied sheet by sheet in the order of the tabs, so a row may name what a sheet before it adds: an event&apos;s documents, a document&apos;s sections, a section&apos;s items. Leave a sheet empty when there is nothing to add.</source>
        <translation>Les lignes sont appliquées feuille par feuille, dans l&apos;ordre des onglets&#xa0;; une ligne peut donc désigner ce qu&apos;ajoute une feuille précédente (les documents d&apos;un événement, les sections d&apos;un document, les points d&apos;une section). Laissez une feuille vide lorsqu&apos;il n&apos;y a rien à ajouter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blue headers mark the columns to fill; rest the pointer on a header with a red corner to read what it holds. Choices and codes come from the drop-downs (the Lists sheet); a code added in this workbook may be typed. Values only: a formula is refused.</source>
        <translation>Les en-têtes bleus signalent les colonnes à remplir&#xa0;; placez le pointeur sur un en-tête marqué d&apos;un coin rouge pour lire ce qu&apos;il contient. Les choix et les codes proviennent des listes déroulantes (la feuille Lists)&#xa0;; un code ajouté dans ce classeur peut être saisi. Valeurs uniquement&#xa0;: une formule est refusée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change raises the catalog&apos;s edition and travels to the offices in their next update from headquarters.</source>
        <translation>Chaque modification fait passer le catalogue à une nouvelle édition et parvient aux bureaux avec leur prochaine mise à jour du siège.</translation>
    </message>
    <message>
        <location filename="../../exporters/layout.py" line="-87"/>
        <source>Filled by Tenpoint: do not change it. Sorting, filtering and copying whole rows are fine.</source>
        <translation>Rempli par Tenpoint&#xa0;: ne pas modifier. Trier, filtrer et copier des lignes entières ne pose aucun problème.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity ID</source>
        <translation>ID de l&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint&apos;s identity of this activity. Never change, clear or type over it: Tenpoint recognises the activity by it when the file is imported. Sort, filter and copy whole rows freely: the ID moves with its row. The sheet is not locked, because Excel and LibreOffice cannot sort a protected sheet whose rows hold locked cells.</source>
        <translation>L&apos;identifiant de cette activité dans Tenpoint. Ne le modifiez jamais, ne l&apos;effacez pas et ne saisissez rien par-dessus&#xa0;: c&apos;est grâce à lui que Tenpoint reconnaît l&apos;activité lors de l&apos;importation du fichier. Triez, filtrez et copiez librement des lignes entières&#xa0;: l&apos;identifiant suit sa ligne. La feuille n&apos;est pas verrouillée, car Excel et LibreOffice ne peuvent pas trier une feuille protégée dont les lignes contiennent des cellules verrouillées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Owner office ID</source>
        <translation>ID du bureau propriétaire</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The office the activity belongs to.</source>
        <translation>Le bureau auquel appartient l&apos;activité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Owner office</source>
        <translation>Bureau propriétaire</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>How many edits the activity has seen.</source>
        <translation>Nombre de modifications qu&apos;a connues l&apos;activité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Which edits of which office this row holds: how Tenpoint merges it.</source>
        <translation>Les modifications de chaque bureau que contient cette ligne&#xa0;: c&apos;est ainsi que Tenpoint la fusionne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created at (UTC)</source>
        <translation>Date de création (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at (UTC)</source>
        <translation>Date de mise à jour (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by</source>
        <translation>Mise à jour par</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted at (UTC)</source>
        <translation>Date de suppression (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted by</source>
        <translation>Supprimée par</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision held</source>
        <translation>Révision détenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version held</source>
        <translation>Version détenue</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../exporters/validation_lists.py" line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Change ID</source>
        <translation>ID de la modification</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catalog edition</source>
        <translation>Édition du catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Changed at (UTC)</source>
        <translation>Date de modification (UTC)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Changed by</source>
        <translation>Modifiée par</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Office ID</source>
        <translation>ID du bureau</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version of this workbook format</source>
        <translation>Version du format de ce classeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique ID of this package; importing it again changes nothing</source>
        <translation>Identifiant unique de ce paquet&#xa0;; l&apos;importer à nouveau ne change rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office = an office&apos;s activities; hq_update = headquarters&apos; update; template = a form to fill in</source>
        <translation>office = activités d&apos;un bureau&#xa0;; hq_update = mise à jour du siège&#xa0;; template = formulaire à remplir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID of the office that made the package (or that the template is for)</source>
        <translation>ID du bureau qui a produit le paquet (ou auquel le modèle est destiné)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of that office</source>
        <translation>Nom de ce bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its country (ISO 3166-1 alpha-2)</source>
        <translation>Son pays (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region a headquarters update is for</source>
        <translation>La région à laquelle une mise à jour du siège est destinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office a headquarters update is for</source>
        <translation>Le bureau auquel une mise à jour du siège est destinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the package was made (UTC)</source>
        <translation>Date de production du paquet (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint version that made it</source>
        <translation>Version de Tenpoint qui l&apos;a produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema version that made it</source>
        <translation>Version du schéma de base de données qui l&apos;a produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog version of the sender</source>
        <translation>Version du catalogue de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Activities sheet</source>
        <translation>Lignes de la feuille Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Deletions sheet</source>
        <translation>Lignes de la feuille Deletions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in the Acknowledgements sheet</source>
        <translation>Lignes de la feuille Acknowledgements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the content; shows whether cells were changed after export</source>
        <translation>SHA-256 du contenu&#xa0;; indique si des cellules ont été modifiées après l&apos;exportation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key of the office that made the package</source>
        <translation>Clé publique du bureau qui a produit le paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature of the content by that key; editing any cell breaks it</source>
        <translation>Signature du contenu par cette clé&#xa0;; toute modification d&apos;une cellule l&apos;invalide</translation>
    </message>
    <message>
        <location filename="../../exporters/readme.py" line="+16"/>
        <source>Tenpoint package: follow-up activities of {office}</source>
        <translation>Paquet Tenpoint&#xa0;: activités de suivi de {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint update from headquarters ({office})</source>
        <translation>Mise à jour Tenpoint du siège ({office})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenpoint template: follow-up activities for {office}</source>
        <translation>Modèle Tenpoint&#xa0;: activités de suivi pour {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made {time} UTC by Tenpoint {version}; package ID {package}.</source>
        <translation>Produit le {time} UTC par Tenpoint {version}&#xa0;; ID du paquet {package}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workbook was made by Tenpoint, the application with which UNHCR offices follow up on the recommendations of the 10-Point Plan regional conferences.</source>
        <translation>Ce classeur a été produit par Tenpoint, l&apos;application avec laquelle les bureaux du HCR assurent le suivi des recommandations des conférences régionales du Plan en 10 points.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates are real dates (year-month-day). Times in columns marked (UTC) are UTC.</source>
        <translation>Les dates sont de vraies dates (année-mois-jour). Les heures des colonnes marquées (UTC) sont en UTC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue headers mark the columns a person fills in; grey headers the ones Tenpoint fills. Rest the pointer on a header with a red corner to read what it holds. Status and Kind show the words of the Lists sheet; choose them from the drop-down.</source>
        <translation>Les en-têtes bleus signalent les colonnes qu&apos;une personne remplit&#xa0;; les en-têtes gris, celles que Tenpoint remplit. Placez le pointeur sur un en-tête marqué d&apos;un coin rouge pour lire ce qu&apos;il contient. Les colonnes Statut et Type affichent les libellés de la feuille Lists&#xa0;; choisissez-les dans la liste déroulante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets: Manifest (who made this package, when, and what it holds), Activities (one row per follow-up activity), Deletions (activities deleted at their source), Lists (the values the drop-downs offer: statuses, kinds, countries, catalog item codes).</source>
        <translation>Feuilles&#xa0;: Manifest (qui a produit ce paquet, quand, et ce qu&apos;il contient), Activities (une ligne par activité de suivi), Deletions (activités supprimées à leur source), Lists (les valeurs proposées par les listes déroulantes&#xa0;: statuts, types, pays, codes des points du catalogue).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never change the grey columns of the Activities sheet (Activity ID, Owner office ID, Revision, Version...): they let Tenpoint recognise each activity when the package is imported again. Sorting and filtering are fine.</source>
        <translation>Ne modifiez jamais les colonnes grises de la feuille Activities (ID de l&apos;activité, ID du bureau propriétaire, Révision, Version...)&#xa0;: elles permettent à Tenpoint de reconnaître chaque activité lorsque le paquet est réimporté. Vous pouvez trier et filtrer sans problème.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History: every recorded change of these activities (who, when, at which office, old and new value); it travels with them and is kept as evidence. Do not edit it: Tenpoint would notice that cells were changed after export.</source>
        <translation>History&#xa0;: toutes les modifications enregistrées de ces activités (qui, quand, dans quel bureau, ancienne et nouvelle valeur)&#xa0;; cet historique voyage avec elles et est conservé à titre de preuve. Ne le modifiez pas&#xa0;: Tenpoint remarquerait que des cellules ont été modifiées après l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets: Manifest (which office the template is for), Activities (the rows to fill in), Lists (the values the drop-downs offer: statuses, kinds, countries, catalog item codes).</source>
        <translation>Feuilles&#xa0;: Manifest (le bureau auquel le modèle est destiné), Activities (les lignes à remplir), Lists (les valeurs proposées par les listes déroulantes&#xa0;: statuts, types, pays, codes des points du catalogue).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this package at headquarters: Tenpoint &gt; Sync &gt; Import, or on the command line `tenpoint import FILE.xlsx`. Importing it twice changes nothing.</source>
        <translation>Importez ce paquet au siège&#xa0;: Tenpoint &gt; Synchronisation &gt; Importer, ou en ligne de commande `tenpoint import FILE.xlsx`. L&apos;importer deux fois ne change rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import this package at the office it is for: Tenpoint &gt; Sync &gt; Import, or `tenpoint import FILE.xlsx`. It brings the region&apos;s activities of other offices (read-only), changes headquarters made, catalog updates, and the Acknowledgements sheet: the revisions of your activities that headquarters has received.</source>
        <translation>Importez ce paquet au bureau auquel il est destiné&#xa0;: Tenpoint &gt; Synchronisation &gt; Importer, ou `tenpoint import FILE.xlsx`. Il contient les activités des autres bureaux de la région (en lecture seule), les modifications faites par le siège, les mises à jour du catalogue et la feuille Acknowledgements&#xa0;: les révisions de vos activités que le siège a reçues.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill one row per activity in the Activities sheet, from Title on. Each row already has its Activity ID (the grey last column): keep it, even when you sort or copy rows, so that sending the file twice never creates duplicates. Leave rows you do not need empty.</source>
        <translation>Remplissez une ligne par activité dans la feuille Activities, à partir de la colonne Titre. Chaque ligne a déjà son identifiant (colonne ID de l&apos;activité, la dernière, grise)&#xa0;: conservez-le, même lorsque vous triez ou copiez des lignes, afin qu&apos;un double envoi du fichier ne crée jamais de doublons. Laissez vides les lignes dont vous n&apos;avez pas besoin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title and Item codes are required. Item codes: one or more codes from the Lists sheet (for example DES-SR-III-01), separated by a semicolon. Status and Kind: choose from the drop-down. Dates: year-month-day (2026-03-31) or day/month/year.</source>
        <translation>Les colonnes Titre et Codes des points sont obligatoires. Codes des points&#xa0;: un ou plusieurs codes de la feuille Lists (par exemple DES-SR-III-01), séparés par un point-virgule. Statut et Type&#xa0;: choisissez dans la liste déroulante. Dates&#xa0;: année-mois-jour (2026-03-31) ou jour/mois/année.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the filled file to headquarters, or import it into your own Tenpoint with `tenpoint import FILE.xlsx`.</source>
        <translation>Envoyez le fichier rempli au siège, ou importez-le dans votre propre Tenpoint avec `tenpoint import FILE.xlsx`.</translation>
    </message>
    <message>
        <location filename="../../exporters/validation_lists.py" line="-3"/>
        <source>Status code</source>
        <translation>Code du statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind code</source>
        <translation>Code du type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name</source>
        <translation>Nom du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Code du point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item (first words)</source>
        <translation>Point (premiers mots)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Tenpoint stores the value beside it. The Activities sheet shows the value, not this code; either is read.</source>
        <translation>La façon dont Tenpoint enregistre la valeur voisine. La feuille Activities affiche la valeur, pas ce code&#xa0;; l&apos;un et l&apos;autre sont lus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a value from the list (see the Lists sheet).</source>
        <translation>Choisissez une valeur dans la liste (voir la feuille Lists).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} ({name}), or empty: the country this file&apos;s rows are for.</source>
        <translation>{code} ({name}), ou vide&#xa0;: le pays auquel se rapportent les lignes de ce fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166-1 alpha-2 code, e.g. KE.</source>
        <translation>Code ISO 3166-1 alpha-2, p. ex. KE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the statuses in the Lists sheet.</source>
        <translation>L&apos;un des statuts de la feuille Lists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the kinds in the Lists sheet, or empty.</source>
        <translation>L&apos;un des types de la feuille Lists, ou vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more codes from the Lists sheet, separated by ;</source>
        <translation>Un ou plusieurs codes de la feuille Lists, séparés par&#xa0;;</translation>
    </message>
</context>
</TS>
