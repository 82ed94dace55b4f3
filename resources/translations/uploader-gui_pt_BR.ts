<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>App</name>
    <message>
        <source>The upload list cannot be kept on disk (%1). Uploads work, but unfinished ones will not continue after the app closes.</source>
        <translation>A lista de envios não pode ser salva no disco (%1). Os envios funcionam, mas os que não terminarem não continuarão depois que o app for fechado.</translation>
    </message>
    <message>
        <source>the local demo server could not start (%1).</source>
        <translation>o servidor de demonstração local não pôde iniciar (%1).</translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>não pode ser lido (movido, excluído ou sem permissão)</translation>
    </message>
    <message>
        <source>empty: there is no cue or chapter in it</source>
        <translation>vazio: não há nenhuma legenda nem capítulo nele</translation>
    </message>
    <message>
        <source>too large (api.video takes files of up to 8.39 MB)</source>
        <translation>grande demais (a api.video aceita arquivos de até 8,39 MB)</translation>
    </message>
    <message>
        <source>not a subtitle file</source>
        <translation>não é um arquivo de legendas</translation>
    </message>
    <message>
        <source>a cue&apos;s time cannot be used: it must end after it starts, with minutes and seconds up to 59</source>
        <translation>o tempo de uma legenda não pode ser usado: ela deve terminar depois de começar, com minutos e segundos até 59</translation>
    </message>
    <message>
        <source>not a chapter: write a time, then a title, e.g. “1:05 The idea”</source>
        <translation>não é um capítulo: escreva um tempo e depois um título, por exemplo “1:05 A ideia”</translation>
    </message>
    <message>
        <source>the first chapter must start at 0:00</source>
        <translation>o primeiro capítulo deve começar em 0:00</translation>
    </message>
    <message>
        <source>each chapter must start after the one above it</source>
        <translation>cada capítulo deve começar depois do anterior</translation>
    </message>
    <message>
        <source>not a JPEG, PNG or WebP image</source>
        <translation>não é uma imagem JPEG, PNG ou WebP</translation>
    </message>
    <message>
        <source>refused by api.video: %1</source>
        <translation>recusado pelo api.video: %1</translation>
    </message>
    <message>
        <source>not sent: the video no longer exists on api.video</source>
        <translation>não enviado: o vídeo não existe mais no api.video</translation>
    </message>
    <message>
        <source>not sent: captions, chapters and thumbnails need an API key, not an upload token</source>
        <translation>não enviado: legendas, capítulos e miniaturas precisam de uma chave de API, não de um token de envio</translation>
    </message>
    <message>
        <source>Captions, chapters and thumbnails were skipped: sending them needs an API key, not an upload token. They go once an API key is set for this environment.</source>
        <translation>Legendas, capítulos e miniaturas foram ignorados: para enviá-los é preciso uma chave de API, não um token de envio. Eles serão enviados quando houver uma chave de API para este ambiente.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (linha %2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (and more: see the details)</source>
        <translation>%1: %2 (e mais: veja os detalhes)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Legendas</translation>
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
        <translation>quadro em %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentSection</name>
    <message>
        <source>None yet. Files named like the video (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg) are added with it.</source>
        <translation>Nenhum ainda. Arquivos com o mesmo nome do vídeo (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg) são adicionados com ele.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag: write one like en, fr or pt-BR.</source>
        <translation>“%1” não é um código de idioma: escreva um como en, fr ou pt-BR.</translation>
    </message>
    <message>
        <source>“%1” is not a time in the video: write one like 00:01:05, 00:01:05.500 or 65 (seconds).</source>
        <translation>“%1” não é um momento do vídeo: escreva um como 00:01:05, 00:01:05.500 ou 65 (segundos).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Captions &amp; chapters</source>
        <translation>Legendas e capítulos</translation>
    </message>
    <message>
        <source>Captions, chapters, thumbnail</source>
        <translation>Legendas, capítulos, miniatura</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Do not send the selected one with the video</source>
        <translation>Não enviar o item selecionado com o vídeo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Send what failed again, once its file is fixed (the video is not sent again)</source>
        <translation>Enviar de novo o que falhou, depois de corrigir o arquivo (o vídeo não é enviado de novo)</translation>
    </message>
    <message>
        <source>Add subtitles…</source>
        <translation>Adicionar legendas…</translation>
    </message>
    <message>
        <source>Choose an SRT or WebVTT subtitle file, or a chapters list, in the language beside</source>
        <translation>Escolha um arquivo de legendas SRT ou WebVTT, ou uma lista de capítulos, no idioma indicado ao lado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the file you add: en, fr, pt-BR…</source>
        <translation>O idioma do arquivo que você adicionar: en, fr, pt-BR…</translation>
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
        <translation>Arquivo de imagem…</translation>
    </message>
    <message>
        <source>Frame at a time…</source>
        <translation>Quadro de um momento…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Choose subtitles or chapters</source>
        <translation>Escolha legendas ou capítulos</translation>
    </message>
    <message>
        <source>Subtitles and chapters (*.srt *.vtt *.txt)</source>
        <translation>Legendas e capítulos (*.srt *.vtt *.txt)</translation>
    </message>
    <message>
        <source>Choose a thumbnail</source>
        <translation>Escolha uma miniatura</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Thumbnail from the video</source>
        <translation>Miniatura a partir do vídeo</translation>
    </message>
    <message>
        <source>The frame at (e.g. 00:01:05 or 65 seconds):</source>
        <translation>O quadro em (por exemplo 00:01:05 ou 65 segundos):</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Only the details you tick change; the others stay as they are.</source>
        <translation>Só mudam os dados que você marcar; os outros ficam como estão.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>{name}: the tidied file name, {file}: the file name, {folder}: its folder, {date}: today, {n}: 1, 2, 3… in the order of the list</source>
        <translation>{name}: o nome do arquivo arrumado, {file}: o nome do arquivo, {folder}: a pasta dele, {date}: hoje, {n}: 1, 2, 3… na ordem da lista</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Comma-separated; empty removes every tag</source>
        <translation>Separadas por vírgulas; vazio remove todas as tags</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Deixar como está</translation>
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
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar dados…</translation>
    </message>
    <message>
        <source>Set the title, tags or privacy of every selected file at once</source>
        <translation>Definir de uma vez o título, as tags ou a privacidade de todos os arquivos selecionados</translation>
    </message>
</context>
<context>
    <name>ChunkStrip</name>
    <message>
        <source>Progress of each part</source>
        <translation>Progresso de cada parte</translation>
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
        <translation>Conectado a %1: a chave de API funciona.</translation>
    </message>
    <message>
        <source>Connected to %1: the upload token works.</source>
        <translation>Conectado a %1: o token de envio funciona.</translation>
    </message>
    <message>
        <source>Enter an API key (or an upload token) first.</source>
        <translation>Primeiro, informe uma chave de API (ou um token de envio).</translation>
    </message>
    <message>
        <source>The test could not run (%1). The details are in the log file.</source>
        <translation>O teste não pôde ser executado (%1). Os detalhes estão no arquivo de log.</translation>
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
            <numerusform>%n enviando</numerusform>
            <numerusform>%n enviando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send again</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n para enviar de novo</numerusform>
            <numerusform>%n para enviar de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n dropped item(s)…</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Verificando %n item arrastado…</numerusform>
            <numerusform>Verificando %n itens arrastados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n video(s) to the queue.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n vídeo adicionado à fila.</numerusform>
            <numerusform>%n vídeos adicionados à fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because they cannot be uploaded.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n arquivo ignorado porque não pode ser enviado.</numerusform>
            <numerusform>%n arquivos ignorados porque não podem ser enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>…e mais %n.</numerusform>
            <numerusform>…e mais %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will upload to %1.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n arquivo será enviado para %1.</numerusform>
            <numerusform>%n arquivos serão enviados para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n enviando</numerusform>
            <numerusform>%n enviando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n pausado</numerusform>
            <numerusform>%n pausados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n em processamento</numerusform>
            <numerusform>%n em processamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n concluído</numerusform>
            <numerusform>%n concluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: %n waiting upload(s) trying again now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>Bem-vindo de volta: %n envio pendente está sendo retomado agora.</numerusform>
            <numerusform>Bem-vindo de volta: %n envios pendentes estão sendo retomados agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n waiting upload(s) going on now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>A rede voltou: %n envio pendente continua agora.</numerusform>
            <numerusform>A rede voltou: %n envios pendentes continuam agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop, and continue where they stopped the next time you open %1.

Quit now?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n envio não terminou. Se você sair agora, ele para e continua de onde parou na próxima vez que você abrir o %1.

Sair agora?</numerusform>
            <numerusform>%n envios não terminaram. Se você sair agora, eles param e continuam de onde pararam na próxima vez que você abrir o %1.

Sair agora?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop; files that were partly sent must be uploaded again.

Quit anyway?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n envio não terminou. Se você sair agora, ele para; um arquivo enviado em parte terá de ser enviado de novo.

Sair mesmo assim?</numerusform>
            <numerusform>%n envios não terminaram. Se você sair agora, eles param; os arquivos enviados em parte terão de ser enviados de novo.

Sair mesmo assim?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) ready to watch</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n vídeo pronto para assistir</numerusform>
            <numerusform>%n vídeos prontos para assistir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) uploaded</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n vídeo enviado</numerusform>
            <numerusform>%n vídeos enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n já estava lá</numerusform>
            <numerusform>%n já estavam lá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
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
            <numerusform>Editar %n arquivo</numerusform>
            <numerusform>Editar %n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n file(s) if they were uploaded before</source>
        <comment>DuplicatePrompt</comment>
        <translation>
            <numerusform>Fazer o mesmo com o outro arquivo (%n) se ele já foi enviado</numerusform>
            <numerusform>Fazer o mesmo com os outros %n arquivos se eles já foram enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list. They stay in History.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n vídeo concluído retirado da lista. Ele continua no histórico.</numerusform>
            <numerusform>%n vídeos concluídos retirados da lista. Eles continuam no histórico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>%n vídeo concluído retirado da lista.</numerusform>
            <numerusform>%n vídeos concluídos retirados da lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s)</source>
        <comment>Watch</comment>
        <translation>
            <numerusform>Monitorando %n pasta</numerusform>
            <numerusform>Monitorando %n pastas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>The app ran into a problem it did not expect. Uploads that were running carry on if they can. If this keeps happening, please send the log file:
