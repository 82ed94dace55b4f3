<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <source>The upload list cannot be kept on disk (%1). Uploads work, but unfinished ones will not continue after the app closes.</source>
        <translation>La liste des envois ne peut pas être enregistrée sur le disque (%1). Les envois fonctionnent, mais ceux qui ne sont pas terminés ne reprendront pas après la fermeture de l’application.</translation>
    </message>
    <message>
        <source>the local demo server could not start (%1).</source>
        <translation>le serveur de démonstration local n’a pas pu démarrer (%1).</translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>cannot be read (moved, deleted, or no permission)</source>
        <translation>illisible (déplacé, supprimé ou sans autorisation)</translation>
    </message>
    <message>
        <source>empty: there is no cue or chapter in it</source>
        <translation>vide&#xa0;: il ne contient aucun sous-titre ni chapitre</translation>
    </message>
    <message>
        <source>too large (api.video takes files of up to 8.39 MB)</source>
        <translation>trop volumineux (api.video accepte des fichiers de 8,39 Mo au plus)</translation>
    </message>
    <message>
        <source>not a subtitle file</source>
        <translation>pas un fichier de sous-titres</translation>
    </message>
    <message>
        <source>a cue&apos;s time cannot be used: it must end after it starts, with minutes and seconds up to 59</source>
        <translation>l’horaire d’un sous-titre est inutilisable&#xa0;: il doit finir après avoir commencé, avec des minutes et des secondes jusqu’à 59</translation>
    </message>
    <message>
        <source>not a chapter: write a time, then a title, e.g. “1:05 The idea”</source>
        <translation>pas un chapitre&#xa0;: écrivez une heure, puis un titre, par exemple «&#xa0;1:05 L’idée&#xa0;»</translation>
    </message>
    <message>
        <source>the first chapter must start at 0:00</source>
        <translation>le premier chapitre doit commencer à 0:00</translation>
    </message>
    <message>
        <source>each chapter must start after the one above it</source>
        <translation>chaque chapitre doit commencer après celui du dessus</translation>
    </message>
    <message>
        <source>not a JPEG, PNG or WebP image</source>
        <translation>pas une image JPEG, PNG ou WebP</translation>
    </message>
    <message>
        <source>refused by api.video: %1</source>
        <translation>refusé par api.video&#xa0;: %1</translation>
    </message>
    <message>
        <source>not sent: the video no longer exists on api.video</source>
        <translation>non envoyé&#xa0;: la vidéo n’existe plus sur api.video</translation>
    </message>
    <message>
        <source>not sent: captions, chapters and thumbnails need an API key, not an upload token</source>
        <translation>non envoyé&#xa0;: les sous-titres, chapitres et miniatures demandent une clé API, pas un jeton d’envoi</translation>
    </message>
    <message>
        <source>Captions, chapters and thumbnails were skipped: sending them needs an API key, not an upload token. They go once an API key is set for this environment.</source>
        <translation>Sous-titres, chapitres et miniatures non envoyés&#xa0;: il faut une clé API, un jeton d’envoi ne suffit pas. Ils partiront une fois une clé API enregistrée pour cet environnement.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (and more: see the details)</source>
        <translation>%1&#xa0;: %2 (et d’autres&#xa0;: voir les détails)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <source>frame at %1</source>
        <translation>image à %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentSection</name>
    <message>
        <source>None yet. Files named like the video (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg) are added with it.</source>
        <translation>Aucun pour l’instant. Les fichiers nommés comme la vidéo (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg) sont ajoutés avec elle.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag: write one like en, fr or pt-BR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue&#xa0;: écrivez-en un comme en, fr ou pt-BR.</translation>
    </message>
    <message>
        <source>“%1” is not a time in the video: write one like 00:01:05, 00:01:05.500 or 65 (seconds).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un moment de la vidéo&#xa0;: écrivez-en un comme 00:01:05, 00:01:05.500 ou 65 (secondes).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Captions &amp; chapters</source>
        <translation>Sous-titres et chapitres</translation>
    </message>
    <message>
        <source>Captions, chapters, thumbnail</source>
        <translation>Sous-titres, chapitres, miniature</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Do not send the selected one with the video</source>
        <translation>Ne pas envoyer l’élément sélectionné avec la vidéo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send what failed again, once its file is fixed (the video is not sent again)</source>
        <translation>Renvoyer ce qui a échoué, une fois son fichier corrigé (la vidéo n’est pas renvoyée)</translation>
    </message>
    <message>
        <source>Add subtitles…</source>
        <translation>Ajouter des sous-titres…</translation>
    </message>
    <message>
        <source>Choose an SRT or WebVTT subtitle file, or a chapters list, in the language beside</source>
        <translation>Choisir un fichier de sous-titres SRT ou WebVTT, ou une liste de chapitres, dans la langue indiquée à côté</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the file you add: en, fr, pt-BR…</source>
        <translation>La langue du fichier ajouté&#xa0;: en, fr, pt-BR…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Fichier image…</translation>
    </message>
    <message>
        <source>Frame at a time…</source>
        <translation>Image à un moment donné…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Choose subtitles or chapters</source>
        <translation>Choisir des sous-titres ou des chapitres</translation>
    </message>
    <message>
        <source>Subtitles and chapters (*.srt *.vtt *.txt)</source>
        <translation>Sous-titres et chapitres (*.srt *.vtt *.txt)</translation>
    </message>
    <message>
        <source>Choose a thumbnail</source>
        <translation>Choisir une miniature</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Thumbnail from the video</source>
        <translation>Miniature tirée de la vidéo</translation>
    </message>
    <message>
        <source>The frame at (e.g. 00:01:05 or 65 seconds):</source>
        <translation>L’image à (par exemple 00:01:05 ou 65 secondes)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Only the details you tick change; the others stay as they are.</source>
        <translation>Seuls les détails cochés changent&#xa0;; les autres restent tels quels.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>{name}: the tidied file name, {file}: the file name, {folder}: its folder, {date}: today, {n}: 1, 2, 3… in the order of the list</source>
        <translation>{name}&#xa0;: le nom du fichier épuré, {file}&#xa0;: le nom du fichier, {folder}&#xa0;: son dossier, {date}&#xa0;: aujourd’hui, {n}&#xa0;: 1, 2, 3… dans l’ordre de la liste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Comma-separated; empty removes every tag</source>
        <translation>Séparés par des virgules&#xa0;; vide, tous les tags sont retirés</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Ne pas changer</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les détails…</translation>
    </message>
    <message>
        <source>Set the title, tags or privacy of every selected file at once</source>
        <translation>Donner d’un coup le titre, les tags ou la visibilité de tous les fichiers sélectionnés</translation>
    </message>
