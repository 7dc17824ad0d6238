# Sourced by bench/run --compare after Parity's profiles: stops Parity (so both are measured alone on
# the same machine), builds and starts the plain Camunda 7.24 baseline with the same number of tasks
# per lead (organisations x actions instances), runs PlainCamundaSimulation (closed loop, one virtual
# user per lead, no think time) and appends its table.

step "Compare: stop Parity, start plain Camunda 7.24 (bench/plain-camunda)"
if [[ -n "$PARITY_PID" ]] && kill -0 "$PARITY_PID" 2>/dev/null; then
  kill "$PARITY_PID"; wait "$PARITY_PID" 2>/dev/null || true
fi
PARITY_PID=""
PLAIN_JAR="$BENCH/plain-camunda/target/plain-camunda.jar"
if [[ $BUILD -eq 1 || ! -f "$PLAIN_JAR" ]]; then
  "$MVNW" -q -B -f "$BENCH/plain-camunda/pom.xml" -DskipTests package
fi
PLAIN_PORT=$(free_port)
PLAIN_BASE="http://localhost:$PLAIN_PORT"
plain_launched=$(date +%s.%N)
java "-Xmx$HEAP" -jar "$PLAIN_JAR" --server.port="$PLAIN_PORT" --bench.data-dir="$WORK/plain-data" \
  --bench.organisations="$ORGS" --bench.actions="$ACTIONS" > "$WORK/plain-camunda.log" 2>&1 &
PLAIN_PID=$!
expected="{\"count\":$(( ORGS * ACTIONS ))}"
plain_ready=0
while kill -0 "$PLAIN_PID" 2>/dev/null; do
  if [[ "$(curl -s "$PLAIN_BASE/engine-rest/task/count" || true)" == "$expected" ]]; then plain_ready=1; break; fi
  sleep 1
done
if [[ $plain_ready -ne 1 ]]; then
  echo "plain Camunda did not start; the end of its log:" >&2; tail -40 "$WORK/plain-camunda.log" >&2; exit 1
fi
PLAIN_READY_S=$(awk -v a="$plain_launched" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "    time to ready with $(( ORGS * ACTIONS )) instances: ${PLAIN_READY_S} s"
grep -E "Started [0-9]+ instances" "$WORK/plain-camunda.log" | sed 's/^.*: /    /' || true

if (( WARMUP > 0 )); then
  step "Warm-up: plain Camunda for $WARMUP s (not reported)"
  run_gatling gatling-plain-warmup org.parity.bench.PlainCamundaSimulation -Dbench.plainUrl="$PLAIN_BASE" \
    -Dbench.organisations="$ORGS" -Dbench.duration="$WARMUP" -Dgatling.noReports=true > /dev/null
  done_step
fi

step "Load: plain Camunda, closed loop for $DURATION s"
run=$(run_gatling gatling-plain-camunda org.parity.bench.PlainCamundaSimulation -Dbench.plainUrl="$PLAIN_BASE" \
  -Dbench.organisations="$ORGS" -Dbench.duration="$DURATION" -Dbench.expectFile="$WORK/expected-plain.txt")
done_step "report: ${run}index.html"
{
  echo
  echo "Plain Camunda 7.24 baseline (bench/plain-camunda): Spring Boot 3.5.5, camunda-bpm-spring-boot-starter-rest,"
  echo "H2 file database, job executor off, history level audit, no authentication; one user task per instance,"
  echo "$(( ORGS * ACTIONS )) instances ($ACTIONS per lead); time to ready ${PLAIN_READY_S} s; -Xmx$HEAP; Parity stopped meanwhile."
  echo "SQL is not counted there (n/a). The worklist rows are Gatling groups: the time of the whole composition."
} >> "$RESULTS"
java -cp "$CP" org.parity.bench.ResultsTable --run "$run" --markdown "$RESULTS" \
  --seconds "$DURATION" --expect "$WORK/expected-plain.txt" \
  --title "Plain Camunda 7.24, closed loop ($ORGS leads x $ACTIONS tasks, $DURATION s)"
