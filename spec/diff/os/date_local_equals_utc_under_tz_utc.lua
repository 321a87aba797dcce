-- with TZ=UTC the local and UTC forms agree
local t = 1234567890
print(os.date("%Y-%m-%d %H:%M:%S", t), os.date("!%Y-%m-%d %H:%M:%S", t))
local l, u = os.date("*t", t), os.date("!*t", t)
print(l.year == u.year, l.hour == u.hour, l.isdst)
