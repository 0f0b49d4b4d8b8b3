-- wrk script: POST one 24-hour window of [temperature degC, windspeed m/s, pressure hPa] to /predict.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local rows = {}
for i = 0, 23 do
  rows[#rows + 1] = string.format("[%.1f, %.1f, %.1f]", 10 + 4 * math.sin(i / 3), 3.5, 1012 - i * 0.1)
end
wrk.body = '{"sequence": [' .. table.concat(rows, ", ") .. '], "end": "2017-10-01T05:00:00Z"}'

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests_per_sec=%.0f p50_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
