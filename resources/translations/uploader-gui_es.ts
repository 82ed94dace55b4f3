<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>The upload list cannot be kept on disk (%1). Uploads work, but unfinished ones will not continue after the app closes.</source>
        <translation>La lista de subidas no se puede guardar en el disco (%1). Las subidas funcionan, pero las que queden sin terminar no continuarán al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>the local demo server could not start (%1).</source>
        <translation>el servidor de demostración local no pudo arrancar (%1).</translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>cannot be read (moved, deleted, or no permission)</source>
        <translation>no se puede leer (movido, borrado o sin permiso)</translation>
    </message>
    <message>
        <source>empty: there is no cue or chapter in it</source>
        <translation>vacío: no contiene ningún subtítulo ni capítulo</translation>
    </message>
    <message>
        <source>too large (api.video takes files of up to 8.39 MB)</source>
        <translation>demasiado grande (api.video acepta archivos de hasta 8,39 MB)</translation>
    </message>
    <message>
        <source>not a subtitle file</source>
        <translation>no es un archivo de subtítulos</translation>
    </message>
    <message>
        <source>a cue&apos;s time cannot be used: it must end after it starts, with minutes and seconds up to 59</source>
        <translation>no se puede usar el tiempo de un subtítulo: debe terminar después de empezar, con minutos y segundos hasta 59</translation>
    </message>
    <message>
        <source>not a chapter: write a time, then a title, e.g. “1:05 The idea”</source>
        <translation>no es un capítulo: escribe un tiempo y luego un título, p. ej. «1:05 La idea»</translation>
    </message>
    <message>
        <source>the first chapter must start at 0:00</source>
        <translation>el primer capítulo debe empezar en 0:00</translation>
    </message>
    <message>
        <source>each chapter must start after the one above it</source>
        <translation>cada capítulo debe empezar después del de arriba</translation>
    </message>
    <message>
        <source>not a JPEG, PNG or WebP image</source>
        <translation>no es una imagen JPEG, PNG ni WebP</translation>
    </message>
    <message>
        <source>refused by api.video: %1</source>
        <translation>rechazado por api.video: %1</translation>
    </message>
    <message>
        <source>not sent: the video no longer exists on api.video</source>
        <translation>no enviado: el vídeo ya no existe en api.video</translation>
    </message>
    <message>
        <source>not sent: captions, chapters and thumbnails need an API key, not an upload token</source>
        <translation>no enviado: los subtítulos, capítulos y miniaturas necesitan una clave de API, no un token de subida</translation>
    </message>
    <message>
        <source>Captions, chapters and thumbnails were skipped: sending them needs an API key, not an upload token. They go once an API key is set for this environment.</source>
        <translation>Se omitieron los subtítulos, capítulos y miniaturas: para enviarlos hace falta una clave de API, no basta un token de subida. Se enviarán cuando guardes una clave de API para este entorno.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (and more: see the details)</source>
        <translation>%1: %2 (y más: consulta los detalles)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>frame at %1</source>
        <translation>fotograma en %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallido: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentSection</name>
    <message>
        <source>None yet. Files named like the video (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg) are added with it.</source>
        <translation>Ninguno todavía. Los archivos con el mismo nombre que el vídeo (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg) se añaden con él.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag: write one like en, fr or pt-BR.</source>
        <translation>«%1» no es un código de idioma: escribe uno como en, fr o pt-BR.</translation>
    </message>
    <message>
        <source>“%1” is not a time in the video: write one like 00:01:05, 00:01:05.500 or 65 (seconds).</source>
        <translation>«%1» no es un momento del vídeo: escribe uno como 00:01:05, 00:01:05.500 o 65 (segundos).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Captions &amp; chapters</source>
        <translation>Subtítulos y capítulos</translation>
    </message>
    <message>
        <source>Captions, chapters, thumbnail</source>
        <translation>Subtítulos, capítulos, miniatura</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Do not send the selected one with the video</source>
        <translation>No enviar el elemento seleccionado con el vídeo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Send what failed again, once its file is fixed (the video is not sent again)</source>
        <translation>Volver a enviar lo que falló, una vez corregido su archivo (el vídeo no se vuelve a enviar)</translation>
    </message>
    <message>
        <source>Add subtitles…</source>
        <translation>Añadir subtítulos…</translation>
    </message>
    <message>
        <source>Choose an SRT or WebVTT subtitle file, or a chapters list, in the language beside</source>
        <translation>Elegir un archivo de subtítulos SRT o WebVTT, o una lista de capítulos, en el idioma indicado al lado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the file you add: en, fr, pt-BR…</source>
        <translation>El idioma del archivo que añades: en, fr, pt-BR…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Archivo de imagen…</translation>
    </message>
    <message>
        <source>Frame at a time…</source>
        <translation>Fotograma en un momento…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Choose subtitles or chapters</source>
        <translation>Elegir subtítulos o capítulos</translation>
    </message>
    <message>
        <source>Subtitles and chapters (*.srt *.vtt *.txt)</source>
        <translation>Subtítulos y capítulos (*.srt *.vtt *.txt)</translation>
    </message>
    <message>
        <source>Choose a thumbnail</source>
        <translation>Elegir una miniatura</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Thumbnail from the video</source>
        <translation>Miniatura tomada del vídeo</translation>
    </message>
    <message>
        <source>The frame at (e.g. 00:01:05 or 65 seconds):</source>
        <translation>El fotograma en (p. ej. 00:01:05 o 65 segundos):</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Only the details you tick change; the others stay as they are.</source>
        <translation>Solo cambian los datos que marques; los demás se quedan como están.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>{name}: the tidied file name, {file}: the file name, {folder}: its folder, {date}: today, {n}: 1, 2, 3… in the order of the list</source>
        <translation>{name}: el nombre del archivo limpio, {file}: el nombre del archivo, {folder}: su carpeta, {date}: hoy, {n}: 1, 2, 3… en el orden de la lista</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comma-separated; empty removes every tag</source>
        <translation>Separadas por comas; si lo dejas vacío, se quitan todas</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Set the title, tags or privacy of every selected file at once</source>
        <translation>Poner de una vez el título, las etiquetas o la privacidad de todos los archivos seleccionados</translation>
    </message>
