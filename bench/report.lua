-- wrk reporting shared by the bench scripts: one RESULT line with req/s, latency percentiles and errors.
report = function(summary, latency)
  io.write(string.format(
    "RESULT requests_per_sec=%.0f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p99.9_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end

done = function(summary, latency, requests)
  report(summary, latency)
end
