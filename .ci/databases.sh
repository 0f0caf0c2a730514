#!/usr/bin/env bash
# Starts PostgreSQL and MariaDB when they are down and waits until both answer. The tests use
# them and fail (never skip) when they cannot be reached.
set -euo pipefail

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q; }
maria_up() { mariadb-admin -h 127.0.0.1 -P 3306 -u root --connect-timeout=2 ping >/dev/null 2>&1; }

if ! pg_up; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
if ! maria_up; then
  echo "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi

for _ in $(seq 1 60); do
  if pg_up && maria_up; then
    echo "PostgreSQL and MariaDB are up"
    exit 0
  fi
  sleep 1
done
echo "PostgreSQL up: $(pg_up && echo yes || echo no); MariaDB up: $(maria_up && echo yes || echo no)" >&2
exit 1