%1</source>
        <translation>O app encontrou um problema inesperado. Os envios em andamento continuam, se puderem. Se isso continuar acontecendo, envie o arquivo de log:
%1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(sem arquivo de log)</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The upload has started: changes to the title, description, tags and privacy are sent to the video as you make them. The MP4 choice stays as it was.</source>
        <translation>O envio já começou: as mudanças de título, descrição, tags e privacidade vão para o vídeo conforme você as faz. A opção de MP4 fica como estava.</translation>
    </message>
    <message>
        <source>The video was uploaded with these details.</source>
        <translation>O vídeo foi enviado com estes detalhes.</translation>
    </message>
    <message>
        <source>Changes to the title, description, tags and privacy are sent to the video as you make them.</source>
        <translation>As mudanças de título, descrição, tags e privacidade vão para o vídeo conforme você as faz.</translation>
    </message>
    <message>
        <source>This file was already on api.video, so it was not sent again: these links lead to that video. Choose Retry to upload it anyway.</source>
        <translation>Este arquivo já estava no api.video, então não foi enviado de novo: estes links levam a esse vídeo. Escolha Tentar novamente para enviá-lo mesmo assim.</translation>
    </message>
    <message>
        <source>Optional: what is this video about?</source>
        <translation>Opcional: sobre o que é este vídeo?</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>Separadas por vírgulas, por exemplo viagem, 2026</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Seu vídeo</translation>
    </message>
    <message>
        <source>Player link</source>
        <translation>Link do player</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Copy the player link, to paste in a message or a post</source>
        <translation>Copiar o link do player, para colar em uma mensagem ou publicação</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Copiar código de incorporação</translation>
    </message>
    <message>
        <source>Copy the &lt;iframe&gt; code that puts the player on a page</source>
        <translation>Copiar o código &lt;iframe&gt; que coloca o player em uma página</translation>
    </message>
    <message>
        <source>Copy HLS URL</source>
        <translation>Copiar URL HLS</translation>
    </message>
    <message>
        <source>Copy the stream address for your own player</source>
        <translation>Copiar o endereço do stream para o seu próprio player</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>The title viewers see</source>
        <translation>O título que os espectadores veem</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Anyone with the link can watch it.</source>
        <translation>Qualquer pessoa com o link pode assistir.</translation>
    </message>
    <message>
        <source>Also make a downloadable MP4</source>
        <translation>Gerar também um MP4 para download</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Nenhum arquivo selecionado</translation>
    </message>
    <message>
        <source>Select a file in the list to see its details.</source>
        <translation>Selecione um arquivo na lista para ver os detalhes.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link copiado.</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>Código de incorporação copiado.</translation>
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
        <translation>Solte seus vídeos aqui</translation>
    </message>
    <message>
        <source>Files or whole folders. Large videos are sent in parts and survive a lost connection.</source>
        <translation>Arquivos ou pastas inteiras. Vídeos grandes são enviados em partes e resistem a uma queda de conexão.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>Adicionar vídeos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>Already uploaded</source>
        <translation>Já enviado</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Upload it again as a new video, skip it, or open the video already there.</source>
        <translation>Enviar de novo como um vídeo novo, ignorá-lo ou abrir o vídeo que já está lá.</translation>
    </message>
    <message>
        <source>Upload again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorar</translation>
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
        <translation>Produção</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Demonstração local</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>Sandbox · test only</source>
        <translation>Sandbox · só para testes</translation>
    </message>
    <message>
        <source>Local demo · nothing leaves this computer</source>
        <translation>Demonstração local · nada sai deste computador</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>Videos go to your live api.video account.</source>
        <translation>Os vídeos vão para a sua conta real do api.video.</translation>
    </message>
    <message>
        <source>Sandbox videos are limited to 30 seconds, watermarked, and deleted after 24 hours.</source>
        <translation>Os vídeos do Sandbox são limitados a 30 segundos, levam marca d’água e são excluídos após 24 horas.</translation>
    </message>
    <message>
        <source>Uploads go to a practice server running inside this app; nothing is published.</source>
        <translation>Os envios vão para um servidor de treino que roda dentro deste app; nada é publicado.</translation>
    </message>
    <message>
        <source>Uploads go to a server address you entered.</source>
        <translation>Os envios vão para um endereço de servidor que você informou.</translation>
    </message>
    <message>
        <source>the file name, tidied (holiday_in_rome.mp4 → holiday in rome)</source>
        <translation>o nome do arquivo, arrumado (ferias_em_roma.mp4 → ferias em roma)</translation>
    </message>
    <message>
        <source>the file name as it is, without its extension</source>
        <translation>o nome do arquivo como está, sem a extensão</translation>
    </message>
    <message>
        <source>the name of the folder holding the file</source>
        <translation>o nome da pasta que contém o arquivo</translation>
    </message>
    <message>
        <source>today&apos;s date (2026-11-29)</source>
        <translation>a data de hoje (2026-11-29)</translation>
    </message>
    <message>
        <source>the file&apos;s number in the drop (1, 2, 3…)</source>
        <translation>o número do arquivo entre os arrastados (1, 2, 3…)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Ambiente: %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentSession</name>
    <message>
        <source>Add your api.video API key to start uploading.</source>
        <translation>Adicione sua chave de API do api.video para começar a enviar.</translation>
    </message>
    <message>
        <source>Add your API key for %1 to start uploading.</source>
        <translation>Adicione sua chave de API de %1 para começar a enviar.</translation>
    </message>
    <message>
        <source>Your API key is kept for this session only: the system keyring is not available, so you will be asked for the key again next time.</source>
        <translation>Sua chave de API fica guardada só nesta sessão: o chaveiro do sistema não está disponível, então ela será pedida de novo na próxima vez.</translation>
    </message>
    <message>
        <source>The upload address in Settings cannot be used: %1</source>
        <translation>O endereço de envio nas Configurações não pode ser usado: %1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configurações</translation>
    </message>
    <message>
        <source>Add your API key</source>
        <translation>Adicionar sua chave de API</translation>
    </message>
    <message>
        <source>Try it with no account</source>
        <translation>Experimentar sem conta</translation>
    </message>
    <message>
        <source>This is the demo: videos go to a practice server on this computer and nothing reaches api.video. Add your API key to upload for real.</source>
        <translation>Isto é a demonstração: os vídeos vão para um servidor de teste neste computador e nada chega à api.video. Adicione sua chave de API para enviar de verdade.</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Nenhum ambiente</translation>
    </message>
    <message>
        <source>Could not read the unfinished uploads saved on this computer, so they are not listed now. Nothing was deleted.</source>
        <translation>Não foi possível ler os envios não concluídos salvos neste computador, então eles não aparecem agora. Nada foi excluído.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Where the logs are</source>
        <translation>Onde fica o log</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>Tab	Move between the toolbar, the list and the details</source>
        <translation>Tab	Alternar entre a barra de ferramentas, a lista e os detalhes</translation>
    </message>
    <message>
        <source>No log file is kept this time.</source>
        <translation>Nenhum arquivo de log está sendo gravado desta vez.</translation>
    </message>
    <message>
        <source>The log is written to:
%1</source>
        <translation>O log é gravado em:
%1</translation>
    </message>
    <message>
        <source>It never holds your API key. Send it along when you report a problem.</source>
        <translation>Ele nunca contém sua chave de API. Anexe-o quando relatar um problema.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Uploads your videos to api.video, and picks up where it stopped when the connection drops or the computer sleeps.</source>
        <translation>Envia seus vídeos para o api.video e continua de onde parou quando a conexão cai ou o computador entra em suspensão.</translation>
    </message>
</context>
<context>
    <name>HistoryEdits</name>
    <message>
        <source>Delete this video?</source>
        <translation>Excluir este vídeo?</translation>
    </message>
    <message>
        <source>“%1” will be deleted from api.video and its links will stop working.

You can restore it from Recently deleted for %2 days.</source>
        <translation>“%1” será excluído do api.video e os links dele vão parar de funcionar.

Você pode restaurá-lo em Excluídos recentemente por %2 dias.</translation>
    </message>
    <message>
        <source>Deleted — can be restored until %1</source>
        <translation>Excluído — pode ser restaurado até %1</translation>
    </message>
    <message>
        <source>The video&apos;s details were saved.</source>
        <translation>Os dados do vídeo foram salvos.</translation>
    </message>
    <message>
        <source>The video was deleted. Restore it from Recently deleted.</source>
        <translation>O vídeo foi excluído. Restaure-o em Excluídos recentemente.</translation>
    </message>
    <message>
        <source>The video was restored.</source>
        <translation>O vídeo foi restaurado.</translation>
    </message>
    <message>
        <source>The details were not saved: %1</source>
        <translation>Os dados não foram salvos: %1</translation>
    </message>
    <message>
        <source>The video was not deleted: %1</source>
        <translation>O vídeo não foi excluído: %1</translation>
    </message>
    <message>
        <source>The video was not restored: %1</source>
        <translation>O vídeo não foi restaurado: %1</translation>
    </message>
    <message>
        <source>Edit video details</source>
        <translation>Editar dados do vídeo</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Excluídos recentemente</translation>
    </message>
    <message>
        <source>Show the videos deleted in the last 90 days</source>
        <translation>Mostrar os vídeos excluídos nos últimos 90 dias</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar dados…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Captions &amp; thumbnail…</source>
        <translation>Legendas e miniatura…</translation>
    </message>
    <message>
        <source>Show the video in the queue, where captions, chapters and a new thumbnail can be added</source>
        <translation>Mostrar o vídeo na fila, onde dá para adicionar legendas, capítulos e uma nova miniatura</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>The history lives in the saved upload list. The local demo and sessions without a saved list keep none.</source>
        <translation>O histórico vem da lista de envios salva. A demonstração local e as sessões sem lista salva não guardam histórico.</translation>
    </message>
    <message>
        <source>Finished and failed uploads appear here, with their links.</source>
        <translation>Os envios concluídos e os que falharam aparecem aqui, com seus links.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
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
        <translation>Pesquisar títulos e nomes de arquivo</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Pesquisar no histórico</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Copiar código de incorporação</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Histórico de envios</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link copiado.</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>Código de incorporação copiado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The environment can be changed when no upload is in progress (paused ones included).</source>
        <translation>O ambiente só pode ser trocado quando nenhum envio está em andamento (incluindo os pausados).</translation>
    </message>
    <message>
        <source>Uploads are still running</source>
        <translation>Ainda há envios em andamento</translation>
    </message>
    <message>
        <source>Could not check whether “%1” was uploaded before; uploading it anyway.</source>
        <translation>Não foi possível verificar se “%1” já foi enviado antes; ele será enviado mesmo assim.</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Fila de envios</translation>
    </message>
    <message>
        <source>Uploading to</source>
        <translation>Enviando para</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>Details of the video</source>
        <translation>Detalhes do vídeo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>Adicionar vídeos</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>Ver por quê</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Arquivos ignorados</translation>
    </message>
    <message>
        <source>Only video files are added. Open the details to see why each file was left out.</source>
        <translation>Só arquivos de vídeo são adicionados. Abra os detalhes para ver por que cada arquivo ficou de fora.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link copiado.</translation>
    </message>
    <message>
        <source>Cancel every upload?</source>
        <translation>Cancelar todos os envios?</translation>
    </message>
    <message>
        <source>Files that were partly sent must be uploaded again.</source>
        <translation>Os arquivos enviados em parte terão de ser enviados de novo.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>faltam cerca de %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Ready to watch</source>
        <translation>Pronto para assistir</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Falha no envio</translation>
    </message>
    <message>
        <source>All uploads finished</source>
        <translation>Todos os envios foram concluídos</translation>
    </message>
    <message>
        <source>Uploads finished, some still waiting</source>
        <translation>Envios concluídos, alguns ainda aguardam</translation>
    </message>
    <message>
        <source>“%1” is ready to watch.</source>
        <translation>“%1” está pronto para assistir.</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>Não foi possível enviar “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded.</source>
        <translation>Não foi possível enviar “%1”.</translation>
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
        <translation>A chave de API foi recusada. Verifique se é a chave deste ambiente.</translation>
    </message>
    <message>
        <source>The upload token was refused: it may have expired or been deleted.</source>
        <translation>O token de envio foi recusado: ele pode ter expirado ou sido excluído.</translation>
    </message>
    <message>
        <source>api.video refused access for this account: {reason}</source>
        <translation>O api.video recusou o acesso desta conta: {reason}</translation>
    </message>
    <message>
        <source>api.video asked us to slow down; waiting before the next request.</source>
        <translation>O api.video pediu para ir mais devagar; aguardando antes da próxima solicitação.</translation>
    </message>
    <message>
        <source>The server had a problem ({status}). It will be tried again.</source>
        <translation>O servidor teve um problema ({status}). Uma nova tentativa será feita.</translation>
    </message>
    <message>
        <source>The video no longer exists on api.video (it may have been deleted).</source>
        <translation>O vídeo não existe mais no api.video (ele pode ter sido excluído).</translation>
    </message>
    <message>
        <source>The server does not offer this request; check the server address.</source>
        <translation>O servidor não oferece esta solicitação; verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>api.video refused the upload: {reason}</source>
        <translation>O api.video recusou o envio: {reason}</translation>
    </message>
    <message>
        <source>The server sent an answer the uploader cannot read.</source>
        <translation>O servidor enviou uma resposta que o app não consegue ler.</translation>
    </message>
    <message>
        <source>The server sent an answer far larger than any api.video answer.</source>
        <translation>O servidor enviou uma resposta muito maior do que qualquer resposta do api.video.</translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere ({where}). The uploader does not follow redirects, so your key stays with this server: check the server address.</source>
        <translation>O servidor tentou mandar a solicitação para outro lugar ({where}). O app não segue redirecionamentos, para que sua chave fique com este servidor: verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>Give either an API key or an upload token.</source>
        <translation>Informe uma chave de API ou um token de envio.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the internet connection.</source>
        <translation>Não foi possível alcançar o servidor. Verifique a conexão com a internet.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {address}. Check the server address and the internet connection.</source>
        <translation>Não foi possível acessar o servidor em {address}. Verifique o endereço do servidor e a conexão com a internet.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the internet connection.</source>
        <translation>O servidor não respondeu a tempo. Verifique a conexão com a internet.</translation>
    </message>
    <message>
        <source>Nothing moved for {seconds} s: the connection stalled. Check the internet connection.</source>
        <translation>Nada avançou por {seconds} s: a conexão travou. Verifique a conexão com a internet.</translation>
    </message>
    <message>
        <source>{cause} Gave up after {attempts} attempts.</source>
        <translation>{cause} Desistiu após {attempts} tentativas.</translation>
    </message>
    <message>
        <source>The file was moved or deleted during the upload.</source>
        <translation>O arquivo foi movido ou excluído durante o envio.</translation>
    </message>
    <message>
        <source>The file changed on disk during the upload; upload it again when it is final.</source>
        <translation>O arquivo mudou no disco durante o envio; envie-o de novo quando estiver pronto.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>O arquivo está vazio (0 bytes).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>O arquivo não existe.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied).</source>
        <translation>O arquivo não pode ser lido (permissão negada).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Isto é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a video file ({what}).</source>
        <translation>Isto não parece ser um arquivo de vídeo ({what}).</translation>
    </message>
    <message>
        <source>The file is {size}; api.video accepts videos of up to {limit}.</source>
        <translation>O arquivo tem {size}; o api.video aceita vídeos de até {limit}.</translation>
    </message>
    <message>
        <source>This is a {what}, not a regular file, so it cannot be uploaded.</source>
        <translation>Isto é um item do tipo “{what}”, não um arquivo comum, então não pode ser enviado.</translation>
    </message>
    <message>
        <source>This link leads round in a circle and never reaches a file.</source>
        <translation>Este link anda em círculos e nunca chega a um arquivo.</translation>
    </message>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>O arquivo não pode ser lido ({error}).</translation>
    </message>
    <message>
        <source>This folder cannot be opened ({error}).</source>
        <translation>Esta pasta não pode ser aberta ({error}).</translation>
    </message>
    <message>
        <source>Only the first {limit} files were added; add the rest separately.</source>
        <translation>Só os primeiros {limit} arquivos foram adicionados; adicione o restante separadamente.</translation>
    </message>
    <message>
        <source>This file cannot be uploaded.</source>
        <translation>Este arquivo não pode ser enviado.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>O envio foi cancelado.</translation>
    </message>
    <message>
        <source>The server answered with another video than the one uploaded.</source>
        <translation>O servidor respondeu com um vídeo diferente do que foi enviado.</translation>
    </message>
    <message>
        <source>The connection dropped just after the start of the file was sent with the upload token, so api.video may already have made a video of it. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>A conexão caiu logo depois de o início do arquivo ser enviado com o token de envio, então o api.video talvez já tenha criado um vídeo com ele. Confira a lista de vídeos no api.video antes de tentar de novo, para o vídeo não ser criado duas vezes.</translation>
    </message>
    <message>
        <source>The server refused part of the file as already received, although it had never been sent, so the upload is not complete. Try again later.</source>
        <translation>O servidor recusou uma parte do arquivo como já recebida, embora ela nunca tenha sido enviada, então o envio não está completo. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file, and an upload token cannot ask it. Try the upload again: what the server already has is not sent twice.</source>
        <translation>O servidor não confirmou que recebeu o arquivo inteiro, e um token de envio não permite perguntar. Tente enviar de novo: o que o servidor já tem não é enviado duas vezes.</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file. Try the upload again.</source>
        <translation>O servidor não confirmou que recebeu o arquivo inteiro. Tente enviar de novo.</translation>
    </message>
    <message>
        <source>The connection dropped while the video was being created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>A conexão caiu enquanto o vídeo estava sendo criado. Confira a lista de vídeos no api.video antes de tentar de novo, para o vídeo não ser criado duas vezes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to creating the video could not be read, so it may have been created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>Não foi possível ler a resposta do servidor à criação do vídeo, então ele pode ter sido criado. Confira a lista de vídeos no api.video antes de tentar de novo, para o vídeo não ser criado duas vezes.</translation>
    </message>
    <message>
        <source>The server&apos;s record of the parts already sent fits no part size, so the upload cannot be continued safely. Upload the file again as a new video.</source>
        <translation>O registro do servidor das partes já enviadas não corresponde a nenhum tamanho de parte, então o envio não pode continuar com segurança. Envie o arquivo de novo como um vídeo novo.</translation>
    </message>
    <message>
        <source>Links are not available with an upload token; find the video in your api.video dashboard.</source>
        <translation>Os links não estão disponíveis com um token de envio; encontre o vídeo no seu painel do api.video.</translation>
    </message>
    <message>
        <source>“{name}” changed since it was queued, so nothing more of it was sent. Upload it again as a new video if the new version is the one you want.</source>
        <translation>“{name}” mudou desde que entrou na fila, então nada mais dele foi enviado. Envie-o de novo como um vídeo novo se a nova versão for a que você quer.</translation>
    </message>
    <message>
        <source>“{name}” is no longer at {path} or cannot be read, so nothing more of it was sent. Put it back to continue, or remove it from the queue.</source>
        <translation>“{name}” não está mais em {path} ou não pode ser lido, então nada mais dele foi enviado. Coloque-o de volta para continuar ou remova-o da fila.</translation>
    </message>
    <message>
        <source>The upload list could not be saved ({error}), so the upload was stopped to keep its progress honest. Free some disk space and continue.</source>
        <translation>Não foi possível salvar a lista de envios ({error}), então o envio foi interrompido para que o progresso continue correto. Libere espaço em disco e continue.</translation>
    </message>
    <message>
        <source>“{name}” cannot be continued safely: the server&apos;s record of its parts does not match the part size it was started with, so nothing more was sent.</source>
        <translation>“{name}” não pode continuar com segurança: o registro do servidor das partes dele não corresponde ao tamanho de parte com que foi iniciado, então nada mais foi enviado.</translation>
    </message>
    <message>
        <source>Replaced by an upload of the changed file as a new video.</source>
        <translation>Substituído por um envio do arquivo alterado como um vídeo novo.</translation>
    </message>
    <message>
        <source>Uploading while recording needs an API key: an upload token cannot ask api.video which parts it already holds.</source>
        <translation>Enviar durante a gravação exige uma chave de API: um token de envio não consegue perguntar ao api.video quais partes ele já tem.</translation>
    </message>
    <message>
        <source>The recording could not be uploaded as it was written.</source>
        <translation>Não foi possível enviar a gravação à medida que era gravada.</translation>
    </message>
    <message>
        <source>“{name}” was queued to upload with {wanted}, but {given} was given to continue it.</source>
        <translation>“{name}” entrou na fila para ser enviado com {wanted}, mas {given} foi informado para continuá-lo.</translation>
    </message>
    <message>
        <source>{app} is already running and uploading this queue. Switch to that window, or wait until it has finished.</source>
        <translation>O {app} já está aberto e enviando esta fila. Mude para aquela janela ou espere até ele terminar.</translation>
    </message>
    <message>
        <source>The upload list at {path} was saved by a newer version of {app}. Install that version again to continue those uploads; the file was left as it is.</source>
        <translation>A lista de envios em {path} foi salva por uma versão mais nova do {app}. Instale essa versão de novo para continuar esses envios; o arquivo foi deixado como estava.</translation>
    </message>
    <message>
        <source>the upload list there cannot be opened or written (a read-only or full disk, or no permission)</source>
        <translation>a lista de envios não pode ser aberta nem gravada ali (disco cheio ou somente leitura, ou sem permissão)</translation>
    </message>
    <message>
        <source>The saved upload list could not be read, so a new one was started. The old file was kept as {path}.</source>
        <translation>Não foi possível ler a lista de envios salva, então uma nova foi iniciada. O arquivo antigo foi guardado como {path}.</translation>
    </message>
    <message>
        <source>The upload is complete; api.video is still encoding it. Open the link later to watch it.</source>
        <translation>O envio foi concluído; o api.video ainda está codificando o vídeo. Abra o link mais tarde para assistir.</translation>
    </message>
    <message>
        <source>api.video could not encode this video ({qualities} failed).</source>
        <translation>O api.video não conseguiu codificar este vídeo (falha em {qualities}).</translation>
    </message>
    <message>
        <source>With an upload token, api.video cannot tell whether a file was uploaded before, so duplicates are not checked.</source>
        <translation>Com um token de envio, o api.video não consegue dizer se um arquivo já foi enviado antes, então duplicatas não são verificadas.</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>Ignorado: já enviado em {date} como “{title}”.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; give the API key separately.</source>
        <translation>O endereço não pode conter nome de usuário nem senha; informe a chave de API separadamente.</translation>
    </message>
    <message>
        <source>“{url}” has no usable port: a port is a number from 1 to 65535.</source>
        <translation>“{url}” não tem uma porta utilizável: uma porta é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#” parts; give only the server and, if needed, a path.</source>
        <translation>O endereço não pode conter partes com “?” ou “#”; informe só o servidor e, se precisar, um caminho.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it should start with https://).</source>
        <translation>“{url}” não é um endereço da web (ele deve começar com https://).</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (127.0.0.1 or localhost); use an https:// address.</source>
        <translation>http simples só é permitido para este computador (127.0.0.1 ou localhost); use um endereço https://.</translation>
    </message>
    <message>
        <source>“{text}” is not a size; write it like 50MiB, 1GiB or a number of bytes.</source>
        <translation>“{text}” não é um tamanho; escreva algo como 50MiB, 1GiB ou um número de bytes.</translation>
    </message>
    <message>
        <source>“{text}” is not a speed; write it like 5MB/s, 800kB/s, 2MiB/s or a number of bytes per second.</source>
        <translation>“{text}” não é uma velocidade; escreva algo como 5MB/s, 800kB/s, 2MiB/s ou um número de bytes por segundo.</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>Nenhum chaveiro do sistema está disponível, então as chaves de API ficam só na memória e serão pedidas de novo na próxima vez que o app abrir.</translation>
    </message>
    <message>
        <source>The system keyring stopped working ({error}), so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>O chaveiro do sistema parou de funcionar ({error}), então as chaves de API ficam só na memória e serão pedidas de novo na próxima vez que o app abrir.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). The details are in the log file.</source>
        <translation>Algo inesperado deu errado ({kind}). Os detalhes estão no arquivo de log.</translation>
    </message>
    <message>
        <source>Waiting to send again ({cause}).</source>
        <translation>Aguardando para enviar de novo ({cause}).</translation>
    </message>
    <message>
        <source>it looks like an image ({format})</source>
        <translation>parece ser uma imagem ({format})</translation>
    </message>
    <message>
        <source>it looks like an audio file ({format})</source>
        <translation>parece ser um arquivo de áudio ({format})</translation>
    </message>
    <message>
        <source>it looks like a document ({format})</source>
        <translation>parece ser um documento ({format})</translation>
    </message>
    <message>
        <source>it looks like an archive ({format})</source>
        <translation>parece ser um arquivo compactado ({format})</translation>
    </message>
    <message>
        <source>it looks like a program ({format})</source>
        <translation>parece ser um programa ({format})</translation>
    </message>
    <message>
        <source>it looks like a database ({format})</source>
        <translation>parece ser um banco de dados ({format})</translation>
    </message>
    <message>
        <source>it looks like a file of another kind ({format})</source>
        <translation>parece ser um arquivo de outro tipo ({format})</translation>
    </message>
    <message>
        <source>it looks like an image</source>
        <translation>parece ser uma imagem</translation>
    </message>
    <message>
        <source>it looks like an audio file</source>
        <translation>parece ser um arquivo de áudio</translation>
    </message>
    <message>
        <source>it looks like a document</source>
        <translation>parece ser um documento</translation>
    </message>
    <message>
        <source>it looks like an archive</source>
        <translation>parece ser um arquivo compactado</translation>
    </message>
    <message>
        <source>it looks like a program</source>
        <translation>parece ser um programa</translation>
    </message>
    <message>
        <source>it looks like a database</source>
        <translation>parece ser um banco de dados</translation>
    </message>
    <message>
        <source>it looks like text</source>
        <translation>parece ser texto</translation>
    </message>
    <message>
        <source>it looks like a file of another kind</source>
        <translation>parece ser um arquivo de outro tipo</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>pipe nomeado</translation>
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
        <translation>arquivo especial</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>uma chave de API</translation>
    </message>
    <message>
        <source>an upload token</source>
        <translation>um token de envio</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>servidor inacessível</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>conexão travada</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>excesso de solicitações</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erro do servidor</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>resposta ilegível</translation>
    </message>
    <message>
        <source>This computer is kept awake while uploads run</source>
        <translation>Este computador fica acordado enquanto houver envios</translation>
    </message>
    <message>
        <source>Sleep can&apos;t be prevented on this system</source>
        <translation>Não é possível impedir a suspensão neste sistema</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>um dia anterior</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date format</comment>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>its format is not one we recognise</source>
        <translation>o formato dele não é reconhecido</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
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
        <translation>Gravando · enviado até agora: {size}, aguardando mais</translation>
    </message>
    <message>
        <source>Recording · {size} sent, sending</source>
        <translation>Gravando · enviado até agora: {size}, enviando</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Waiting · still recording</source>
        <translation>Aguardando · ainda gravando</translation>
    </message>
    <message>
        <source>Its incomplete video was deleted.</source>
        <translation>O vídeo incompleto foi excluído.</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted, so its title now begins with “{mark}”.</source>
        <translation>O vídeo incompleto não pôde ser excluído, então o título dele agora começa com “{mark}”.</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted or renamed (it was never completed): delete it on api.video.</source>
        <translation>O vídeo incompleto não pôde ser excluído nem renomeado (ele nunca foi concluído): exclua-o no api.video.</translation>
    </message>
    <message>
        <source>The file disappeared before the recording ended ({sent} sent). Nothing was lost: put it back and choose Retry to continue.</source>
        <translation>O arquivo sumiu antes do fim da gravação (enviado: {sent}). Nada se perdeu: coloque-o de volta e escolha Tentar novamente para continuar.</translation>
    </message>
    <message>
        <source>The file became shorter while it was recorded ({on_disk} on disk, {sent} already sent), so what was sent no longer matches it. The file was left as it is: upload it again once the recording is finished.</source>
        <translation>O arquivo ficou menor durante a gravação ({on_disk} no disco, já enviado: {sent}), então o que foi enviado não corresponde mais a ele. O arquivo foi deixado como está: envie-o de novo quando a gravação terminar.</translation>
    </message>
    <message>
        <source>The recording grew past what one api.video video can hold ({sent} sent). Record in shorter pieces.</source>
        <translation>A gravação passou do que um vídeo do api.video comporta (enviado: {sent}). Grave em partes menores.</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed. Is it still being recorded? Upload it again once it is finished, with a longer settle time in the settings if the recorder pauses.</source>
        <translation>O arquivo mudou depois que o envio foi concluído. Ele ainda está sendo gravado? Envie-o de novo quando terminar, com um tempo de estabilização maior nas configurações se o gravador fizer pausas.</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped, so the {sent} sent while it recorded no longer matched it. Uploading the finished file as a new video did not succeed.</source>
        <translation>O gravador reescreveu o início do arquivo ao parar, então o que foi enviado durante a gravação ({sent}) não correspondia mais a ele. Não foi possível enviar o arquivo terminado como um novo vídeo.</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed, so it was uploaded again as a new video once it stopped changing.</source>
        <translation>O arquivo mudou depois que o envio foi concluído, então foi enviado de novo como um novo vídeo quando parou de mudar.</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped: the finished file was uploaded again as a new video.</source>
        <translation>O gravador reescreveu o início do arquivo ao parar: o arquivo terminado foi enviado de novo como um novo vídeo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The local demo needs no account: its key is filled in for you.</source>
        <translation>A demonstração local não precisa de conta: a chave dela é preenchida para você.</translation>
    </message>
    <message>
        <source>Keys are kept in %1.</source>
        <translation>As chaves são guardadas em %1.</translation>
    </message>
    <message>
        <source>Your API keys are in the api.video dashboard, under “API keys”:</source>
        <translation>Suas chaves de API estão no painel do api.video, em “API keys”:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Keep this computer awake while uploading</source>
        <translation>Manter este computador acordado durante os envios</translation>
    </message>
    <message>
        <source>An upload token lets this app upload videos without your API key, and nothing else: it cannot list your videos or follow their encoding, so earlier uploads are not looked for and a video shows as “Uploaded” rather than “Ready to watch”. The dashboard makes them, under “Upload tokens”; use one when someone shares a token with you.</source>
        <translation>Um token de envio permite que este app envie vídeos sem a sua chave de API, e nada mais: ele não pode listar seus vídeos nem acompanhar a codificação, então envios anteriores não são procurados e um vídeo aparece como “Enviado” em vez de “Pronto para assistir”. O painel cria tokens em “Upload tokens”; use um quando alguém compartilhar um token com você.</translation>
    </message>
    <message>
        <source>Your computer’s password store (on Linux the “Secret Service”, such as GNOME Keyring or KWallet; on macOS the Keychain; on Windows the Credential Manager). It keeps the key locked with your login, and this app never writes it to a file or a log.</source>
        <translation>O cofre de senhas do seu computador (no Linux o “Secret Service”, como GNOME Keyring ou KWallet; no macOS as Chaves; no Windows o Gerenciador de Credenciais). Ele mantém a chave protegida pelo seu login, e este app nunca a grava em arquivo nem em log.</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>O novo idioma aparece na próxima vez que o app for aberto.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Where videos go</source>
        <translation>Para onde vão os vídeos</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Your api.video key</source>
        <translation>Sua chave do api.video</translation>
    </message>
    <message>
        <source>Use an upload token instead of a key</source>
        <translation>Usar um token de envio em vez de uma chave</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envios</translation>
    </message>
    <message>
        <source>Large files are sent in parts of this size. Smaller parts lose less when the connection drops; larger parts need fewer requests.</source>
        <translation>Arquivos grandes são enviados em partes deste tamanho. Partes menores perdem menos quando a conexão cai; partes maiores precisam de menos solicitações.</translation>
    </message>
    <message>
        <source>Part size</source>
        <translation>Tamanho da parte</translation>
    </message>
    <message>
        <source>Files at once</source>
        <translation>Arquivos ao mesmo tempo</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>Limitar a velocidade de envio</translation>
    </message>
    <message>
        <source>Keep some of your connection for other things. The limit covers all uploads together and applies at once, even to uploads already running.</source>
        <translation>Reserve parte da sua conexão para outras coisas. O limite vale para todos os envios juntos e se aplica na hora, até aos envios já em andamento.</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Notify me when a video is ready to watch or an upload fails</source>
        <translation>Avisar quando um vídeo estiver pronto para assistir ou um envio falhar</translation>
    </message>
    <message>
        <source>A computer that goes to sleep stops its uploads; they continue when it wakes.</source>
        <translation>Um computador que entra em suspensão interrompe os envios; eles continuam quando ele acorda.</translation>
    </message>
    <message>
        <source>New videos in this environment</source>
        <translation>Novos vídeos neste ambiente</translation>
    </message>
    <message>
        <source>Words in braces are filled in for each file:</source>
        <translation>As palavras entre chaves são preenchidas para cada arquivo:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>Separadas por vírgulas, por exemplo viagem, 2026</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Public: anyone with the link can watch</source>
        <translation>Público: qualquer pessoa com o link pode assistir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <source>Show the app in</source>
        <translation>Mostrar o app em</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → “%2”</translation>
    </message>
    <message>
        <source>Upload token</source>
        <translation>Token de envio</translation>
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
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Checking for an earlier upload</source>
        <translation>Procurando um envio anterior</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Aguardando sua resposta</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Tentando novamente</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>Aguardando a rede</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Pronto para assistir</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Already uploaded</source>
        <translation>Já enviado</translation>
    </message>
    <message>
        <source>Waits for its environment</source>
        <translation>Aguardando seu ambiente</translation>
    </message>
    <message>
        <source>server error {status}</source>
        <translation>erro do servidor {status}</translation>
    </message>
    <message>
        <source>nothing moved for {time}</source>
        <translation>nada avançou por {time}</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>servidor inacessível</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>conexão travada</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>excesso de solicitações</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erro do servidor</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>resposta ilegível</translation>
    </message>
    <message>
        <source>Waiting for network · retrying</source>
        <translation>Aguardando a rede · tentando novamente</translation>
    </message>
    <message>
        <source>Waiting for network · retrying now</source>
        <translation>Aguardando a rede · tentando novamente agora</translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>Tentando novamente agora</translation>
    </message>
    <message>
        <source>Waiting for network · retrying in {time}</source>
        <translation>Aguardando a rede · nova tentativa em {time}</translation>
    </message>
    <message>
        <source>Retrying in {time}</source>
        <translation>Nova tentativa em {time}</translation>
    </message>
    <message>
        <source>attempt {n}: {cause}</source>
        <translation>tentativa {n}: {cause}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>tentativa {n}</translation>
    </message>
    <message>
        <source>{what} ({why})</source>
        <translation>{what} ({why})</translation>
    </message>
    <message>
        <source>{size} to send again</source>
        <translation>{size} para enviar de novo</translation>
    </message>
    <message>
        <source>{quality} ready</source>
        <translation>{quality} pronta</translation>
    </message>
    <message>
        <source>encoding {quality}</source>
        <translation>codificando {quality}</translation>
    </message>
    <message>
        <source>waiting to encode</source>
        <translation>aguardando codificação</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>Ignorado: já enviado em {date} como “{title}”.</translation>
    </message>
    <message>
        <source>Already uploaded on {date} as “{title}”.</source>
        <translation>Já enviado em {date} como “{title}”.</translation>
    </message>
    <message>
        <source>{state} · {detail}</source>
        <translation>{state} · {detail}</translation>
    </message>
    <message>
        <source>Failed — {why}</source>
        <translation>Falhou — {why}</translation>
    </message>
    <message>
        <source>Waits for {place}</source>
        <translation>Aguardando {place}</translation>
    </message>
    <message>
        <source>Waiting for your API key (add it in Settings)</source>
        <translation>Aguardando sua chave de API (adicione-a nas configurações)</translation>
    </message>