</context>
<context>
    <name>ChunkStrip</name>
    <message>
        <source>Progress of each part</source>
        <translation>Progreso de cada parte</translation>
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
        <translation>Conectado a %1: la clave de API funciona.</translation>
    </message>
    <message>
        <source>Connected to %1: the upload token works.</source>
        <translation>Conectado a %1: el token de subida funciona.</translation>
    </message>
    <message>
        <source>Enter an API key (or an upload token) first.</source>
        <translation>Introduce primero una clave de API (o un token de subida).</translation>
    </message>
    <message>
        <source>The test could not run (%1). The details are in the log file.</source>
        <translation>No se pudo hacer la prueba (%1). Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%1 of %n part(s) sent</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>Partes enviadas: %1 de %n</numerusform>
            <numerusform>Partes enviadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n enviándose</numerusform>
            <numerusform>%n enviándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send again</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n por reenviar</numerusform>
            <numerusform>%n por reenviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n dropped item(s)…</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Comprobando %n elemento soltado…</numerusform>
            <numerusform>Comprobando %n elementos soltados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n video(s) to the queue.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n vídeo añadido a la cola.</numerusform>
            <numerusform>%n vídeos añadidos a la cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because they cannot be uploaded.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n archivo omitido porque no se puede subir.</numerusform>
            <numerusform>%n archivos omitidos porque no se pueden subir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will upload to %1.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n archivo se subirá a %1.</numerusform>
            <numerusform>%n archivos se subirán a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n subiendo</numerusform>
            <numerusform>%n subiendo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n en proceso</numerusform>
            <numerusform>%n en proceso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n terminado</numerusform>
            <numerusform>%n terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: %n waiting upload(s) trying again now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Bienvenido de nuevo: %n subida en espera vuelve a intentarse ahora.</numerusform>
            <numerusform>Bienvenido de nuevo: %n subidas en espera vuelven a intentarse ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n waiting upload(s) going on now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>La red ha vuelto: %n subida en espera continúa ahora.</numerusform>
            <numerusform>La red ha vuelto: %n subidas en espera continúan ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop, and continue where they stopped the next time you open %1.

Quit now?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n subida sin terminar. Si sales ahora, se detiene y continuará donde se quedó la próxima vez que abras %1.

¿Salir ahora?</numerusform>
            <numerusform>%n subidas sin terminar. Si sales ahora, se detienen y continuarán donde se quedaron la próxima vez que abras %1.

¿Salir ahora?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop; files that were partly sent must be uploaded again.

Quit anyway?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n subida sin terminar. Si sales ahora, se detiene; un archivo enviado en parte tendrá que subirse de nuevo.

¿Salir de todos modos?</numerusform>
            <numerusform>%n subidas sin terminar. Si sales ahora, se detienen; los archivos enviados en parte tendrán que subirse de nuevo.

¿Salir de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) ready to watch</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n vídeo listo para ver</numerusform>
            <numerusform>%n vídeos listos para ver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) uploaded</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n vídeo subido</numerusform>
            <numerusform>%n vídeos subidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
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
            <numerusform>Editar %n archivo</numerusform>
            <numerusform>Editar %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n file(s) if they were uploaded before</source>
        <comment>DuplicatePrompt</comment>
        <translation>
            <numerusform>Hacer lo mismo con el otro archivo (%n) si ya se subió</numerusform>
            <numerusform>Hacer lo mismo con los otros %n archivos si ya se subieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list. They stay in History.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n vídeo terminado quitado de la lista. Sigue en el historial.</numerusform>
            <numerusform>%n vídeos terminados quitados de la lista. Siguen en el historial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n vídeo terminado quitado de la lista.</numerusform>
            <numerusform>%n vídeos terminados quitados de la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s)</source>
        <comment>Watch</comment>
        <translation>
            <numerusform>Vigilando %n carpeta</numerusform>
            <numerusform>Vigilando %n carpetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>The app ran into a problem it did not expect. Uploads that were running carry on if they can. If this keeps happening, please send the log file:
%1</source>
        <translation>La aplicación ha encontrado un problema inesperado. Las subidas en curso siguen si pueden. Si vuelve a ocurrir, envíanos el archivo de registro:
%1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(sin archivo de registro)</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The upload has started: changes to the title, description, tags and privacy are sent to the video as you make them. The MP4 choice stays as it was.</source>
        <translation>La subida ya empezó: los cambios de título, descripción, etiquetas y privacidad se envían al vídeo a medida que los haces. La opción MP4 se queda como estaba.</translation>
    </message>
    <message>
        <source>The video was uploaded with these details.</source>
        <translation>El vídeo se subió con estos datos.</translation>
    </message>
    <message>
        <source>Changes to the title, description, tags and privacy are sent to the video as you make them.</source>
        <translation>Los cambios de título, descripción, etiquetas y privacidad se envían al vídeo a medida que los haces.</translation>
    </message>
    <message>
        <source>This file was already on api.video, so it was not sent again: these links lead to that video. Choose Retry to upload it anyway.</source>
        <translation>Este archivo ya estaba en api.video, así que no se volvió a enviar: estos enlaces llevan a ese vídeo. Elige Reintentar para subirlo de todos modos.</translation>
    </message>
    <message>
        <source>Optional: what is this video about?</source>
        <translation>Opcional: ¿de qué trata este vídeo?</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>Separadas por comas, p. ej. viajes, 2026</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Tu vídeo</translation>
    </message>
    <message>
        <source>Player link</source>
        <translation>Enlace del reproductor</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the player link, to paste in a message or a post</source>
        <translation>Copiar el enlace del reproductor para pegarlo en un mensaje o una publicación</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Copiar código de inserción</translation>
    </message>
    <message>
        <source>Copy the &lt;iframe&gt; code that puts the player on a page</source>
        <translation>Copiar el código &lt;iframe&gt; que pone el reproductor en una página</translation>
    </message>
    <message>
        <source>Copy HLS URL</source>
        <translation>Copiar URL HLS</translation>
    </message>
    <message>
        <source>Copy the stream address for your own player</source>
        <translation>Copiar la dirección del flujo para tu propio reproductor</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>The title viewers see</source>
        <translation>El título que verán los espectadores</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Anyone with the link can watch it.</source>
        <translation>Cualquiera con el enlace puede verlo.</translation>
    </message>
    <message>
        <source>Also make a downloadable MP4</source>
        <translation>Crear también un MP4 descargable</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Ningún archivo seleccionado</translation>
    </message>
    <message>
        <source>Select a file in the list to see its details.</source>
        <translation>Selecciona un archivo de la lista para ver sus detalles.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>Código de inserción copiado.</translation>
    </message>
    <message>
        <source>HLS URL copied.</source>
        <translation>URL HLS copiada.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop videos here</source>
        <translation>Suelta aquí tus vídeos</translation>
    </message>
    <message>
        <source>Files or whole folders. Large videos are sent in parts and survive a lost connection.</source>
        <translation>Archivos o carpetas enteras. Los vídeos grandes se envían por partes y resisten un corte de conexión.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>Añadir vídeos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>Already uploaded</source>
        <translation>Ya subido</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Upload it again as a new video, skip it, or open the video already there.</source>
        <translation>Súbelo de nuevo como vídeo nuevo, omítelo o abre el vídeo que ya existe.</translation>
    </message>
    <message>
        <source>Upload again</source>
        <translation>Subir de nuevo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Demo local</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>Sandbox · test only</source>
        <translation>Sandbox · solo pruebas</translation>
    </message>
    <message>
        <source>Local demo · nothing leaves this computer</source>
        <translation>Demo local · nada sale de este ordenador</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>Videos go to your live api.video account.</source>
        <translation>Los vídeos van a tu cuenta real de api.video.</translation>
    </message>
    <message>
        <source>Sandbox videos are limited to 30 seconds, watermarked, and deleted after 24 hours.</source>
        <translation>Los vídeos de Sandbox duran como máximo 30 segundos, llevan marca de agua y se borran a las 24 horas.</translation>
    </message>
    <message>
        <source>Uploads go to a practice server running inside this app; nothing is published.</source>
        <translation>Las subidas van a un servidor de práctica dentro de esta aplicación; no se publica nada.</translation>
    </message>
    <message>
        <source>Uploads go to a server address you entered.</source>
        <translation>Las subidas van a la dirección de servidor que has introducido.</translation>
    </message>
    <message>
        <source>the file name, tidied (holiday_in_rome.mp4 → holiday in rome)</source>
        <translation>el nombre del archivo, ordenado (vacaciones_en_roma.mp4 → vacaciones en roma)</translation>
    </message>
    <message>
        <source>the file name as it is, without its extension</source>
        <translation>el nombre del archivo tal cual, sin la extensión</translation>
    </message>
    <message>
        <source>the name of the folder holding the file</source>
        <translation>el nombre de la carpeta que contiene el archivo</translation>
    </message>
    <message>
        <source>today&apos;s date (2026-11-29)</source>
        <translation>la fecha de hoy (2026-11-29)</translation>
    </message>
    <message>
        <source>the file&apos;s number in the drop (1, 2, 3…)</source>
        <translation>el número del archivo en la selección (1, 2, 3…)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentSession</name>
    <message>
        <source>Add your api.video API key to start uploading.</source>
        <translation>Añade tu clave de API de api.video para empezar a subir.</translation>
    </message>
    <message>
        <source>Add your API key for %1 to start uploading.</source>
        <translation>Añade tu clave de API para %1 para empezar a subir.</translation>
    </message>
    <message>
        <source>Your API key is kept for this session only: the system keyring is not available, so you will be asked for the key again next time.</source>
        <translation>Tu clave de API se guarda solo durante esta sesión: el llavero del sistema no está disponible, así que se te volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>The upload address in Settings cannot be used: %1</source>
        <translation>La dirección de subida de los ajustes no se puede usar: %1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir ajustes</translation>
    </message>
    <message>
        <source>Add your API key</source>
        <translation>Añadir su clave de API</translation>
    </message>
    <message>
        <source>Try it with no account</source>
        <translation>Probar sin cuenta</translation>
    </message>
    <message>
        <source>This is the demo: videos go to a practice server on this computer and nothing reaches api.video. Add your API key to upload for real.</source>
        <translation>Esto es la demo: los vídeos van a un servidor de práctica en este ordenador y nada llega a api.video. Añada su clave de API para subir de verdad.</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Ningún entorno</translation>
    </message>
    <message>
        <source>Could not read the unfinished uploads saved on this computer, so they are not listed now. Nothing was deleted.</source>
        <translation>No se pudieron leer las subidas sin terminar guardadas en este ordenador, así que ahora no aparecen. No se ha borrado nada.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where the logs are</source>
        <translation>Dónde está el registro</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Tab	Move between the toolbar, the list and the details</source>
        <translation>Tab	Pasar de la barra de herramientas a la lista y a los detalles</translation>
    </message>
    <message>
        <source>No log file is kept this time.</source>
        <translation>Esta vez no se guarda ningún archivo de registro.</translation>
    </message>
    <message>
        <source>The log is written to:
%1</source>
        <translation>El registro se guarda aquí:
%1</translation>
    </message>
    <message>
        <source>It never holds your API key. Send it along when you report a problem.</source>
        <translation>Nunca contiene tu clave de API. Adjúntalo cuando informes de un problema.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Uploads your videos to api.video, and picks up where it stopped when the connection drops or the computer sleeps.</source>
        <translation>Sube tus vídeos a api.video y continúa donde se quedó cuando se corta la conexión o el ordenador entra en reposo.</translation>
    </message>
</context>
<context>
    <name>HistoryEdits</name>
    <message>
        <source>Delete this video?</source>
        <translation>¿Eliminar este vídeo?</translation>
    </message>
    <message>
        <source>“%1” will be deleted from api.video and its links will stop working.

You can restore it from Recently deleted for %2 days.</source>
        <translation>«%1» se eliminará de api.video y sus enlaces dejarán de funcionar.

Podrás restaurarlo desde Eliminados recientemente durante %2 días.</translation>
    </message>
    <message>
        <source>Deleted — can be restored until %1</source>
        <translation>Eliminado — se puede restaurar hasta el %1</translation>
    </message>
    <message>
        <source>The video&apos;s details were saved.</source>
        <translation>Se guardaron los datos del vídeo.</translation>
    </message>
    <message>
        <source>The video was deleted. Restore it from Recently deleted.</source>
        <translation>Se eliminó el vídeo. Puedes restaurarlo desde Eliminados recientemente.</translation>
    </message>
    <message>
        <source>The video was restored.</source>
        <translation>Se restauró el vídeo.</translation>
    </message>
    <message>
        <source>The details were not saved: %1</source>
        <translation>No se guardaron los datos: %1</translation>
    </message>
    <message>
        <source>The video was not deleted: %1</source>
        <translation>No se eliminó el vídeo: %1</translation>
    </message>
    <message>
        <source>The video was not restored: %1</source>
        <translation>No se restauró el vídeo: %1</translation>
    </message>
    <message>
        <source>Edit video details</source>
        <translation>Editar los datos del vídeo</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Eliminados recientemente</translation>
    </message>
    <message>
        <source>Show the videos deleted in the last 90 days</source>
        <translation>Mostrar los vídeos eliminados en los últimos 90 días</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Captions &amp; thumbnail…</source>
        <translation>Subtítulos y miniatura…</translation>
    </message>
    <message>
        <source>Show the video in the queue, where captions, chapters and a new thumbnail can be added</source>
        <translation>Mostrar el vídeo en la cola, donde se pueden añadir subtítulos, capítulos y una miniatura nueva</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>The history lives in the saved upload list. The local demo and sessions without a saved list keep none.</source>
        <translation>El historial sale de la lista de subidas guardada. La demo local y las sesiones sin lista guardada no tienen.</translation>
    </message>
    <message>
        <source>Finished and failed uploads appear here, with their links.</source>
        <translation>Aquí aparecen las subidas terminadas y fallidas, con sus enlaces.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>Buscar en títulos y nombres de archivo</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Copiar código de inserción</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Historial de subidas</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>Código de inserción copiado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The environment can be changed when no upload is in progress (paused ones included).</source>
        <translation>El entorno se puede cambiar cuando no hay ninguna subida en curso (tampoco en pausa).</translation>
    </message>
    <message>
        <source>Uploads are still running</source>
        <translation>Todavía hay subidas en curso</translation>
    </message>
    <message>
        <source>Could not check whether “%1” was uploaded before; uploading it anyway.</source>
        <translation>No se pudo comprobar si «%1» ya se había subido; se sube de todos modos.</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Cola de subidas</translation>
    </message>
    <message>
        <source>Uploading to</source>
        <translation>Subiendo a</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Details of the video</source>
        <translation>Detalles del vídeo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>Añadir vídeos</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>Ver por qué</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Archivos omitidos</translation>
    </message>
    <message>
        <source>Only video files are added. Open the details to see why each file was left out.</source>
        <translation>Solo se añaden archivos de vídeo. Abre los detalles para ver por qué se dejó fuera cada archivo.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>Cancel every upload?</source>
        <translation>¿Cancelar todas las subidas?</translation>
    </message>
    <message>
        <source>Files that were partly sent must be uploaded again.</source>
        <translation>Los archivos enviados en parte tendrán que subirse de nuevo.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Ready to watch</source>
        <translation>Listo para ver</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Subida fallida</translation>
    </message>
    <message>
        <source>All uploads finished</source>
        <translation>Todas las subidas han terminado</translation>
    </message>
    <message>
        <source>Uploads finished, some still waiting</source>
        <translation>Subidas terminadas, algunas siguen esperando</translation>
    </message>
    <message>
        <source>“%1” is ready to watch.</source>
        <translation>«%1» está listo para ver.</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>«%1» no se pudo subir: %2</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded.</source>
        <translation>«%1» no se pudo subir.</translation>
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
        <translation>La clave de API fue rechazada. Comprueba que sea la clave de este entorno.</translation>
    </message>
    <message>
        <source>The upload token was refused: it may have expired or been deleted.</source>
        <translation>El token de subida fue rechazado: puede que haya caducado o se haya borrado.</translation>
    </message>
    <message>
        <source>api.video refused access for this account: {reason}</source>
        <translation>api.video ha denegado el acceso a esta cuenta: {reason}</translation>
    </message>
    <message>
        <source>api.video asked us to slow down; waiting before the next request.</source>
        <translation>api.video pide ir más despacio; esperando antes de la próxima petición.</translation>
    </message>
    <message>
        <source>The server had a problem ({status}). It will be tried again.</source>
        <translation>El servidor tuvo un problema ({status}). Se volverá a intentar.</translation>
    </message>
    <message>
        <source>The video no longer exists on api.video (it may have been deleted).</source>
        <translation>El vídeo ya no existe en api.video (puede que se haya borrado).</translation>
    </message>
    <message>
        <source>The server does not offer this request; check the server address.</source>
        <translation>El servidor no ofrece esta petición; comprueba la dirección del servidor.</translation>
    </message>
    <message>
        <source>api.video refused the upload: {reason}</source>
        <translation>api.video ha rechazado la subida: {reason}</translation>
    </message>
    <message>
        <source>The server sent an answer the uploader cannot read.</source>
        <translation>El servidor envió una respuesta que la aplicación no puede leer.</translation>
    </message>
    <message>
        <source>The server sent an answer far larger than any api.video answer.</source>
        <translation>El servidor envió una respuesta mucho más grande que cualquier respuesta de api.video.</translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere ({where}). The uploader does not follow redirects, so your key stays with this server: check the server address.</source>
        <translation>El servidor intentó desviar la petición a otro sitio ({where}). La aplicación no sigue redirecciones, para que tu clave se quede en este servidor: comprueba la dirección del servidor.</translation>
    </message>
    <message>
        <source>Give either an API key or an upload token.</source>
        <translation>Indica una clave de API o un token de subida, no ambos.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the internet connection.</source>
        <translation>No se puede contactar con el servidor. Comprueba la conexión a Internet.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {address}. Check the server address and the internet connection.</source>
        <translation>No se puede conectar con el servidor en {address}. Comprueba la dirección del servidor y la conexión a Internet.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the internet connection.</source>
        <translation>El servidor no respondió a tiempo. Comprueba la conexión a Internet.</translation>
    </message>
    <message>
        <source>Nothing moved for {seconds} s: the connection stalled. Check the internet connection.</source>
        <translation>Nada se movió durante {seconds} s: la conexión se atascó. Comprueba la conexión a Internet.</translation>
    </message>
    <message>
        <source>{cause} Gave up after {attempts} attempts.</source>
        <translation>{cause} Abandonado tras {attempts} intentos.</translation>
    </message>
    <message>
        <source>The file was moved or deleted during the upload.</source>
        <translation>El archivo se movió o se borró durante la subida.</translation>
    </message>
    <message>
        <source>The file changed on disk during the upload; upload it again when it is final.</source>
        <translation>El archivo cambió en el disco durante la subida; súbelo de nuevo cuando esté terminado.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>El archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied).</source>
        <translation>No se puede leer el archivo (permiso denegado).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Esto es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a video file ({what}).</source>
        <translation>Esto no parece un archivo de vídeo ({what}).</translation>
    </message>
    <message>
        <source>The file is {size}; api.video accepts videos of up to {limit}.</source>
        <translation>El archivo ocupa {size}; api.video acepta vídeos de hasta {limit}.</translation>
    </message>
    <message>
        <source>This is a {what}, not a regular file, so it cannot be uploaded.</source>
        <translation>Esto es un elemento de tipo «{what}», no un archivo normal, así que no se puede subir.</translation>
    </message>
    <message>
        <source>This link leads round in a circle and never reaches a file.</source>
        <translation>Este enlace da vueltas en círculo y nunca llega a un archivo.</translation>
    </message>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>No se puede leer el archivo ({error}).</translation>
    </message>
    <message>
        <source>This folder cannot be opened ({error}).</source>
        <translation>No se puede abrir esta carpeta ({error}).</translation>
    </message>
    <message>
        <source>Only the first {limit} files were added; add the rest separately.</source>
        <translation>Solo se añadieron los primeros {limit} archivos; añade el resto por separado.</translation>
    </message>
    <message>
        <source>This file cannot be uploaded.</source>
        <translation>Este archivo no se puede subir.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>La subida se canceló.</translation>
    </message>
    <message>
        <source>The server answered with another video than the one uploaded.</source>
        <translation>El servidor respondió con un vídeo distinto del que se subió.</translation>
    </message>
    <message>
        <source>The connection dropped just after the start of the file was sent with the upload token, so api.video may already have made a video of it. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>La conexión se cortó justo después de enviar el principio del archivo con el token de subida, así que puede que api.video ya haya creado un vídeo con él. Revisa la lista de vídeos en api.video antes de volver a intentarlo, para no crear el vídeo dos veces.</translation>
    </message>
    <message>
        <source>The server refused part of the file as already received, although it had never been sent, so the upload is not complete. Try again later.</source>
        <translation>El servidor rechazó una parte del archivo como ya recibida aunque nunca se había enviado, así que la subida no está completa. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file, and an upload token cannot ask it. Try the upload again: what the server already has is not sent twice.</source>
        <translation>El servidor no confirmó haber recibido el archivo completo, y con un token de subida no se le puede preguntar. Vuelve a intentar la subida: lo que el servidor ya tiene no se envía dos veces.</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file. Try the upload again.</source>
        <translation>El servidor no confirmó haber recibido el archivo completo. Vuelve a intentar la subida.</translation>
    </message>
    <message>
        <source>The connection dropped while the video was being created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>La conexión se cortó mientras se creaba el vídeo. Revisa la lista de vídeos en api.video antes de volver a intentarlo, para no crear el vídeo dos veces.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to creating the video could not be read, so it may have been created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>No se pudo leer la respuesta del servidor al crear el vídeo, así que puede que se haya creado. Revisa la lista de vídeos en api.video antes de volver a intentarlo, para no crear el vídeo dos veces.</translation>
    </message>
    <message>
        <source>The server&apos;s record of the parts already sent fits no part size, so the upload cannot be continued safely. Upload the file again as a new video.</source>
        <translation>El registro del servidor de las partes ya enviadas no encaja con ningún tamaño de parte, así que la subida no puede continuar con seguridad. Sube el archivo de nuevo como vídeo nuevo.</translation>
    </message>
    <message>
        <source>Links are not available with an upload token; find the video in your api.video dashboard.</source>
        <translation>Con un token de subida no hay enlaces; busca el vídeo en tu panel de api.video.</translation>
    </message>
    <message>
        <source>“{name}” changed since it was queued, so nothing more of it was sent. Upload it again as a new video if the new version is the one you want.</source>
        <translation>«{name}» cambió desde que se puso en la cola, así que no se envió nada más. Súbelo de nuevo como vídeo nuevo si quieres la versión nueva.</translation>
    </message>
    <message>
        <source>“{name}” is no longer at {path} or cannot be read, so nothing more of it was sent. Put it back to continue, or remove it from the queue.</source>
        <translation>«{name}» ya no está en {path} o no se puede leer, así que no se envió nada más. Vuelve a ponerlo ahí para continuar, o quítalo de la cola.</translation>
    </message>
    <message>
        <source>The upload list could not be saved ({error}), so the upload was stopped to keep its progress honest. Free some disk space and continue.</source>
        <translation>No se pudo guardar la lista de subidas ({error}), así que la subida se detuvo para que su progreso sea fiable. Libera espacio en el disco y continúa.</translation>
    </message>
    <message>
        <source>“{name}” cannot be continued safely: the server&apos;s record of its parts does not match the part size it was started with, so nothing more was sent.</source>
        <translation>«{name}» no puede continuar con seguridad: el registro del servidor de sus partes no coincide con el tamaño de parte con el que empezó, así que no se envió nada más.</translation>
    </message>
    <message>
        <source>Replaced by an upload of the changed file as a new video.</source>
        <translation>Sustituido por una subida del archivo modificado como vídeo nuevo.</translation>
    </message>
    <message>
        <source>Uploading while recording needs an API key: an upload token cannot ask api.video which parts it already holds.</source>
        <translation>Subir mientras se graba necesita una clave de API: un token de subida no puede preguntar a api.video qué partes ya tiene.</translation>
    </message>
    <message>
        <source>The recording could not be uploaded as it was written.</source>
        <translation>La grabación no se pudo subir tal como se escribió.</translation>
    </message>
    <message>
        <source>“{name}” was queued to upload with {wanted}, but {given} was given to continue it.</source>
        <translation>«{name}» se puso en la cola para subirse con {wanted}, pero para continuar se dio {given}.</translation>
    </message>
    <message>
        <source>{app} is already running and uploading this queue. Switch to that window, or wait until it has finished.</source>
        <translation>{app} ya está abierto y subiendo esta cola. Cambia a esa ventana o espera a que termine.</translation>
    </message>
    <message>
        <source>The upload list at {path} was saved by a newer version of {app}. Install that version again to continue those uploads; the file was left as it is.</source>
        <translation>La lista de subidas de {path} se guardó con una versión más reciente de {app}. Vuelve a instalar esa versión para continuar esas subidas; el archivo se ha dejado tal cual.</translation>
    </message>
    <message>
        <source>the upload list there cannot be opened or written (a read-only or full disk, or no permission)</source>
        <translation>la lista de subidas no se puede abrir ni escribir allí (disco lleno o de solo lectura, o sin permiso)</translation>
    </message>
    <message>
        <source>The saved upload list could not be read, so a new one was started. The old file was kept as {path}.</source>
        <translation>No se pudo leer la lista de subidas guardada, así que se empezó una nueva. El archivo antiguo se conservó como {path}.</translation>
    </message>
    <message>
        <source>The upload is complete; api.video is still encoding it. Open the link later to watch it.</source>
        <translation>La subida ha terminado; api.video todavía lo está codificando. Abre el enlace más tarde para verlo.</translation>
    </message>
    <message>
        <source>api.video could not encode this video ({qualities} failed).</source>
        <translation>api.video no pudo codificar este vídeo (fallaron {qualities}).</translation>
    </message>
    <message>
        <source>With an upload token, api.video cannot tell whether a file was uploaded before, so duplicates are not checked.</source>
        <translation>Con un token de subida, api.video no puede saber si un archivo ya se subió, así que no se comprueban duplicados.</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>Omitido: ya subido como «{title}» ({date}).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; give the API key separately.</source>
        <translation>La dirección no debe contener usuario ni contraseña; indica la clave de API por separado.</translation>
    </message>
    <message>
        <source>“{url}” has no usable port: a port is a number from 1 to 65535.</source>
        <translation>«{url}» no tiene un puerto válido: un puerto es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#” parts; give only the server and, if needed, a path.</source>
        <translation>La dirección no debe contener partes con «?» ni «#»; indica solo el servidor y, si hace falta, una ruta.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it should start with https://).</source>
        <translation>«{url}» no es una dirección web (debería empezar por https://).</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (127.0.0.1 or localhost); use an https:// address.</source>
        <translation>El http simple solo se permite para este ordenador (127.0.0.1 o localhost); usa una dirección https://.</translation>
    </message>
    <message>
        <source>“{text}” is not a size; write it like 50MiB, 1GiB or a number of bytes.</source>
        <translation>«{text}» no es un tamaño; escríbelo como 50MiB, 1GiB o un número de bytes.</translation>
    </message>
    <message>
        <source>“{text}” is not a speed; write it like 5MB/s, 800kB/s, 2MiB/s or a number of bytes per second.</source>
        <translation>«{text}» no es una velocidad; escríbela como 5MB/s, 800kB/s, 2MiB/s o un número de bytes por segundo.</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>No hay ningún llavero del sistema disponible, así que las claves de API solo se guardan en memoria y se volverán a pedir la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>The system keyring stopped working ({error}), so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>El llavero del sistema dejó de funcionar ({error}), así que las claves de API solo se guardan en memoria y se volverán a pedir la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). The details are in the log file.</source>
        <translation>Algo inesperado ha fallado ({kind}). Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Waiting to send again ({cause}).</source>
        <translation>Esperando para reenviar ({cause}).</translation>
    </message>
    <message>
        <source>it looks like an image ({format})</source>
        <translation>parece una imagen ({format})</translation>
    </message>
    <message>
        <source>it looks like an audio file ({format})</source>
        <translation>parece un archivo de audio ({format})</translation>
    </message>
    <message>
        <source>it looks like a document ({format})</source>
        <translation>parece un documento ({format})</translation>
    </message>
    <message>
        <source>it looks like an archive ({format})</source>
        <translation>parece un archivo comprimido ({format})</translation>
    </message>
    <message>
        <source>it looks like a program ({format})</source>
        <translation>parece un programa ({format})</translation>
    </message>
    <message>
        <source>it looks like a database ({format})</source>
        <translation>parece una base de datos ({format})</translation>
    </message>
    <message>
        <source>it looks like a file of another kind ({format})</source>
        <translation>parece un archivo de otro tipo ({format})</translation>
    </message>
    <message>
        <source>it looks like an image</source>
        <translation>parece una imagen</translation>
    </message>
    <message>
        <source>it looks like an audio file</source>
        <translation>parece un archivo de audio</translation>
    </message>
    <message>
        <source>it looks like a document</source>
        <translation>parece un documento</translation>
    </message>
    <message>
        <source>it looks like an archive</source>
        <translation>parece un archivo comprimido</translation>
    </message>
    <message>
        <source>it looks like a program</source>
        <translation>parece un programa</translation>
    </message>
    <message>
        <source>it looks like a database</source>
        <translation>parece una base de datos</translation>
    </message>
    <message>
        <source>it looks like text</source>
        <translation>parece texto</translation>
    </message>
    <message>
        <source>it looks like a file of another kind</source>
        <translation>parece un archivo de otro tipo</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>tubería con nombre</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>archivo especial</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>una clave de API</translation>
    </message>
    <message>
        <source>an upload token</source>
        <translation>un token de subida</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>no se puede conectar con el servidor</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>conexión atascada</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>demasiadas peticiones</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>respuesta ilegible</translation>
    </message>
    <message>
        <source>This computer is kept awake while uploads run</source>
        <translation>Este ordenador se mantiene activo mientras hay subidas</translation>
    </message>
    <message>
        <source>Sleep can&apos;t be prevented on this system</source>
        <translation>En este sistema no se puede impedir la suspensión</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>its format is not one we recognise</source>
        <translation>su formato no es reconocible</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restante</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Recording · {size} sent, waiting for more</source>
        <translation>Grabando · enviado hasta ahora: {size}, esperando más</translation>
    </message>
    <message>
        <source>Recording · {size} sent, sending</source>
        <translation>Grabando · enviado hasta ahora: {size}, enviando</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Waiting · still recording</source>
        <translation>En espera · aún grabando</translation>
    </message>
    <message>
        <source>Its incomplete video was deleted.</source>
        <translation>Su vídeo incompleto se ha eliminado.</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted, so its title now begins with “{mark}”.</source>
        <translation>Su vídeo incompleto no se pudo eliminar, así que su título empieza ahora por «{mark}».</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted or renamed (it was never completed): delete it on api.video.</source>
        <translation>Su vídeo incompleto no se pudo eliminar ni renombrar (nunca se completó): elimínalo en api.video.</translation>
    </message>
    <message>
        <source>The file disappeared before the recording ended ({sent} sent). Nothing was lost: put it back and choose Retry to continue.</source>
        <translation>El archivo desapareció antes de terminar la grabación (enviado: {sent}). No se ha perdido nada: vuelve a ponerlo y elige Reintentar para continuar.</translation>
    </message>
    <message>
        <source>The file became shorter while it was recorded ({on_disk} on disk, {sent} already sent), so what was sent no longer matches it. The file was left as it is: upload it again once the recording is finished.</source>
        <translation>El archivo se acortó mientras se grababa ({on_disk} en el disco, ya enviado: {sent}), así que lo enviado ya no coincide con él. El archivo se ha dejado como está: súbelo de nuevo cuando termine la grabación.</translation>
    </message>
    <message>
        <source>The recording grew past what one api.video video can hold ({sent} sent). Record in shorter pieces.</source>
        <translation>La grabación superó lo que cabe en un vídeo de api.video (enviado: {sent}). Graba en partes más cortas.</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed. Is it still being recorded? Upload it again once it is finished, with a longer settle time in the settings if the recorder pauses.</source>
        <translation>El archivo cambió después de completarse su subida. ¿Se sigue grabando? Súbelo de nuevo cuando termine, con un tiempo de espera más largo en los ajustes si el grabador hace pausas.</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped, so the {sent} sent while it recorded no longer matched it. Uploading the finished file as a new video did not succeed.</source>
        <translation>El grabador reescribió el principio del archivo al detenerse, así que lo enviado durante la grabación ({sent}) ya no coincidía con él. No se pudo subir el archivo terminado como vídeo nuevo.</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed, so it was uploaded again as a new video once it stopped changing.</source>
        <translation>El archivo cambió después de completarse su subida, así que se volvió a subir como vídeo nuevo cuando dejó de cambiar.</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped: the finished file was uploaded again as a new video.</source>
        <translation>El grabador reescribió el principio del archivo al detenerse: el archivo terminado se volvió a subir como vídeo nuevo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The local demo needs no account: its key is filled in for you.</source>
        <translation>La demo local no necesita cuenta: su clave ya está puesta.</translation>
    </message>
    <message>
        <source>Keys are kept in %1.</source>
        <translation>Las claves se guardan en %1.</translation>
    </message>
    <message>
        <source>Your API keys are in the api.video dashboard, under “API keys”:</source>
        <translation>Tus claves de API están en el panel de api.video, en «API keys»:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Keep this computer awake while uploading</source>
        <translation>Mantener este ordenador activo mientras se sube</translation>
    </message>
    <message>
        <source>An upload token lets this app upload videos without your API key, and nothing else: it cannot list your videos or follow their encoding, so earlier uploads are not looked for and a video shows as “Uploaded” rather than “Ready to watch”. The dashboard makes them, under “Upload tokens”; use one when someone shares a token with you.</source>
        <translation>Un token de subida permite a esta aplicación subir vídeos sin su clave de API, y nada más: no puede listar sus vídeos ni seguir su codificación, así que no se buscan subidas anteriores y un vídeo aparece como «Subido» en lugar de «Listo para ver». El panel los crea, en «Upload tokens»; use uno cuando alguien comparta un token con usted.</translation>
    </message>
    <message>
        <source>Your computer’s password store (on Linux the “Secret Service”, such as GNOME Keyring or KWallet; on macOS the Keychain; on Windows the Credential Manager). It keeps the key locked with your login, and this app never writes it to a file or a log.</source>
        <translation>El almacén de contraseñas de su ordenador (en Linux el «Secret Service», como GNOME Keyring o KWallet; en macOS el Llavero; en Windows el Administrador de credenciales). Mantiene la clave protegida con su inicio de sesión, y esta aplicación nunca la escribe en un archivo ni en un registro.</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Where videos go</source>
        <translation>Adónde van los vídeos</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Your api.video key</source>
        <translation>Tu clave de api.video</translation>
    </message>
    <message>
        <source>Use an upload token instead of a key</source>
        <translation>Usar un token de subida en lugar de una clave</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <source>Large files are sent in parts of this size. Smaller parts lose less when the connection drops; larger parts need fewer requests.</source>
        <translation>Los archivos grandes se envían en partes de este tamaño. Las partes pequeñas pierden menos si se corta la conexión; las grandes necesitan menos peticiones.</translation>
    </message>
    <message>
        <source>Part size</source>
        <translation>Tamaño de parte</translation>
    </message>
    <message>
        <source>Files at once</source>
        <translation>Archivos a la vez</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>Limitar la velocidad de subida</translation>
    </message>
    <message>
        <source>Keep some of your connection for other things. The limit covers all uploads together and applies at once, even to uploads already running.</source>
        <translation>Reserva parte de tu conexión para otras cosas. El límite cubre todas las subidas juntas y se aplica al momento, también a las que ya están en curso.</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Notify me when a video is ready to watch or an upload fails</source>
        <translation>Avisarme cuando un vídeo esté listo para ver o falle una subida</translation>
    </message>
    <message>
        <source>A computer that goes to sleep stops its uploads; they continue when it wakes.</source>
        <translation>Un ordenador que se suspende detiene sus subidas; continúan cuando se reactiva.</translation>
    </message>
    <message>
        <source>New videos in this environment</source>
        <translation>Vídeos nuevos en este entorno</translation>
    </message>
    <message>
        <source>Words in braces are filled in for each file:</source>
        <translation>Las palabras entre llaves se rellenan para cada archivo:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>Separadas por comas, p. ej. viajes, 2026</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Public: anyone with the link can watch</source>
        <translation>Público: cualquiera con el enlace puede verlo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Show the app in</source>
        <translation>Mostrar la aplicación en</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → «%2»</translation>
    </message>
    <message>
        <source>Upload token</source>
        <translation>Token de subida</translation>
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
        <translation>En espera</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Checking for an earlier upload</source>
        <translation>Buscando una subida anterior</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Esperando tu respuesta</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>Esperando la red</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Listo para ver</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Already uploaded</source>
        <translation>Ya subido</translation>
    </message>
    <message>
        <source>Waits for its environment</source>
        <translation>Espera a su entorno</translation>
    </message>
    <message>
        <source>server error {status}</source>
        <translation>error del servidor {status}</translation>
    </message>
    <message>
        <source>nothing moved for {time}</source>
        <translation>nada se mueve desde hace {time}</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>no se puede conectar con el servidor</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>conexión atascada</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>demasiadas peticiones</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>respuesta ilegible</translation>
    </message>
    <message>
        <source>Waiting for network · retrying</source>
        <translation>Esperando la red · reintentando</translation>
    </message>
    <message>
        <source>Waiting for network · retrying now</source>
        <translation>Esperando la red · reintentando ahora</translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>Reintentando ahora</translation>
    </message>
    <message>
        <source>Waiting for network · retrying in {time}</source>
        <translation>Esperando la red · reintento en {time}</translation>
    </message>
    <message>
        <source>Retrying in {time}</source>
        <translation>Reintento en {time}</translation>
    </message>
    <message>
        <source>attempt {n}: {cause}</source>
        <translation>intento {n}: {cause}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>intento {n}</translation>
    </message>
    <message>
        <source>{what} ({why})</source>
        <translation>{what} ({why})</translation>
    </message>
    <message>
        <source>{size} to send again</source>
        <translation>{size} por reenviar</translation>
    </message>
    <message>
        <source>{quality} ready</source>
        <translation>{quality} lista</translation>
    </message>
    <message>
        <source>encoding {quality}</source>
        <translation>codificando {quality}</translation>
    </message>
    <message>
        <source>waiting to encode</source>
        <translation>esperando para codificar</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>Omitido: ya subido como «{title}» ({date}).</translation>
    </message>
    <message>
        <source>Already uploaded on {date} as “{title}”.</source>
        <translation>Ya subido como «{title}» ({date}).</translation>
    </message>
    <message>
        <source>{state} · {detail}</source>
        <translation>{state} · {detail}</translation>
    </message>
    <message>
        <source>Failed — {why}</source>
        <translation>Fallido — {why}</translation>
    </message>
    <message>
        <source>Waits for {place}</source>
        <translation>Espera a {place}</translation>
    </message>
    <message>
        <source>Waiting for your API key (add it in Settings)</source>
        <translation>Esperando su clave de API (añádala en Ajustes)</translation>
    </message>
