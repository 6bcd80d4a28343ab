#!/usr/bin/env bash
# The whole test suite, as CI and a new clone run it: bash tests/run.sh
# Ends with one line "N passed, N failed"; exits non-zero when the build or any test fails, or no test ran.
# Runs the functional suite (tests/Archive.Web.Tests) on SQLite and again on a PostgreSQL 15 it starts.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# The browser tests drive Debian's Chromium (Playwright's own browser download is not used).
if [[ ! -x /usr/bin/chromium ]]; then
    if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
        echo "Installing Debian's chromium for the browser tests…"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium </dev/null
    else
        echo "warning: /usr/bin/chromium is missing and this is not root; install it (apt-get install chromium) or the browser tests fail." >&2
    fi
fi

results="$repo_root/TestResults/run"
rm -rf "$results"
mkdir -p "$results"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

status=0
dotnet test Archive.sln --logger trx --results-directory "$results" </dev/null || status=$?

# The functional suite again, on a real PostgreSQL 15 (started here, stopped on exit): the same tests and
# assertions through the same fixture (TestDatabase), each app on a database of its own.
source "$repo_root/tests/postgres.sh"
if start_test_postgres; then
    ARCHIVE_TEST_DATABASE=PostgreSQL dotnet test tests/Archive.Web.Tests --no-build \
        --logger "trx;LogFilePrefix=postgresql" --results-directory "$results" </dev/null || status=$?
else
    echo "error: PostgreSQL could not be started; the PostgreSQL run of the functional suite did not run." >&2
    status=1
fi

passed=0
failed=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
done

if [[ ${#trx_files[@]} -eq 0 || $passed -eq 0 ]] && [[ $status -eq 0 ]]; then
    status=1
fi
if [[ $failed -gt 0 && $status -eq 0 ]]; then
    status=1
fi

echo "$passed passed, $failed failed"
exit "$status"
