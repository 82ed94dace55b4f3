<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>App</name>
    <message>
        <source>The upload list cannot be kept on disk (%1). Uploads work, but unfinished ones will not continue after the app closes.</source>
        <translation>Die Upload-Liste kann nicht auf dem Datenträger gespeichert werden (%1). Uploads funktionieren, aber unfertige werden nach dem Schließen der App nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>the local demo server could not start (%1).</source>
        <translation>der lokale Demo-Server konnte nicht starten (%1).</translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farbschema</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>cannot be read (moved, deleted, or no permission)</source>
        <translation>kann nicht gelesen werden (verschoben, gelöscht oder keine Berechtigung)</translation>
    </message>
    <message>
        <source>empty: there is no cue or chapter in it</source>
        <translation>leer: Es gibt darin keinen Untertitel und kein Kapitel</translation>
    </message>
    <message>
        <source>too large (api.video takes files of up to 8.39 MB)</source>
        <translation>zu groß (api.video nimmt Dateien bis 8,39 MB an)</translation>
    </message>
    <message>
        <source>not a subtitle file</source>
        <translation>keine Untertiteldatei</translation>
    </message>
    <message>
        <source>a cue&apos;s time cannot be used: it must end after it starts, with minutes and seconds up to 59</source>
        <translation>die Zeit eines Untertitels ist unbrauchbar: Er muss nach seinem Beginn enden, mit Minuten und Sekunden bis 59</translation>
    </message>
    <message>
        <source>not a chapter: write a time, then a title, e.g. “1:05 The idea”</source>
        <translation>kein Kapitel: Schreiben Sie eine Zeit und dann einen Titel, z. B. „1:05 Die Idee“</translation>
    </message>
    <message>
        <source>the first chapter must start at 0:00</source>
        <translation>das erste Kapitel muss bei 0:00 beginnen</translation>
    </message>
    <message>
        <source>each chapter must start after the one above it</source>
        <translation>jedes Kapitel muss nach dem darüber beginnen</translation>
    </message>
    <message>
        <source>not a JPEG, PNG or WebP image</source>
        <translation>kein JPEG-, PNG- oder WebP-Bild</translation>
    </message>
    <message>
        <source>refused by api.video: %1</source>
        <translation>von api.video abgelehnt: %1</translation>
    </message>
    <message>
        <source>not sent: the video no longer exists on api.video</source>
        <translation>nicht gesendet: Das Video existiert auf api.video nicht mehr</translation>
    </message>
    <message>
        <source>not sent: captions, chapters and thumbnails need an API key, not an upload token</source>
        <translation>nicht gesendet: Untertitel, Kapitel und Vorschaubilder brauchen einen API-Schlüssel, kein Upload-Token</translation>
    </message>
    <message>
        <source>Captions, chapters and thumbnails were skipped: sending them needs an API key, not an upload token. They go once an API key is set for this environment.</source>
        <translation>Untertitel, Kapitel und Vorschaubilder wurden übersprungen: Dafür ist ein API-Schlüssel nötig, ein Upload-Token reicht nicht. Das Senden wird nachgeholt, sobald ein API-Schlüssel für diese Umgebung hinterlegt ist.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (and more: see the details)</source>
        <translation>%1: %2 (und mehr: siehe Details)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>frame at %1</source>
        <translation>Bild bei %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentSection</name>
    <message>
        <source>None yet. Files named like the video (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg) are added with it.</source>
        <translation>Noch keine. Dateien, die wie das Video heißen (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg), werden mit ihm hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag: write one like en, fr or pt-BR.</source>
        <translation>„%1“ ist kein Sprachcode: Schreiben Sie einen wie en, fr oder pt-BR.</translation>
    </message>
    <message>
        <source>“%1” is not a time in the video: write one like 00:01:05, 00:01:05.500 or 65 (seconds).</source>
        <translation>„%1“ ist keine Zeit im Video: Schreiben Sie eine wie 00:01:05, 00:01:05.500 oder 65 (Sekunden).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Captions &amp; chapters</source>
        <translation>Untertitel und Kapitel</translation>
    </message>
    <message>
        <source>Captions, chapters, thumbnail</source>
        <translation>Untertitel, Kapitel, Vorschaubild</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Do not send the selected one with the video</source>
        <translation>Das ausgewählte Element nicht mit dem Video senden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send what failed again, once its file is fixed (the video is not sent again)</source>
        <translation>Fehlgeschlagenes erneut senden, sobald die Datei korrigiert ist (das Video wird nicht erneut gesendet)</translation>
    </message>
    <message>
        <source>Add subtitles…</source>
        <translation>Untertitel hinzufügen…</translation>
    </message>
    <message>
        <source>Choose an SRT or WebVTT subtitle file, or a chapters list, in the language beside</source>
        <translation>Eine SRT- oder WebVTT-Untertiteldatei oder eine Kapitelliste in der daneben angegebenen Sprache auswählen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the file you add: en, fr, pt-BR…</source>
        <translation>Die Sprache der hinzugefügten Datei: en, fr, pt-BR…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Bilddatei…</translation>
    </message>
    <message>
        <source>Frame at a time…</source>
        <translation>Bild zu einem Zeitpunkt…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Choose subtitles or chapters</source>
        <translation>Untertitel oder Kapitel auswählen</translation>
    </message>
    <message>
        <source>Subtitles and chapters (*.srt *.vtt *.txt)</source>
        <translation>Untertitel und Kapitel (*.srt *.vtt *.txt)</translation>
    </message>
    <message>
        <source>Choose a thumbnail</source>
        <translation>Vorschaubild auswählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Thumbnail from the video</source>
        <translation>Vorschaubild aus dem Video</translation>
    </message>
    <message>
        <source>The frame at (e.g. 00:01:05 or 65 seconds):</source>
        <translation>Das Bild bei (z. B. 00:01:05 oder 65 Sekunden):</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Only the details you tick change; the others stay as they are.</source>
        <translation>Nur die angehakten Angaben ändern sich, alle anderen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>{name}: the tidied file name, {file}: the file name, {folder}: its folder, {date}: today, {n}: 1, 2, 3… in the order of the list</source>
        <translation>{name}: der bereinigte Dateiname, {file}: der Dateiname, {folder}: sein Ordner, {date}: heute, {n}: 1, 2, 3 … in der Reihenfolge der Liste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Comma-separated; empty removes every tag</source>
        <translation>Durch Kommas getrennt; leer entfernt alle Tags</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Nicht ändern</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Angaben bearbeiten …</translation>
    </message>
    <message>
        <source>Set the title, tags or privacy of every selected file at once</source>
        <translation>Titel, Tags oder Sichtbarkeit aller ausgewählten Dateien auf einmal festlegen</translation>
    </message>