</context>
<context>
    <name>ChunkStrip</name>
    <message>
        <source>Progress of each part</source>
        <translation>Avancement de chaque partie</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connected to %1: the API key works.</source>
        <translation>Connecté à %1&#xa0;: la clé API fonctionne.</translation>
    </message>
    <message>
        <source>Connected to %1: the upload token works.</source>
        <translation>Connecté à %1&#xa0;: le jeton d’envoi fonctionne.</translation>
    </message>
    <message>
        <source>Enter an API key (or an upload token) first.</source>
        <translation>Saisissez d’abord une clé API (ou un jeton d’envoi).</translation>
    </message>
    <message>
        <source>The test could not run (%1). The details are in the log file.</source>
        <translation>Le test n’a pas pu s’exécuter (%1). Les détails se trouvent dans le journal.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%1 of %n part(s) sent</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>Parties envoyées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Parties envoyées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n en cours d’envoi</numerusform>
            <numerusform>%n en cours d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send again</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n à renvoyer</numerusform>
            <numerusform>%n à renvoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n dropped item(s)…</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Vérification de %n élément déposé…</numerusform>
            <numerusform>Vérification des %n éléments déposés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n video(s) to the queue.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n vidéo ajoutée à la file d’attente.</numerusform>
            <numerusform>%n vidéos ajoutées à la file d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because they cannot be uploaded.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n fichier ignoré, car il ne peut pas être envoyé.</numerusform>
            <numerusform>%n fichiers ignorés, car ils ne peuvent pas être envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will upload to %1.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n fichier sera envoyé vers %1.</numerusform>
            <numerusform>%n fichiers seront envoyés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n en cours d’envoi</numerusform>
            <numerusform>%n en cours d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n en traitement</numerusform>
            <numerusform>%n en traitement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: %n waiting upload(s) trying again now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Bon retour&#xa0;! %n envoi en attente reprend maintenant.</numerusform>
            <numerusform>Bon retour&#xa0;! %n envois en attente reprennent maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n waiting upload(s) going on now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Le réseau est revenu&#xa0;: %n envoi en attente reprend.</numerusform>
            <numerusform>Le réseau est revenu&#xa0;: %n envois en attente reprennent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop, and continue where they stopped the next time you open %1.

Quit now?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n envoi n’est pas terminé. Si vous quittez maintenant, il s’arrête et reprendra là où il en était à la prochaine ouverture de %1.

Quitter maintenant&#x202f;?</numerusform>
            <numerusform>%n envois ne sont pas terminés. Si vous quittez maintenant, ils s’arrêtent et reprendront là où ils en étaient à la prochaine ouverture de %1.

Quitter maintenant&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop; files that were partly sent must be uploaded again.

Quit anyway?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n envoi n’est pas terminé. Si vous quittez maintenant, il s’arrête&#x202f;; un fichier partiellement envoyé devra être renvoyé.

Quitter quand même&#x202f;?</numerusform>
            <numerusform>%n envois ne sont pas terminés. Si vous quittez maintenant, ils s’arrêtent&#x202f;; les fichiers partiellement envoyés devront être renvoyés.

Quitter quand même&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) ready to watch</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n vidéo prête à regarder</numerusform>
            <numerusform>%n vidéos prêtes à regarder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) uploaded</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n vidéo mise en ligne</numerusform>
            <numerusform>%n vidéos mises en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n déjà en ligne</numerusform>
            <numerusform>%n déjà en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <comment>Units</comment>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n file(s)</source>
        <comment>BulkEdit</comment>
        <translation>
            <numerusform>Modifier %n fichier</numerusform>
            <numerusform>Modifier %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n file(s) if they were uploaded before</source>
        <comment>DuplicatePrompt</comment>
        <translation>
            <numerusform>Faire de même pour l’autre fichier (%n) s’il a déjà été mis en ligne</numerusform>
            <numerusform>Faire de même pour les %n autres fichiers s’ils ont déjà été mis en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list. They stay in History.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n vidéo terminée retirée de la liste. Elle reste dans l’historique.</numerusform>
            <numerusform>%n vidéos terminées retirées de la liste. Elles restent dans l’historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n vidéo terminée retirée de la liste.</numerusform>
            <numerusform>%n vidéos terminées retirées de la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s)</source>
        <comment>Watch</comment>
        <translation>
            <numerusform>%n dossier surveillé</numerusform>
            <numerusform>%n dossiers surveillés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The app ran into a problem it did not expect. Uploads that were running carry on if they can. If this keeps happening, please send the log file:
%1</source>
        <translation>L’application a rencontré un problème inattendu. Les envois en cours continuent s’ils le peuvent. Si cela se reproduit, merci d’envoyer le fichier journal&#xa0;:
%1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(pas de fichier journal)</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The upload has started: changes to the title, description, tags and privacy are sent to the video as you make them. The MP4 choice stays as it was.</source>
        <translation>L’envoi a commencé&#xa0;: vos changements de titre, description, tags et visibilité sont transmis à la vidéo au fur et à mesure. Le choix du MP4 reste tel quel.</translation>
    </message>
    <message>
        <source>The video was uploaded with these details.</source>
        <translation>La vidéo a été mise en ligne avec ces informations.</translation>
    </message>
    <message>
        <source>Changes to the title, description, tags and privacy are sent to the video as you make them.</source>
        <translation>Vos changements de titre, description, tags et visibilité sont transmis à la vidéo au fur et à mesure.</translation>
    </message>
    <message>
        <source>This file was already on api.video, so it was not sent again: these links lead to that video. Choose Retry to upload it anyway.</source>
        <translation>Ce fichier était déjà sur api.video, il n’a donc pas été renvoyé&#xa0;: ces liens mènent à cette vidéo. Choisissez Réessayer pour l’envoyer quand même.</translation>
    </message>
    <message>
        <source>Optional: what is this video about?</source>
        <translation>Facultatif&#xa0;: de quoi parle cette vidéo&#x202f;?</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>Séparés par des virgules, p. ex. voyage, 2026</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Votre vidéo</translation>
    </message>
    <message>
        <source>Player link</source>
        <translation>Lien du lecteur</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the player link, to paste in a message or a post</source>
        <translation>Copier le lien du lecteur, à coller dans un message ou une publication</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Copier le code d’intégration</translation>
    </message>
    <message>
        <source>Copy the &lt;iframe&gt; code that puts the player on a page</source>
        <translation>Copier le code &lt;iframe&gt; qui place le lecteur sur une page</translation>
    </message>
    <message>
        <source>Copy HLS URL</source>
        <translation>Copier l’URL HLS</translation>
    </message>
    <message>
        <source>Copy the stream address for your own player</source>
        <translation>Copier l’adresse du flux pour votre propre lecteur</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>The title viewers see</source>
        <translation>Le titre que verront les spectateurs</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Anyone with the link can watch it.</source>
        <translation>Toute personne ayant le lien peut la regarder.</translation>
    </message>
    <message>
        <source>Also make a downloadable MP4</source>
        <translation>Proposer aussi un MP4 téléchargeable</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Aucun fichier sélectionné</translation>
    </message>
    <message>
        <source>Select a file in the list to see its details.</source>
        <translation>Sélectionnez un fichier dans la liste pour voir ses détails.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>Code d’intégration copié.</translation>
    </message>
    <message>
        <source>HLS URL copied.</source>
        <translation>URL HLS copiée.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop videos here</source>
        <translation>Déposez vos vidéos ici</translation>
    </message>
    <message>
        <source>Files or whole folders. Large videos are sent in parts and survive a lost connection.</source>
        <translation>Des fichiers ou des dossiers entiers. Les grosses vidéos sont envoyées par parties et résistent à une coupure de connexion.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>Ajouter des vidéos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>Already uploaded</source>
        <translation>Déjà en ligne</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Upload it again as a new video, skip it, or open the video already there.</source>
        <translation>L’envoyer à nouveau comme nouvelle vidéo, l’ignorer, ou ouvrir la vidéo déjà en ligne.</translation>
    </message>
    <message>
        <source>Upload again</source>
        <translation>Envoyer à nouveau</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Démo locale</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <source>Sandbox · test only</source>
        <translation>Sandbox · tests uniquement</translation>
    </message>
    <message>
        <source>Local demo · nothing leaves this computer</source>
        <translation>Démo locale · rien ne quitte cet ordinateur</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>Videos go to your live api.video account.</source>
        <translation>Les vidéos partent sur votre compte api.video réel.</translation>
    </message>
    <message>
        <source>Sandbox videos are limited to 30 seconds, watermarked, and deleted after 24 hours.</source>
        <translation>Les vidéos Sandbox sont limitées à 30 secondes, filigranées et supprimées au bout de 24 heures.</translation>
    </message>
    <message>
        <source>Uploads go to a practice server running inside this app; nothing is published.</source>
        <translation>Les envois partent vers un serveur d’entraînement intégré à l’application&#x202f;; rien n’est publié.</translation>
    </message>
    <message>
        <source>Uploads go to a server address you entered.</source>
        <translation>Les envois partent vers l’adresse de serveur que vous avez saisie.</translation>
    </message>
    <message>
        <source>the file name, tidied (holiday_in_rome.mp4 → holiday in rome)</source>
        <translation>le nom du fichier, mis au propre (vacances_a_rome.mp4 → vacances a rome)</translation>
    </message>
    <message>
        <source>the file name as it is, without its extension</source>
        <translation>le nom du fichier tel quel, sans son extension</translation>
    </message>
    <message>
        <source>the name of the folder holding the file</source>
        <translation>le nom du dossier qui contient le fichier</translation>
    </message>
    <message>
        <source>today&apos;s date (2026-11-29)</source>
        <translation>la date du jour (2026-11-29)</translation>
    </message>
    <message>
        <source>the file&apos;s number in the drop (1, 2, 3…)</source>
        <translation>le numéro du fichier dans le dépôt (1, 2, 3…)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentSession</name>
    <message>
        <source>Add your api.video API key to start uploading.</source>
        <translation>Ajoutez votre clé API api.video pour commencer les envois.</translation>
    </message>
    <message>
        <source>Add your API key for %1 to start uploading.</source>
        <translation>Ajoutez votre clé API pour %1 pour commencer les envois.</translation>
    </message>
    <message>
        <source>Your API key is kept for this session only: the system keyring is not available, so you will be asked for the key again next time.</source>
        <translation>Votre clé API n’est conservée que pour cette session&#xa0;: le trousseau du système n’est pas disponible, elle vous sera donc redemandée la prochaine fois.</translation>
    </message>
    <message>
        <source>The upload address in Settings cannot be used: %1</source>
        <translation>L’adresse d’envoi indiquée dans les paramètres est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Add your API key</source>
        <translation>Ajouter votre clé API</translation>
    </message>
    <message>
        <source>Try it with no account</source>
        <translation>Essayer sans compte</translation>
    </message>
    <message>
        <source>This is the demo: videos go to a practice server on this computer and nothing reaches api.video. Add your API key to upload for real.</source>
        <translation>Ceci est la démo : les vidéos vont vers un serveur d’essai sur cet ordinateur et rien n’arrive chez api.video. Ajoutez votre clé API pour mettre en ligne pour de vrai.</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Aucun environnement</translation>
    </message>
    <message>
        <source>Could not read the unfinished uploads saved on this computer, so they are not listed now. Nothing was deleted.</source>
        <translation>Impossible de lire les envois inachevés enregistrés sur cet ordinateur, ils ne sont donc pas affichés pour l’instant. Rien n’a été supprimé.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where the logs are</source>
        <translation>Où se trouve le journal</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Tab	Move between the toolbar, the list and the details</source>
        <translation>Tab	Passer de la barre d’outils à la liste, puis aux détails</translation>
    </message>
    <message>
        <source>No log file is kept this time.</source>
        <translation>Aucun fichier journal n’est tenu cette fois-ci.</translation>
    </message>
    <message>
        <source>The log is written to:
%1</source>
        <translation>Le journal est enregistré ici&#xa0;:
%1</translation>
    </message>
    <message>
        <source>It never holds your API key. Send it along when you report a problem.</source>
        <translation>Il ne contient jamais votre clé API. Joignez-le quand vous signalez un problème.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Uploads your videos to api.video, and picks up where it stopped when the connection drops or the computer sleeps.</source>
        <translation>Envoie vos vidéos sur api.video et reprend là où il s’était arrêté quand la connexion coupe ou que l’ordinateur se met en veille.</translation>
    </message>
</context>
<context>
    <name>HistoryEdits</name>
    <message>
        <source>Delete this video?</source>
        <translation>Supprimer cette vidéo&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” will be deleted from api.video and its links will stop working.

You can restore it from Recently deleted for %2 days.</source>
        <translation>«&#xa0;%1&#xa0;» sera supprimée d’api.video et ses liens ne fonctionneront plus.

