<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>App</name>
    <message>
        <source>The upload list cannot be kept on disk (%1). Uploads work, but unfinished ones will not continue after the app closes.</source>
        <translation>アップロードの一覧をディスクに保存できません（%1）。アップロードはできますが、終わっていないものはアプリを閉じた後に続きから再開されません。</translation>
    </message>
    <message>
        <source>the local demo server could not start (%1).</source>
        <translation>ローカルのデモサーバーを起動できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>cannot be read (moved, deleted, or no permission)</source>
        <translation>読み込めません（移動・削除されたか、アクセス権がありません）</translation>
    </message>
    <message>
        <source>empty: there is no cue or chapter in it</source>
        <translation>空です：字幕もチャプターも含まれていません</translation>
    </message>
    <message>
        <source>too large (api.video takes files of up to 8.39 MB)</source>
        <translation>大きすぎます（api.video が受け付けるのは 8.39 MB までのファイルです）</translation>
    </message>
    <message>
        <source>not a subtitle file</source>
        <translation>字幕ファイルではありません</translation>
    </message>
    <message>
        <source>a cue&apos;s time cannot be used: it must end after it starts, with minutes and seconds up to 59</source>
        <translation>字幕の時刻が使えません：開始より後に終わり、分と秒は 59 までにしてください</translation>
    </message>
    <message>
        <source>not a chapter: write a time, then a title, e.g. “1:05 The idea”</source>
        <translation>チャプターではありません：時刻、続けてタイトルを書いてください（例：「1:05 アイデア」）</translation>
    </message>
    <message>
        <source>the first chapter must start at 0:00</source>
        <translation>最初のチャプターは 0:00 から始めてください</translation>
    </message>
    <message>
        <source>each chapter must start after the one above it</source>
        <translation>各チャプターは前のチャプターより後に始めてください</translation>
    </message>
    <message>
        <source>not a JPEG, PNG or WebP image</source>
        <translation>JPEG、PNG、WebP の画像ではありません</translation>
    </message>
    <message>
        <source>refused by api.video: %1</source>
        <translation>api.video に拒否されました：%1</translation>
    </message>
    <message>
        <source>not sent: the video no longer exists on api.video</source>
        <translation>送信されていません：動画が api.video 上にもう存在しません</translation>
    </message>
    <message>
        <source>not sent: captions, chapters and thumbnails need an API key, not an upload token</source>
        <translation>送信されていません：字幕、チャプター、サムネイルにはアップロードトークンではなく API キーが必要です</translation>
    </message>
    <message>
        <source>Captions, chapters and thumbnails were skipped: sending them needs an API key, not an upload token. They go once an API key is set for this environment.</source>
        <translation>字幕、チャプター、サムネイルはスキップしました。送信にはアップロードトークンではなく API キーが必要です。この環境に API キーを設定すると送信されます。</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（%2 行目）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の説明はありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (and more: see the details)</source>
        <translation>%1：%2（ほかにもあります：詳細を参照）</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>チャプター</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <source>frame at %1</source>
        <translation>%1 のフレーム</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentSection</name>
    <message>
        <source>None yet. Files named like the video (talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg) are added with it.</source>
        <translation>まだありません。動画と同じ名前のファイル（talk.srt、talk.fr.vtt、talk.chapters.txt、talk.jpg）は動画と一緒に追加されます。</translation>
    </message>
    <message>
        <source>“%1” is not a language tag: write one like en, fr or pt-BR.</source>
        <translation>「%1」は言語タグではありません：en、fr、pt-BR のように入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a time in the video: write one like 00:01:05, 00:01:05.500 or 65 (seconds).</source>
        <translation>「%1」は動画内の時刻ではありません：00:01:05、00:01:05.500、65（秒）のように入力してください。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Captions &amp; chapters</source>
        <translation>字幕とチャプター</translation>
    </message>
    <message>
        <source>Captions, chapters, thumbnail</source>
        <translation>字幕、チャプター、サムネイル</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Do not send the selected one with the video</source>
        <translation>選択した項目を動画と一緒に送信しない</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Send what failed again, once its file is fixed (the video is not sent again)</source>
        <translation>ファイルを直した後で、失敗したものをもう一度送信します（動画は再送信されません）</translation>
    </message>
    <message>
        <source>Add subtitles…</source>
        <translation>字幕を追加…</translation>
    </message>
    <message>
        <source>Choose an SRT or WebVTT subtitle file, or a chapters list, in the language beside</source>
        <translation>横に指定した言語の SRT または WebVTT の字幕ファイル、またはチャプター一覧を選択します</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the file you add: en, fr, pt-BR…</source>
        <translation>追加するファイルの言語：en、fr、pt-BR…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>画像ファイル…</translation>
    </message>
    <message>
        <source>Frame at a time…</source>
        <translation>指定した時刻のフレーム…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Choose subtitles or chapters</source>
        <translation>字幕またはチャプターを選択</translation>
    </message>
    <message>
        <source>Subtitles and chapters (*.srt *.vtt *.txt)</source>
        <translation>字幕とチャプター (*.srt *.vtt *.txt)</translation>
    </message>
    <message>
        <source>Choose a thumbnail</source>
        <translation>サムネイルを選択</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Thumbnail from the video</source>
        <translation>動画からサムネイルを作成</translation>
    </message>
    <message>
        <source>The frame at (e.g. 00:01:05 or 65 seconds):</source>
        <translation>使用するフレームの時刻（例：00:01:05 または 65 秒）：</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>Only the details you tick change; the others stay as they are.</source>
        <translation>チェックした項目だけが変わり、ほかはそのままです。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>{name}: the tidied file name, {file}: the file name, {folder}: its folder, {date}: today, {n}: 1, 2, 3… in the order of the list</source>
        <translation>{name}：整えたファイル名、{file}：ファイル名、{folder}：フォルダー名、{date}：今日の日付、{n}：リストの順に 1、2、3…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Comma-separated; empty removes every tag</source>
        <translation>カンマ区切り。空にするとすべてのタグを外します</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>公開設定</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>詳細を編集…</translation>
    </message>
    <message>
        <source>Set the title, tags or privacy of every selected file at once</source>
        <translation>選択したすべてのファイルのタイトル、タグ、公開設定をまとめて設定します</translation>
    </message>