</context>
<context>
    <name>ChunkStrip</name>
    <message>
        <source>Progress of each part</source>
        <translation>Fortschritt jedes Teils</translation>
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
        <translation>Mit %1 verbunden: Der API-Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Connected to %1: the upload token works.</source>
        <translation>Mit %1 verbunden: Das Upload-Token funktioniert.</translation>
    </message>
    <message>
        <source>Enter an API key (or an upload token) first.</source>
        <translation>Geben Sie zuerst einen API-Schlüssel (oder ein Upload-Token) ein.</translation>
    </message>
    <message>
        <source>The test could not run (%1). The details are in the log file.</source>
        <translation>Der Test konnte nicht ausgeführt werden (%1). Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%1 of %n part(s) sent</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%1 von %n Teil gesendet</numerusform>
            <numerusform>%1 von %n Teilen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n wird gesendet</numerusform>
            <numerusform>%n werden gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send again</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n erneut zu senden</numerusform>
            <numerusform>%n erneut zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n dropped item(s)…</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n abgelegtes Element wird geprüft…</numerusform>
            <numerusform>%n abgelegte Elemente werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n video(s) to the queue.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n Video zur Warteschlange hinzugefügt.</numerusform>
            <numerusform>%n Videos zur Warteschlange hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because they cannot be uploaded.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n Datei übersprungen, weil sie nicht hochgeladen werden kann.</numerusform>
            <numerusform>%n Dateien übersprungen, weil sie nicht hochgeladen werden können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>…und %n weitere.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will upload to %1.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n Datei wird nach %1 hochgeladen.</numerusform>
            <numerusform>%n Dateien werden nach %1 hochgeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n lädt hoch</numerusform>
            <numerusform>%n laden hoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n in Verarbeitung</numerusform>
            <numerusform>%n in Verarbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: %n waiting upload(s) trying again now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Willkommen zurück: %n wartender Upload wird jetzt erneut versucht.</numerusform>
            <numerusform>Willkommen zurück: %n wartende Uploads werden jetzt erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n waiting upload(s) going on now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Das Netzwerk ist wieder da: %n wartender Upload geht jetzt weiter.</numerusform>
            <numerusform>Das Netzwerk ist wieder da: %n wartende Uploads gehen jetzt weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop, and continue where they stopped the next time you open %1.

Quit now?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n Upload ist nicht fertig. Wenn Sie jetzt beenden, hält er an und macht beim nächsten Öffnen von %1 dort weiter, wo er aufgehört hat.

Jetzt beenden?</numerusform>
            <numerusform>%n Uploads sind nicht fertig. Wenn Sie jetzt beenden, halten sie an und machen beim nächsten Öffnen von %1 dort weiter, wo sie aufgehört haben.

Jetzt beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop; files that were partly sent must be uploaded again.

Quit anyway?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n Upload ist nicht fertig. Wenn Sie jetzt beenden, hält er an; eine teilweise gesendete Datei muss erneut hochgeladen werden.

Trotzdem beenden?</numerusform>
            <numerusform>%n Uploads sind nicht fertig. Wenn Sie jetzt beenden, halten sie an; teilweise gesendete Dateien müssen erneut hochgeladen werden.

Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) ready to watch</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n Video bereit zum Ansehen</numerusform>
            <numerusform>%n Videos bereit zum Ansehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) uploaded</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n Video hochgeladen</numerusform>
            <numerusform>%n Videos hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <comment>Units</comment>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n file(s)</source>
        <comment>BulkEdit</comment>
        <translation>
            <numerusform>%n Datei bearbeiten</numerusform>
            <numerusform>%n Dateien bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n file(s) if they were uploaded before</source>
        <comment>DuplicatePrompt</comment>
        <translation>
            <numerusform>Dasselbe für die andere Datei (%n) tun, falls sie schon hochgeladen wurde</numerusform>
            <numerusform>Dasselbe für die anderen %n Dateien tun, falls sie schon hochgeladen wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list. They stay in History.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n fertiges Video aus der Liste genommen. Es bleibt im Verlauf.</numerusform>
            <numerusform>%n fertige Videos aus der Liste genommen. Sie bleiben im Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n fertiges Video aus der Liste genommen.</numerusform>
            <numerusform>%n fertige Videos aus der Liste genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s)</source>
        <comment>Watch</comment>
        <translation>
            <numerusform>%n Ordner wird überwacht</numerusform>
            <numerusform>%n Ordner werden überwacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The app ran into a problem it did not expect. Uploads that were running carry on if they can. If this keeps happening, please send the log file:
%1</source>
        <translation>Die App ist auf ein unerwartetes Problem gestoßen. Laufende Uploads machen weiter, wenn sie können. Wenn das öfter passiert, schicken Sie uns bitte die Protokolldatei:
