-- wrk script: POST one 24-hour window of [temperature degC, windspeed m/s, pressure hPa] to /predict.
dofile("bench/report.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local rows = {}
for i = 0, 23 do
  rows[#rows + 1] = string.format("[%.1f, %.1f, %.1f]", 10 + 4 * math.sin(i / 3), 3.5, 1012 - i * 0.1)
end
wrk.body = '{"sequence": [' .. table.concat(rows, ", ") .. '], "end": "2017-10-01T05:00:00Z"}'
