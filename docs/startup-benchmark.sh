#!/usr/bin/env bash
# Start-up of the production jar: time to the first HTTP 200 on /login and resident memory (RSS), for
# (a) the plain jar as `java -jar` starts it and (b) the tuned start the Docker image uses (the extracted
# jar, a JDK 25 AOT cache from a training run, memory flags). Method and figures: docs/benchmarks.md.
#
# Usage (the production jar built, a database of its own on the local PostgreSQL):
#   ./mvnw -Pproduction -DskipTests package
#   createdb -h 127.0.0.1 -U postgres doorstep_ops
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/doorstep_ops SPRING_DATASOURCE_USERNAME=postgres \
#     SPRING_DATASOURCE_PASSWORD=x bash docs/startup-benchmark.sh [runs (5)] [port (8097)]
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
PORT=${2:-8097}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(ls target/doorstep-*.jar | grep -v -- '-plain' | head -n 1)
WORK=target/startup-benchmark
: "${SPRING_DATASOURCE_URL:?set SPRING_DATASOURCE_URL (a database of its own on the local PostgreSQL)}"
export PORT
# ./mvnw verify repackages the jar without -Pproduction; that one needs Vaadin's development server.
if "$(dirname "$JAVA")/jar" tf "$JAR" | grep -q 'vaadin-dev-server'; then
  echo "$JAR is not a production jar: ./mvnw -Pproduction -DskipTests package" >&2
  exit 1
fi

# The tuned start's flags: docker/Dockerfile's JAVA_TUNING (read from there, so they agree).
JAVA_TUNING=$(sed -n 's/^ARG JAVA_TUNING="\(.*\)"$/\1/p' docker/Dockerfile)
[ -n "$JAVA_TUNING" ] || { echo "JAVA_TUNING not found in docker/Dockerfile" >&2; exit 1; }
export JAVA_TUNING

# Waits for the first 200 on /login; prints milliseconds since $1 (nanoseconds) and the RSS then and 5 s later.
measure() {
  local started=$1 pid=$2 answered
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped: see $WORK/app.log" >&2; exit 1; }
    sleep 0.05
  done
  answered=$(date +%s%N)
  local rss_then rss_later
  rss_then=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  sleep 5
  rss_later=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  echo "$(( (answered - started) / 1000000 )) $(( rss_then / 1024 )) $(( rss_later / 1024 ))"
}

stop() {
  kill -TERM "$1"
  wait "$1" 2>/dev/null || true
}

# One start of a variant: "plain" or "tuned"; prints ms, RSS at the first 200, RSS 5 s later (MiB).
start_once() {
  local started pid
  started=$(date +%s%N)
  if [ "$1" = plain ]; then
    "$JAVA" -jar "$JAR" >"$WORK/app.log" 2>&1 &
  else
    # shellcheck disable=SC2086 # the flags are a list
    "$JAVA" $JAVA_TUNING -XX:AOTCache="$WORK/app/doorstep.aot" -jar "$WORK/app/doorstep.jar" >"$WORK/app.log" 2>&1 &
  fi
  pid=$!
  measure "$started" "$pid"
  stop "$pid"
}

rm -rf "$WORK" && mkdir -p "$WORK"
echo "machine: $(nproc) cores; $(uptime | sed 's/.*load/load/')"
"$JAVA" -version 2>&1 | head -n 1

# The tuned start, prepared as docker/Dockerfile does: extract, then a training run that starts the app,
# asks for /login once and stops; the JVM writes the AOT cache (JEP 483/514/515) as it exits.
"$JAVA" -Djarmode=tools -jar "$JAR" extract --application-filename doorstep.jar --destination "$WORK/app" >/dev/null
train_started=$(date +%s%N)
PATH="$(dirname "$JAVA"):$PATH" TRAINING_PORT=$PORT TRAINING_LOG="$WORK/training.log" bash docker/aot-training.sh "$WORK/app"
echo "training run and AOT cache: $(( ($(date +%s%N) - train_started) / 1000000 )) ms, cache $(du -m "$WORK/app/doorstep.aot" | cut -f1) MiB"

# A warm-up start of each (the page cache, and a database already migrated), then alternating runs.
start_once plain >/dev/null
start_once tuned >/dev/null
for i in $(seq "$RUNS"); do
  echo "plain $(start_once plain)" | tee -a "$WORK/runs.txt"
  echo "tuned $(start_once tuned)" | tee -a "$WORK/runs.txt"
done
echo "load after the runs: $(uptime | sed 's/.*load/load/')"

# Medians of each column, and the ratio tuned / plain.
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for variant in plain tuned; do
  ms=$(awk -v v=$variant '$1 == v {print $2}' "$WORK/runs.txt" | median)
  rss=$(awk -v v=$variant '$1 == v {print $3}' "$WORK/runs.txt" | median)
  later=$(awk -v v=$variant '$1 == v {print $4}' "$WORK/runs.txt" | median)
  echo "$variant: median ${ms} ms to the first 200 on /login; RSS ${rss} MiB then, ${later} MiB 5 s later"
  eval "${variant}_ms=$ms ${variant}_rss=$later"
done
awk -v t="$tuned_ms" -v p="$plain_ms" -v tr="$tuned_rss" -v pr="$plain_rss" \
  'BEGIN {printf "ratio tuned / plain: time %.2f, RSS %.2f\n", t / p, tr / pr}'
