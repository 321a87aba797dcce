-- f"str" and f{table} call forms.
local function id(x) return x end
print(id"literal") -- expect: literal
print(id[[long]]) -- expect: long
print(id{ 1, 2, 3 }[2]) -- expect: 2
print(type(id{})) -- expect: table
local t = { f = id }
print(t.f"field call") -- expect: field call
print(("<%s>"):format"a") -- expect: <a>
