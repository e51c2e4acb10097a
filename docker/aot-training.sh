#!/usr/bin/env bash
# The training run of the JDK 25 AOT cache (JEP 483/514/515): starts the extracted Doorstep with
# -XX:AOTCacheOutput, waits for its first 200 on /login (Spring's start-up and Vaadin's first page, what
# every start repeats) and stops it; the JVM writes the cache as it exits. Classes it loaded and linked, and
# the methods' profiles, are then there from the first moment of a start with -XX:AOTCache.
#
# Usage: aot-training.sh APP_DIR (holding doorstep.jar and lib/, as `java -Djarmode=tools -jar ... extract`
# leaves them); the cache is APP_DIR/doorstep.aot. Needs SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD)
# of a PostgreSQL it may migrate, and JAVA_TUNING, the flags of the real start (a cache is used only by a
# JVM with the same flags and class path). Used by docker/Dockerfile and docs/startup-benchmark.sh.
set -euo pipefail
app=${1:?usage: aot-training.sh APP_DIR}
port=${TRAINING_PORT:-8181}
: "${SPRING_DATASOURCE_URL:?set SPRING_DATASOURCE_URL}"

rm -f "$app/doorstep.aot"
# shellcheck disable=SC2086 # JAVA_TUNING is a list of flags
PORT=$port java ${JAVA_TUNING:-} -XX:AOTCacheOutput="$app/doorstep.aot" -Xlog:aot=error -Xlog:aot+codecache=error \
  -jar "$app/doorstep.jar" >"${TRAINING_LOG:-/tmp/aot-training.log}" 2>&1 &
pid=$!
for _ in $(seq 1200); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ]; then
    kill -TERM "$pid"
    wait "$pid" || true
    [ -s "$app/doorstep.aot" ] || { echo "no AOT cache written: see ${TRAINING_LOG:-/tmp/aot-training.log}" >&2; exit 1; }
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { echo "the training run stopped: see ${TRAINING_LOG:-/tmp/aot-training.log}" >&2; exit 1; }
  sleep 0.25
done
kill -KILL "$pid"
echo "the training run did not answer /login within 5 minutes" >&2
exit 1
