#!/usr/bin/env bash
# The body of `make test`, run after npm and Debian packages are in place:
# build, lint, start a throwaway Postgres and Redis, run the tap tests, stop the
# services (also on failure or Ctrl-C), and print as the very last line
#   tests: N passed, N failed
# N are tap's own final counts (`# { total, pass, fail }`): assertions across all
# test files. A file that crashes, exits non-zero or times out adds at least one
# failure. Skipped and todo assertions are in neither number (printed above).
# Exits non-zero when a test failed or build, lint or the services failed.
#
# TESTS="test/a.test.ts test/b.test.ts" runs only those files (default: .taprc include).
# The full TAP is kept in test-artifacts/tap-output.tap.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/test-services.sh
source scripts/test-services.sh

make_cmd=${MAKE:-make}
problems=()

step() {
  printf '\n== %s\n' "$*"
}

step build
"$make_cmd" --no-print-directory build || problems+=('build failed (make build, output above)')

step lint
"$make_cmd" --no-print-directory lint || problems+=('lint failed (make lint: tsc --noEmit and eslint, output above)')

work=$(mktemp -d "${TMPDIR:-/tmp}/voxring-make-test.XXXXXX")
# The postgres user must be able to reach the cluster directory inside.
chmod 755 "$work"
cleanup() {
  services_stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step services
# Never let URLs from the caller's environment point tests at a real database.
unset VOXRING_TEST_POSTGRES_URL VOXRING_TEST_REDIS_URL
if ! services_start "$work/services"; then
  problems+=('the throwaway Postgres/Redis did not start (output above)')
fi
if [[ -n "${VOXRING_TEST_POSTGRES_URL:-}" ]]; then
  export VOXRING_TEST_POSTGRES_URL
  echo "postgres: $VOXRING_TEST_POSTGRES_URL"
fi
if [[ -n "${VOXRING_TEST_REDIS_URL:-}" ]]; then
  export VOXRING_TEST_REDIS_URL
  echo "redis: $VOXRING_TEST_REDIS_URL"
fi

step tests
read -r -a selection <<<"${TESTS:-}"
files=()
if listing=$(node_modules/.bin/tap list "${selection[@]}" 2>"$work/tap-list.err"); then
  mapfile -t files <<<"$listing"
else
  cat "$work/tap-list.err"
  problems+=("tap found no test files${TESTS:+ for TESTS=$TESTS}")
fi
mkdir -p test-artifacts
statuses=(0 0)
if ((${#files[@]} > 0)); then
  expect=()
  for file in "${files[@]}"; do expect+=("--expect=$file"); done
  set +e
  node_modules/.bin/tap --reporter=tap "${files[@]}" |
    node --import=tsx test/harness/tap-summary.ts --raw test-artifacts/tap-output.tap \
      --counts "$work/counts.sh" "${expect[@]}"
  statuses=("${PIPESTATUS[@]}")
  set -e
fi
tap_status=${statuses[0]}
# tap exits 130/143 itself on SIGINT/SIGTERM, so bash does not see the signal: stop here.
if ((tap_status == 130 || tap_status == 143)); then
  echo "interrupted (tap exit status $tap_status); no counts"
  exit "$tap_status"
fi

tap_pass=0 tap_fail=0 tap_skip=0 tap_todo=0 tap_files=0 tap_summary_found=0
tap_failed_files=()
if ((${#files[@]} == 0)); then
  tap_summary_found=1
elif [[ "${statuses[1]}" == 0 && -f "$work/counts.sh" ]]; then
  # shellcheck source=/dev/null
  source "$work/counts.sh"
else
  problems+=("the TAP summariser (test/harness/tap-summary.ts) failed with status ${statuses[1]}")
fi

passed=$tap_pass
failed=$tap_fail
if ((tap_summary_found == 0)); then
  passed=$((tap_files - ${#tap_failed_files[@]}))
  failed=${#tap_failed_files[@]}
  problems+=("tap printed no final summary (exit status $tap_status): counted test files instead of assertions")
fi
# Guards: a failing file or a failing tap run is never reported as 0 failed.
if ((failed < ${#tap_failed_files[@]})); then
  failed=${#tap_failed_files[@]}
fi
if ((tap_status != 0 && failed == 0)); then
  failed=1
  problems+=("tap exited with status $tap_status without a failing test (counted as 1 failure; see test-artifacts/tap-output.tap)")
fi

# Stopped here rather than only in the EXIT trap so nothing prints after the counts.
cleanup

step summary
echo "test files: $tap_files run, ${#tap_failed_files[@]} failed (full TAP: test-artifacts/tap-output.tap)"
for file in "${tap_failed_files[@]}"; do
  echo "  failed: $file"
done
if ((tap_skip + tap_todo > 0)); then
  echo "not counted below: $tap_skip skipped, $tap_todo todo"
fi
for problem in "${problems[@]}"; do
  echo "FAILED: $problem"
done
echo "tests: $passed passed, $failed failed"
if ((failed > 0 || ${#problems[@]} > 0)); then
  exit 1
fi