</context>
<context>
    <name>ChunkStrip</name>
    <message>
        <source>Progress of each part</source>
        <translation>各パートの進捗</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connected to %1: the API key works.</source>
        <translation>%1 に接続しました：API キーは有効です。</translation>
    </message>
    <message>
        <source>Connected to %1: the upload token works.</source>
        <translation>%1 に接続しました：アップロードトークンは有効です。</translation>
    </message>
    <message>
        <source>Enter an API key (or an upload token) first.</source>
        <translation>先に API キー（またはアップロードトークン）を入力してください。</translation>
    </message>
    <message>
        <source>The test could not run (%1). The details are in the log file.</source>
        <translation>テストを実行できませんでした（%1）。詳細はログファイルにあります。</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%1 of %n part(s) sent</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n パート中 %1 パート送信済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n 件送信中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send again</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n 件再送信待ち</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>ChunkStrip</comment>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n dropped item(s)…</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>ドロップした %n 個の項目を確認中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n video(s) to the queue.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n 本の動画をキューに追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped because they cannot be uploaded.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>アップロードできないファイル %n 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will upload to %1.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n 個のファイルを %1 にアップロードします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n 件アップロード中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n 件一時停止中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n 件処理中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n 件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: %n waiting upload(s) trying again now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>おかえりなさい：待機中のアップロード %n 件を今から再試行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n waiting upload(s) going on now.</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>ネットワークが復旧しました：待機中のアップロード %n 件を続行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop, and continue where they stopped the next time you open %1.

Quit now?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>終わっていないアップロードが %n 件あります。今終了すると停止し、次に %1 を開いたときに中断したところから再開します。

今すぐ終了しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) not finished. If you quit now they stop; files that were partly sent must be uploaded again.

Quit anyway?</source>
        <comment>MainWindow</comment>
        <translation>
            <numerusform>終わっていないアップロードが %n 件あります。今終了すると停止し、途中まで送信したファイルは最初からアップロードし直しになります。

それでも終了しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) ready to watch</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n 本の動画が視聴可能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) uploaded</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n 本の動画をアップロードしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n 件はアップロード済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>Notifier</comment>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <comment>Units</comment>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n file(s)</source>
        <comment>BulkEdit</comment>
        <translation>
            <numerusform>%n 件のファイルを編集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n file(s) if they were uploaded before</source>
        <comment>DuplicatePrompt</comment>
        <translation>
            <numerusform>以前にアップロード済みなら、ほかの %n 件のファイルにも同じ操作をする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list. They stay in History.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>完了した動画 %n 件をリストから外しました。履歴には残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished video(s) taken out of the list.</source>
        <comment>RemovalUndo</comment>
        <translation>
            <numerusform>完了した動画 %n 件をリストから外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s)</source>
        <comment>Watch</comment>
        <translation>
            <numerusform>%n 個のフォルダーを監視中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>The app ran into a problem it did not expect. Uploads that were running carry on if they can. If this keeps happening, please send the log file:
%1</source>
        <translation>アプリで予期しない問題が発生しました。実行中のアップロードは可能なかぎり続行されます。何度も起きる場合は、ログファイルを送ってください：
%1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（ログファイルなし）</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The upload has started: changes to the title, description, tags and privacy are sent to the video as you make them. The MP4 choice stays as it was.</source>
        <translation>アップロードが始まりました。タイトル、説明、タグ、公開設定の変更はその都度動画に送られます。MP4 の設定はそのままです。</translation>
    </message>
    <message>
        <source>The video was uploaded with these details.</source>
        <translation>動画はこの詳細でアップロードされました。</translation>
    </message>
    <message>
        <source>Changes to the title, description, tags and privacy are sent to the video as you make them.</source>
        <translation>タイトル、説明、タグ、公開設定の変更はその都度動画に送られます。</translation>
    </message>
    <message>
        <source>This file was already on api.video, so it was not sent again: these links lead to that video. Choose Retry to upload it anyway.</source>
        <translation>このファイルはすでに api.video にあったため、再送信していません：これらのリンクはその動画を指しています。それでもアップロードするには［再試行］を選んでください。</translation>
    </message>
    <message>
        <source>Optional: what is this video about?</source>
        <translation>任意：この動画の内容は？</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>カンマ区切り（例：旅行, 2026）</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>あなたの動画</translation>
    </message>
    <message>
        <source>Player link</source>
        <translation>プレーヤーのリンク</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy the player link, to paste in a message or a post</source>
        <translation>メッセージや投稿に貼り付けるためのプレーヤーのリンクをコピーします</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>埋め込みコードをコピー</translation>
    </message>
    <message>
        <source>Copy the &lt;iframe&gt; code that puts the player on a page</source>
        <translation>ページにプレーヤーを配置する &lt;iframe&gt; コードをコピーします</translation>
    </message>
    <message>
        <source>Copy HLS URL</source>
        <translation>HLS の URL をコピー</translation>
    </message>
    <message>
        <source>Copy the stream address for your own player</source>
        <translation>独自のプレーヤー用にストリームのアドレスをコピーします</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>The title viewers see</source>
        <translation>視聴者に表示されるタイトル</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Anyone with the link can watch it.</source>
        <translation>リンクを知っている人なら誰でも視聴できます。</translation>
    </message>
    <message>
        <source>Also make a downloadable MP4</source>
        <translation>ダウンロード用の MP4 も作成</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <source>Select a file in the list to see its details.</source>
        <translation>一覧からファイルを選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>リンクをコピーしました。</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>埋め込みコードをコピーしました。</translation>
    </message>
    <message>
        <source>HLS URL copied.</source>
        <translation>HLS の URL をコピーしました。</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop videos here</source>
        <translation>ここに動画をドロップ</translation>
    </message>
    <message>
        <source>Files or whole folders. Large videos are sent in parts and survive a lost connection.</source>
        <translation>ファイルでもフォルダーごとでもかまいません。大きな動画は分割して送信されるので、接続が切れても続きから送れます。</translation>
    </message>
    <message>
        <source>or</source>
        <translation>または</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>動画を追加…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>Already uploaded</source>
        <translation>すでにアップロード済み</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>Upload it again as a new video, skip it, or open the video already there.</source>
        <translation>新しい動画としてもう一度アップロードするか、スキップするか、すでにある動画を開くかを選んでください。</translation>
    </message>
    <message>
        <source>Upload again</source>
        <translation>もう一度アップロード</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>ローカルデモ</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>カスタム URL</translation>
    </message>
    <message>
        <source>Sandbox · test only</source>
        <translation>サンドボックス · テスト専用</translation>
    </message>
    <message>
        <source>Local demo · nothing leaves this computer</source>
        <translation>ローカルデモ · このコンピューターの外には何も送られません</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>カスタムサーバー</translation>
    </message>
    <message>
        <source>Videos go to your live api.video account.</source>
        <translation>動画は本番の api.video アカウントに送られます。</translation>
    </message>
    <message>
        <source>Sandbox videos are limited to 30 seconds, watermarked, and deleted after 24 hours.</source>
        <translation>サンドボックスの動画は 30 秒までに制限され、透かしが入り、24 時間後に削除されます。</translation>
    </message>
    <message>
        <source>Uploads go to a practice server running inside this app; nothing is published.</source>
        <translation>アップロード先はこのアプリ内で動く練習用サーバーです。何も公開されません。</translation>
    </message>
    <message>
        <source>Uploads go to a server address you entered.</source>
        <translation>アップロード先は入力したサーバーアドレスです。</translation>
    </message>
    <message>
        <source>the file name, tidied (holiday_in_rome.mp4 → holiday in rome)</source>
        <translation>整えたファイル名（holiday_in_rome.mp4 → holiday in rome）</translation>
    </message>
    <message>
        <source>the file name as it is, without its extension</source>
        <translation>拡張子を除いたそのままのファイル名</translation>
    </message>
    <message>
        <source>the name of the folder holding the file</source>
        <translation>ファイルが入っているフォルダーの名前</translation>
    </message>
    <message>
        <source>today&apos;s date (2026-11-29)</source>
        <translation>今日の日付（2026-11-29）</translation>
    </message>
    <message>
        <source>the file&apos;s number in the drop (1, 2, 3…)</source>
        <translation>ドロップした中でのファイルの番号（1、2、3…）</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境：%1</translation>
    </message>
