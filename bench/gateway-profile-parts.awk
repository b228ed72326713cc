# Used by bench/gateway-overhead.sh (ASYNC_PROFILER=...): the share of the full gateway's CPU samples taken by each of
# its parts, from async-profiler's collapsed stacks (one line per stack: frames root;...;leaf, then the sample count).
# A sample belongs to the part named by its leaf-most frame that names one (so Netty's socket write under Lettuce is
# the rate limit's, and the backend call made from a filter is routing's); the rest is Netty, Reactor and the JDK.
function part(frame) {
	if (frame ~ /gateway\/CallAudit|AuditPublisher|org\/apache\/kafka|common\/v1\/|com\/google\/protobuf|platform\/envelope/) return "audit (record, envelope, Kafka producer)"
	if (frame ~ /VerifiedToken|nimbus|oauth2|TokenLifetime|BearerTokens/) return "JWT (verified-token cache, verification)"
	if (frame ~ /platform\/policy|platform\/identity\/Caller/) return "duty policy, caller from claims"
	if (frame ~ /RateLimit|io\/lettuce|data\/redis/) return "rate limit (Redis script, Lettuce)"
	if (frame ~ /CallTrace|TraceContext|micrometer|opentelemetry/) return "trace context, observation"
	if (frame ~ /gateway\/CallGuard|HeaderFirewall|firewall|Refusals|UpstreamFailures|BodyLimit/) return "guard (firewall, security headers)"
	if (frame ~ /logback|slf4j/) return "logging"
	if (frame ~ /cloud\/gateway|reactor\/netty|springframework\/web|springframework\/http/) return "routing, HTTP server and client"
	if (frame ~ /C[12] CompilerThre|VM Thread|GC Thread|Sweeper/) return "JVM (JIT compiler, GC, VM)"
	return ""
}
{
	n = $NF
	$NF = ""
	frames = split($0, f, ";")
	p = ""
	for (i = frames; i >= 1 && p == ""; i--) p = part(f[i])
	if (p == "") p = "Netty, Reactor, JDK (event loops, sockets)"
	share[p] += n
	total += n
}
END {
	print "| part | share of the full gateway's CPU samples |"
	print "|---|---|"
	for (p in share) printf "| %s | %.1f %% |\n", p, 100 * share[p] / total | "sort -t'|' -k3 -rn"
	close("sort -t'|' -k3 -rn")
	printf "| (samples) | %d |\n", total
}