%1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(keine Protokolldatei)</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The upload has started: changes to the title, description, tags and privacy are sent to the video as you make them. The MP4 choice stays as it was.</source>
        <translation>Der Upload hat begonnen: Änderungen an Titel, Beschreibung, Tags und Sichtbarkeit gehen direkt an das Video. Die MP4-Auswahl bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>The video was uploaded with these details.</source>
        <translation>Das Video wurde mit diesen Angaben hochgeladen.</translation>
    </message>
    <message>
        <source>Changes to the title, description, tags and privacy are sent to the video as you make them.</source>
        <translation>Änderungen an Titel, Beschreibung, Tags und Sichtbarkeit gehen direkt an das Video.</translation>
    </message>
    <message>
        <source>This file was already on api.video, so it was not sent again: these links lead to that video. Choose Retry to upload it anyway.</source>
        <translation>Diese Datei war schon auf api.video und wurde daher nicht erneut gesendet: Diese Links führen zu jenem Video. Wählen Sie „Wiederholen“, um sie trotzdem hochzuladen.</translation>
    </message>
    <message>
        <source>Optional: what is this video about?</source>
        <translation>Optional: Worum geht es in diesem Video?</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>Durch Kommas getrennt, z. B. Reise, 2026</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Ihr Video</translation>
    </message>
    <message>
        <source>Player link</source>
        <translation>Player-Link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the player link, to paste in a message or a post</source>
        <translation>Den Player-Link kopieren, um ihn in eine Nachricht oder einen Beitrag einzufügen</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Einbettungscode kopieren</translation>
    </message>
    <message>
        <source>Copy the &lt;iframe&gt; code that puts the player on a page</source>
        <translation>Den &lt;iframe&gt;-Code kopieren, der den Player in eine Seite einbindet</translation>
    </message>
    <message>
        <source>Copy HLS URL</source>
        <translation>HLS-URL kopieren</translation>
    </message>
    <message>
        <source>Copy the stream address for your own player</source>
        <translation>Die Stream-Adresse für Ihren eigenen Player kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>The title viewers see</source>
        <translation>Der Titel, den die Zuschauer sehen</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Anyone with the link can watch it.</source>
        <translation>Alle, die den Link haben, können es ansehen.</translation>
    </message>
    <message>
        <source>Also make a downloadable MP4</source>
        <translation>Auch eine herunterladbare MP4-Datei erstellen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Select a file in the list to see its details.</source>
        <translation>Wählen Sie eine Datei in der Liste aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>Einbettungscode kopiert.</translation>
    </message>
    <message>
        <source>HLS URL copied.</source>
        <translation>HLS-URL kopiert.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop videos here</source>
        <translation>Videos hierher ziehen</translation>
    </message>
    <message>
        <source>Files or whole folders. Large videos are sent in parts and survive a lost connection.</source>
        <translation>Dateien oder ganze Ordner. Große Videos werden in Teilen gesendet und überstehen einen Verbindungsabbruch.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>Videos hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>Already uploaded</source>
        <translation>Schon hochgeladen</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Upload it again as a new video, skip it, or open the video already there.</source>
        <translation>Als neues Video erneut hochladen, überspringen oder das vorhandene Video öffnen.</translation>
    </message>
    <message>
        <source>Upload again</source>
        <translation>Erneut hochladen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
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
        <translation>Lokale Demo</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Sandbox · test only</source>
        <translation>Sandbox · nur zum Testen</translation>
    </message>
    <message>
        <source>Local demo · nothing leaves this computer</source>
        <translation>Lokale Demo · nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>Videos go to your live api.video account.</source>
        <translation>Videos gehen in Ihr echtes api.video-Konto.</translation>
    </message>
    <message>
        <source>Sandbox videos are limited to 30 seconds, watermarked, and deleted after 24 hours.</source>
        <translation>Sandbox-Videos sind auf 30 Sekunden begrenzt, mit Wasserzeichen versehen und werden nach 24 Stunden gelöscht.</translation>
    </message>
    <message>
        <source>Uploads go to a practice server running inside this app; nothing is published.</source>
        <translation>Uploads gehen an einen Übungsserver in dieser App; nichts wird veröffentlicht.</translation>
    </message>
    <message>
        <source>Uploads go to a server address you entered.</source>
        <translation>Uploads gehen an eine Serveradresse, die Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>the file name, tidied (holiday_in_rome.mp4 → holiday in rome)</source>
        <translation>der Dateiname, aufgeräumt (urlaub_in_rom.mp4 → urlaub in rom)</translation>
    </message>
    <message>
        <source>the file name as it is, without its extension</source>
        <translation>der Dateiname, wie er ist, ohne Endung</translation>
    </message>
    <message>
        <source>the name of the folder holding the file</source>
        <translation>der Name des Ordners, in dem die Datei liegt</translation>
    </message>
    <message>
        <source>today&apos;s date (2026-11-29)</source>
        <translation>das heutige Datum (2026-11-29)</translation>
    </message>
    <message>
        <source>the file&apos;s number in the drop (1, 2, 3…)</source>
        <translation>die Nummer der Datei in der Auswahl (1, 2, 3…)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentSession</name>
    <message>
        <source>Add your api.video API key to start uploading.</source>
        <translation>Fügen Sie Ihren api.video-API-Schlüssel hinzu, um mit dem Hochladen zu beginnen.</translation>
    </message>
    <message>
        <source>Add your API key for %1 to start uploading.</source>
        <translation>Fügen Sie Ihren API-Schlüssel für %1 hinzu, um mit dem Hochladen zu beginnen.</translation>
    </message>
    <message>
        <source>Your API key is kept for this session only: the system keyring is not available, so you will be asked for the key again next time.</source>
        <translation>Ihr API-Schlüssel wird nur für diese Sitzung gespeichert: Der Schlüsselbund des Systems ist nicht verfügbar, daher werden Sie beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <source>The upload address in Settings cannot be used: %1</source>
        <translation>Die Upload-Adresse in den Einstellungen ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Add your API key</source>
        <translation>API-Schlüssel eintragen</translation>
    </message>
    <message>
        <source>Try it with no account</source>
        <translation>Ohne Konto ausprobieren</translation>
    </message>
    <message>
        <source>This is the demo: videos go to a practice server on this computer and nothing reaches api.video. Add your API key to upload for real.</source>
        <translation>Dies ist die Demo: Videos gehen an einen Übungsserver auf diesem Computer, nichts erreicht api.video. Tragen Sie Ihren API-Schlüssel ein, um wirklich hochzuladen.</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>Could not read the unfinished uploads saved on this computer, so they are not listed now. Nothing was deleted.</source>
        <translation>Die auf diesem Computer gespeicherten unfertigen Uploads konnten nicht gelesen werden und werden daher gerade nicht angezeigt. Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where the logs are</source>
        <translation>Wo das Protokoll liegt</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Tab	Move between the toolbar, the list and the details</source>
        <translation>Tab	Zwischen Werkzeugleiste, Liste und Details wechseln</translation>
    </message>
    <message>
        <source>No log file is kept this time.</source>
        <translation>Diesmal wird keine Protokolldatei geschrieben.</translation>
    </message>
    <message>
        <source>The log is written to:
%1</source>
        <translation>Das Protokoll wird hier geschrieben:
%1</translation>
    </message>
    <message>
        <source>It never holds your API key. Send it along when you report a problem.</source>
        <translation>Es enthält nie Ihren API-Schlüssel. Schicken Sie es mit, wenn Sie ein Problem melden.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Uploads your videos to api.video, and picks up where it stopped when the connection drops or the computer sleeps.</source>
        <translation>Lädt Ihre Videos zu api.video hoch und macht dort weiter, wo es aufgehört hat, wenn die Verbindung abbricht oder der Computer schläft.</translation>
    </message>
</context>
<context>
    <name>HistoryEdits</name>
    <message>
        <source>Delete this video?</source>
        <translation>Dieses Video löschen?</translation>
    </message>
    <message>
        <source>“%1” will be deleted from api.video and its links will stop working.

You can restore it from Recently deleted for %2 days.</source>
        <translation>„%1“ wird auf api.video gelöscht und seine Links funktionieren nicht mehr.