</context>
<context>
    <name>EnvironmentSession</name>
    <message>
        <source>Add your api.video API key to start uploading.</source>
        <translation>アップロードを始めるには api.video の API キーを追加してください。</translation>
    </message>
    <message>
        <source>Add your API key for %1 to start uploading.</source>
        <translation>アップロードを始めるには %1 の API キーを追加してください。</translation>
    </message>
    <message>
        <source>Your API key is kept for this session only: the system keyring is not available, so you will be asked for the key again next time.</source>
        <translation>システムのキーリングが使えないため、API キーはこのセッションの間だけ保持されます。次回はもう一度キーの入力を求められます。</translation>
    </message>
    <message>
        <source>The upload address in Settings cannot be used: %1</source>
        <translation>設定のアップロード先アドレスは使用できません：%1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Add your API key</source>
        <translation>API キーを追加</translation>
    </message>
    <message>
        <source>Try it with no account</source>
        <translation>アカウントなしで試す</translation>
    </message>
    <message>
        <source>This is the demo: videos go to a practice server on this computer and nothing reaches api.video. Add your API key to upload for real.</source>
        <translation>これはデモです。動画はこのコンピューター上の練習用サーバーに送られ、api.video には何も届きません。実際にアップロードするには API キーを追加してください。</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>環境なし</translation>
    </message>
    <message>
        <source>Could not read the unfinished uploads saved on this computer, so they are not listed now. Nothing was deleted.</source>
        <translation>このコンピューターに保存された未完了のアップロードを読み込めなかったため、今は表示されていません。何も削除されていません。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Where the logs are</source>
        <translation>ログの保存場所</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>Tab	Move between the toolbar, the list and the details</source>
        <translation>Tab	ツールバー、一覧、詳細の間を移動</translation>
    </message>
    <message>
        <source>No log file is kept this time.</source>
        <translation>今回はログファイルを記録していません。</translation>
    </message>
    <message>
        <source>The log is written to:
%1</source>
        <translation>ログの書き込み先：
%1</translation>
    </message>
    <message>
        <source>It never holds your API key. Send it along when you report a problem.</source>
        <translation>ログに API キーが含まれることはありません。問題を報告するときに添付してください。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Uploads your videos to api.video, and picks up where it stopped when the connection drops or the computer sleeps.</source>
        <translation>動画を api.video にアップロードし、接続が切れたりコンピューターがスリープしたりしても、中断したところから再開します。</translation>
    </message>
</context>
<context>
    <name>HistoryEdits</name>
    <message>
        <source>Delete this video?</source>
        <translation>この動画を削除しますか？</translation>
    </message>
    <message>
        <source>“%1” will be deleted from api.video and its links will stop working.

You can restore it from Recently deleted for %2 days.</source>
        <translation>「%1」を api.video から削除します。リンクは使えなくなります。

