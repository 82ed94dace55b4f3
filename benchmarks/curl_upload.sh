#!/bin/sh
# Upload one file to an api.video server with curl alone, the way a shell script would: log in,
# create the video, then one multipart POST per chunk with "Content-Range: bytes a-b/total".
#
# Each chunk is streamed: dd reads exactly the slice and pipes it to curl, which names the pipe
# as a file (@/dev/stdin, not @-: curl buffers "@-" whole in memory, but streams a named
# non-regular file as it reads it, with chunked transfer encoding).
#
# Usage: APIVIDEO_API_KEY=KEY curl_upload.sh BASE_URL FILE CHUNK_SIZE
# Prints the completing chunk's answer (the Video, as JSON) on stdout.
set -eu
base=$1
file=$2
chunk=$3
size=$(stat -c %s "$file")
name=$(basename "$file")
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT

field() { # field NAME < json: the first string value of "NAME"
    sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p"
}

token=$(curl -sS --fail-with-body -H 'Content-Type: application/json' \
    -d "{\"apiKey\": \"$APIVIDEO_API_KEY\"}" "$base/auth/api-key" | field access_token)
video=$(curl -sS --fail-with-body -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"title\": \"$name\"}" "$base/videos" |
    field videoId)

start=0
while [ "$start" -lt "$size" ]; do
    end=$((start + chunk - 1))
    if [ "$end" -ge "$size" ]; then end=$((size - 1)); fi
    dd if="$file" bs=1M skip="$start" count=$((end - start + 1)) \
        iflag=skip_bytes,count_bytes status=none |
        curl -sS --fail-with-body -o "$answer" -H "Authorization: Bearer $token" \
            -H "Content-Range: bytes $start-$end/$size" \
            -F "file=@/dev/stdin;filename=$name;type=application/octet-stream" \
            "$base/videos/$video/source"
    start=$((end + 1))
done
cat "$answer"