Sie können es %2 Tage lang unter „Kürzlich gelöscht“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Deleted — can be restored until %1</source>
        <translation>Gelöscht – wiederherstellbar bis %1</translation>
    </message>
    <message>
        <source>The video&apos;s details were saved.</source>
        <translation>Die Angaben des Videos wurden gespeichert.</translation>
    </message>
    <message>
        <source>The video was deleted. Restore it from Recently deleted.</source>
        <translation>Das Video wurde gelöscht. Unter „Kürzlich gelöscht“ können Sie es wiederherstellen.</translation>
    </message>
    <message>
        <source>The video was restored.</source>
        <translation>Das Video wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The details were not saved: %1</source>
        <translation>Die Angaben wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The video was not deleted: %1</source>
        <translation>Das Video wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>The video was not restored: %1</source>
        <translation>Das Video wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Edit video details</source>
        <translation>Angaben des Videos bearbeiten</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Kürzlich gelöscht</translation>
    </message>
    <message>
        <source>Show the videos deleted in the last 90 days</source>
        <translation>Die in den letzten 90 Tagen gelöschten Videos zeigen</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Angaben bearbeiten …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Captions &amp; thumbnail…</source>
        <translation>Untertitel und Vorschaubild …</translation>
    </message>
    <message>
        <source>Show the video in the queue, where captions, chapters and a new thumbnail can be added</source>
        <translation>Das Video in der Warteschlange zeigen, wo Untertitel, Kapitel und ein neues Vorschaubild hinzukommen können</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The history lives in the saved upload list. The local demo and sessions without a saved list keep none.</source>
        <translation>Der Verlauf stammt aus der gespeicherten Upload-Liste. Die lokale Demo und Sitzungen ohne gespeicherte Liste führen keinen.</translation>
    </message>
    <message>
        <source>Finished and failed uploads appear here, with their links.</source>
        <translation>Fertige und fehlgeschlagene Uploads erscheinen hier, mit ihren Links.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>Titel und Dateinamen durchsuchen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Einbettungscode kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Upload-Verlauf</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>Einbettungscode kopiert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The environment can be changed when no upload is in progress (paused ones included).</source>
        <translation>Die Umgebung lässt sich ändern, wenn kein Upload läuft (auch kein pausierter).</translation>
    </message>
    <message>
        <source>Uploads are still running</source>
        <translation>Es laufen noch Uploads</translation>
    </message>
    <message>
        <source>Could not check whether “%1” was uploaded before; uploading it anyway.</source>
        <translation>Es ließ sich nicht prüfen, ob „%1“ schon hochgeladen wurde; die Datei wird trotzdem hochgeladen.</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Upload-Warteschlange</translation>
    </message>
    <message>
        <source>Uploading to</source>
        <translation>Hochladen nach</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Details of the video</source>
        <translation>Details zum Video</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>Videos hinzufügen</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>Grund anzeigen</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <source>Only video files are added. Open the details to see why each file was left out.</source>
        <translation>Nur Videodateien werden hinzugefügt. Öffnen Sie die Details, um zu sehen, warum jede Datei ausgelassen wurde.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>Cancel every upload?</source>
        <translation>Alle Uploads abbrechen?</translation>
    </message>
    <message>
        <source>Files that were partly sent must be uploaded again.</source>
        <translation>Teilweise gesendete Dateien müssen erneut hochgeladen werden.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Ready to watch</source>
        <translation>Bereit zum Ansehen</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Upload fehlgeschlagen</translation>
    </message>
    <message>
        <source>All uploads finished</source>
        <translation>Alle Uploads fertig</translation>
    </message>
    <message>
        <source>Uploads finished, some still waiting</source>
        <translation>Uploads fertig, einige warten noch</translation>
    </message>
    <message>
        <source>“%1” is ready to watch.</source>
        <translation>„%1“ ist bereit zum Ansehen.</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>„%1“ konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded.</source>
        <translation>„%1“ konnte nicht hochgeladen werden.</translation>
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
        <translation>Der API-Schlüssel wurde abgelehnt. Prüfen Sie, ob es der Schlüssel für diese Umgebung ist.</translation>
    </message>
    <message>
        <source>The upload token was refused: it may have expired or been deleted.</source>
        <translation>Das Upload-Token wurde abgelehnt: Es ist vielleicht abgelaufen oder wurde gelöscht.</translation>
    </message>
    <message>
        <source>api.video refused access for this account: {reason}</source>
        <translation>api.video hat den Zugriff für dieses Konto verweigert: {reason}</translation>
    </message>
    <message>
        <source>api.video asked us to slow down; waiting before the next request.</source>
        <translation>api.video bittet um eine Pause; vor der nächsten Anfrage wird gewartet.</translation>
    </message>
    <message>
        <source>The server had a problem ({status}). It will be tried again.</source>
        <translation>Der Server hatte ein Problem ({status}). Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>The video no longer exists on api.video (it may have been deleted).</source>
        <translation>Das Video existiert auf api.video nicht mehr (es wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>The server does not offer this request; check the server address.</source>
        <translation>Der Server bietet diese Anfrage nicht an; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>api.video refused the upload: {reason}</source>
        <translation>api.video hat den Upload abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The server sent an answer the uploader cannot read.</source>
        <translation>Der Server hat eine Antwort geschickt, die die App nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server sent an answer far larger than any api.video answer.</source>
        <translation>Der Server hat eine Antwort geschickt, die weit größer ist als jede Antwort von api.video.</translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere ({where}). The uploader does not follow redirects, so your key stays with this server: check the server address.</source>
        <translation>Der Server wollte die Anfrage woandershin umleiten ({where}). Die App folgt keinen Umleitungen, damit Ihr Schlüssel bei diesem Server bleibt: Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>Give either an API key or an upload token.</source>
        <translation>Geben Sie entweder einen API-Schlüssel oder ein Upload-Token an.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the internet connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {address}. Check the server address and the internet connection.</source>
        <translation>Der Server unter {address} ist nicht erreichbar. Prüfen Sie die Serveradresse und die Internetverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the internet connection.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>Nothing moved for {seconds} s: the connection stalled. Check the internet connection.</source>
        <translation>{seconds} s lang hat sich nichts bewegt: Die Verbindung hängt. Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>{cause} Gave up after {attempts} attempts.</source>
        <translation>{cause} Nach {attempts} Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>The file was moved or deleted during the upload.</source>
        <translation>Die Datei wurde während des Uploads verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The file changed on disk during the upload; upload it again when it is final.</source>
        <translation>Die Datei wurde während des Uploads auf dem Datenträger geändert; laden Sie sie erneut hoch, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Die Datei ist leer (0 Bytes).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied).</source>
        <translation>Die Datei kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a video file ({what}).</source>
        <translation>Das sieht nicht nach einer Videodatei aus ({what}).</translation>
    </message>
    <message>
        <source>The file is {size}; api.video accepts videos of up to {limit}.</source>
        <translation>Die Datei ist {size} groß; api.video nimmt Videos bis {limit} an.</translation>
    </message>
    <message>
        <source>This is a {what}, not a regular file, so it cannot be uploaded.</source>
        <translation>Das ist ein Element vom Typ „{what}“, keine normale Datei, und kann daher nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>This link leads round in a circle and never reaches a file.</source>
        <translation>Dieser Link führt im Kreis und erreicht nie eine Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>Die Datei kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>This folder cannot be opened ({error}).</source>
        <translation>Dieser Ordner kann nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
        <source>Only the first {limit} files were added; add the rest separately.</source>
        <translation>Nur die ersten {limit} Dateien wurden hinzugefügt; fügen Sie den Rest separat hinzu.</translation>
    </message>
    <message>
        <source>This file cannot be uploaded.</source>
        <translation>Diese Datei kann nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>Der Upload wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server answered with another video than the one uploaded.</source>
        <translation>Der Server hat mit einem anderen Video geantwortet als dem hochgeladenen.</translation>
    </message>
    <message>
        <source>The connection dropped just after the start of the file was sent with the upload token, so api.video may already have made a video of it. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>Die Verbindung brach ab, kurz nachdem der Anfang der Datei mit dem Upload-Token gesendet wurde; api.video hat daraus vielleicht schon ein Video gemacht. Prüfen Sie die Videoliste auf api.video, bevor Sie es erneut versuchen, damit das Video nicht doppelt entsteht.</translation>
    </message>
    <message>
        <source>The server refused part of the file as already received, although it had never been sent, so the upload is not complete. Try again later.</source>
        <translation>Der Server hat einen Teil der Datei als schon erhalten abgelehnt, obwohl er nie gesendet wurde; der Upload ist daher nicht vollständig. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file, and an upload token cannot ask it. Try the upload again: what the server already has is not sent twice.</source>
        <translation>Der Server hat nicht bestätigt, dass er die ganze Datei erhalten hat, und mit einem Upload-Token lässt sich das nicht abfragen. Starten Sie den Upload erneut: Was der Server schon hat, wird nicht doppelt gesendet.</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file. Try the upload again.</source>
        <translation>Der Server hat nicht bestätigt, dass er die ganze Datei erhalten hat. Starten Sie den Upload erneut.</translation>
    </message>
    <message>
        <source>The connection dropped while the video was being created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>Die Verbindung brach ab, während das Video angelegt wurde. Prüfen Sie die Videoliste auf api.video, bevor Sie es erneut versuchen, damit das Video nicht doppelt entsteht.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to creating the video could not be read, so it may have been created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>Die Antwort des Servers auf das Anlegen des Videos war nicht lesbar; es wurde also vielleicht angelegt. Prüfen Sie die Videoliste auf api.video, bevor Sie es erneut versuchen, damit das Video nicht doppelt entsteht.</translation>
    </message>
    <message>
        <source>The server&apos;s record of the parts already sent fits no part size, so the upload cannot be continued safely. Upload the file again as a new video.</source>
        <translation>Die Aufzeichnung des Servers über die schon gesendeten Teile passt zu keiner Teilgröße; der Upload kann daher nicht sicher fortgesetzt werden. Laden Sie die Datei als neues Video erneut hoch.</translation>
    </message>
    <message>
        <source>Links are not available with an upload token; find the video in your api.video dashboard.</source>
        <translation>Mit einem Upload-Token gibt es keine Links; Sie finden das Video in Ihrem api.video-Dashboard.</translation>
    </message>
    <message>
        <source>“{name}” changed since it was queued, so nothing more of it was sent. Upload it again as a new video if the new version is the one you want.</source>
        <translation>„{name}“ wurde geändert, seit es in die Warteschlange gestellt wurde, daher wurde nichts mehr davon gesendet. Laden Sie es als neues Video erneut hoch, wenn Sie die neue Fassung möchten.</translation>
    </message>
    <message>
        <source>“{name}” is no longer at {path} or cannot be read, so nothing more of it was sent. Put it back to continue, or remove it from the queue.</source>
        <translation>„{name}“ liegt nicht mehr in {path} oder ist nicht lesbar, daher wurde nichts mehr davon gesendet. Legen Sie es zurück, um fortzufahren, oder entfernen Sie es aus der Warteschlange.</translation>
    </message>
    <message>
        <source>The upload list could not be saved ({error}), so the upload was stopped to keep its progress honest. Free some disk space and continue.</source>
        <translation>Die Upload-Liste konnte nicht gespeichert werden ({error}), daher wurde der Upload angehalten, damit sein Fortschritt stimmt. Geben Sie Speicherplatz frei und fahren Sie fort.</translation>
    </message>
    <message>
        <source>“{name}” cannot be continued safely: the server&apos;s record of its parts does not match the part size it was started with, so nothing more was sent.</source>
        <translation>„{name}“ kann nicht sicher fortgesetzt werden: Die Aufzeichnung des Servers über seine Teile passt nicht zur Teilgröße vom Start, daher wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Replaced by an upload of the changed file as a new video.</source>
        <translation>Ersetzt durch einen Upload der geänderten Datei als neues Video.</translation>
    </message>
    <message>
        <source>Uploading while recording needs an API key: an upload token cannot ask api.video which parts it already holds.</source>
        <translation>Hochladen während der Aufnahme braucht einen API-Schlüssel: Mit einem Upload-Token lässt sich api.video nicht fragen, welche Teile schon angekommen sind.</translation>
    </message>
    <message>
        <source>The recording could not be uploaded as it was written.</source>
        <translation>Die Aufnahme konnte nicht so hochgeladen werden, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>“{name}” was queued to upload with {wanted}, but {given} was given to continue it.</source>
        <translation>„{name}“ wurde zum Hochladen mit {wanted} eingereiht, der Versuch zum Fortsetzen kam aber mit {given}.</translation>
    </message>
    <message>
        <source>{app} is already running and uploading this queue. Switch to that window, or wait until it has finished.</source>
        <translation>{app} läuft bereits und lädt diese Warteschlange hoch. Wechseln Sie zu jenem Fenster oder warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>The upload list at {path} was saved by a newer version of {app}. Install that version again to continue those uploads; the file was left as it is.</source>
        <translation>Die Upload-Liste unter {path} wurde von einer neueren Version von {app} gespeichert. Installieren Sie diese Version erneut, um jene Uploads fortzusetzen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>the upload list there cannot be opened or written (a read-only or full disk, or no permission)</source>
        <translation>die Upload-Liste kann dort nicht geöffnet oder geschrieben werden (schreibgeschützter oder voller Datenträger oder fehlende Berechtigung)</translation>
    </message>
    <message>
        <source>The saved upload list could not be read, so a new one was started. The old file was kept as {path}.</source>
        <translation>Die gespeicherte Upload-Liste war nicht lesbar, daher wurde eine neue begonnen. Die alte Datei wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>The upload is complete; api.video is still encoding it. Open the link later to watch it.</source>
        <translation>Der Upload ist fertig; api.video kodiert das Video noch. Öffnen Sie den Link später, um es anzusehen.</translation>
    </message>
    <message>
        <source>api.video could not encode this video ({qualities} failed).</source>
        <translation>api.video konnte dieses Video nicht kodieren ({qualities} fehlgeschlagen).</translation>
    </message>
    <message>
        <source>With an upload token, api.video cannot tell whether a file was uploaded before, so duplicates are not checked.</source>
        <translation>Mit einem Upload-Token kann api.video nicht erkennen, ob eine Datei schon hochgeladen wurde; Duplikate werden daher nicht geprüft.</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>Übersprungen: schon als „{title}“ hochgeladen ({date}).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; give the API key separately.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten; geben Sie den API-Schlüssel separat an.</translation>
    </message>
    <message>
        <source>“{url}” has no usable port: a port is a number from 1 to 65535.</source>
        <translation>„{url}“ hat keinen verwendbaren Port: Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#” parts; give only the server and, if needed, a path.</source>
        <translation>Die Adresse darf keine „?“- oder „#“-Teile enthalten; geben Sie nur den Server und bei Bedarf einen Pfad an.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it should start with https://).</source>
        <translation>„{url}“ ist keine Webadresse (sie sollte mit https:// beginnen).</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (127.0.0.1 or localhost); use an https:// address.</source>
        <translation>Einfaches http ist nur für diesen Computer erlaubt (127.0.0.1 oder localhost); verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>“{text}” is not a size; write it like 50MiB, 1GiB or a number of bytes.</source>
        <translation>„{text}“ ist keine Größe; schreiben Sie sie etwa als 50MiB, 1GiB oder als Anzahl von Bytes.</translation>
    </message>
    <message>
        <source>“{text}” is not a speed; write it like 5MB/s, 800kB/s, 2MiB/s or a number of bytes per second.</source>
        <translation>„{text}“ ist keine Geschwindigkeit; schreiben Sie sie etwa als 5MB/s, 800kB/s, 2MiB/s oder als Bytes pro Sekunde.</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar; API-Schlüssel werden daher nur im Arbeitsspeicher gehalten und beim nächsten Start der App erneut abgefragt.</translation>
    </message>
    <message>
        <source>The system keyring stopped working ({error}), so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>Der Schlüsselbund des Systems funktioniert nicht mehr ({error}); API-Schlüssel werden daher nur im Arbeitsspeicher gehalten und beim nächsten Start der App erneut abgefragt.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). The details are in the log file.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen ({kind}). Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Waiting to send again ({cause}).</source>
        <translation>Wartet auf erneutes Senden ({cause}).</translation>
    </message>
    <message>
        <source>it looks like an image ({format})</source>
        <translation>es sieht aus wie ein Bild ({format})</translation>
    </message>
    <message>
        <source>it looks like an audio file ({format})</source>
        <translation>es sieht aus wie eine Audiodatei ({format})</translation>
    </message>
    <message>
        <source>it looks like a document ({format})</source>
        <translation>es sieht aus wie ein Dokument ({format})</translation>
    </message>
    <message>
        <source>it looks like an archive ({format})</source>
        <translation>es sieht aus wie ein Archiv ({format})</translation>
    </message>
    <message>
        <source>it looks like a program ({format})</source>
        <translation>es sieht aus wie ein Programm ({format})</translation>
    </message>
    <message>
        <source>it looks like a database ({format})</source>
        <translation>es sieht aus wie eine Datenbank ({format})</translation>
    </message>
    <message>
        <source>it looks like a file of another kind ({format})</source>
        <translation>es sieht aus wie eine Datei anderer Art ({format})</translation>
    </message>
    <message>
        <source>it looks like an image</source>
        <translation>es sieht aus wie ein Bild</translation>
    </message>
    <message>
        <source>it looks like an audio file</source>
        <translation>es sieht aus wie eine Audiodatei</translation>
    </message>
    <message>
        <source>it looks like a document</source>
        <translation>es sieht aus wie ein Dokument</translation>
    </message>
    <message>
        <source>it looks like an archive</source>
        <translation>es sieht aus wie ein Archiv</translation>
    </message>
    <message>
        <source>it looks like a program</source>
        <translation>es sieht aus wie ein Programm</translation>
    </message>
    <message>
        <source>it looks like a database</source>
        <translation>es sieht aus wie eine Datenbank</translation>
    </message>
    <message>
        <source>it looks like text</source>
        <translation>es sieht aus wie Text</translation>
    </message>
    <message>
        <source>it looks like a file of another kind</source>
        <translation>es sieht aus wie eine Datei anderer Art</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>benannte Pipe</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>einem API-Schlüssel</translation>
    </message>
    <message>
        <source>an upload token</source>
        <translation>einem Upload-Token</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>Verbindung hängt</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>This computer is kept awake while uploads run</source>
        <translation>Dieser Computer bleibt wach, solange Uploads laufen</translation>
    </message>
    <message>
        <source>Sleep can&apos;t be prevented on this system</source>
        <translation>Der Ruhezustand lässt sich auf diesem System nicht verhindern</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date format</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>its format is not one we recognise</source>
        <translation>ihr Format ist unbekannt</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Recording · {size} sent, waiting for more</source>
        <translation>Aufnahme · {size} gesendet, wartet auf mehr</translation>
    </message>
    <message>
        <source>Recording · {size} sent, sending</source>
        <translation>Aufnahme · {size} gesendet, wird gesendet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting · still recording</source>
        <translation>Wartet · Aufnahme läuft noch</translation>
    </message>
    <message>
        <source>Its incomplete video was deleted.</source>
        <translation>Das unvollständige Video wurde gelöscht.</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted, so its title now begins with “{mark}”.</source>
        <translation>Das unvollständige Video konnte nicht gelöscht werden, daher beginnt sein Titel jetzt mit „{mark}“.</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted or renamed (it was never completed): delete it on api.video.</source>
        <translation>Das unvollständige Video konnte weder gelöscht noch umbenannt werden (es wurde nie abgeschlossen): Löschen Sie es auf api.video.</translation>
    </message>
    <message>
        <source>The file disappeared before the recording ended ({sent} sent). Nothing was lost: put it back and choose Retry to continue.</source>
        <translation>Die Datei ist vor dem Ende der Aufnahme verschwunden ({sent} gesendet). Nichts ging verloren: Legen Sie sie zurück und wählen Sie „Wiederholen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>The file became shorter while it was recorded ({on_disk} on disk, {sent} already sent), so what was sent no longer matches it. The file was left as it is: upload it again once the recording is finished.</source>
        <translation>Die Datei wurde während der Aufnahme kürzer ({on_disk} auf der Festplatte, {sent} bereits gesendet), daher passt das Gesendete nicht mehr zu ihr. Die Datei bleibt unverändert: Laden Sie sie erneut hoch, wenn die Aufnahme beendet ist.</translation>
    </message>
    <message>
        <source>The recording grew past what one api.video video can hold ({sent} sent). Record in shorter pieces.</source>
        <translation>Die Aufnahme ist größer geworden, als ein api.video-Video fassen kann ({sent} gesendet). Nehmen Sie in kürzeren Stücken auf.</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed. Is it still being recorded? Upload it again once it is finished, with a longer settle time in the settings if the recorder pauses.</source>
        <translation>Die Datei hat sich geändert, nachdem ihr Upload abgeschlossen war. Wird sie noch aufgenommen? Laden Sie sie erneut hoch, wenn sie fertig ist – mit einer längeren Ruhezeit in den Einstellungen, falls der Rekorder pausiert.</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped, so the {sent} sent while it recorded no longer matched it. Uploading the finished file as a new video did not succeed.</source>
        <translation>Der Rekorder hat beim Beenden den Anfang der Datei neu geschrieben, daher passte das während der Aufnahme Gesendete ({sent}) nicht mehr zu ihr. Das Hochladen der fertigen Datei als neues Video ist nicht gelungen.</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed, so it was uploaded again as a new video once it stopped changing.</source>
        <translation>Die Datei hat sich nach Abschluss ihres Uploads geändert und wurde daher, sobald sie sich nicht mehr änderte, als neues Video erneut hochgeladen.</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped: the finished file was uploaded again as a new video.</source>
        <translation>Der Rekorder hat beim Beenden den Anfang der Datei neu geschrieben: Die fertige Datei wurde als neues Video erneut hochgeladen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The local demo needs no account: its key is filled in for you.</source>
        <translation>Die lokale Demo braucht kein Konto: Der Schlüssel ist schon für Sie eingetragen.</translation>
    </message>
    <message>
        <source>Keys are kept in %1.</source>
        <translation>Schlüssel werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Your API keys are in the api.video dashboard, under “API keys”:</source>
        <translation>Ihre API-Schlüssel finden Sie im api.video-Dashboard unter „API keys“:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Keep this computer awake while uploading</source>
        <translation>Diesen Computer während des Hochladens wach halten</translation>
    </message>
    <message>
        <source>An upload token lets this app upload videos without your API key, and nothing else: it cannot list your videos or follow their encoding, so earlier uploads are not looked for and a video shows as “Uploaded” rather than “Ready to watch”. The dashboard makes them, under “Upload tokens”; use one when someone shares a token with you.</source>
        <translation>Mit einem Upload-Token lädt diese App Videos ohne Ihren API-Schlüssel hoch, und mehr kann es nicht: Es kann Ihre Videos weder auflisten noch ihre Kodierung verfolgen. Frühere Uploads werden daher nicht gesucht, und ein Video zeigt „Hochgeladen“ statt „Bereit zum Ansehen“. Upload-Tokens erstellen Sie im Dashboard unter „Upload tokens“; verwenden Sie eines, wenn jemand ein Token mit Ihnen teilt.</translation>
    </message>
    <message>
        <source>Your computer’s password store (on Linux the “Secret Service”, such as GNOME Keyring or KWallet; on macOS the Keychain; on Windows the Credential Manager). It keeps the key locked with your login, and this app never writes it to a file or a log.</source>
        <translation>Der Passwortspeicher Ihres Computers (unter Linux der „Secret Service“, etwa GNOME Keyring oder KWallet; unter macOS der Schlüsselbund; unter Windows die Anmeldeinformationsverwaltung). Er hält den Schlüssel mit Ihrer Anmeldung verschlossen, und diese App schreibt ihn nie in eine Datei oder ein Protokoll.</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Where videos go</source>
        <translation>Wohin die Videos gehen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Your api.video key</source>
        <translation>Ihr api.video-Schlüssel</translation>
    </message>
    <message>
        <source>Use an upload token instead of a key</source>
        <translation>Ein Upload-Token statt eines Schlüssels verwenden</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Large files are sent in parts of this size. Smaller parts lose less when the connection drops; larger parts need fewer requests.</source>
        <translation>Große Dateien werden in Teilen dieser Größe gesendet. Kleinere Teile verlieren weniger bei einem Verbindungsabbruch; größere Teile brauchen weniger Anfragen.</translation>
    </message>
    <message>
        <source>Part size</source>
        <translation>Teilgröße</translation>
    </message>
    <message>
        <source>Files at once</source>
        <translation>Dateien gleichzeitig</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>Upload-Tempo begrenzen</translation>
    </message>
    <message>
        <source>Keep some of your connection for other things. The limit covers all uploads together and applies at once, even to uploads already running.</source>
        <translation>Halten Sie einen Teil Ihrer Verbindung für anderes frei. Die Grenze gilt für alle Uploads zusammen und sofort, auch für schon laufende.</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Notify me when a video is ready to watch or an upload fails</source>
        <translation>Benachrichtigen, wenn ein Video bereit ist oder ein Upload fehlschlägt</translation>
    </message>
    <message>
        <source>A computer that goes to sleep stops its uploads; they continue when it wakes.</source>
        <translation>Ein Computer im Ruhezustand hält seine Uploads an; sie gehen weiter, wenn er aufwacht.</translation>
    </message>
    <message>
        <source>New videos in this environment</source>
        <translation>Neue Videos in dieser Umgebung</translation>
    </message>
    <message>
        <source>Words in braces are filled in for each file:</source>
        <translation>Wörter in geschweiften Klammern werden für jede Datei ersetzt:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>Durch Kommas getrennt, z. B. Reise, 2026</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Public: anyone with the link can watch</source>
        <translation>Öffentlich: Alle mit dem Link können es ansehen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Show the app in</source>
        <translation>App anzeigen auf</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → „%2“</translation>
    </message>
    <message>
        <source>Upload token</source>
        <translation>Upload-Token</translation>
    </message>