%2 日間は「最近削除した項目」から復元できます。</translation>
    </message>
    <message>
        <source>Deleted — can be restored until %1</source>
        <translation>削除済み — %1 まで復元できます</translation>
    </message>
    <message>
        <source>The video&apos;s details were saved.</source>
        <translation>動画の詳細を保存しました。</translation>
    </message>
    <message>
        <source>The video was deleted. Restore it from Recently deleted.</source>
        <translation>動画を削除しました。「最近削除した項目」から復元できます。</translation>
    </message>
    <message>
        <source>The video was restored.</source>
        <translation>動画を復元しました。</translation>
    </message>
    <message>
        <source>The details were not saved: %1</source>
        <translation>詳細を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The video was not deleted: %1</source>
        <translation>動画を削除できませんでした：%1</translation>
    </message>
    <message>
        <source>The video was not restored: %1</source>
        <translation>動画を復元できませんでした：%1</translation>
    </message>
    <message>
        <source>Edit video details</source>
        <translation>動画の詳細を編集</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>最近削除した項目</translation>
    </message>
    <message>
        <source>Show the videos deleted in the last 90 days</source>
        <translation>過去 90 日間に削除した動画を表示します</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>詳細を編集…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Captions &amp; thumbnail…</source>
        <translation>字幕とサムネイル…</translation>
    </message>
    <message>
        <source>Show the video in the queue, where captions, chapters and a new thumbnail can be added</source>
        <translation>動画をキューに表示し、字幕、チャプター、新しいサムネイルを追加できるようにします</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>The history lives in the saved upload list. The local demo and sessions without a saved list keep none.</source>
        <translation>履歴は保存されたアップロード一覧から作られます。ローカルデモと、一覧を保存しないセッションでは履歴は残りません。</translation>
    </message>
    <message>
        <source>Finished and failed uploads appear here, with their links.</source>
        <translation>完了したアップロードと失敗したアップロードが、リンクと一緒にここに表示されます。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>タイトルとファイル名を検索</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>埋め込みコードをコピー</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>アップロード履歴</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>リンクをコピーしました。</translation>
    </message>
    <message>
        <source>Embed code copied.</source>
        <translation>埋め込みコードをコピーしました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The environment can be changed when no upload is in progress (paused ones included).</source>
        <translation>環境を変更できるのは、進行中のアップロード（一時停止中のものを含む）がないときだけです。</translation>
    </message>
    <message>
        <source>Uploads are still running</source>
        <translation>アップロードがまだ実行中です</translation>
    </message>
    <message>
        <source>Could not check whether “%1” was uploaded before; uploading it anyway.</source>
        <translation>「%1」が以前にアップロードされたか確認できませんでした。このままアップロードします。</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>アップロードキュー</translation>
    </message>
    <message>
        <source>Uploading to</source>
        <translation>アップロード先</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Details of the video</source>
        <translation>動画の詳細</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>動画を追加</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>理由を表示</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>スキップしたファイル</translation>
    </message>
    <message>
        <source>Only video files are added. Open the details to see why each file was left out.</source>
        <translation>追加されるのは動画ファイルだけです。各ファイルが除外された理由は詳細を開いて確認してください。</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>リンクをコピーしました。</translation>
    </message>
    <message>
        <source>Cancel every upload?</source>
        <translation>すべてのアップロードをキャンセルしますか？</translation>
    </message>
    <message>
        <source>Files that were partly sent must be uploaded again.</source>
        <translation>途中まで送信したファイルは最初からアップロードし直しになります。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Ready to watch</source>
        <translation>視聴可能</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>アップロードに失敗しました</translation>
    </message>
    <message>
        <source>All uploads finished</source>
        <translation>すべてのアップロードが完了しました</translation>
    </message>
    <message>
        <source>Uploads finished, some still waiting</source>
        <translation>アップロード完了（一部は待機中）</translation>
    </message>
    <message>
        <source>“%1” is ready to watch.</source>
        <translation>「%1」を視聴できるようになりました。</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>「%1」をアップロードできませんでした：%2</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded.</source>
        <translation>「%1」をアップロードできませんでした。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>The API key was refused. Check that it is the key for this environment.</source>
        <translation>API キーが拒否されました。この環境用のキーか確認してください。</translation>
    </message>
    <message>
        <source>The upload token was refused: it may have expired or been deleted.</source>
        <translation>アップロードトークンが拒否されました：期限切れか、削除された可能性があります。</translation>
    </message>
    <message>
        <source>api.video refused access for this account: {reason}</source>
        <translation>api.video がこのアカウントのアクセスを拒否しました：{reason}</translation>
    </message>
    <message>
        <source>api.video asked us to slow down; waiting before the next request.</source>
        <translation>api.video から速度を落とすよう求められました。次のリクエストまで待機しています。</translation>
    </message>
    <message>
        <source>The server had a problem ({status}). It will be tried again.</source>
        <translation>サーバーで問題が発生しました（{status}）。もう一度試します。</translation>
    </message>
    <message>
        <source>The video no longer exists on api.video (it may have been deleted).</source>
        <translation>動画が api.video 上にもう存在しません（削除された可能性があります）。</translation>
    </message>
    <message>
        <source>The server does not offer this request; check the server address.</source>
        <translation>サーバーはこのリクエストに対応していません。サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>api.video refused the upload: {reason}</source>
        <translation>api.video がアップロードを拒否しました：{reason}</translation>
    </message>
    <message>
        <source>The server sent an answer the uploader cannot read.</source>
        <translation>サーバーから、アプリが読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The server sent an answer far larger than any api.video answer.</source>
        <translation>サーバーから、どの api.video の応答よりもはるかに大きな応答が返されました。</translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere ({where}). The uploader does not follow redirects, so your key stays with this server: check the server address.</source>
        <translation>サーバーがリクエストを別の場所（{where}）に転送しようとしました。キーがこのサーバー以外に渡らないよう、アプリはリダイレクトに従いません：サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Give either an API key or an upload token.</source>
        <translation>API キーかアップロードトークンのどちらかを入力してください。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the internet connection.</source>
        <translation>サーバーに接続できません。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach the server at {address}. Check the server address and the internet connection.</source>
        <translation>{address} のサーバーに接続できません。サーバーのアドレスとインターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the internet connection.</source>
        <translation>サーバーが時間内に応答しませんでした。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>Nothing moved for {seconds} s: the connection stalled. Check the internet connection.</source>
        <translation>{seconds} 秒間何も進みませんでした：接続が止まっています。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>{cause} Gave up after {attempts} attempts.</source>
        <translation>{cause} {attempts} 回試しましたが、あきらめました。</translation>
    </message>
    <message>
        <source>The file was moved or deleted during the upload.</source>
        <translation>アップロード中にファイルが移動または削除されました。</translation>
    </message>
    <message>
        <source>The file changed on disk during the upload; upload it again when it is final.</source>
        <translation>アップロード中にディスク上のファイルが変更されました。完成してからもう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>ファイルが空です（0 バイト）。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied).</source>
        <translation>ファイルを読み込めません（アクセスが拒否されました）。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>これはファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a video file ({what}).</source>
        <translation>動画ファイルではないようです（{what}）。</translation>
    </message>
    <message>
        <source>The file is {size}; api.video accepts videos of up to {limit}.</source>
        <translation>ファイルのサイズは {size} です。api.video が受け付ける動画は {limit} までです。</translation>
    </message>
    <message>
        <source>This is a {what}, not a regular file, so it cannot be uploaded.</source>
        <translation>これは通常のファイルではなく「{what}」なので、アップロードできません。</translation>
    </message>
    <message>
        <source>This link leads round in a circle and never reaches a file.</source>
        <translation>このリンクは循環していて、ファイルにたどり着きません。</translation>
    </message>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>ファイルを読み込めません（{error}）。</translation>
    </message>
    <message>
        <source>This folder cannot be opened ({error}).</source>
        <translation>このフォルダーを開けません（{error}）。</translation>
    </message>
    <message>
        <source>Only the first {limit} files were added; add the rest separately.</source>
        <translation>最初の {limit} 個のファイルだけを追加しました。残りは別に追加してください。</translation>
    </message>
    <message>
        <source>This file cannot be uploaded.</source>
        <translation>このファイルはアップロードできません。</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>アップロードはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server answered with another video than the one uploaded.</source>
        <translation>サーバーが、アップロードしたものとは別の動画で応答しました。</translation>
    </message>
    <message>
        <source>The connection dropped just after the start of the file was sent with the upload token, so api.video may already have made a video of it. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>アップロードトークンでファイルの先頭を送った直後に接続が切れたため、api.video ですでに動画が作成されている可能性があります。動画が二重に作成されないよう、再試行する前に api.video の動画一覧を確認してください。</translation>
    </message>
    <message>
        <source>The server refused part of the file as already received, although it had never been sent, so the upload is not complete. Try again later.</source>
        <translation>サーバーが、一度も送っていないファイルの一部を受信済みとして拒否したため、アップロードは完了していません。しばらくしてからもう一度試してください。</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file, and an upload token cannot ask it. Try the upload again: what the server already has is not sent twice.</source>
        <translation>サーバーはファイル全体の受信を確認しておらず、アップロードトークンではそれを問い合わせることができません。もう一度アップロードしてください：サーバーがすでに受け取った部分は再送信されません。</translation>
    </message>
    <message>
        <source>The server did not confirm that it received the whole file. Try the upload again.</source>
        <translation>サーバーはファイル全体の受信を確認していません。もう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>The connection dropped while the video was being created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>動画の作成中に接続が切れました。動画が二重に作成されないよう、再試行する前に api.video の動画一覧を確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to creating the video could not be read, so it may have been created. Check the video list on api.video before trying again, so the video is not created twice.</source>
        <translation>動画作成に対するサーバーの応答を読み取れなかったため、動画が作成されている可能性があります。動画が二重に作成されないよう、再試行する前に api.video の動画一覧を確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s record of the parts already sent fits no part size, so the upload cannot be continued safely. Upload the file again as a new video.</source>
        <translation>送信済みパートについてのサーバーの記録がどのパートサイズとも合わないため、安全に続行できません。ファイルを新しい動画としてもう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>Links are not available with an upload token; find the video in your api.video dashboard.</source>
        <translation>アップロードトークンではリンクを取得できません。api.video のダッシュボードで動画を探してください。</translation>
    </message>
    <message>
        <source>“{name}” changed since it was queued, so nothing more of it was sent. Upload it again as a new video if the new version is the one you want.</source>
        <translation>「{name}」はキューに追加された後に変更されたため、それ以上は送信していません。新しい版をアップロードしたい場合は、新しい動画としてもう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>“{name}” is no longer at {path} or cannot be read, so nothing more of it was sent. Put it back to continue, or remove it from the queue.</source>
        <translation>「{name}」が {path} にないか、読み込めないため、それ以上は送信していません。続けるには元の場所に戻すか、キューから削除してください。</translation>
    </message>
    <message>
        <source>The upload list could not be saved ({error}), so the upload was stopped to keep its progress honest. Free some disk space and continue.</source>
        <translation>アップロード一覧を保存できなかったため（{error}）、進捗を正確に保つためにアップロードを停止しました。ディスクの空き容量を増やしてから続けてください。</translation>
    </message>
    <message>
        <source>“{name}” cannot be continued safely: the server&apos;s record of its parts does not match the part size it was started with, so nothing more was sent.</source>
        <translation>「{name}」は安全に続行できません：パートについてのサーバーの記録が開始時のパートサイズと合わないため、それ以上は送信していません。</translation>
    </message>
    <message>
        <source>Replaced by an upload of the changed file as a new video.</source>
        <translation>変更されたファイルを新しい動画としてアップロードしたものに置き換えられました。</translation>
    </message>
    <message>
        <source>Uploading while recording needs an API key: an upload token cannot ask api.video which parts it already holds.</source>
        <translation>録画しながらのアップロードには API キーが必要です：アップロードトークンでは、api.video がどのパートを受け取り済みかを問い合わせられません。</translation>
    </message>
    <message>
        <source>The recording could not be uploaded as it was written.</source>
        <translation>録画を書き込みと同時にアップロードできませんでした。</translation>
    </message>
    <message>
        <source>“{name}” was queued to upload with {wanted}, but {given} was given to continue it.</source>
        <translation>「{name}」は {wanted} でアップロードするようキューに追加されましたが、続行に {given} が指定されました。</translation>
    </message>
    <message>
        <source>{app} is already running and uploading this queue. Switch to that window, or wait until it has finished.</source>
        <translation>{app} はすでに起動していて、このキューをアップロード中です。そのウィンドウに切り替えるか、終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>The upload list at {path} was saved by a newer version of {app}. Install that version again to continue those uploads; the file was left as it is.</source>
        <translation>{path} のアップロード一覧は、より新しいバージョンの {app} で保存されています。それらのアップロードを続けるには、そのバージョンをもう一度インストールしてください。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <source>the upload list there cannot be opened or written (a read-only or full disk, or no permission)</source>
        <translation>そこではアップロード一覧を開くことも書き込むこともできません（ディスクが読み取り専用か満杯、またはアクセス権がありません）</translation>
    </message>
    <message>
        <source>The saved upload list could not be read, so a new one was started. The old file was kept as {path}.</source>
        <translation>保存されたアップロード一覧を読み込めなかったため、新しい一覧を作成しました。古いファイルは {path} として残してあります。</translation>
    </message>
    <message>
        <source>The upload is complete; api.video is still encoding it. Open the link later to watch it.</source>
        <translation>アップロードは完了しました。api.video で現在エンコード中です。しばらくしてからリンクを開いて視聴してください。</translation>
    </message>
    <message>
        <source>api.video could not encode this video ({qualities} failed).</source>
        <translation>api.video でこの動画をエンコードできませんでした（{qualities} が失敗）。</translation>
    </message>
    <message>
        <source>With an upload token, api.video cannot tell whether a file was uploaded before, so duplicates are not checked.</source>
        <translation>アップロードトークンでは、ファイルが以前にアップロードされたかを api.video が判断できないため、重複は確認しません。</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>スキップ：{date}に「{title}」としてアップロード済みです。</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; give the API key separately.</source>
        <translation>アドレスにユーザー名やパスワードを含めないでください。API キーは別に入力してください。</translation>
    </message>
    <message>
        <source>“{url}” has no usable port: a port is a number from 1 to 65535.</source>
        <translation>「{url}」に使用できるポートがありません：ポートは 1 から 65535 までの数値です。</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#” parts; give only the server and, if needed, a path.</source>
        <translation>アドレスに「?」や「#」の部分を含めないでください。サーバーと、必要ならパスだけを入力してください。</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it should start with https://).</source>
        <translation>「{url}」は Web アドレスではありません（https:// で始まる必要があります）。</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (127.0.0.1 or localhost); use an https:// address.</source>
        <translation>暗号化なしの http はこのコンピューター（127.0.0.1 または localhost）でのみ使用できます。https:// のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>“{text}” is not a size; write it like 50MiB, 1GiB or a number of bytes.</source>
        <translation>「{text}」はサイズではありません。50MiB、1GiB のように、またはバイト数で入力してください。</translation>
    </message>
    <message>
        <source>“{text}” is not a speed; write it like 5MB/s, 800kB/s, 2MiB/s or a number of bytes per second.</source>
        <translation>「{text}」は速度ではありません。5MB/s、800kB/s、2MiB/s のように、または 1 秒あたりのバイト数で入力してください。</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>システムのキーリングが使えないため、API キーはメモリ上にのみ保持され、次にアプリを起動したときにもう一度入力を求められます。</translation>
    </message>
    <message>
        <source>The system keyring stopped working ({error}), so API keys are kept in memory only and will be asked for again next time the app starts.</source>
        <translation>システムのキーリングが動作しなくなったため（{error}）、API キーはメモリ上にのみ保持され、次にアプリを起動したときにもう一度入力を求められます。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). The details are in the log file.</source>
        <translation>予期しない問題が発生しました（{kind}）。詳細はログファイルにあります。</translation>
    </message>
    <message>
        <source>Waiting to send again ({cause}).</source>
        <translation>再送信を待っています（{cause}）。</translation>
    </message>
    <message>
        <source>it looks like an image ({format})</source>
        <translation>画像のようです（{format}）</translation>
    </message>
    <message>
        <source>it looks like an audio file ({format})</source>
        <translation>音声ファイルのようです（{format}）</translation>
    </message>
    <message>
        <source>it looks like a document ({format})</source>
        <translation>文書のようです（{format}）</translation>
    </message>
    <message>
        <source>it looks like an archive ({format})</source>
        <translation>アーカイブのようです（{format}）</translation>
    </message>
    <message>
        <source>it looks like a program ({format})</source>
        <translation>プログラムのようです（{format}）</translation>
    </message>
    <message>
        <source>it looks like a database ({format})</source>
        <translation>データベースのようです（{format}）</translation>
    </message>
    <message>
        <source>it looks like a file of another kind ({format})</source>
        <translation>別の種類のファイルのようです（{format}）</translation>
    </message>
    <message>
        <source>it looks like an image</source>
        <translation>画像のようです</translation>
    </message>
    <message>
        <source>it looks like an audio file</source>
        <translation>音声ファイルのようです</translation>
    </message>
    <message>
        <source>it looks like a document</source>
        <translation>文書のようです</translation>
    </message>
    <message>
        <source>it looks like an archive</source>
        <translation>アーカイブのようです</translation>
    </message>
    <message>
        <source>it looks like a program</source>
        <translation>プログラムのようです</translation>
    </message>
    <message>
        <source>it looks like a database</source>
        <translation>データベースのようです</translation>
    </message>
    <message>
        <source>it looks like text</source>
        <translation>テキストのようです</translation>
    </message>
    <message>
        <source>it looks like a file of another kind</source>
        <translation>別の種類のファイルのようです</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <source>device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>an upload token</source>
        <translation>アップロードトークン</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>接続が停止</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>リクエスト過多</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>読み取れない応答</translation>
    </message>
    <message>
        <source>This computer is kept awake while uploads run</source>
        <translation>アップロード中はこのコンピューターをスリープさせません</translation>
    </message>
    <message>
        <source>Sleep can&apos;t be prevented on this system</source>
        <translation>このシステムではスリープを防止できません</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>過去のある日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>its format is not one we recognise</source>
        <translation>認識できない形式です</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Recording · {size} sent, waiting for more</source>
        <translation>録画中 · {size} 送信済み、続きを待っています</translation>
    </message>
    <message>
        <source>Recording · {size} sent, sending</source>
        <translation>録画中 · {size} 送信済み、送信中</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Waiting · still recording</source>
        <translation>待機中 · 録画中</translation>
    </message>
    <message>
        <source>Its incomplete video was deleted.</source>
        <translation>不完全な動画は削除しました。</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted, so its title now begins with “{mark}”.</source>
        <translation>不完全な動画を削除できなかったため、タイトルの先頭に「{mark}」を付けました。</translation>
    </message>
    <message>
        <source>Its incomplete video could not be deleted or renamed (it was never completed): delete it on api.video.</source>
        <translation>不完全な動画を削除も名前変更もできませんでした（完了はしていません）：api.video で削除してください。</translation>
    </message>
    <message>
        <source>The file disappeared before the recording ended ({sent} sent). Nothing was lost: put it back and choose Retry to continue.</source>
        <translation>録画が終わる前にファイルが見つからなくなりました（{sent} 送信済み）。失われたものはありません：ファイルを元に戻し、「再試行」を選ぶと続きから送信します。</translation>
    </message>
    <message>
        <source>The file became shorter while it was recorded ({on_disk} on disk, {sent} already sent), so what was sent no longer matches it. The file was left as it is: upload it again once the recording is finished.</source>
        <translation>録画中にファイルが短くなったため（ディスク上 {on_disk}、送信済み {sent}）、送信した内容と一致しなくなりました。ファイルはそのままにしてあります：録画が終わったら、もう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>The recording grew past what one api.video video can hold ({sent} sent). Record in shorter pieces.</source>
        <translation>録画が api.video の動画 1 本に収まる大きさを超えました（{sent} 送信済み）。短く分けて録画してください。</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed. Is it still being recorded? Upload it again once it is finished, with a longer settle time in the settings if the recorder pauses.</source>
        <translation>アップロード完了後にファイルが変わりました。まだ録画中ですか？ 終わったらもう一度アップロードしてください。録画ソフトが一時停止する場合は、設定で完了までの時間を長くしてください。</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped, so the {sent} sent while it recorded no longer matched it. Uploading the finished file as a new video did not succeed.</source>
        <translation>録画ソフトが停止時にファイルの先頭を書き直したため、録画中に送信した {sent} と一致しなくなりました。完成したファイルを新しい動画としてアップロードすることはできませんでした。</translation>
    </message>
    <message>
        <source>The file changed after its upload had completed, so it was uploaded again as a new video once it stopped changing.</source>
        <translation>アップロード完了後にファイルが変わったため、変化が止まってから新しい動画としてもう一度アップロードしました。</translation>
    </message>
    <message>
        <source>The recorder rewrote the start of the file when it stopped: the finished file was uploaded again as a new video.</source>
        <translation>録画ソフトが停止時にファイルの先頭を書き直しました：完成したファイルを新しい動画としてもう一度アップロードしました。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The local demo needs no account: its key is filled in for you.</source>
        <translation>ローカルデモにアカウントは不要です：キーは自動で入力されます。</translation>
    </message>
    <message>
        <source>Keys are kept in %1.</source>
        <translation>キーは %1 に保存されます。</translation>
    </message>
    <message>
        <source>Your API keys are in the api.video dashboard, under “API keys”:</source>
        <translation>API キーは api.video のダッシュボードの「API keys」にあります：</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Keep this computer awake while uploading</source>
        <translation>アップロード中はこのコンピューターをスリープさせない</translation>
    </message>
    <message>
        <source>An upload token lets this app upload videos without your API key, and nothing else: it cannot list your videos or follow their encoding, so earlier uploads are not looked for and a video shows as “Uploaded” rather than “Ready to watch”. The dashboard makes them, under “Upload tokens”; use one when someone shares a token with you.</source>
        <translation>アップロードトークンを使うと、API キーなしで動画をアップロードできます。できるのはアップロードだけで、動画の一覧やエンコードの確認はできません。そのため以前のアップロードは確認されず、動画は「視聴可能」ではなく「アップロード済み」と表示されます。トークンはダッシュボードの「Upload tokens」で作成できます。誰かからトークンを共有されたときに使ってください。</translation>
    </message>
    <message>
        <source>Your computer’s password store (on Linux the “Secret Service”, such as GNOME Keyring or KWallet; on macOS the Keychain; on Windows the Credential Manager). It keeps the key locked with your login, and this app never writes it to a file or a log.</source>
        <translation>コンピューターのパスワード保管庫です（Linux では GNOME Keyring や KWallet などの「Secret Service」、macOS ではキーチェーン、Windows では資格情報マネージャー）。キーはログインで保護され、このアプリがファイルやログに書き出すことはありません。</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>新しい言語は次にアプリを起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Where videos go</source>
        <translation>動画の送信先</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Your api.video key</source>
        <translation>api.video のキー</translation>
    </message>
    <message>
        <source>Use an upload token instead of a key</source>
        <translation>キーの代わりにアップロードトークンを使う</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Large files are sent in parts of this size. Smaller parts lose less when the connection drops; larger parts need fewer requests.</source>
        <translation>大きなファイルはこのサイズのパートに分けて送信されます。パートが小さいほど接続が切れたときの損失が少なく、大きいほどリクエストの回数が減ります。</translation>
    </message>
    <message>
        <source>Part size</source>
        <translation>パートサイズ</translation>
    </message>
    <message>
        <source>Files at once</source>
        <translation>同時に送るファイル数</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>アップロード速度を制限</translation>
    </message>
    <message>
        <source>Keep some of your connection for other things. The limit covers all uploads together and applies at once, even to uploads already running.</source>
        <translation>回線の一部をほかの用途に残しておけます。制限はすべてのアップロードの合計にかかり、実行中のアップロードにもすぐに適用されます。</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Notify me when a video is ready to watch or an upload fails</source>
        <translation>動画を視聴できるようになったときやアップロードが失敗したときに通知する</translation>
    </message>
    <message>
        <source>A computer that goes to sleep stops its uploads; they continue when it wakes.</source>
        <translation>コンピューターがスリープするとアップロードは止まり、復帰すると続きから再開します。</translation>
    </message>
    <message>
        <source>New videos in this environment</source>
        <translation>この環境での新しい動画</translation>
    </message>
    <message>
        <source>Words in braces are filled in for each file:</source>
        <translation>波かっこ内の語はファイルごとに置き換えられます：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. travel, 2026</source>
        <translation>カンマ区切り（例：旅行, 2026）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Public: anyone with the link can watch</source>
        <translation>公開：リンクを知っている人なら誰でも視聴できます</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
    <message>
        <source>Show the app in</source>
        <translation>アプリの表示言語</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → 「%2」</translation>
    </message>
    <message>
        <source>Upload token</source>
        <translation>アップロードトークン</translation>
    </message>
