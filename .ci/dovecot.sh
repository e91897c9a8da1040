#!/usr/bin/env bash
# Starts a throwaway Dovecot IMAP server on loopback for the IMAP tests (idempotent) and exports
# APPLYTRACK_TEST_IMAP_HOST/PORT/TLS_PORT/USER/PASSWORD/CONFIG/MAILDIR. Source it: `source .ci/dovecot.sh`.
# Uses the Debian package's binaries (dovecot-imapd). Runs as root or as the invoking user.
#
# Authentication is a static passdb: ANY user name logs in with the test password and gets its own fresh
# Maildir under $dir/home/<user>, so each test can use a mailbox of its own on the one server.
set -euo pipefail

APPLYTRACK_IMAP_PORT="${APPLYTRACK_IMAP_PORT:-10143}"
APPLYTRACK_IMAPS_PORT="${APPLYTRACK_IMAPS_PORT:-10993}"
APPLYTRACK_IMAP_DIR="${APPLYTRACK_IMAP_DIR:-${TMPDIR:-/tmp}/applytrack-dovecot}"
APPLYTRACK_IMAP_PASSWORD="applytrack-imap-test"

if [[ ! -x /usr/sbin/dovecot ]]; then
  echo "Dovecot not found (/usr/sbin/dovecot). Install the 'dovecot-imapd' package." >&2
  return 1 2>/dev/null || exit 1
fi

# Bump when the configuration below changes: a server started with an older one is restarted.
APPLYTRACK_IMAP_CONFIG_VERSION=3

imap_port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if imap_port_answers "$APPLYTRACK_IMAP_PORT" \
   && [[ "$(cat "$APPLYTRACK_IMAP_DIR/config-version" 2>/dev/null)" != "$APPLYTRACK_IMAP_CONFIG_VERSION" ]]; then
  /usr/bin/doveadm -c "$APPLYTRACK_IMAP_DIR/dovecot.conf" stop 2>/dev/null || true
  for _ in $(seq 1 50); do
    imap_port_answers "$APPLYTRACK_IMAP_PORT" || break
    sleep 0.1
  done
fi

if ! imap_port_answers "$APPLYTRACK_IMAP_PORT"; then
  dir="$APPLYTRACK_IMAP_DIR"
  rm -rf "$dir"
  mkdir -p "$dir/run" "$dir/state" "$dir/home"

  if [[ "$(id -u)" == "0" ]]; then
    # Dovecot never gives root mail access: the mailboxes belong to 'nobody'; its own processes use the Debian users.
    mail_uid="$(id -u nobody)"; mail_gid="$(id -g nobody)"
    internal_user=dovecot; login_user=dovenull
    chown "$mail_uid:$mail_gid" "$dir/home"
  else
    mail_uid="$(id -u)"; mail_gid="$(id -g)"
    internal_user="$(id -un)"; login_user="$(id -un)"
  fi

  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" >/dev/null 2>&1
  chmod 600 "$dir/key.pem"

  cat >"$dir/dovecot.conf" <<EOF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = $internal_user
default_internal_group = $(id -gn "$internal_user")
default_login_user = $login_user
first_valid_uid = $mail_uid
last_valid_uid = 0
first_valid_gid = $mail_gid

ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
passdb {
  driver = static
  args = password=$APPLYTRACK_IMAP_PASSWORD
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$dir/home/%u
}
mail_location = maildir:~/Maildir
# A junk folder under a name no heuristic knows: only its SPECIAL-USE flag says what it is.
namespace inbox {
  inbox = yes
  mailbox Quarantine {
    special_use = \\Junk
  }
}
mail_max_userip_connections = 200
mailbox_idle_check_interval = 1 secs

# No chroot: an unprivileged user cannot chroot, and a loopback test server gains nothing from it.
service anvil {
  chroot =
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $APPLYTRACK_IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $APPLYTRACK_IMAPS_PORT
    ssl = yes
  }
}
EOF

  /usr/sbin/dovecot -c "$dir/dovecot.conf"
  for _ in $(seq 1 100); do
    imap_port_answers "$APPLYTRACK_IMAP_PORT" && break
    sleep 0.1
  done
  if ! imap_port_answers "$APPLYTRACK_IMAP_PORT"; then
    echo "Dovecot did not start; see $dir/dovecot.log" >&2
    tail -20 "$dir/dovecot.log" >&2 || true
    return 1 2>/dev/null || exit 1
  fi
  echo "$APPLYTRACK_IMAP_CONFIG_VERSION" >"$dir/config-version"
fi

export APPLYTRACK_TEST_IMAP_HOST=127.0.0.1
export APPLYTRACK_TEST_IMAP_PORT="$APPLYTRACK_IMAP_PORT"
export APPLYTRACK_TEST_IMAP_TLS_PORT="$APPLYTRACK_IMAPS_PORT"
export APPLYTRACK_TEST_IMAP_USER=jordan
export APPLYTRACK_TEST_IMAP_PASSWORD="$APPLYTRACK_IMAP_PASSWORD"
export APPLYTRACK_TEST_IMAP_CONFIG="$APPLYTRACK_IMAP_DIR/dovecot.conf"
export APPLYTRACK_TEST_IMAP_CERT="$APPLYTRACK_IMAP_DIR/cert.pem"
export APPLYTRACK_TEST_IMAP_MAILDIR="$APPLYTRACK_IMAP_DIR/home/\$USER/Maildir"
echo "Dovecot ready on 127.0.0.1:$APPLYTRACK_IMAP_PORT (STARTTLS) and :$APPLYTRACK_IMAPS_PORT (TLS, self-signed)"