</context>
<context>
    <name>StateAnnouncer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Checking for an earlier upload</source>
        <translation>Suche nach früherem Upload</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>Wartet auf Netzwerk</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Bereit zum Ansehen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Already uploaded</source>
        <translation>Schon hochgeladen</translation>
    </message>
    <message>
        <source>Waits for its environment</source>
        <translation>Wartet auf seine Umgebung</translation>
    </message>
    <message>
        <source>server error {status}</source>
        <translation>Serverfehler {status}</translation>
    </message>
    <message>
        <source>nothing moved for {time}</source>
        <translation>seit {time} keine Bewegung</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>Verbindung hängt</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>Waiting for network · retrying</source>
        <translation>Wartet auf Netzwerk · neuer Versuch</translation>
    </message>
    <message>
        <source>Waiting for network · retrying now</source>
        <translation>Wartet auf Netzwerk · neuer Versuch jetzt</translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>Neuer Versuch jetzt</translation>
    </message>
    <message>
        <source>Waiting for network · retrying in {time}</source>
        <translation>Wartet auf Netzwerk · neuer Versuch in {time}</translation>
    </message>
    <message>
        <source>Retrying in {time}</source>
        <translation>Neuer Versuch in {time}</translation>
    </message>
    <message>
        <source>attempt {n}: {cause}</source>
        <translation>Versuch {n}: {cause}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>Versuch {n}</translation>
    </message>
    <message>
        <source>{what} ({why})</source>
        <translation>{what} ({why})</translation>
    </message>
    <message>
        <source>{size} to send again</source>
        <translation>{size} erneut zu senden</translation>
    </message>
    <message>
        <source>{quality} ready</source>
        <translation>{quality} bereit</translation>
    </message>
    <message>
        <source>encoding {quality}</source>
        <translation>{quality} wird kodiert</translation>
    </message>
    <message>
        <source>waiting to encode</source>
        <translation>wartet aufs Kodieren</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>Übersprungen: schon als „{title}“ hochgeladen ({date}).</translation>
    </message>
    <message>
        <source>Already uploaded on {date} as “{title}”.</source>
        <translation>Schon als „{title}“ hochgeladen ({date}).</translation>
    </message>
    <message>
        <source>{state} · {detail}</source>
        <translation>{state} · {detail}</translation>
    </message>
    <message>
        <source>Failed — {why}</source>
        <translation>Fehlgeschlagen — {why}</translation>
    </message>
    <message>
        <source>Waits for {place}</source>
        <translation>Wartet auf {place}</translation>
    </message>
    <message>
        <source>Waiting for your API key (add it in Settings)</source>
        <translation>Wartet auf Ihren API-Schlüssel (in den Einstellungen eintragen)</translation>
    </message>