</context>
<context>
    <name>StateAnnouncer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Checking for an earlier upload</source>
        <translation>以前のアップロードを確認中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>ネットワーク待ち</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>視聴可能</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Already uploaded</source>
        <translation>すでにアップロード済み</translation>
    </message>
    <message>
        <source>Waits for its environment</source>
        <translation>環境の切り替え待ち</translation>
    </message>
    <message>
        <source>server error {status}</source>
        <translation>サーバーエラー {status}</translation>
    </message>
    <message>
        <source>nothing moved for {time}</source>
        <translation>{time}間、何も進んでいません</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>接続が停止</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>リクエスト過多</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>読み取れない応答</translation>
    </message>
    <message>
        <source>Waiting for network · retrying</source>
        <translation>ネットワーク待ち · 再試行します</translation>
    </message>
    <message>
        <source>Waiting for network · retrying now</source>
        <translation>ネットワーク待ち · 今すぐ再試行</translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Waiting for network · retrying in {time}</source>
        <translation>ネットワーク待ち · {time}後に再試行</translation>
    </message>
    <message>
        <source>Retrying in {time}</source>
        <translation>{time}後に再試行</translation>
    </message>
    <message>
        <source>attempt {n}: {cause}</source>
        <translation>{n} 回目：{cause}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>{n} 回目</translation>
    </message>
    <message>
        <source>{what} ({why})</source>
        <translation>{what}（{why}）</translation>
    </message>
    <message>
        <source>{size} to send again</source>
        <translation>{size} を再送信</translation>
    </message>
    <message>
        <source>{quality} ready</source>
        <translation>{quality} 準備完了</translation>
    </message>
    <message>
        <source>encoding {quality}</source>
        <translation>{quality} をエンコード中</translation>
    </message>
    <message>
        <source>waiting to encode</source>
        <translation>エンコード待ち</translation>
    </message>
    <message>
        <source>Skipped: already uploaded on {date} as “{title}”.</source>
        <translation>スキップ：{date}に「{title}」としてアップロード済みです。</translation>
    </message>
    <message>
        <source>Already uploaded on {date} as “{title}”.</source>
        <translation>{date}に「{title}」としてアップロード済みです。</translation>
    </message>
    <message>
        <source>{state} · {detail}</source>
        <translation>{state} · {detail}</translation>
    </message>
    <message>
        <source>Failed — {why}</source>
        <translation>失敗 — {why}</translation>
    </message>
    <message>
        <source>Waits for {place}</source>
        <translation>{place} 待ち</translation>
    </message>
    <message>
        <source>Waiting for your API key (add it in Settings)</source>
        <translation>API キー待ち（設定で追加してください）</translation>
    </message>
