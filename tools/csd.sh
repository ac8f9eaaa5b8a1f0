#!/usr/bin/env bash
# Set-up, run, test and lint the CSD addons. `make run|test|lint` call this.
# Everything it creates is reused by the next run; a run that was interrupted
# leaves nothing that breaks the next one.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/csd"
DEFAULT_ODOO_SRC="$CACHE_DIR/odoo-18.0"
ODOO_SRC="${ODOO_SRC:-$DEFAULT_ODOO_SRC}"
VENV="${VENV:-$REPO/.venv}"
case "$VENV" in /*) ;; *) VENV="$REPO/$VENV" ;; esac
STATE="$REPO/.csd"
CONF="$STATE/odoo.conf"
DEMO_DB="${CSD_DEMO_DB:-csd_demo}"
TEST_DB="${CSD_TEST_DB:-csd_test}"
HTTP_PORT="${CSD_HTTP_PORT:-8069}"
PYTHON="${PYTHON:-python3}"
CSD_ADDONS="csd_management,csd_complaints,csd_hr_kpi"
ODOO_GIT="https://github.com/odoo/odoo.git"

# pip's and setuptools' chatter (tens of thousands of lines for Odoo's
# editable build) goes to a log, shown only when an install fails.
pip_install() {
    mkdir -p "$STATE"
    if ! "$VENV/bin/pip" install --disable-pip-version-check "$@" > "$STATE/pip.log" 2>&1; then
        grep -v "is ignored: it is neither a file nor a directory" "$STATE/pip.log" | tail -40 >&2
        die "pip install $* failed (whole log: $STATE/pip.log)"
    fi
}
log() { printf '\033[1m[csd]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[csd] error:\033[0m %s\n' "$*" >&2; exit 1; }

# --- Odoo source ------------------------------------------------------------
odoo_src_ok() { grep -qs "version_info = (18, 0," "$1/odoo/release.py"; }

ensure_odoo_src() {
    if odoo_src_ok "$ODOO_SRC"; then return; fi
    if [ -e "$ODOO_SRC" ] && [ -n "$(ls -A "$ODOO_SRC" 2>/dev/null)" ]; then
        die "$ODOO_SRC exists but holds no Odoo 18.0 source (no odoo/release.py of 18.0).
    Point ODOO_SRC at an Odoo 18.0 checkout, or empty that folder."
    fi
    log "Odoo 18.0 source not found in $ODOO_SRC; trying to clone branch 18.0"
    if ! command -v git >/dev/null || ! timeout 20 git ls-remote --heads "$ODOO_GIT" 18.0 >/dev/null 2>&1; then
        die "Odoo 18.0 source is missing and GitHub cannot be reached.
    Provide it in one of two ways, then run the command again:
      - unpack Odoo 18.0 community into $DEFAULT_ODOO_SRC
        (so that $DEFAULT_ODOO_SRC/odoo/release.py exists), or
      - set ODOO_SRC=/path/to/odoo-18.0 (a checkout of branch 18.0)."
    fi
    mkdir -p "$(dirname "$ODOO_SRC")"
    local tmp="$ODOO_SRC.partial.$$"
    rm -rf "$tmp"
    git clone --depth 1 --branch 18.0 "$ODOO_GIT" "$tmp" || { rm -rf "$tmp"; die "cloning Odoo failed"; }
    rm -rf "$ODOO_SRC" && mv "$tmp" "$ODOO_SRC"
}

# --- Python virtual environment ----------------------------------------------
venv_stamp() {
    { cat "$REPO/requirements.txt" "$REPO/requirements-lint.txt"; echo "$ODOO_SRC"; "$PYTHON" --version; } \
        | sha1sum | cut -d' ' -f1
}

ensure_venv() {
    ensure_odoo_src
    local stamp; stamp="$(venv_stamp)"
    if [ -x "$VENV/bin/odoo" ] && [ "$(cat "$VENV/.csd-stamp" 2>/dev/null)" = "$stamp" ]; then
        return
    fi
    log "installing the Python environment in $VENV"
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    rm -f "$VENV/.csd-stamp"
    pip_install --upgrade pip wheel setuptools
    # compat mode: the OCA wheels create site-packages/odoo/addons, which would
    # otherwise shadow a plain editable install of Odoo.
    pip_install --no-deps -e "$ODOO_SRC" --config-settings editable_mode=compat
    pip_install -r "$REPO/requirements.txt" -r "$REPO/requirements-lint.txt"
    echo "$stamp" > "$VENV/.csd-stamp"
}

# --- PostgreSQL ---------------------------------------------------------------
pg_answers() { psql -d postgres -Atqc 'select 1' >/dev/null 2>&1; }

ensure_postgres() {
    if pg_answers; then return; fi
    if [ -n "${PGHOST:-}${PGPORT:-}" ] && [ "${PGHOST:-}" != "localhost" ] && [ "${PGHOST#/}" = "${PGHOST:-}" ]; then
        die "the PostgreSQL server named by PGHOST=${PGHOST:-} PGPORT=${PGPORT:-} does not answer"
    fi
    if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        [ "$(id -u)" = 0 ] || die "no PostgreSQL server answers and PostgreSQL is not installed.
    Install it (sudo apt-get install postgresql), or point the PG* variables at a server."
        log "installing PostgreSQL (Debian's postgresql package)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    local ver; ver="$(ls /usr/lib/postgresql | sort -V | tail -1)"
    if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -q "^$ver/main$"; then
        [ "$(id -u)" = 0 ] || die "PostgreSQL $ver has no cluster; create one (sudo pg_createcluster $ver main)"
        log "creating PostgreSQL cluster $ver/main"
        pg_createcluster "$ver" main >/dev/null
    fi
    if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $4}' | grep -q online; then
        log "starting PostgreSQL $ver/main"
        if [ "$(id -u)" = 0 ]; then pg_ctlcluster "$ver" main start
        else die "PostgreSQL $ver/main is not running; start it (sudo pg_ctlcluster $ver main start)"; fi
    fi
    local me; me="$(id -un)"
    for _ in $(seq 30); do runuser -u postgres -- psql -Atqc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
    if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- psql -Atqc "select 1 from pg_roles where rolname='$me'" | grep -q 1; then
        log "creating PostgreSQL role $me"
        runuser -u postgres -- psql -qc "create role \"$me\" login superuser"
    fi
    pg_answers || die "PostgreSQL is running but does not let $me in; create a role for $me (createuser -s $me)"
}

# --- Odoo configuration and databases ------------------------------------------
write_conf() {
    mkdir -p "$STATE"
    local addons="$REPO,$ODOO_SRC/addons,$ODOO_SRC/odoo/addons"
    cat > "$CONF" <<CONF
[options]
addons_path = $addons
admin_passwd = admin
db_host = ${PGHOST:-False}
db_port = ${PGPORT:-False}
db_user = ${PGUSER:-False}
db_password = ${PGPASSWORD:-False}
http_port = $HTTP_PORT
list_db = True
CONF
}

setup_all() {
    ensure_venv
    ensure_postgres
    write_conf
}

odoo() { "$VENV/bin/odoo" -c "$CONF" "$@"; }
db_exists() { psql -d postgres -Atqc "select 1 from pg_database where datname='$1'" | grep -q 1; }
db_param() { psql -d "$1" -Atqc "select value from ir_config_parameter where key='$2'" 2>/dev/null || true; }
addons_hash() {
    (cd "$REPO" && find csd_management csd_complaints csd_hr_kpi -type f \
        ! -name '*.pyc' -print0 | sort -z | xargs -0 sha1sum) | sha1sum | cut -d' ' -f1
}

# A database is complete once the install stored the addons' hash in it;
# one without that mark was interrupted, and is made again.
install_db() {
    local db="$1"; shift
    dropdb --if-exists --force "$db"
    log "creating database $db with $CSD_ADDONS and demo data"
    # Languages are activated between the creation of the database (where
    # they would replace English as the users' language) and the install of
    # the addons (which then loads their records' translations too).
    odoo -d "$db" -i base --stop-after-init --no-http
    [ $# -eq 0 ] || odoo -d "$db" --stop-after-init --no-http "$@"
    odoo -d "$db" -i "$CSD_ADDONS" --stop-after-init --no-http
    psql -d "$db" -qc "insert into ir_config_parameter (key, value) values ('csd.addons_hash', '$(addons_hash)')
        on conflict (key) do update set value = excluded.value"
}

cmd_run() {
    setup_all
    local want; want="$(addons_hash)"
    if ! db_exists "$DEMO_DB" || [ -z "$(db_param "$DEMO_DB" csd.addons_hash)" ]; then
        install_db "$DEMO_DB" --load-language=zh_CN,zh_TW
    elif [ "$(db_param "$DEMO_DB" csd.addons_hash)" != "$want" ]; then
        log "the addons changed: updating $DEMO_DB"
        odoo -d "$DEMO_DB" -u "$CSD_ADDONS" --stop-after-init --no-http
        psql -d "$DEMO_DB" -qc "update ir_config_parameter set value='$want' where key='csd.addons_hash'"
    fi
    log "serving $DEMO_DB on http://localhost:$HTTP_PORT (login admin / admin)"
    exec "$VENV/bin/odoo" -c "$CONF" -d "$DEMO_DB" --db-filter="^$DEMO_DB\$" --http-port="$HTTP_PORT"
}

cmd_test() {
    setup_all
    install_db "$TEST_DB" --load-language=zh_CN,zh_TW
    # Never run pytest from a folder that holds a directory named `odoo`.
    cd "$REPO"
    local paths=()
    for d in csd_management/tests csd_complaints/tests csd_hr_kpi/tests tests; do
        [ -d "$d" ] && paths+=("$d")
    done
    # OCA helpdesk_mgmt's own suite must keep passing with csd_complaints installed.
    local helpdesk_tests
    helpdesk_tests="$("$VENV/bin/python" -c 'import odoo.addons.helpdesk_mgmt as m, os; print(os.path.dirname(m.__file__))')/tests"
    [ -d "$helpdesk_tests" ] && paths+=("$helpdesk_tests")
    # OCA payroll's own suite must still pass with csd_hr_kpi installed.
    paths+=("$("$VENV/bin/python" -c 'import odoo.addons.payroll as m, os; print(os.path.dirname(m.__file__))')/tests")
    ODOO_RC="$CONF" CSD_TEST_DB="$TEST_DB" CSD_ODOO_CONF="$CONF" CSD_VENV="$VENV" \
        "$VENV/bin/pytest" --odoo-config="$CONF" --odoo-database="$TEST_DB" "${paths[@]}" "$@"
}

cmd_lint() {
    ensure_venv
    cd "$REPO"
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    "$VENV/bin/oca-checks-odoo-module" --no-verbose csd_management/__manifest__.py csd_complaints/__manifest__.py csd_hr_kpi/__manifest__.py
    "$VENV/bin/oca-checks-po" --no-verbose $(find csd_* -name '*.po' -o -name '*.pot')
    "$VENV/bin/pylint" --rcfile=.pylintrc csd_management csd_complaints csd_hr_kpi
}

# Refresh each addon's .pot from a database that has them installed, and merge
# it into the zh_CN and zh_TW catalogues (translators then fill the new entries).
cmd_i18n() {
    setup_all
    # a fresh database: an update would leave new fields of noupdate records
    # empty, and their terms out of the .pot
    install_db "$TEST_DB"
    local m lang po
    for m in ${CSD_ADDONS//,/ }; do
        odoo -d "$TEST_DB" --i18n-export="$REPO/$m/i18n/$m.pot" --modules="$m" \
            --stop-after-init --no-http --log-level=warn
        for lang in zh_CN zh_TW; do
            po="$REPO/$m/i18n/$lang.po"
            if [ -f "$po" ]; then
                msgmerge --quiet --update --no-fuzzy-matching --backup=none "$po" "$REPO/$m/i18n/$m.pot"
            else
                msginit --no-translator --locale="$lang.UTF-8" -i "$REPO/$m/i18n/$m.pot" -o "$po"
            fi
        done
    done
    # the OCA's layout of .po files, which `make lint` checks
    "$VENV/bin/oca-checks-po" --no-verbose --fix $(find "$REPO"/csd_* -name '*.po') >/dev/null || true
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    lint) shift; cmd_lint "$@" ;;
    i18n) cmd_i18n ;;
    setup) setup_all ;;
    *) die "usage: $0 run|test|lint|i18n|setup" ;;
esac