</context>
<context>
    <name>TitleGuard</name>
    <message>
        <source>A video needs a title: the one it had is kept until you type another.</source>
        <translation>Ein Video braucht einen Titel: Es behält seinen bisherigen, bis ein neuer eingegeben wird.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
</context>
<context>
    <name>UploadManager</name>
    <message>
        <source>The upload stopped.</source>
        <translation>Der Upload wurde angehalten.</translation>
    </message>
    <message>
        <source>The upload could not start: no room for its working files (%1).</source>
        <translation>Der Upload konnte nicht starten: kein Platz für seine Arbeitsdateien (%1).</translation>
    </message>
</context>
<context>
    <name>VideoEdits</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send the title, description, tags and privacy again</source>
        <translation>Titel, Beschreibung, Tags und Sichtbarkeit erneut senden</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Kept for when the video is created.</source>
        <translation>Wird beim Anlegen des Videos verwendet.</translation>
    </message>
    <message>
        <source>This video is on %1: switch to it to change the video.</source>
        <translation>Dieses Video liegt in %1: Wechseln Sie dorthin, um es zu ändern.</translation>
    </message>
    <message>
        <source>api.video can&apos;t be reached now. It is sent when the network is back.</source>
        <translation>api.video ist gerade nicht erreichbar. Es wird gesendet, sobald das Netz wieder da ist.</translation>
    </message>
    <message>
        <source>the video is no longer on api.video (it was deleted).</source>
        <translation>Das Video ist nicht mehr auf api.video (es wurde gelöscht).</translation>
    </message>
    <message>
        <source>changing a video needs an API key; an upload token can only upload.</source>
        <translation>Zum Ändern eines Videos ist ein API-Schlüssel nötig; ein Upload-Token kann nur hochladen.</translation>
    </message>
    <message>
        <source>a video needs a title.</source>
        <translation>Ein Video braucht einen Titel.</translation>
    </message>
    <message>
        <source>api.video refused the change.</source>
        <translation>api.video hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>api.video refused the change: %1</source>
        <translation>api.video hat die Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>The folder “%1” cannot be watched (%2). Check that it exists.</source>
        <translation>Der Ordner „%1“ kann nicht überwacht werden (%2). Prüfen Sie, ob es ihn gibt.</translation>
    </message>
    <message>
        <source>“%1” was uploaded and moved to %2.</source>
        <translation>„%1“ wurde hochgeladen und nach %2 verschoben.</translation>
    </message>
    <message>
        <source>“%1” was uploaded and deleted from this computer.</source>
        <translation>„%1“ wurde hochgeladen und von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was kept: its video could not be watched yet, so it was not deleted.</source>
        <translation>„%1“ wurde behalten: Das Video war noch nicht abspielbar, daher wurde die Datei nicht gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was kept where it is: it changed since it was sent.</source>
        <translation>„%1“ bleibt, wo es ist: Die Datei hat sich seit dem Senden geändert.</translation>
    </message>
    <message>
        <source>“%1” could not be moved or deleted (%2).</source>
        <translation>„%1“ konnte weder verschoben noch gelöscht werden (%2).</translation>
    </message>
    <message>
        <source>“%1” was uploaded and kept.</source>
        <translation>„%1“ wurde hochgeladen und behalten.</translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Every video that appears in these folders, or is there already and was never uploaded, is uploaded once while the app runs. Hidden files, unfinished downloads and other files are left alone.</source>
        <translation>Jedes Video, das in diesen Ordnern erscheint oder schon dort liegt und nie hochgeladen wurde, wird einmal hochgeladen, solange die App läuft. Versteckte Dateien, unfertige Downloads und andere Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Videos go to</source>
        <translation>Videos gehen nach</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Title: {name} is the file&apos;s name, {folder} its folder, {date} the day it is uploaded, {n} its number.</source>
        <translation>Titel: {name} ist der Dateiname, {folder} der Ordner, {date} der Tag des Uploads, {n} die Nummer.</translation>
    </message>
    <message>
        <source>Files still being written</source>
        <translation>Dateien, die noch geschrieben werden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Finished after</source>
        <translation>Fertig nach</translation>
    </message>
    <message>
        <source>A file written more recently than this is taken as still being recorded or copied: it is sent as it grows, and completed once it has not changed for this long.</source>
        <translation>Eine Datei, die vor kürzerer Zeit geschrieben wurde, gilt als noch in Aufnahme oder Kopie: Sie wird gesendet, während sie wächst, und abgeschlossen, sobald sie sich so lange nicht geändert hat.</translation>
    </message>
    <message>
        <source>Files I add that are still being written also upload while they grow</source>
        <translation>Von mir hinzugefügte Dateien, die noch geschrieben werden, ebenfalls hochladen, während sie wachsen</translation>
    </message>
    <message>
        <source>Start at login, hidden in the tray, watching</source>
        <translation>Bei der Anmeldung starten, versteckt im Infobereich, mit Ordnerüberwachung</translation>
    </message>
    <message>
        <source>Once a file is uploaded</source>
        <translation>Nachdem eine Datei hochgeladen ist</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>Dort lassen, wo sie ist</translation>
    </message>
    <message>
        <source>Move it to a folder</source>
        <translation>In einen Ordner verschieben</translation>
    </message>
    <message>
        <source>Delete it from this computer</source>
        <translation>Von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Folder for uploaded files</source>
        <translation>Ordner für hochgeladene Dateien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Nothing is moved or deleted before api.video holds every byte. A file is deleted only once its video can be watched, and a file that changed since it was sent is always kept.</source>
        <translation>Nichts wird verschoben oder gelöscht, bevor api.video jedes Byte hat. Eine Datei wird erst gelöscht, wenn ihr Video abspielbar ist, und eine seit dem Senden geänderte Datei wird immer behalten.</translation>
    </message>
    <message>
        <source>The environment in use</source>
        <translation>Die verwendete Umgebung</translation>
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
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <source>Move uploaded files to</source>
        <translation>Hochgeladene Dateien verschieben nach</translation>
    </message>
    <message>
        <source>Choose the folder uploaded files are moved to.</source>
        <translation>Wählen Sie den Ordner, in den hochgeladene Dateien verschoben werden.</translation>
    </message>
    <message>
        <source>Uploaded files cannot be moved into a watched folder: choose another.</source>
        <translation>Hochgeladene Dateien können nicht in einen überwachten Ordner verschoben werden: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Starting at login could not be set up (%1).</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden (%1).</translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>Kein Ordner wird überwacht.</translation>
    </message>
    <message>
        <source>Watched folders…</source>
        <translation>Überwachte Ordner…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Upload here instead</source>
        <translation>Stattdessen hierhin hochladen</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>Videos hinzufügen…</translation>
    </message>
    <message>
        <source>Choose video files to upload</source>
        <translation>Videodateien zum Hochladen auswählen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add every video in a folder and its sub-folders</source>
        <translation>Alle Videos eines Ordners und seiner Unterordner hinzufügen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the selected uploads</source>
        <translation>Die ausgewählten Uploads pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the selected uploads</source>
        <translation>Die ausgewählten Uploads fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>Die ausgewählten Uploads abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled uploads again</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Uploads erneut versuchen</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Pause the selected uploads, or resume them if they are paused</source>
        <translation>Die ausgewählten Uploads pausieren oder, wenn sie pausiert sind, fortsetzen</translation>
    </message>
    <message>
        <source>Still recording</source>
        <translation>Aufnahme läuft noch</translation>
    </message>
    <message>
        <source>The file is still being recorded: send it as it grows, and complete it once it stops changing</source>
        <translation>Die Datei wird noch aufgenommen: Sie wird gesendet, während sie wächst, und abgeschlossen, sobald sie sich nicht mehr ändert</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the selected files out of the list</source>
        <translation>Die ausgewählten Dateien aus der Liste nehmen</translation>
    </message>
    <message>
        <source>Send the selected files to the environment in use now instead of the one they were added for</source>
        <translation>Die ausgewählten Dateien an die aktuelle Umgebung senden statt an die, für die sie hinzugefügt wurden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Upload the selected files sooner</source>
        <translation>Die ausgewählten Dateien früher hochladen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Upload the selected files later</source>
        <translation>Die ausgewählten Dateien später hochladen</translation>
    </message>
    <message>
        <source>Move to top</source>
        <translation>An den Anfang</translation>
    </message>
    <message>
        <source>Upload the selected files first</source>
        <translation>Die ausgewählten Dateien zuerst hochladen</translation>
    </message>
    <message>
        <source>Move to bottom</source>
        <translation>Ans Ende</translation>
    </message>
    <message>
        <source>Upload the selected files last</source>
        <translation>Die ausgewählten Dateien zuletzt hochladen</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Alle fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <source>Remove finished</source>
        <translation>Fertige entfernen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Environment, API key and upload options</source>
        <translation>Umgebung, API-Schlüssel und Upload-Optionen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the player link of the selected video</source>
        <translation>Den Player-Link des ausgewählten Videos kopieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show the videos uploaded before</source>
        <translation>Die bereits hochgeladenen Videos anzeigen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Upload to %1 instead</source>
        <translation>Stattdessen nach %1 hochladen</translation>
    </message>
</context>
</TS>
