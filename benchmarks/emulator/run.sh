#!/usr/bin/env bash
# Throughput of the emulator's hot path (docs/emulator.md, "Benchmark"). Not a test; CI does not run it.
# Usage: benchmarks/emulator/run.sh            (from anywhere; needs the .NET SDK, curl; installs wrk and jq with apt-get if missing)
# Knobs: DURATION (10s), THREADS (2), CONNECTIONS (64), GENERATE (1x40000x10), GENERATE_SEED (7).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
duration="${DURATION:-10s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"
generate="${GENERATE:-1x40000x10}"
generate_seed="${GENERATE_SEED:-7}"
work="$(mktemp -d)"
emulator_pid=""

cleanup() {
    if [[ -n "$emulator_pid" ]] && kill -0 "$emulator_pid" 2>/dev/null; then
        kill "$emulator_pid" && wait "$emulator_pid" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

need() {
    if ! command -v "$1" >/dev/null; then
        echo "Installing $1 ..." >&2
        apt-get update -qq >/dev/null && apt-get install -y -qq "$1" >/dev/null
    fi
}
need wrk
need jq

echo "Building the emulator (Release) ..." >&2
dotnet build "$repo/src/PartnerSandbox.Emulator" -c Release -o "$work/bin" -nologo -v quiet >/dev/null

# Starts the emulator in the background; sets base_url and the first partner's credentials from its banner.
start_emulator() {
    dotnet "$work/bin/PartnerSandbox.Emulator.dll" --port 0 --generate "$generate" --generate-seed "$generate_seed" \
        --state "$work/state.json" --rate-limit off --latency 0 >"$work/stdout" 2>"$work/stderr" &
    emulator_pid=$!
    for _ in $(seq 1 600); do
        if grep -q '^Connect-PCSandbox' "$work/stdout" 2>/dev/null; then break; fi
        if ! kill -0 "$emulator_pid" 2>/dev/null; then cat "$work/stderr" >&2; exit 1; fi
        sleep 0.1
    done
    base_url="$(sed -n 's/.*listening on \(https:\/\/[^ ]*\).*/\1/p' "$work/stdout")"
    connect="$(grep '^Connect-PCSandbox' "$work/stdout")"
    tenant="$(sed -n 's/.*-TenantId \([^ ]*\).*/\1/p' <<<"$connect")"
    client_id="$(sed -n 's/.*-ClientId \([^ ]*\).*/\1/p' <<<"$connect")"
    secret="$(sed -n "s/.*ConvertTo-SecureString '\([^']*\)'.*/\1/p" <<<"$connect")"
}

stop_emulator() {
    kill -TERM "$emulator_pid"
    wait "$emulator_pid" || true
    emulator_pid=""
}

# First run: the generated seed, saved to the state file on SIGTERM, where jq finds the cancellable orders
# (sandbox, not cancelled, RI/software/flat SaaS, younger than 59 days: a day's margin on the 60-day window).
echo "Generating $generate (seed $generate_seed) ..." >&2
start_emulator
stop_emulator
jq -r --arg now "$(date -u +%s)" '
    .partners[0] as $p | $p.customers[] | .id as $c | .orders[]
    | select(.status != "cancelled")
    | select(.productType | IN("reservedInstance", "perpetualSoftware", "softwareSubscription", "saas"))
    | select(($now | tonumber) - (.creationDate | sub("\\.[0-9]+"; "") | sub("\\+00:00$"; "Z") | fromdateiso8601) < 59 * 86400)
    | "\($c) \(.id)"' "$work/state.json" >"$work/cancellable.txt"
customer_id="$(jq -r '.partners[0].customers[0].id' "$work/state.json")"
echo "$(wc -l <"$work/cancellable.txt") cancellable orders" >&2

# Second run: the same data, loaded from the state file.
start_emulator
token="$(curl -sk "$base_url/$tenant/oauth2/v2.0/token" \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$client_id" \
    --data-urlencode "client_secret=$secret" --data-urlencode "scope=https://api.partnercenter.microsoft.com/.default" | jq -r .access_token)"
export TOKEN="$token" ORDER_IDS_FILE="$work/cancellable.txt" WRK_THREADS="$threads"

run_wrk() { # name, path, [lua script]
    local name="$1" path="$2" script="${3:-$here/get.lua}"
    echo "== $name: $path" >&2
    wrk -t"$threads" -c"$connections" -d"$duration" -s "$script" "$base_url$path" | tee "$work/$name.txt" >&2
    if grep -q 'Non-2xx' "$work/$name.txt"; then echo "!! $name had non-2xx answers" >&2; fi
    awk '/Requests\/sec/ {print $2}' "$work/$name.txt"
}

# Warm-up (JIT, TLS session caches, thread pool), not measured; PATCH is not warmed up so that no order is used twice.
wrk -t"$threads" -c"$connections" -d3s -s "$here/get.lua" "$base_url/v1/customers/$customer_id" >/dev/null
wrk -t"$threads" -c"$connections" -d3s -s "$here/get.lua" "$base_url/v1/customers/$customer_id/orders" >/dev/null

baseline="$(run_wrk baseline "/v1/customers/$customer_id")"
list="$(run_wrk list-orders "/v1/customers/$customer_id/orders")"
cancel="$(run_wrk cancel-order "/v1/customers" "$here/cancel.lua")"

echo
printf '%-45s %12s %8s\n' "scenario" "requests/s" "ratio"
printf '%-45s %12.0f %8s\n' "(a) GET /v1/customers/{id} (baseline)" "$baseline" "1.00"
printf '%-45s %12.0f %8.2f\n' "(b) GET /v1/customers/{id}/orders" "$list" "$(echo "$list / $baseline" | bc -l)"
printf '%-45s %12.0f %8.2f\n' "(c) PATCH /v1/customers/{id}/orders/{oid}" "$cancel" "$(echo "$cancel / $baseline" | bc -l)"
