#!/usr/bin/env bash
# The README's start command, as a newcomer runs it: fresh start with demo data, /health up,
# a demo login works, Ctrl-C stops everything it started, and a second start reuses the data.
# Uses private ports so it never meets a developer's running instance.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PORT="${SMOKE_PORT:-3099}" RENKEI_PG_PORT="${SMOKE_PG_PORT:-54339}" RENKEI_REDIS_PORT="${SMOKE_REDIS_PORT:-63799}"
unset DATABASE_URL REDIS_URL
log=$(mktemp)
data_backup=""
if [ -d .data ]; then data_backup=$(mktemp -d); mv .data "$data_backup/"; fi
pid=""
# On any exit (a failed check included) stop what this script started before the data goes away.
restore() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -INT -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -rf .data; if [ -n "$data_backup" ]; then mv "$data_backup/.data" .data; fi
}
trap restore EXIT

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  setsid npm start >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "npm start exited early:"; tail -50 "$log"; exit 1; fi
    sleep 1
  done
  echo "no /health after 180 s:"; tail -50 "$log"; exit 1
}

stop() {
  kill -INT -- "-$pid"   # what Ctrl-C does: the whole process group
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then echo "npm start did not stop within 30 s"; exit 1; fi
  sleep 1
  for p in "$PORT" "$RENKEI_PG_PORT" "$RENKEI_REDIS_PORT"; do
    if port_open "$p"; then echo "port $p still open after Ctrl-C: something was left running"; exit 1; fi
  done
}

start
health=$(curl -fsS "http://127.0.0.1:$PORT/health")
echo "health: $health"
echo "$health" | grep -q '"postgres":{"status":"up"}' && echo "$health" | grep -q '"redis":{"status":"up"}'
login=$(curl -fsS "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
  -d '{"query":"mutation { login(username: \"sakura.liaison\", password: \"renkei-demo-2026\") { accessToken } }"}')
token=$(echo "$login" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "demo login failed: $login"; exit 1; }
me=$(curl -fsS "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -H "authorization: Bearer $token" \
  -d '{"query":"{ me { role agency { name } } }"}')
echo "me: $me"
echo "$me" | grep -q 'さくら銀行'
grep -q 'demo data loaded' "$log"
page=$(curl -fsS "http://127.0.0.1:$PORT/")
echo "$page" | grep -q '<div id="root">' || { echo "the web client is not served at /: $page" | head -5; exit 1; }
curl -fsS -H "accept: text/html" "http://127.0.0.1:$PORT/tasks" | grep -q '<div id="root">' || { echo "a client route does not fall back to index.html"; exit 1; }
echo "web client: served at / (and client routes)"
stop
echo "first start: ok, stopped cleanly"

start
grep -q 'demo data already present' "$log" || { echo "second start did not reuse the data"; tail -30 "$log"; exit 1; }
stop
echo "second start: reused the data, stopped cleanly"
echo "smoke: 1 passed, 0 failed"
