<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%1 of %n part(s) sent</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%1 of %n part sent</numerusform>
            <numerusform>%1 of %n parts sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send again</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n to send again</numerusform>
            <numerusform>%n to send again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n dropped item(s)…</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Checking %n dropped item…</numerusform>
            <numerusform>Checking %n dropped items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n video(s) to the queue.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Added %n video to the queue.</numerusform>
            <numerusform>Added %n videos to the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because they cannot be uploaded.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n file skipped because it cannot be uploaded.</numerusform>
            <numerusform>%n files skipped because they cannot be uploaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will upload to %1.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n file will upload to %1.</numerusform>
            <numerusform>%n files will upload to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n uploading</numerusform>
            <numerusform>%n uploading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n processing</numerusform>
            <numerusform>%n processing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: %n waiting upload(s) trying again now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Welcome back: %n waiting upload is trying again now.</numerusform>
            <numerusform>Welcome back: %n waiting uploads are trying again now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n waiting upload(s) going on now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>The network is back: %n waiting upload is going on now.</numerusform>
            <numerusform>The network is back: %n waiting uploads are going on now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop, and continue where they stopped the next time you open %1.

Quit now?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n upload has not finished. If you quit now it stops, and continues where it stopped the next time you open %1.

Quit now?</numerusform>
            <numerusform>%n uploads have not finished. If you quit now they stop, and continue where they stopped the next time you open %1.

Quit now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop; files that were partly sent must be uploaded again.

Quit anyway?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n upload has not finished. If you quit now it stops; files that were partly sent must be uploaded again.

Quit anyway?</numerusform>
            <numerusform>%n uploads have not finished. If you quit now they stop; files that were partly sent must be uploaded again.

Quit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) ready to watch</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n video ready to watch</numerusform>
            <numerusform>%n videos ready to watch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) uploaded</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n video uploaded</numerusform>
            <numerusform>%n videos uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <comment>Units</comment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n file(s)</source>
        <comment>BulkEdit</comment>
        <translation>
            <numerusform>Edit %n file</numerusform>
            <numerusform>Edit %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n file(s) if they were uploaded before</source>
        <comment>DuplicatePrompt</comment>
        <translation>
            <numerusform>Do the same for the other %n file if it was uploaded before</numerusform>
            <numerusform>Do the same for the other %n files if they were uploaded before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list. They stay in History.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n finished video taken out of the list. It stays in History.</numerusform>
            <numerusform>%n finished videos taken out of the list. They stay in History.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n finished video taken out of the list.</numerusform>
            <numerusform>%n finished videos taken out of the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s)</source>
        <comment>Watch</comment>
        <translation>
            <numerusform>Watching %n folder</numerusform>
            <numerusform>Watching %n folders</numerusform>
        </translation>
    </message>
</context>
</TS>