Vous pourrez la restaurer depuis Supprimées récemment pendant %2&#xa0;jours.</translation>
    </message>
    <message>
        <source>Deleted — can be restored until %1</source>
        <translation>Supprimée — restaurable jusqu’au %1</translation>
    </message>
    <message>
        <source>The video&apos;s details were saved.</source>
        <translation>Les détails de la vidéo sont enregistrés.</translation>
    </message>
    <message>
        <source>The video was deleted. Restore it from Recently deleted.</source>
        <translation>La vidéo est supprimée. Restaurez-la depuis Supprimées récemment.</translation>
    </message>
    <message>
        <source>The video was restored.</source>
        <translation>La vidéo est restaurée.</translation>
    </message>
    <message>
        <source>The details were not saved: %1</source>
        <translation>Les détails n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The video was not deleted: %1</source>
        <translation>La vidéo n’a pas été supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The video was not restored: %1</source>
        <translation>La vidéo n’a pas été restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit video details</source>
        <translation>Modifier les détails de la vidéo</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Supprimées récemment</translation>
    </message>
    <message>
        <source>Show the videos deleted in the last 90 days</source>
        <translation>Afficher les vidéos supprimées ces 90 derniers jours</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les détails…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Captions &amp; thumbnail…</source>
        <translation>Sous-titres et miniature…</translation>
    </message>
    <message>
        <source>Show the video in the queue, where captions, chapters and a new thumbnail can be added</source>
        <translation>Afficher la vidéo dans la file, où ajouter sous-titres, chapitres et une nouvelle miniature</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>The history lives in the saved upload list. The local demo and sessions without a saved list keep none.</source>
        <translation>L’historique est tiré de la liste des envois enregistrée. La démo locale et les sessions sans liste enregistrée n’en gardent pas.</translation>
    </message>
    <message>
        <source>Finished and failed uploads appear here, with their links.</source>
        <translation>Les envois terminés ou en échec apparaissent ici, avec leurs liens.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>Rechercher dans les titres et les noms de fichier</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Copier le code d’intégration</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>Code d’intégration copié.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The environment can be changed when no upload is in progress (paused ones included).</source>
        <translation>L’environnement ne peut être changé que lorsqu’aucun envoi n’est en cours (y compris en pause).</translation>
    </message>
    <message>
        <source>Uploads are still running</source>
        <translation>Des envois sont encore en cours</translation>
    </message>
    <message>
        <source>Could not check whether “%1” was uploaded before; uploading it anyway.</source>
        <translation>Impossible de vérifier si «&#xa0;%1&#xa0;» a déjà été mis en ligne&#x202f;; il est envoyé quand même.</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>File d’attente des envois</translation>
    </message>
    <message>
        <source>Uploading to</source>
        <translation>Envoi vers</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Details of the video</source>
        <translation>Détails de la vidéo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>Ajouter des vidéos</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>Voir pourquoi</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Fichiers ignorés</translation>
    </message>
    <message>
        <source>Only video files are added. Open the details to see why each file was left out.</source>
        <translation>Seuls les fichiers vidéo sont ajoutés. Ouvrez les détails pour voir pourquoi chaque fichier a été écarté.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>Cancel every upload?</source>
        <translation>Annuler tous les envois&#x202f;?</translation>
    </message>
    <message>
        <source>Files that were partly sent must be uploaded again.</source>
        <translation>Les fichiers partiellement envoyés devront être renvoyés.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Ready to watch</source>
        <translation>Prête à regarder</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <source>All uploads finished</source>
        <translation>Tous les envois sont terminés</translation>
    </message>
    <message>
        <source>Uploads finished, some still waiting</source>
        <translation>Envois terminés, certains attendent encore</translation>
    </message>
    <message>
        <source>“%1” is ready to watch.</source>
        <translation>«&#xa0;%1&#xa0;» est prête à être regardée.</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être envoyé.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>The API key was refused. Check that it is the key for this environment.</source>
        <translation>La clé API a été refusée. Vérifiez qu’il s’agit bien de la clé de cet environnement.</translation>
    </message>
    <message>
        <source>The upload token was refused: it may have expired or been deleted.</source>
        <translation>Le jeton d’envoi a été refusé&#xa0;: il a peut-être expiré ou été supprimé.</translation>
    </message>
    <message>
        <source>api.video refused access for this account: {reason}</source>
        <translation>api.video a refusé l’accès pour ce compte&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>api.video asked us to slow down; waiting before the next request.</source>
        <translation>api.video demande de ralentir&#x202f;; attente avant la prochaine requête.</translation>
    </message>
    <message>
        <source>The server had a problem ({status}). It will be tried again.</source>
        <translation>Le serveur a rencontré un problème ({status}). Un nouvel essai aura lieu.</translation>
    </message>
    <message>
        <source>The video no longer exists on api.video (it may have been deleted).</source>
        <translation>La vidéo n’existe plus sur api.video (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>The server does not offer this request; check the server address.</source>
        <translation>Le serveur ne propose pas cette requête&#x202f;; vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>api.video refused the upload: {reason}</source>
        <translation>api.video a refusé l’envoi&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The server sent an answer the uploader cannot read.</source>
        <translation>Le serveur a envoyé une réponse illisible pour l’application.</translation>
    </message>
    <message>
        <source>The server sent an answer far larger than any api.video answer.</source>
        <translation>Le serveur a envoyé une réponse bien plus volumineuse que n’importe quelle réponse d’api.video.</translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere ({where}). The uploader does not follow redirects, so your key stays with this server: check the server address.</source>
        <translation>Le serveur a tenté de rediriger la requête ailleurs ({where}). L’application ne suit pas les redirections, afin que votre clé reste sur ce serveur&#xa0;: vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Give either an API key or an upload token.</source>
        <translation>Indiquez soit une clé API, soit un jeton d’envoi.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the internet connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez la connexion Internet.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {address}. Check the server address and the internet connection.</source>
        <translation>Impossible de joindre le serveur à l’adresse {address}. Vérifiez l’adresse du serveur et la connexion Internet.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the internet connection.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez la connexion Internet.</translation>
    </message>
    <message>
        <source>Nothing moved for {seconds} s: the connection stalled. Check the internet connection.</source>
        <translation>Plus rien ne bougeait depuis {seconds}&#xa0;s&#xa0;: la connexion s’est figée. Vérifiez la connexion Internet.</translation>
    </message>
    <message>
        <source>{cause} Gave up after {attempts} attempts.</source>
        <translation>{cause} Abandon après {attempts} tentatives.</translation>
    </message>
    <message>
        <source>The file was moved or deleted during the upload.</source>
        <translation>Le fichier a été déplacé ou supprimé pendant l’envoi.</translation>
    </message>
    <message>
        <source>The file changed on disk during the upload; upload it again when it is final.</source>
        <translation>Le fichier a été modifié sur le disque pendant l’envoi&#x202f;; renvoyez-le une fois finalisé.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied).</source>
        <translation>Le fichier ne peut pas être lu (accès refusé).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Il s’agit d’un dossier, pas d’un fichier.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a video file ({what}).</source>
        <translation>Ce fichier ne ressemble pas à une vidéo ({what}).</translation>
    </message>
    <message>
        <source>The file is {size}; api.video accepts videos of up to {limit}.</source>
        <translation>Le fichier fait {size}&#x202f;; api.video accepte les vidéos jusqu’à {limit}.</translation>
    </message>
    <message>
        <source>This is a {what}, not a regular file, so it cannot be uploaded.</source>
        <translation>Il s’agit d’un élément de type «&#xa0;{what}&#xa0;», pas d’un fichier ordinaire&#xa0;: il ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>This link leads round in a circle and never reaches a file.</source>
        <translation>Ce lien tourne en rond et ne mène jamais à un fichier.</translation>
    </message>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>Le fichier ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>This folder cannot be opened ({error}).</source>
        <translation>Ce dossier ne peut pas être ouvert ({error}).</translation>
    </message>
    <message>
        <source>Only the first {limit} files were added; add the rest separately.</source>
        <translation>Seuls les {limit} premiers fichiers ont été ajoutés&#x202f;; ajoutez les autres séparément.</translation>
    </message>
    <message>
        <source>This file cannot be uploaded.</source>
        <translation>Ce fichier ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>L’envoi a été annulé.</translation>
    </message>
    <message>
        <source>The server answered with another video than the one uploaded.</source>
        <translation>Le serveur a répondu avec une autre vidéo que celle envoyée.</translation>
    </message>
    <message>
        <source>The connection dropped just after the start of the file was sent with the upload token, so api.video may already have made a video of it. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>La connexion a été coupée juste après l’envoi du début du fichier avec le jeton d’envoi, api.video en a donc peut-être déjà fait une vidéo. Vérifiez la liste des vidéos sur api.video avant de réessayer, pour ne pas créer la vidéo en double.</translation>
    </message>
    <message>
        <source>The server refused part of the file as already received, although it had never been sent, so the upload is not complete. Try again later.</source>
        <translation>Le serveur a refusé une partie du fichier comme déjà reçue alors qu’elle n’avait jamais été envoyée, l’envoi n’est donc pas complet. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file, and an upload token cannot ask it. Try the upload again: what the server already has is not sent twice.</source>
        <translation>Le serveur n’a pas confirmé avoir reçu le fichier entier, et un jeton d’envoi ne permet pas de le lui demander. Relancez l’envoi&#xa0;: ce que le serveur a déjà reçu ne sera pas renvoyé.</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file. Try the upload again.</source>
        <translation>Le serveur n’a pas confirmé avoir reçu le fichier entier. Relancez l’envoi.</translation>
    </message>
    <message>
        <source>The connection dropped while the video was being created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>La connexion a été coupée pendant la création de la vidéo. Vérifiez la liste des vidéos sur api.video avant de réessayer, pour ne pas créer la vidéo en double.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to creating the video could not be read, so it may have been created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>La réponse du serveur à la création de la vidéo est illisible, la vidéo a donc peut-être été créée. Vérifiez la liste des vidéos sur api.video avant de réessayer, pour ne pas créer la vidéo en double.</translation>
    </message>
    <message>
        <source>The server&apos;s record of the parts already sent fits no part size, so the upload cannot be continued safely. Upload the file again as a new video.</source>
        <translation>Le relevé des parties déjà envoyées tenu par le serveur ne correspond à aucune taille de partie, l’envoi ne peut donc pas reprendre sans risque. Renvoyez le fichier comme nouvelle vidéo.</translation>
    </message>
    <message>
        <source>Links are not available with an upload token; find the video in your api.video dashboard.</source>
        <translation>Les liens ne sont pas disponibles avec un jeton d’envoi&#x202f;; retrouvez la vidéo dans votre tableau de bord api.video.</translation>
    </message>
    <message>
        <source>“{name}” changed since it was queued, so nothing more of it was sent. Upload it again as a new video if the new version is the one you want.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié depuis son ajout à la file, rien de plus n’a donc été envoyé. Renvoyez-le comme nouvelle vidéo si c’est la nouvelle version que vous voulez.</translation>
    </message>
    <message>
        <source>“{name}” is no longer at {path} or cannot be read, so nothing more of it was sent. Put it back to continue, or remove it from the queue.</source>
        <translation>«&#xa0;{name}&#xa0;» ne se trouve plus dans {path} ou ne peut pas être lu, rien de plus n’a donc été envoyé. Remettez-le en place pour continuer, ou retirez-le de la file.</translation>
    </message>
    <message>
        <source>The upload list could not be saved ({error}), so the upload was stopped to keep its progress honest. Free some disk space and continue.</source>
        <translation>La liste des envois n’a pas pu être enregistrée ({error}), l’envoi a donc été arrêté pour que son avancement reste exact. Libérez de l’espace disque puis continuez.</translation>
    </message>
    <message>
        <source>“{name}” cannot be continued safely: the server&apos;s record of its parts does not match the part size it was started with, so nothing more was sent.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas reprendre sans risque&#xa0;: le relevé de ses parties tenu par le serveur ne correspond pas à la taille de partie choisie au départ, rien de plus n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>Replaced by an upload of the changed file as a new video.</source>
        <translation>Remplacé par l’envoi du fichier modifié comme nouvelle vidéo.</translation>
    </message>
    <message>
        <source>Uploading while recording needs an API key: an upload token cannot ask api.video which parts it already holds.</source>
        <translation>L’envoi pendant l’enregistrement demande une clé API&#xa0;: un jeton d’envoi ne peut pas demander à api.video quelles parties il a déjà reçues.</translation>
    </message>
    <message>
        <source>The recording could not be uploaded as it was written.</source>
        <translation>L’enregistrement n’a pas pu être envoyé tel qu’il a été écrit.</translation>
    </message>
    <message>
        <source>“{name}” was queued to upload with {wanted}, but {given} was given to continue it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été mis en file pour être envoyé avec {wanted}, mais {given} a été fourni pour le poursuivre.</translation>
    </message>
    <message>
        <source>{app} is already running and uploading this queue. Switch to that window, or wait until it has finished.</source>
        <translation>{app} est déjà ouvert et envoie cette file d’attente. Passez à cette fenêtre, ou attendez qu’il ait terminé.</translation>
    </message>
    <message>
        <source>The upload list at {path} was saved by a newer version of {app}. Install that version again to continue those uploads; the file was left as it is.</source>
        <translation>La liste des envois située dans {path} a été enregistrée par une version plus récente de {app}. Réinstallez cette version pour poursuivre ces envois&#x202f;; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>the upload list there cannot be opened or written (a read-only or full disk, or no permission)</source>
        <translation>la liste des envois ne peut pas y être ouverte ni écrite (disque plein ou en lecture seule, ou droits insuffisants)</translation>
    </message>
    <message>
        <source>The saved upload list could not be read, so a new one was started. The old file was kept as {path}.</source>
        <translation>La liste des envois enregistrée était illisible, une nouvelle a donc été commencée. L’ancien fichier a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>The upload is complete; api.video is still encoding it. Open the link later to watch it.</source>
        <translation>L’envoi est terminé&#x202f;; api.video est encore en train de l’encoder. Ouvrez le lien un peu plus tard pour la regarder.</translation>
    </message>
    <message>
        <source>api.video could not encode this video ({qualities} failed).</source>
        <translation>api.video n’a pas pu encoder cette vidéo (échec pour {qualities}).</translation>
    </message>
    <message>
        <source>With an upload token, api.video cannot tell whether a file was uploaded before, so duplicates are not checked.</source>
        <translation>Avec un jeton d’envoi, api.video ne peut pas dire si un fichier a déjà été mis en ligne, les doublons ne sont donc pas vérifiés.</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>Ignoré&#xa0;: déjà en ligne sous le titre «&#xa0;{title}&#xa0;» ({date}).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; give the API key separately.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe&#x202f;; indiquez la clé API à part.</translation>
    </message>
    <message>
        <source>“{url}” has no usable port: a port is a number from 1 to 65535.</source>
        <translation>«&#xa0;{url}&#xa0;» n’a pas de port utilisable&#xa0;: un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#” parts; give only the server and, if needed, a path.</source>
        <translation>L’adresse ne doit pas contenir de partie «&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;»&#x202f;; indiquez seulement le serveur et, si besoin, un chemin.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it should start with https://).</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une adresse web (elle doit commencer par https://).</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (127.0.0.1 or localhost); use an https:// address.</source>
        <translation>Le http simple n’est autorisé que pour cet ordinateur (127.0.0.1 ou localhost)&#x202f;; utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>“{text}” is not a size; write it like 50MiB, 1GiB or a number of bytes.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une taille&#x202f;; écrivez par exemple 50MiB, 1GiB ou un nombre d’octets.</translation>
    </message>
    <message>
        <source>“{text}” is not a speed; write it like 5MB/s, 800kB/s, 2MiB/s or a number of bytes per second.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une vitesse&#x202f;; écrivez par exemple 5MB/s, 800kB/s, 2MiB/s ou un nombre d’octets par seconde.</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>Aucun trousseau système n’est disponible, les clés API ne sont donc gardées qu’en mémoire et vous seront redemandées au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>The system keyring stopped working ({error}), so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>Le trousseau du système a cessé de fonctionner ({error}), les clés API ne sont donc gardées qu’en mémoire et vous seront redemandées au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). The details are in the log file.</source>
        <translation>Un problème inattendu est survenu ({kind}). Les détails se trouvent dans le journal.</translation>
    </message>
    <message>
        <source>Waiting to send again ({cause}).</source>
        <translation>En attente d’un nouvel envoi ({cause}).</translation>
    </message>
    <message>
        <source>it looks like an image ({format})</source>
        <translation>on dirait une image ({format})</translation>
    </message>
    <message>
        <source>it looks like an audio file ({format})</source>
        <translation>on dirait un fichier audio ({format})</translation>
    </message>
    <message>
        <source>it looks like a document ({format})</source>
        <translation>on dirait un document ({format})</translation>
    </message>
    <message>
        <source>it looks like an archive ({format})</source>
        <translation>on dirait une archive ({format})</translation>
    </message>
    <message>
        <source>it looks like a program ({format})</source>
        <translation>on dirait un programme ({format})</translation>
    </message>
    <message>
        <source>it looks like a database ({format})</source>
        <translation>on dirait une base de données ({format})</translation>
    </message>
    <message>
        <source>it looks like a file of another kind ({format})</source>
        <translation>on dirait un fichier d’un autre type ({format})</translation>
    </message>
    <message>
        <source>it looks like an image</source>
        <translation>on dirait une image</translation>
    </message>
    <message>
        <source>it looks like an audio file</source>
        <translation>on dirait un fichier audio</translation>
    </message>
    <message>
        <source>it looks like a document</source>
        <translation>on dirait un document</translation>
    </message>
    <message>
        <source>it looks like an archive</source>
        <translation>on dirait une archive</translation>
    </message>
    <message>
        <source>it looks like a program</source>
        <translation>on dirait un programme</translation>
    </message>
    <message>
        <source>it looks like a database</source>
        <translation>on dirait une base de données</translation>
    </message>
    <message>
        <source>it looks like text</source>
        <translation>on dirait du texte</translation>
    </message>
    <message>
        <source>it looks like a file of another kind</source>
        <translation>on dirait un fichier d’un autre type</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>tube nommé</translation>
    </message>
    <message>
        <source>device</source>
        <translation>périphérique</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>fichier spécial</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>une clé API</translation>
    </message>
    <message>
        <source>an upload token</source>
        <translation>un jeton d’envoi</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>connexion figée</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>réponse illisible</translation>
    </message>
    <message>
        <source>This computer is kept awake while uploads run</source>
        <translation>Cet ordinateur reste éveillé pendant les envois</translation>
    </message>
    <message>
        <source>Sleep can&apos;t be prevented on this system</source>
        <translation>La mise en veille ne peut pas être empêchée sur ce système</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>its format is not one we recognise</source>
        <translation>son format n’est pas reconnu</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restant</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Recording · {size} sent, waiting for more</source>
        <translation>Enregistrement · {size} transmis, en attente de la suite</translation>
    </message>
    <message>
        <source>Recording · {size} sent, sending</source>
        <translation>Enregistrement · {size} transmis, envoi en cours</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Waiting · still recording</source>
        <translation>En attente · enregistrement en cours</translation>
    </message>
    <message>
        <source>Its incomplete video was deleted.</source>
        <translation>Sa vidéo incomplète a été supprimée.</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted, so its title now begins with “{mark}”.</source>
        <translation>Sa vidéo incomplète n’a pas pu être supprimée&#xa0;: son titre commence maintenant par «&#xa0;{mark}&#xa0;».</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted or renamed (it was never completed): delete it on api.video.</source>
        <translation>Sa vidéo incomplète n’a pu être ni supprimée ni renommée (elle n’a jamais été terminée)&#xa0;: supprimez-la sur api.video.</translation>
    </message>
    <message>
        <source>The file disappeared before the recording ended ({sent} sent). Nothing was lost: put it back and choose Retry to continue.</source>
        <translation>Le fichier a disparu avant la fin de l’enregistrement ({sent} transmis). Rien n’est perdu&#xa0;: remettez-le en place et choisissez Réessayer pour continuer.</translation>
    </message>
    <message>
        <source>The file became shorter while it was recorded ({on_disk} on disk, {sent} already sent), so what was sent no longer matches it. The file was left as it is: upload it again once the recording is finished.</source>
        <translation>Le fichier a raccourci pendant l’enregistrement ({on_disk} sur le disque, {sent} déjà transmis)&#xa0;: ce qui a été envoyé ne lui correspond plus. Le fichier est laissé tel quel&#xa0;: envoyez-le de nouveau une fois l’enregistrement terminé.</translation>
    </message>
    <message>
        <source>The recording grew past what one api.video video can hold ({sent} sent). Record in shorter pieces.</source>
        <translation>L’enregistrement dépasse ce qu’une vidéo api.video peut contenir ({sent} transmis). Enregistrez en morceaux plus courts.</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed. Is it still being recorded? Upload it again once it is finished, with a longer settle time in the settings if the recorder pauses.</source>
        <translation>Le fichier a changé après la fin de son envoi. Est-il encore en cours d’enregistrement&#xa0;? Envoyez-le de nouveau une fois terminé, avec un délai de fin plus long dans les réglages si l’enregistreur fait des pauses.</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped, so the {sent} sent while it recorded no longer matched it. Uploading the finished file as a new video did not succeed.</source>
        <translation>L’enregistreur a réécrit le début du fichier en s’arrêtant, si bien que ce qui avait été transmis pendant l’enregistrement ({sent}) ne lui correspondait plus. L’envoi du fichier terminé comme nouvelle vidéo n’a pas abouti.</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed, so it was uploaded again as a new video once it stopped changing.</source>
        <translation>Le fichier a changé après la fin de son envoi&#xa0;: il a été envoyé de nouveau, comme nouvelle vidéo, une fois stabilisé.</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped: the finished file was uploaded again as a new video.</source>
        <translation>L’enregistreur a réécrit le début du fichier en s’arrêtant&#xa0;: le fichier terminé a été envoyé de nouveau comme nouvelle vidéo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The local demo needs no account: its key is filled in for you.</source>
        <translation>La démo locale ne demande aucun compte&#xa0;: sa clé est remplie pour vous.</translation>
    </message>
    <message>
        <source>Keys are kept in %1.</source>
        <translation>Les clés sont conservées dans %1.</translation>
    </message>
    <message>
        <source>Your API keys are in the api.video dashboard, under “API keys”:</source>
        <translation>Vos clés API se trouvent dans le tableau de bord api.video, rubrique «&#xa0;API keys&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Keep this computer awake while uploading</source>
        <translation>Garder cet ordinateur éveillé pendant les envois</translation>
    </message>
    <message>
        <source>An upload token lets this app upload videos without your API key, and nothing else: it cannot list your videos or follow their encoding, so earlier uploads are not looked for and a video shows as “Uploaded” rather than “Ready to watch”. The dashboard makes them, under “Upload tokens”; use one when someone shares a token with you.</source>
        <translation>Un jeton d’envoi permet à cette application de mettre des vidéos en ligne sans votre clé API, et rien d’autre : il ne peut ni lister vos vidéos ni suivre leur encodage. Les envois précédents ne sont donc pas recherchés et une vidéo s’affiche « Envoyée » plutôt que « Prête à regarder ». Le tableau de bord les crée, sous « Upload tokens » ; utilisez-en un quand quelqu’un vous partage un jeton.</translation>
    </message>
    <message>
        <source>Your computer’s password store (on Linux the “Secret Service”, such as GNOME Keyring or KWallet; on macOS the Keychain; on Windows the Credential Manager). It keeps the key locked with your login, and this app never writes it to a file or a log.</source>
        <translation>Le coffre à mots de passe de votre ordinateur (sous Linux le « Secret Service », par exemple GNOME Keyring ou KWallet ; sous macOS le Trousseau ; sous Windows le Gestionnaire d’identification). Il garde la clé verrouillée avec votre session, et cette application ne l’écrit jamais dans un fichier ni dans un journal.</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Where videos go</source>
        <translation>Destination des vidéos</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Your api.video key</source>
        <translation>Votre clé api.video</translation>
    </message>
    <message>
        <source>Use an upload token instead of a key</source>
        <translation>Utiliser un jeton d’envoi plutôt qu’une clé</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Large files are sent in parts of this size. Smaller parts lose less when the connection drops; larger parts need fewer requests.</source>
        <translation>Les gros fichiers sont envoyés par parties de cette taille. Des parties plus petites perdent moins en cas de coupure&#x202f;; des parties plus grandes demandent moins de requêtes.</translation>
    </message>
    <message>
        <source>Part size</source>
        <translation>Taille des parties</translation>
    </message>
    <message>
        <source>Files at once</source>
        <translation>Fichiers simultanés</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>Limiter la vitesse d’envoi</translation>
    </message>
    <message>
        <source>Keep some of your connection for other things. The limit covers all uploads together and applies at once, even to uploads already running.</source>
        <translation>Gardez une partie de votre connexion pour autre chose. La limite s’applique à l’ensemble des envois et prend effet immédiatement, même pour les envois déjà en cours.</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Notify me when a video is ready to watch or an upload fails</source>
        <translation>Me prévenir quand une vidéo est prête à regarder ou qu’un envoi échoue</translation>
    </message>
    <message>
        <source>A computer that goes to sleep stops its uploads; they continue when it wakes.</source>
        <translation>Un ordinateur qui se met en veille interrompt ses envois&#x202f;; ils reprennent à son réveil.</translation>
    </message>
    <message>
        <source>New videos in this environment</source>
        <translation>Nouvelles vidéos dans cet environnement</translation>
    </message>
    <message>
        <source>Words in braces are filled in for each file:</source>
        <translation>Les mots entre accolades sont remplacés pour chaque fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>Séparés par des virgules, p. ex. voyage, 2026</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Public: anyone with the link can watch</source>
        <translation>Publique&#xa0;: visible par toute personne ayant le lien</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Show the app in</source>
        <translation>Afficher l’application en</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Upload token</source>
        <translation>Jeton d’envoi</translation>
    </message>
</context>
<context>
    <name>StateAnnouncer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Checking for an earlier upload</source>
        <translation>Recherche d’un envoi précédent</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Prête à regarder</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Already uploaded</source>
        <translation>Déjà en ligne</translation>
    </message>
    <message>
        <source>Waits for its environment</source>
        <translation>Attend son environnement</translation>
    </message>
    <message>
        <source>server error {status}</source>
        <translation>erreur du serveur {status}</translation>
    </message>
    <message>
        <source>nothing moved for {time}</source>
        <translation>plus rien ne bouge depuis {time}</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>connexion figée</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>réponse illisible</translation>
    </message>
    <message>
        <source>Waiting for network · retrying</source>
        <translation>En attente du réseau · nouvel essai</translation>
    </message>
    <message>
        <source>Waiting for network · retrying now</source>
        <translation>En attente du réseau · nouvel essai maintenant</translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>Nouvel essai maintenant</translation>
    </message>
    <message>
        <source>Waiting for network · retrying in {time}</source>
        <translation>En attente du réseau · nouvel essai dans {time}</translation>
    </message>
    <message>
        <source>Retrying in {time}</source>
        <translation>Nouvel essai dans {time}</translation>
    </message>
    <message>
        <source>attempt {n}: {cause}</source>
        <translation>tentative {n}&#xa0;: {cause}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>tentative {n}</translation>
    </message>
    <message>
        <source>{what} ({why})</source>
        <translation>{what} ({why})</translation>
    </message>
    <message>
        <source>{size} to send again</source>
        <translation>{size} à renvoyer</translation>
    </message>
    <message>
        <source>{quality} ready</source>
        <translation>{quality} prête</translation>
    </message>
    <message>
        <source>encoding {quality}</source>
        <translation>encodage {quality}</translation>
    </message>
    <message>
        <source>waiting to encode</source>
        <translation>en attente d’encodage</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>Ignoré&#xa0;: déjà en ligne sous le titre «&#xa0;{title}&#xa0;» ({date}).</translation>
    </message>
    <message>
        <source>Already uploaded on {date} as “{title}”.</source>
        <translation>Déjà en ligne sous le titre «&#xa0;{title}&#xa0;» ({date}).</translation>
    </message>
    <message>
        <source>{state} · {detail}</source>
        <translation>{state} · {detail}</translation>
    </message>
    <message>
        <source>Failed — {why}</source>
        <translation>Échec — {why}</translation>
    </message>
    <message>
        <source>Waits for {place}</source>
        <translation>Attend {place}</translation>
    </message>
    <message>
        <source>Waiting for your API key (add it in Settings)</source>
        <translation>En attente de votre clé API (ajoutez-la dans les paramètres)</translation>
    </message>
</context>
<context>
    <name>TitleGuard</name>
    <message>
        <source>A video needs a title: the one it had is kept until you type another.</source>
        <translation>Une vidéo a besoin d’un titre&#xa0;: elle garde le sien tant que vous n’en tapez pas un autre.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>kB</source>
        <translation>ko</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>To</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1&#xa0;kbit/s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1&#xa0;Mbit/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
</context>
<context>
    <name>UploadManager</name>
    <message>
        <source>The upload stopped.</source>
        <translation>L’envoi s’est arrêté.</translation>
    </message>
    <message>
        <source>The upload could not start: no room for its working files (%1).</source>
        <translation>L’envoi n’a pas pu démarrer&#xa0;: pas de place pour ses fichiers de travail (%1).</translation>
    </message>
</context>
<context>
    <name>VideoEdits</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send the title, description, tags and privacy again</source>
        <translation>Renvoyer le titre, la description, les tags et la visibilité</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept for when the video is created.</source>
        <translation>Gardé pour la création de la vidéo.</translation>
    </message>
    <message>
        <source>This video is on %1: switch to it to change the video.</source>
        <translation>Cette vidéo est sur %1&#xa0;: passez-y pour la modifier.</translation>
    </message>
    <message>
        <source>api.video can&apos;t be reached now. It is sent when the network is back.</source>
        <translation>api.video est injoignable pour le moment. Ce sera envoyé au retour du réseau.</translation>
    </message>
    <message>
        <source>the video is no longer on api.video (it was deleted).</source>
        <translation>la vidéo n’est plus sur api.video (elle a été supprimée).</translation>
    </message>
    <message>
        <source>changing a video needs an API key; an upload token can only upload.</source>
        <translation>modifier une vidéo demande une clé API&#xa0;; un jeton d’envoi permet seulement d’envoyer.</translation>
    </message>
    <message>
        <source>a video needs a title.</source>
        <translation>une vidéo a besoin d’un titre.</translation>
    </message>
    <message>
        <source>api.video refused the change.</source>
        <translation>api.video a refusé la modification.</translation>
    </message>
    <message>
        <source>api.video refused the change: %1</source>
        <translation>api.video a refusé la modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>The folder “%1” cannot be watched (%2). Check that it exists.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être surveillé (%2). Vérifiez qu’il existe.</translation>
    </message>
    <message>
        <source>“%1” was uploaded and moved to %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été envoyé et déplacé vers %2.</translation>
    </message>
    <message>
        <source>“%1” was uploaded and deleted from this computer.</source>
        <translation>«&#xa0;%1&#xa0;» a été envoyé et supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” was kept: its video could not be watched yet, so it was not deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été gardé&#xa0;: sa vidéo n’était pas encore visionnable, il n’a donc pas été supprimé.</translation>
    </message>
    <message>
        <source>“%1” was kept where it is: it changed since it was sent.</source>
        <translation>«&#xa0;%1&#xa0;» a été laissé en place&#xa0;: il a changé depuis son envoi.</translation>
    </message>
    <message>
        <source>“%1” could not be moved or deleted (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pu être ni déplacé ni supprimé (%2).</translation>
    </message>
    <message>
        <source>“%1” was uploaded and kept.</source>
        <translation>«&#xa0;%1&#xa0;» a été envoyé et gardé.</translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <source>Watched folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>Every video that appears in these folders, or is there already and was never uploaded, is uploaded once while the app runs. Hidden files, unfinished downloads and other files are left alone.</source>
        <translation>Chaque vidéo qui apparaît dans ces dossiers, ou qui y est déjà sans avoir jamais été envoyée, est envoyée une fois tant que l’app est ouverte. Les fichiers cachés, les téléchargements inachevés et les autres fichiers sont ignorés.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Videos go to</source>
        <translation>Les vidéos vont vers</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Title: {name} is the file&apos;s name, {folder} its folder, {date} the day it is uploaded, {n} its number.</source>
        <translation>Titre&#xa0;: {name} est le nom du fichier, {folder} son dossier, {date} le jour de l’envoi, {n} son numéro.</translation>
    </message>
    <message>
        <source>Files still being written</source>
        <translation>Fichiers en cours d’écriture</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Finished after</source>
        <translation>Terminé après</translation>
    </message>
    <message>
        <source>A file written more recently than this is taken as still being recorded or copied: it is sent as it grows, and completed once it has not changed for this long.</source>
        <translation>Un fichier écrit plus récemment que cela est considéré comme encore en cours d’enregistrement ou de copie&#xa0;: il est envoyé à mesure qu’il grandit, et terminé quand il n’a plus changé pendant cette durée.</translation>
    </message>
    <message>
        <source>Files I add that are still being written also upload while they grow</source>
        <translation>Les fichiers que j’ajoute et qui sont encore en cours d’écriture s’envoient aussi à mesure qu’ils grandissent</translation>
    </message>
    <message>
        <source>Start at login, hidden in the tray, watching</source>
        <translation>Démarrer à l’ouverture de session, caché dans la zone de notification, en surveillant</translation>
    </message>
    <message>
        <source>Once a file is uploaded</source>
        <translation>Une fois un fichier envoyé</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>Le laisser où il est</translation>
    </message>
    <message>
        <source>Move it to a folder</source>
        <translation>Le déplacer vers un dossier</translation>
    </message>
    <message>
        <source>Delete it from this computer</source>
        <translation>Le supprimer de cet ordinateur</translation>
    </message>
    <message>
        <source>Folder for uploaded files</source>
        <translation>Dossier des fichiers envoyés</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Nothing is moved or deleted before api.video holds every byte. A file is deleted only once its video can be watched, and a file that changed since it was sent is always kept.</source>
        <translation>Rien n’est déplacé ni supprimé avant qu’api.video ait reçu chaque octet. Un fichier n’est supprimé qu’une fois sa vidéo visionnable, et un fichier modifié depuis son envoi est toujours gardé.</translation>
    </message>
    <message>
        <source>The environment in use</source>
        <translation>L’environnement utilisé</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <source>Move uploaded files to</source>
        <translation>Déplacer les fichiers envoyés vers</translation>
    </message>
    <message>
        <source>Choose the folder uploaded files are moved to.</source>
        <translation>Choisissez le dossier où déplacer les fichiers envoyés.</translation>
    </message>
    <message>
        <source>Uploaded files cannot be moved into a watched folder: choose another.</source>
        <translation>Les fichiers envoyés ne peuvent pas être déplacés dans un dossier surveillé&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Starting at login could not be set up (%1).</source>
        <translation>Le démarrage à l’ouverture de session n’a pas pu être configuré (%1).</translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>Aucun dossier n’est surveillé.</translation>
    </message>
    <message>
        <source>Watched folders…</source>
        <translation>Dossiers surveillés…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Upload here instead</source>
        <translation>Envoyer plutôt ici</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>Ajouter des vidéos…</translation>
    </message>
    <message>
        <source>Choose video files to upload</source>
        <translation>Choisir des fichiers vidéo à envoyer</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add every video in a folder and its sub-folders</source>
        <translation>Ajouter toutes les vidéos d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the selected uploads</source>
        <translation>Mettre en pause les envois sélectionnés</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Continue the selected uploads</source>
        <translation>Poursuivre les envois sélectionnés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>Arrêter les envois sélectionnés</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled uploads again</source>
        <translation>Relancer les envois sélectionnés en échec ou annulés</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Mettre en pause ou reprendre</translation>
    </message>
    <message>
        <source>Pause the selected uploads, or resume them if they are paused</source>
        <translation>Mettre en pause les envois sélectionnés, ou les reprendre s’ils sont en pause</translation>
    </message>
    <message>
        <source>Still recording</source>
        <translation>Enregistrement en cours</translation>
    </message>
    <message>
        <source>The file is still being recorded: send it as it grows, and complete it once it stops changing</source>
        <translation>Le fichier est encore en cours d’enregistrement&#xa0;: l’envoyer à mesure qu’il grandit, et le terminer quand il ne change plus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected files out of the list</source>
        <translation>Retirer les fichiers sélectionnés de la liste</translation>
    </message>
    <message>
        <source>Send the selected files to the environment in use now instead of the one they were added for</source>
        <translation>Envoyer les fichiers sélectionnés vers l’environnement actuel plutôt que vers celui pour lequel ils ont été ajoutés</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Upload the selected files sooner</source>
        <translation>Envoyer plus tôt les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Upload the selected files later</source>
        <translation>Envoyer plus tard les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Move to top</source>
        <translation>Placer en premier</translation>
    </message>
    <message>
        <source>Upload the selected files first</source>
        <translation>Mettre en ligne les fichiers sélectionnés en premier</translation>
    </message>
    <message>
        <source>Move to bottom</source>
        <translation>Placer en dernier</translation>
    </message>
    <message>
        <source>Upload the selected files last</source>
        <translation>Mettre en ligne les fichiers sélectionnés en dernier</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Relancer tous les échecs</translation>
    </message>
    <message>
        <source>Remove finished</source>
        <translation>Retirer les envois terminés</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Environment, API key and upload options</source>
        <translation>Environnement, clé API et options d’envoi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the player link of the selected video</source>
        <translation>Copier le lien du lecteur de la vidéo sélectionnée</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Show the videos uploaded before</source>
        <translation>Afficher les vidéos déjà envoyées</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>File d’&amp;attente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Upload to %1 instead</source>
        <translation>Envoyer plutôt vers %1</translation>
    </message>
</context>
</TS>