</context>
<context>
    <name>TitleGuard</name>
    <message>
        <source>A video needs a title: the one it had is kept until you type another.</source>
        <translation>Un vídeo necesita un título: conserva el que tenía hasta que escribas otro.</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>La subida se ha detenido.</translation>
    </message>
    <message>
        <source>The upload could not start: no room for its working files (%1).</source>
        <translation>La subida no pudo empezar: no hay espacio para sus archivos de trabajo (%1).</translation>
    </message>
</context>
<context>
    <name>VideoEdits</name>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Send the title, description, tags and privacy again</source>
        <translation>Volver a enviar el título, la descripción, las etiquetas y la privacidad</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Kept for when the video is created.</source>
        <translation>Se usará al crear el vídeo.</translation>
    </message>
    <message>
        <source>This video is on %1: switch to it to change the video.</source>
        <translation>Este vídeo está en %1: cambia a ese entorno para modificarlo.</translation>
    </message>
    <message>
        <source>api.video can&apos;t be reached now. It is sent when the network is back.</source>
        <translation>No se puede contactar con api.video ahora. Se enviará cuando vuelva la red.</translation>
    </message>
    <message>
        <source>the video is no longer on api.video (it was deleted).</source>
        <translation>el vídeo ya no está en api.video (se eliminó).</translation>
    </message>
    <message>
        <source>changing a video needs an API key; an upload token can only upload.</source>
        <translation>para modificar un vídeo hace falta una clave de API; un token de subida solo permite subir.</translation>
    </message>
    <message>
        <source>a video needs a title.</source>
        <translation>un vídeo necesita un título.</translation>
    </message>
    <message>
        <source>api.video refused the change.</source>
        <translation>api.video rechazó el cambio.</translation>
    </message>
    <message>
        <source>api.video refused the change: %1</source>
        <translation>api.video rechazó el cambio: %1</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>The folder “%1” cannot be watched (%2). Check that it exists.</source>
        <translation>No se puede vigilar la carpeta «%1» (%2). Comprueba que existe.</translation>
    </message>
    <message>
        <source>“%1” was uploaded and moved to %2.</source>
        <translation>«%1» se subió y se movió a %2.</translation>
    </message>
    <message>
        <source>“%1” was uploaded and deleted from this computer.</source>
        <translation>«%1» se subió y se eliminó de este ordenador.</translation>
    </message>
    <message>
        <source>“%1” was kept: its video could not be watched yet, so it was not deleted.</source>
        <translation>«%1» se ha conservado: su vídeo aún no se podía ver, así que no se eliminó.</translation>
    </message>
    <message>
        <source>“%1” was kept where it is: it changed since it was sent.</source>
        <translation>«%1» se ha dejado donde está: cambió desde que se envió.</translation>
    </message>
    <message>
        <source>“%1” could not be moved or deleted (%2).</source>
        <translation>«%1» no se pudo mover ni eliminar (%2).</translation>
    </message>
    <message>
        <source>“%1” was uploaded and kept.</source>
        <translation>«%1» se subió y se conservó.</translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Every video that appears in these folders, or is there already and was never uploaded, is uploaded once while the app runs. Hidden files, unfinished downloads and other files are left alone.</source>
        <translation>Cada vídeo que aparece en estas carpetas, o que ya está y nunca se subió, se sube una vez mientras la app está abierta. Los archivos ocultos, las descargas sin terminar y los demás archivos no se tocan.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Videos go to</source>
        <translation>Los vídeos van a</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Title: {name} is the file&apos;s name, {folder} its folder, {date} the day it is uploaded, {n} its number.</source>
        <translation>Título: {name} es el nombre del archivo, {folder} su carpeta, {date} el día de la subida, {n} su número.</translation>
    </message>
    <message>
        <source>Files still being written</source>
        <translation>Archivos que aún se están escribiendo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Finished after</source>
        <translation>Terminado tras</translation>
    </message>
    <message>
        <source>A file written more recently than this is taken as still being recorded or copied: it is sent as it grows, and completed once it has not changed for this long.</source>
        <translation>Un archivo escrito hace menos de este tiempo se considera aún en grabación o en copia: se envía a medida que crece y se completa cuando lleva este tiempo sin cambiar.</translation>
    </message>
    <message>
        <source>Files I add that are still being written also upload while they grow</source>
        <translation>Los archivos que añado y que aún se están escribiendo también se suben mientras crecen</translation>
    </message>
    <message>
        <source>Start at login, hidden in the tray, watching</source>
        <translation>Iniciar al abrir sesión, oculta en la bandeja, vigilando</translation>
    </message>
    <message>
        <source>Once a file is uploaded</source>
        <translation>Cuando un archivo se ha subido</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>Dejarlo donde está</translation>
    </message>
    <message>
        <source>Move it to a folder</source>
        <translation>Moverlo a una carpeta</translation>
    </message>
    <message>
        <source>Delete it from this computer</source>
        <translation>Eliminarlo de este ordenador</translation>
    </message>
    <message>
        <source>Folder for uploaded files</source>
        <translation>Carpeta para los archivos subidos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Nothing is moved or deleted before api.video holds every byte. A file is deleted only once its video can be watched, and a file that changed since it was sent is always kept.</source>
        <translation>No se mueve ni elimina nada antes de que api.video tenga todos los bytes. Un archivo solo se elimina cuando su vídeo se puede ver, y un archivo que cambió desde que se envió siempre se conserva.</translation>
    </message>
    <message>
        <source>The environment in use</source>
        <translation>El entorno en uso</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Vigilar una carpeta</translation>
    </message>
    <message>
        <source>Move uploaded files to</source>
        <translation>Mover los archivos subidos a</translation>
    </message>
    <message>
        <source>Choose the folder uploaded files are moved to.</source>
        <translation>Elige la carpeta a la que se mueven los archivos subidos.</translation>
    </message>
    <message>
        <source>Uploaded files cannot be moved into a watched folder: choose another.</source>
        <translation>Los archivos subidos no se pueden mover a una carpeta vigilada: elige otra.</translation>
    </message>
    <message>
        <source>Starting at login could not be set up (%1).</source>
        <translation>No se pudo configurar el inicio al abrir sesión (%1).</translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>No se vigila ninguna carpeta.</translation>
    </message>
    <message>
        <source>Watched folders…</source>
        <translation>Carpetas vigiladas…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Upload here instead</source>
        <translation>Subir aquí en su lugar</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>Añadir vídeos…</translation>
    </message>
    <message>
        <source>Choose video files to upload</source>
        <translation>Elegir archivos de vídeo para subir</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add every video in a folder and its sub-folders</source>
        <translation>Añadir todos los vídeos de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the selected uploads</source>
        <translation>Pausar las subidas seleccionadas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continue the selected uploads</source>
        <translation>Continuar las subidas seleccionadas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>Detener las subidas seleccionadas</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled uploads again</source>
        <translation>Volver a intentar las subidas seleccionadas fallidas o canceladas</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <source>Pause the selected uploads, or resume them if they are paused</source>
        <translation>Pausar las subidas seleccionadas o reanudarlas si están en pausa</translation>
    </message>
    <message>
        <source>Still recording</source>
        <translation>Aún grabando</translation>
    </message>
    <message>
        <source>The file is still being recorded: send it as it grows, and complete it once it stops changing</source>
        <translation>El archivo aún se está grabando: enviarlo a medida que crece y completarlo cuando deje de cambiar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the selected files out of the list</source>
        <translation>Quitar de la lista los archivos seleccionados</translation>
    </message>
    <message>
        <source>Send the selected files to the environment in use now instead of the one they were added for</source>
        <translation>Enviar los archivos seleccionados al entorno actual en lugar del entorno para el que se añadieron</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir en la lista</translation>
    </message>
    <message>
        <source>Upload the selected files sooner</source>
        <translation>Subir antes los archivos seleccionados</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar en la lista</translation>
    </message>
    <message>
        <source>Upload the selected files later</source>
        <translation>Subir después los archivos seleccionados</translation>
    </message>
    <message>
        <source>Move to top</source>
        <translation>Mover al principio</translation>
    </message>
    <message>
        <source>Upload the selected files first</source>
        <translation>Subir primero los archivos seleccionados</translation>
    </message>
    <message>
        <source>Move to bottom</source>
        <translation>Mover al final</translation>
    </message>
    <message>
        <source>Upload the selected files last</source>
        <translation>Subir al final los archivos seleccionados</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Reintentar todas las fallidas</translation>
    </message>
    <message>
        <source>Remove finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Environment, API key and upload options</source>
        <translation>Entorno, clave de API y opciones de subida</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the player link of the selected video</source>
        <translation>Copiar el enlace del reproductor del vídeo seleccionado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Show the videos uploaded before</source>
        <translation>Mostrar los vídeos subidos antes</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Upload to %1 instead</source>
        <translation>Subir a %1 en su lugar</translation>
    </message>
</context>
</TS>
