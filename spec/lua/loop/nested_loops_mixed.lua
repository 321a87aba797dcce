-- while inside for inside repeat.
local log = {}
local a = 0
repeat
  a = a + 1
  for b = 1, 2 do
    local c = 0
    while c < b do c = c + 1 end
    log[#log + 1] = a .. b .. c
  end
until a == 2
print(table.concat(log, ",")) -- expect: 111,122,211,222
