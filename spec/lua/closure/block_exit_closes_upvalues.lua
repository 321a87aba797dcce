-- Leaving a do-block closes the upvalues of its locals (UCLO).
local getters = {}
for round = 1, 2 do
  do
    local v = round * 100
    getters[round] = function() return v end
    v = v + 1
  end
end
print(getters[1](), getters[2]()) -- expect: 101	201
local f
do
  local a, b = "a", "b"
  f = function() a = a .. "!"; return a .. b end
end
print(f(), f()) -- expect: a!b	a!!b