</context>
<context>
    <name>TitleGuard</name>
    <message>
        <source>A video needs a title: the one it had is kept until you type another.</source>
        <translation>Um vídeo precisa de um título: ele mantém o que tinha até você digitar outro.</translation>
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
        <translation>O envio parou.</translation>
    </message>
    <message>
        <source>The upload could not start: no room for its working files (%1).</source>
        <translation>O envio não pôde começar: não há espaço para os arquivos de trabalho dele (%1).</translation>
    </message>
</context>
<context>
    <name>VideoEdits</name>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Send the title, description, tags and privacy again</source>
        <translation>Enviar de novo o título, a descrição, as tags e a privacidade</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Kept for when the video is created.</source>
        <translation>Guardado para quando o vídeo for criado.</translation>
    </message>
    <message>
        <source>This video is on %1: switch to it to change the video.</source>
        <translation>Este vídeo está em %1: mude para esse ambiente para alterá-lo.</translation>
    </message>
    <message>
        <source>api.video can&apos;t be reached now. It is sent when the network is back.</source>
        <translation>Não é possível falar com o api.video agora. Será enviado quando a rede voltar.</translation>
    </message>
    <message>
        <source>the video is no longer on api.video (it was deleted).</source>
        <translation>o vídeo não está mais no api.video (foi excluído).</translation>
    </message>
    <message>
        <source>changing a video needs an API key; an upload token can only upload.</source>
        <translation>para alterar um vídeo é preciso uma chave de API; um token de envio só permite enviar.</translation>
    </message>
    <message>
        <source>a video needs a title.</source>
        <translation>um vídeo precisa de um título.</translation>
    </message>
    <message>
        <source>api.video refused the change.</source>
        <translation>o api.video recusou a alteração.</translation>
    </message>
    <message>
        <source>api.video refused the change: %1</source>
        <translation>o api.video recusou a alteração: %1</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>The folder “%1” cannot be watched (%2). Check that it exists.</source>
        <translation>Não é possível monitorar a pasta “%1” (%2). Verifique se ela existe.</translation>
    </message>
    <message>
        <source>“%1” was uploaded and moved to %2.</source>
        <translation>“%1” foi enviado e movido para %2.</translation>
    </message>
    <message>
        <source>“%1” was uploaded and deleted from this computer.</source>
        <translation>“%1” foi enviado e excluído deste computador.</translation>
    </message>
    <message>
        <source>“%1” was kept: its video could not be watched yet, so it was not deleted.</source>
        <translation>“%1” foi mantido: o vídeo ainda não podia ser assistido, então o arquivo não foi excluído.</translation>
    </message>
    <message>
        <source>“%1” was kept where it is: it changed since it was sent.</source>
        <translation>“%1” foi mantido onde está: ele mudou desde que foi enviado.</translation>
    </message>
    <message>
        <source>“%1” could not be moved or deleted (%2).</source>
        <translation>“%1” não pôde ser movido nem excluído (%2).</translation>
    </message>
    <message>
        <source>“%1” was uploaded and kept.</source>
        <translation>“%1” foi enviado e mantido.</translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <source>Watched folders</source>
        <translation>Pastas monitoradas</translation>
    </message>
    <message>
        <source>Every video that appears in these folders, or is there already and was never uploaded, is uploaded once while the app runs. Hidden files, unfinished downloads and other files are left alone.</source>
        <translation>Cada vídeo que aparece nestas pastas, ou que já está nelas e nunca foi enviado, é enviado uma vez enquanto o app está aberto. Arquivos ocultos, downloads incompletos e outros arquivos não são tocados.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Videos go to</source>
        <translation>Os vídeos vão para</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Title: {name} is the file&apos;s name, {folder} its folder, {date} the day it is uploaded, {n} its number.</source>
        <translation>Título: {name} é o nome do arquivo, {folder} a pasta, {date} o dia do envio, {n} o número.</translation>
    </message>
    <message>
        <source>Files still being written</source>
        <translation>Arquivos ainda sendo gravados</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Finished after</source>
        <translation>Concluído após</translation>
    </message>
    <message>
        <source>A file written more recently than this is taken as still being recorded or copied: it is sent as it grows, and completed once it has not changed for this long.</source>
        <translation>Um arquivo gravado há menos tempo que isso é considerado ainda em gravação ou cópia: ele é enviado à medida que cresce e concluído quando fica esse tempo sem mudar.</translation>
    </message>
    <message>
        <source>Files I add that are still being written also upload while they grow</source>
        <translation>Arquivos que eu adiciono e que ainda estão sendo gravados também são enviados enquanto crescem</translation>
    </message>
    <message>
        <source>Start at login, hidden in the tray, watching</source>
        <translation>Iniciar ao entrar na sessão, oculto na bandeja, monitorando</translation>
    </message>
    <message>
        <source>Once a file is uploaded</source>
        <translation>Depois que um arquivo é enviado</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>Mantê-lo onde está</translation>
    </message>
    <message>
        <source>Move it to a folder</source>
        <translation>Movê-lo para uma pasta</translation>
    </message>
    <message>
        <source>Delete it from this computer</source>
        <translation>Excluí-lo deste computador</translation>
    </message>
    <message>
        <source>Folder for uploaded files</source>
        <translation>Pasta para os arquivos enviados</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Nothing is moved or deleted before api.video holds every byte. A file is deleted only once its video can be watched, and a file that changed since it was sent is always kept.</source>
        <translation>Nada é movido nem excluído antes de o api.video ter todos os bytes. Um arquivo só é excluído quando o vídeo dele pode ser assistido, e um arquivo que mudou desde o envio é sempre mantido.</translation>
    </message>
    <message>
        <source>The environment in use</source>
        <translation>O ambiente em uso</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Monitorar uma pasta</translation>
    </message>
    <message>
        <source>Move uploaded files to</source>
        <translation>Mover os arquivos enviados para</translation>
    </message>
    <message>
        <source>Choose the folder uploaded files are moved to.</source>
        <translation>Escolha a pasta para onde os arquivos enviados são movidos.</translation>
    </message>
    <message>
        <source>Uploaded files cannot be moved into a watched folder: choose another.</source>
        <translation>Os arquivos enviados não podem ser movidos para uma pasta monitorada: escolha outra.</translation>
    </message>
    <message>
        <source>Starting at login could not be set up (%1).</source>
        <translation>Não foi possível configurar a inicialização ao entrar na sessão (%1).</translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>Nenhuma pasta é monitorada.</translation>
    </message>
    <message>
        <source>Watched folders…</source>
        <translation>Pastas monitoradas…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Upload here instead</source>
        <translation>Enviar para cá</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>Adicionar vídeos…</translation>
    </message>
    <message>
        <source>Choose video files to upload</source>
        <translation>Escolher arquivos de vídeo para enviar</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Add every video in a folder and its sub-folders</source>
        <translation>Adicionar todos os vídeos de uma pasta e das subpastas dela</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the selected uploads</source>
        <translation>Pausar os envios selecionados</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Continue the selected uploads</source>
        <translation>Continuar os envios selecionados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>Interromper os envios selecionados</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled uploads again</source>
        <translation>Tentar de novo os envios selecionados que falharam ou foram cancelados</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar ou retomar</translation>
    </message>
    <message>
        <source>Pause the selected uploads, or resume them if they are paused</source>
        <translation>Pausar os envios selecionados ou retomá-los se estiverem pausados</translation>
    </message>
    <message>
        <source>Still recording</source>
        <translation>Ainda gravando</translation>
    </message>
    <message>
        <source>The file is still being recorded: send it as it grows, and complete it once it stops changing</source>
        <translation>O arquivo ainda está sendo gravado: enviá-lo à medida que cresce e concluí-lo quando parar de mudar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Take the selected files out of the list</source>
        <translation>Tirar os arquivos selecionados da lista</translation>
    </message>
    <message>
        <source>Send the selected files to the environment in use now instead of the one they were added for</source>
        <translation>Enviar os arquivos selecionados para o ambiente em uso agora, em vez daquele para o qual foram adicionados</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Upload the selected files sooner</source>
        <translation>Enviar os arquivos selecionados antes</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Upload the selected files later</source>
        <translation>Enviar os arquivos selecionados depois</translation>
    </message>
    <message>
        <source>Move to top</source>
        <translation>Mover para o início</translation>
    </message>
    <message>
        <source>Upload the selected files first</source>
        <translation>Enviar primeiro os arquivos selecionados</translation>
    </message>
    <message>
        <source>Move to bottom</source>
        <translation>Mover para o fim</translation>
    </message>
    <message>
        <source>Upload the selected files last</source>
        <translation>Enviar por último os arquivos selecionados</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar tudo</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Retomar tudo</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Cancelar tudo</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Tentar de novo todos os que falharam</translation>
    </message>
    <message>
        <source>Remove finished</source>
        <translation>Remover concluídos</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Environment, API key and upload options</source>
        <translation>Ambiente, chave de API e opções de envio</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Copy the player link of the selected video</source>
        <translation>Copiar o link do player do vídeo selecionado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Show the videos uploaded before</source>
        <translation>Mostrar os vídeos enviados antes</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Upload to %1 instead</source>
        <translation>Enviar para %1</translation>
    </message>
</context>
</TS>
