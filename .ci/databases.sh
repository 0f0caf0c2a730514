#!/usr/bin/env bash
# Starts PostgreSQL, MariaDB and Redis when they are down and waits until all three answer. The
# tests use them (Redis: the shared limits) and fail (never skip) when they cannot be reached.
set -euo pipefail

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q; }
maria_up() { mariadb-admin -h 127.0.0.1 -P 3306 -u root --connect-timeout=2 ping >/dev/null 2>&1; }
redis_up() { [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]; }

if ! pg_up; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
if ! maria_up; then
  echo "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi
if ! redis_up; then
  echo "starting Redis"
  redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes || true
fi

for _ in $(seq 1 60); do
  if pg_up && maria_up && redis_up; then
    echo "PostgreSQL, MariaDB and Redis are up"
    exit 0
  fi
  sleep 1
done
echo "PostgreSQL up: $(pg_up && echo yes || echo no); MariaDB up: $(maria_up && echo yes || echo no); Redis up: $(redis_up && echo yes || echo no)" >&2
exit 1