</context>
<context>
    <name>TitleGuard</name>
    <message>
        <source>A video needs a title: the one it had is kept until you type another.</source>
        <translation>動画にはタイトルが必要です。別のタイトルを入力するまで、元のタイトルのままになります。</translation>
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
        <translation>KB</translation>
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
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
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
        <translation>アップロードが停止しました。</translation>
    </message>
    <message>
        <source>The upload could not start: no room for its working files (%1).</source>
        <translation>作業用ファイルの空き容量がないため、アップロードを開始できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>VideoEdits</name>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Send the title, description, tags and privacy again</source>
        <translation>タイトル、説明、タグ、公開設定をもう一度送信します</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません：%1</translation>
    </message>
    <message>
        <source>Kept for when the video is created.</source>
        <translation>動画の作成時に使います。</translation>
    </message>
    <message>
        <source>This video is on %1: switch to it to change the video.</source>
        <translation>この動画は %1 にあります。変更するにはその環境に切り替えてください。</translation>
    </message>
    <message>
        <source>api.video can&apos;t be reached now. It is sent when the network is back.</source>
        <translation>現在 api.video に接続できません。ネットワークが戻ったら送信します。</translation>
    </message>
    <message>
        <source>the video is no longer on api.video (it was deleted).</source>
        <translation>動画はもう api.video にありません（削除されました）。</translation>
    </message>
    <message>
        <source>changing a video needs an API key; an upload token can only upload.</source>
        <translation>動画の変更には API キーが必要です。アップロードトークンではアップロードしかできません。</translation>
    </message>
    <message>
        <source>a video needs a title.</source>
        <translation>動画にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>api.video refused the change.</source>
        <translation>api.video が変更を拒否しました。</translation>
    </message>
    <message>
        <source>api.video refused the change: %1</source>
        <translation>api.video が変更を拒否しました：%1</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>The folder “%1” cannot be watched (%2). Check that it exists.</source>
        <translation>フォルダー「%1」を監視できません（%2）。フォルダーがあるか確認してください。</translation>
    </message>
    <message>
        <source>“%1” was uploaded and moved to %2.</source>
        <translation>「%1」をアップロードし、%2 に移動しました。</translation>
    </message>
    <message>
        <source>“%1” was uploaded and deleted from this computer.</source>
        <translation>「%1」をアップロードし、このコンピューターから削除しました。</translation>
    </message>
    <message>
        <source>“%1” was kept: its video could not be watched yet, so it was not deleted.</source>
        <translation>「%1」は残しました：動画がまだ再生できなかったため、削除していません。</translation>
    </message>
    <message>
        <source>“%1” was kept where it is: it changed since it was sent.</source>
        <translation>「%1」はそのまま残しました：送信後にファイルが変わっています。</translation>
    </message>
    <message>
        <source>“%1” could not be moved or deleted (%2).</source>
        <translation>「%1」を移動も削除もできませんでした（%2）。</translation>
    </message>
    <message>
        <source>“%1” was uploaded and kept.</source>
        <translation>「%1」をアップロードし、そのまま残しました。</translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <source>Watched folders</source>
        <translation>監視フォルダー</translation>
    </message>
    <message>
        <source>Every video that appears in these folders, or is there already and was never uploaded, is uploaded once while the app runs. Hidden files, unfinished downloads and other files are left alone.</source>
        <translation>アプリの起動中、これらのフォルダーに現れた動画や、すでにあってまだアップロードしていない動画を 1 回ずつアップロードします。隠しファイル、ダウンロード途中のファイル、動画以外のファイルには触れません。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Videos go to</source>
        <translation>アップロード先</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Title: {name} is the file&apos;s name, {folder} its folder, {date} the day it is uploaded, {n} its number.</source>
        <translation>タイトル：{name} はファイル名、{folder} はフォルダー名、{date} はアップロードした日、{n} は番号です。</translation>
    </message>
    <message>
        <source>Files still being written</source>
        <translation>書き込み中のファイル</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Finished after</source>
        <translation>完了とみなすまで</translation>
    </message>
    <message>
        <source>A file written more recently than this is taken as still being recorded or copied: it is sent as it grows, and completed once it has not changed for this long.</source>
        <translation>この時間内に書き込まれたファイルは、録画中またはコピー中とみなします：大きくなるにつれて送信し、この時間変化がなければ完了します。</translation>
    </message>
    <message>
        <source>Files I add that are still being written also upload while they grow</source>
        <translation>自分で追加した書き込み中のファイルも、大きくなるにつれてアップロードする</translation>
    </message>
    <message>
        <source>Start at login, hidden in the tray, watching</source>
        <translation>ログイン時にトレイで非表示のまま起動して監視する</translation>
    </message>
    <message>
        <source>Once a file is uploaded</source>
        <translation>アップロードが終わったファイル</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>そのまま残す</translation>
    </message>
    <message>
        <source>Move it to a folder</source>
        <translation>フォルダーに移動する</translation>
    </message>
    <message>
        <source>Delete it from this computer</source>
        <translation>このコンピューターから削除する</translation>
    </message>
    <message>
        <source>Folder for uploaded files</source>
        <translation>アップロード済みファイルの移動先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Nothing is moved or deleted before api.video holds every byte. A file is deleted only once its video can be watched, and a file that changed since it was sent is always kept.</source>
        <translation>api.video がすべてのバイトを受け取るまで、移動や削除はしません。削除は動画が再生できるようになってからで、送信後に変わったファイルは必ず残します。</translation>
    </message>
    <message>
        <source>The environment in use</source>
        <translation>使用中の環境</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>監視するフォルダー</translation>
    </message>
    <message>
        <source>Move uploaded files to</source>
        <translation>アップロード済みファイルの移動先</translation>
    </message>
    <message>
        <source>Choose the folder uploaded files are moved to.</source>
        <translation>アップロード済みファイルの移動先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Uploaded files cannot be moved into a watched folder: choose another.</source>
        <translation>アップロード済みファイルを監視フォルダーには移動できません：別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Starting at login could not be set up (%1).</source>
        <translation>ログイン時の起動を設定できませんでした（%1）。</translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>監視しているフォルダーはありません。</translation>
    </message>
    <message>
        <source>Watched folders…</source>
        <translation>監視フォルダー…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Upload here instead</source>
        <translation>ここにアップロード</translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation>動画を追加…</translation>
    </message>
    <message>
        <source>Choose video files to upload</source>
        <translation>アップロードする動画ファイルを選択</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Add every video in a folder and its sub-folders</source>
        <translation>フォルダーとそのサブフォルダー内のすべての動画を追加</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause the selected uploads</source>
        <translation>選択したアップロードを一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Continue the selected uploads</source>
        <translation>選択したアップロードを再開</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>選択したアップロードを中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled uploads again</source>
        <translation>選択した失敗またはキャンセル済みのアップロードを再試行</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>一時停止／再開</translation>
    </message>
    <message>
        <source>Pause the selected uploads, or resume them if they are paused</source>
        <translation>選択したアップロードを一時停止、一時停止中なら再開</translation>
    </message>
    <message>
        <source>Still recording</source>
        <translation>録画中</translation>
    </message>
    <message>
        <source>The file is still being recorded: send it as it grows, and complete it once it stops changing</source>
        <translation>ファイルはまだ録画中です：大きくなるにつれて送信し、変化が止まったら完了します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Take the selected files out of the list</source>
        <translation>選択したファイルを一覧から外す</translation>
    </message>
    <message>
        <source>Send the selected files to the environment in use now instead of the one they were added for</source>
        <translation>選択したファイルを、追加したときの環境ではなく今使っている環境に送信</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Upload the selected files sooner</source>
        <translation>選択したファイルを先にアップロード</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Upload the selected files later</source>
        <translation>選択したファイルを後でアップロード</translation>
    </message>
    <message>
        <source>Move to top</source>
        <translation>先頭へ移動</translation>
    </message>
    <message>
        <source>Upload the selected files first</source>
        <translation>選択したファイルを最初にアップロード</translation>
    </message>
    <message>
        <source>Move to bottom</source>
        <translation>末尾へ移動</translation>
    </message>
    <message>
        <source>Upload the selected files last</source>
        <translation>選択したファイルを最後にアップロード</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>すべて一時停止</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>すべて再開</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>すべてキャンセル</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>失敗したものをすべて再試行</translation>
    </message>
    <message>
        <source>Remove finished</source>
        <translation>完了したものを削除</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Environment, API key and upload options</source>
        <translation>環境、API キー、アップロードのオプション</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy the player link of the selected video</source>
        <translation>選択した動画のプレーヤーのリンクをコピー</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Show the videos uploaded before</source>
        <translation>以前にアップロードした動画を表示</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Upload to %1 instead</source>
        <translation>代わりに %1 にアップロード</translation>
    </message>
</context>
</TS>
