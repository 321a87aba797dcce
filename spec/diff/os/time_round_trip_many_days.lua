-- every day of 2024 round-trips through os.time and os.date
local ok, count = true, 0
for yday = 1, 366 do
  local t = os.time({ year = 2024, month = 1, day = yday, hour = 12 })
  local d = os.date("!*t", t)
  if d.yday ~= yday or d.year ~= 2024 then ok = false end
  count = count + 1
end
print(ok, count)
print(os.date("!%Y-%m-%d", os.time({ year = 2024, month = 1, day = 366, hour = 12 })))
